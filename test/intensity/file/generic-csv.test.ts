import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { genericIntensityCsv } from "../../../src/intensity/file/generic-csv.js";
import type { IntensityReadOptions } from "../../../src/intensity/file/types.js";
import { LocalClock } from "../../../src/time/zone.js";
import { arrayLines, textLines } from "../../../src/traces/lines.js";

const fixture = (name: string) =>
  textLines(readFileSync(new URL(`../../fixtures/intensity/${name}`, import.meta.url), "utf8"));

function options(more: Partial<IntensityReadOptions> = {}, zone = "UTC"): IntensityReadOptions {
  return { file: "ci.csv", clock: new LocalClock(zone), factor: "lifecycle", ...more };
}

const read = (lines: string[], opts = options()) => genericIntensityCsv.read(arrayLines(lines), opts);
const t = (iso: string) => Date.parse(iso);
const MIN = 60_000;

describe("genericIntensityCsv.sniff", () => {
  it("wants a time column and at least one other", () => {
    expect(genericIntensityCsv.sniff(["time,moer,f1"])).toBe(true);
    expect(genericIntensityCsv.sniff(["Datetime (UTC),Carbon intensity gCO2/kWh"])).toBe(true);
    expect(genericIntensityCsv.sniff(["period_start,carbon_intensity_gco2_per_kwh"])).toBe(true);
    expect(genericIntensityCsv.sniff(["# synthetic", "period_start,carbon_intensity_gco2_per_kwh"])).toBe(
      true,
    );
    expect(genericIntensityCsv.sniff(["time"])).toBe(false);
    expect(genericIntensityCsv.sniff(["a,b,c"])).toBe(false);
    expect(genericIntensityCsv.sniff(["2024-01-01T00:00Z,100"])).toBe(false);
  });
});

describe("genericIntensityCsv.read", () => {
  it("reads 30-minute periods; each value holds until the next row, the last for the median step", async () => {
    const { series, stats } = await read(fixture("generic-30min.csv"));
    expect(series).toMatchObject({ source: "the intensity file", factor: "lifecycle", signal: "average" });
    expect(series.zone).toBeUndefined();
    expect(series.periods.map((p) => [p.start, p.end, p.gPerKwh])).toEqual([
      [t("2025-06-03T00:00Z"), t("2025-06-03T00:30Z"), 182],
      [t("2025-06-03T00:30Z"), t("2025-06-03T01:00Z"), 175.5],
      [t("2025-06-03T01:00Z"), t("2025-06-03T01:30Z"), 170],
      [t("2025-06-03T01:30Z"), t("2025-06-03T02:00Z"), 168.25],
      [t("2025-06-03T02:00Z"), t("2025-06-03T02:30Z"), 0],
    ]);
    expect(stats).toMatchObject({ rowsRead: 5, rowsSkipped: 0, warnings: [] });
    expect(stats.notes).toEqual([
      'carbon intensity from "carbon_intensity_gco2_per_kwh" in g/kWh',
      "average signal",
      "periods of 30 min (the median spacing of the rows)",
    ]);
  });

  it("reads a WattTime MOER file: 5-minute, kg/kWh by --intensity-unit, marginal, forecasts ignored, 0 kept", async () => {
    const { series, stats } = await read(fixture("watttime-moer-5min.csv"), options({ unit: "kg/kWh" }));
    expect(series.signal).toBe("marginal");
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([663.75, 500, 0, 253.820814246088]);
    for (const p of series.periods) expect(p.end - p.start).toBe(5 * MIN);
    expect(series.periods[0]?.start).toBe(t("2021-08-01T00:00:00Z"));
    expect(stats.rowsSkipped).toBe(0);
    expect(stats.notes).toContain(
      'carbon intensity from "moer" in kg/kWh (× 1000 → g/kWh), as --intensity-unit says',
    );
    expect(stats.notes).toContain("ignored 3 other columns");
  });

  it("explains that the unit must be named when neither header nor flag does", async () => {
    const promise = read(fixture("watttime-moer-5min.csv"));
    await expect(promise).rejects.toMatchObject({ name: "InputError", file: "ci.csv", line: 1 });
    await expect(read(fixture("watttime-moer-5min.csv"))).rejects.toThrow(
      'ci.csv:1: the header "time,moer,f1,f2,f3" does not name the unit of carbon intensity; name it in the header (e.g. "gco2_per_kwh" or "moer (kg/kWh)") or pass --intensity-unit',
    );
    await expect(read(["time,intensity", "2024-01-01T00:00Z,100"])).rejects.toThrow(
      /ci\.csv:1: the header "time,intensity" does not name the unit.*--intensity-unit/,
    );
  });

  it("uses --intensity-unit for a single value column", async () => {
    const lines = ["timestamp,ci", "2024-01-01T00:00Z,0.2", "2024-01-01T01:00Z,0.3"];
    const { series } = await read(lines, options({ unit: "kgCO2/kWh" }));
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([200, 300]);
  });

  it("never guesses among several unnamed columns", async () => {
    const lines = ["time,a,b", "2024-01-01T00:00Z,1,2"];
    await expect(read(lines)).rejects.toThrow(/does not name the unit/);
    await expect(read(lines, options({ unit: "g/kWh" }))).rejects.toThrow(
      'ci.csv:1: cannot tell which column holds the carbon intensity ("a", "b"); keep one, or name it like moer, carbon_intensity, intensity, co2, value',
    );
    const named = ["time,zone,quality,co2", "2024-01-01T00:00Z,GB,ok,120", "2024-01-01T01:00Z,GB,ok,130"];
    const { series } = await read(named, options({ unit: "g/kWh" }));
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([120, 130]);
  });

  it("rejects a unit it does not know in a header that names one", async () => {
    const lines = ["time,intensity (furlongs/kWh)", "2024-01-01T00:00Z,100"];
    await expect(read(lines)).rejects.toThrow(
      'ci.csv:1: the unit in column "intensity (furlongs/kWh)" is not one gridprint knows',
    );
    await expect(read(lines, options({ unit: "g/kWh" }))).rejects.toThrow(/furlongs/);
  });

  it("rejects an --intensity-unit it does not know as a usage error", async () => {
    const lines = ["time,moer", "2024-01-01T00:00Z,0.5"];
    await expect(read(lines, options({ unit: "furlongs" }))).rejects.toBeInstanceOf(UsageError);
  });

  it("rejects an --intensity-unit that contradicts the header", async () => {
    const lines = ["time,gco2_per_kwh", "2024-01-01T00:00Z,100"];
    await expect(read(lines, options({ unit: "kg/kWh" }))).rejects.toThrow(
      'ci.csv:1: column "gco2_per_kwh" is in g/kWh but --intensity-unit says kg/kWh',
    );
    const { series } = await read(lines, options({ unit: "gCO2eq/kWh" }));
    expect(series.periods[0]?.gPerKwh).toBe(100);
  });

  it("picks the column that names a unit, and the factor asked for among several", async () => {
    const lines = [
      "start,end,direct (g/kWh),life cycle (g/kWh),renewable_percent",
      "2024-01-01T00:00Z,2024-01-01T01:00Z,100,150,30",
      "2024-01-01T01:00Z,2024-01-01T02:00Z,110,160,31",
    ];
    expect((await read(lines)).series.periods.map((p) => p.gPerKwh)).toEqual([150, 160]);
    const direct = await read(lines, options({ factor: "direct" }));
    expect(direct.series.factor).toBe("direct");
    expect(direct.series.periods.map((p) => p.gPerKwh)).toEqual([100, 110]);
  });

  it("keeps the factor a lone column names, and warns when it is not the one asked for", async () => {
    const lines = ["Datetime (UTC),Carbon intensity gCO₂eq/kWh (direct)", "2024-06-01 10:00:00,100"];
    const { series, stats } = await read(lines);
    expect(series.factor).toBe("direct");
    expect(stats.warnings).toContain(
      'column "Carbon intensity gCO₂eq/kWh (direct)" holds direct figures, not the life-cycle ones asked for',
    );
  });

  it("reads lb/MWh and marks a marginal column", async () => {
    const lines = ["time,marginal_lbs_co2_per_mwh", "2024-01-01T00:00Z,1000", "2024-01-01T00:05Z,0"];
    const { series } = await read(lines);
    expect(series.signal).toBe("marginal");
    expect(series.periods[0]?.gPerKwh).toBeCloseTo(453.59237, 9);
    expect(series.periods[1]?.gPerKwh).toBe(0);
  });

  it("reads epoch seconds and epoch milliseconds", async () => {
    const seconds = ["time,g/kWh", "1717200000,100", "1717201800,110", "1717203600,120"];
    const millis = ["time,g/kWh", "1717200000000,100", "1717201800000,110", "1717203600000,120"];
    for (const lines of [seconds, millis]) {
      const { series } = await read(lines, options({}, "America/New_York"));
      expect(series.periods.map((p) => [p.start, p.end])).toEqual([
        [t("2024-06-01T00:00Z"), t("2024-06-01T00:30Z")],
        [t("2024-06-01T00:30Z"), t("2024-06-01T01:00Z")],
        [t("2024-06-01T01:00Z"), t("2024-06-01T01:30Z")],
      ]);
    }
  });

  it("reads times with offsets as the instants they name", async () => {
    const lines = [
      "datetime,gco2eq_per_kwh",
      "2024-06-01T02:00:00+02:00,100",
      "2024-06-01T02:00:00+01:00,110",
    ];
    const { series } = await read(lines, options({}, "Asia/Tokyo"));
    expect(series.periods.map((p) => p.start)).toEqual([t("2024-06-01T00:00Z"), t("2024-06-01T01:00Z")]);
  });

  it("places zone-less times in the user's time zone", async () => {
    const lines = ["time,gco2_per_kwh", "2024-06-01 10:00,100", "2024-06-01 11:00,110"];
    const { series, stats } = await read(lines, options({}, "Europe/Berlin"));
    expect(series.periods.map((p) => p.start)).toEqual([t("2024-06-01T08:00Z"), t("2024-06-01T09:00Z")]);
    expect(stats.notes).toContain("times without a zone read in Europe/Berlin");
  });

  it("walks through the repeated hour of a fall-back in order", async () => {
    const lines = ["time,gco2_per_kwh"];
    for (const [i, hm] of ["00:30", "01:00", "01:30", "01:00", "01:30", "02:00"].entries()) {
      lines.push(`2024-10-27 ${hm},${100 + i}`);
    }
    const { series, stats } = await read(lines, options({}, "Europe/London"));
    expect(series.periods.map((p) => new Date(p.start).toISOString().slice(11, 16))).toEqual([
      "23:30",
      "00:00",
      "00:30",
      "01:00",
      "01:30",
      "02:00",
    ]);
    expect(stats.rowsSkipped).toBe(0);
  });

  it("reads zone-less times as UTC when the time header says UTC", async () => {
    const lines = [
      "Datetime (UTC),Carbon intensity gCO₂eq/kWh",
      "2024-06-01 10:00:00,100",
      "2024-06-01 11:00:00,90",
    ];
    const { series } = await read(lines, options({}, "Europe/Berlin"));
    expect(series.periods[0]?.start).toBe(t("2024-06-01T10:00Z"));
  });

  it("sorts rows out of order, keeps the first of duplicates, and leaves a hole across a long gap", async () => {
    const lines = [
      "time,gco2_per_kwh",
      "2024-03-01T02:00Z,30",
      "2024-03-01T00:00Z,10",
      "2024-03-01T01:00Z,20",
      "2024-03-01T01:00Z,99",
      "2024-03-01T03:00Z,40",
      "2024-03-01T07:00Z,50",
      "2024-03-01T08:00Z,60",
    ];
    const { series, stats } = await read(lines);
    expect(series.periods.map((p) => [p.start, p.end, p.gPerKwh])).toEqual([
      [t("2024-03-01T00:00Z"), t("2024-03-01T01:00Z"), 10],
      [t("2024-03-01T01:00Z"), t("2024-03-01T02:00Z"), 20],
      [t("2024-03-01T02:00Z"), t("2024-03-01T03:00Z"), 30],
      [t("2024-03-01T03:00Z"), t("2024-03-01T04:00Z"), 40],
      [t("2024-03-01T07:00Z"), t("2024-03-01T08:00Z"), 50],
      [t("2024-03-01T08:00Z"), t("2024-03-01T09:00Z"), 60],
    ]);
    expect(stats.rowsRead).toBe(7);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.warnings).toEqual([
      "1 row repeated the time of an earlier row; kept the first (e.g. line 5 repeats 2024-03-01T01:00:00Z of line 4)",
      "no data 2024-03-01T04:00Z–07:00Z",
    ]);
    expect(stats.notes).toContain("rows were not in time order; sorted");
  });

  it("writes both dates of a hole that crosses midnight", async () => {
    const lines = [
      "time,gco2_per_kwh",
      "2024-03-01T21:00Z,1",
      "2024-03-01T22:00Z,2",
      "2024-03-02T03:00Z,3",
      "2024-03-02T04:00Z,4",
    ];
    const { stats } = await read(lines);
    expect(stats.warnings).toEqual(["no data 2024-03-01T23:00Z–2024-03-02T03:00Z"]);
  });

  it("bridges a gap of up to twice the step", async () => {
    const lines = [
      "time,gco2_per_kwh",
      "2024-03-01T00:00Z,1",
      "2024-03-01T01:00Z,2",
      "2024-03-01T03:00Z,3",
      "2024-03-01T04:00Z,4",
    ];
    const { series, stats } = await read(lines);
    expect(series.periods[1]).toMatchObject({ start: t("2024-03-01T01:00Z"), end: t("2024-03-01T03:00Z") });
    expect(stats.warnings).toEqual([]);
    expect(stats.notes).toContain("1 gap of up to twice the 1 h step bridged by holding the value before");
  });

  it("skips and counts every bad value exactly; 0 is a value", async () => {
    const lines = [
      "time,gco2_per_kwh",
      "2024-03-01T00:00Z,100",
      "2024-03-01T00:30Z,-1",
      "2024-03-01T01:00Z,",
      "2024-03-01T01:30Z,NaN",
      "2024-03-01T02:00Z,0x1F",
      "2024-03-01T02:30Z,1e400",
      "yesterday,100",
      "2024-03-01T03:30Z",
      "2024-03-01T04:00Z,0",
      "2024-03-01T04:30Z,0.0",
      "",
      "2024-03-01T05:00Z,50",
    ];
    const { series, stats } = await read(lines);
    expect(stats.rowsRead).toBe(11);
    expect(stats.rowsSkipped).toBe(7);
    expect(stats.skippedExamples).toEqual([
      { line: 3, reason: 'negative "gco2_per_kwh": -1' },
      { line: 4, reason: 'empty "gco2_per_kwh"' },
      { line: 5, reason: '"gco2_per_kwh" is not a number: "NaN"' },
      { line: 6, reason: '"gco2_per_kwh" is not a number: "0x1F"' },
      { line: 7, reason: '"gco2_per_kwh" is not a number: "1e400"' },
    ]);
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([100, 0, 0, 50]);
  });

  it("warns when a single row leaves the period length unknown", async () => {
    const { series, stats } = await read(["time,gco2_per_kwh", "2024-03-01T00:00Z,100"]);
    expect(series.periods).toEqual([
      {
        start: t("2024-03-01T00:00Z"),
        end: t("2024-03-01T01:00Z"),
        gPerKwh: 100,
        estimated: false,
        forecast: false,
      },
    ]);
    expect(stats.warnings).toEqual([
      "only one time in the file, so the length of its period is unknown; assumed 1 h",
    ]);
  });

  it("marks a forecast column as forecast", async () => {
    const lines = ["time,forecast_gco2_per_kwh", "2024-03-01T00:00Z,100", "2024-03-01T01:00Z,110"];
    const { series } = await read(lines);
    expect(series.periods.every((p) => p.forecast)).toBe(true);
  });

  it("rejects headers without a time column or without data", async () => {
    await expect(read(["when,gco2_per_kwh", "x,1"])).rejects.toThrow(
      "ci.csv:1: no time column in the header",
    );
    await expect(read(["time,gco2_per_kwh"])).rejects.toThrow(
      "ci.csv:1: the file has a header but no data rows",
    );
    await expect(read(["time,gco2_per_kwh", "2024-01-01T00:00Z,-3"])).rejects.toThrow(
      'ci.csv:1: none of the 1 data rows is usable (line 2: negative "gco2_per_kwh": -3)',
    );
  });
});
