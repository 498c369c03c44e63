import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { electricityMapsCsv } from "../../../src/intensity/file/electricity-maps-csv.js";
import type { IntensityReadOptions } from "../../../src/intensity/file/types.js";
import type { EmissionFactor } from "../../../src/intensity/series.js";
import { LocalClock } from "../../../src/time/zone.js";
import { arrayLines, textLines } from "../../../src/traces/lines.js";

const fixture = (name: string) =>
  textLines(readFileSync(new URL(`../../fixtures/intensity/${name}`, import.meta.url), "utf8"));

const CURRENT =
  "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),Data source,Data estimated,Data estimation method";
const LEGACY =
  "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method";

function options(factor: EmissionFactor = "lifecycle", zone = "UTC", unit?: string): IntensityReadOptions {
  return { file: "em.csv", clock: new LocalClock(zone), factor, ...(unit === undefined ? {} : { unit }) };
}

/** A current-format row: time, direct, life cycle, estimated. */
function row(time: string, direct: string, lifecycle: string, estimated = false, zone = "GB"): string {
  return `${time},Great Britain,Great Britain,${zone},${direct},${lifecycle},70,50,elexon.co.uk,${estimated},${estimated ? "ESTIMATED_TIME_SLICER_AVERAGE" : ""}`;
}

const read = (lines: string[], opts = options()) => electricityMapsCsv.read(arrayLines(lines), opts);
const H = 3_600_000;
const t = (iso: string) => Date.parse(iso);

describe("electricityMapsCsv.sniff", () => {
  it("recognises both header generations", () => {
    expect(electricityMapsCsv.sniff([CURRENT])).toBe(true);
    expect(electricityMapsCsv.sniff([LEGACY])).toBe(true);
    expect(electricityMapsCsv.sniff(["", CURRENT])).toBe(true);
    expect(electricityMapsCsv.sniff(["# exported 2024-05-01", CURRENT])).toBe(true);
  });
  it("leaves other CSVs alone", () => {
    expect(electricityMapsCsv.sniff(["time,moer,f1,f2"])).toBe(false);
    expect(electricityMapsCsv.sniff(["period_start,carbon_intensity_gco2_per_kwh"])).toBe(false);
    expect(electricityMapsCsv.sniff([])).toBe(false);
  });
});

describe("electricityMapsCsv.read: current header", () => {
  it("reads hourly periods, the life-cycle column, the zone and the estimated flag", async () => {
    const { series, stats } = await read(fixture("em-current-hourly.csv"));
    expect(series.source).toBe("Electricity Maps CSV export");
    expect(series.zone).toBe("GB");
    expect(series.factor).toBe("lifecycle");
    expect(series.signal).toBe("average");
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([151.25, 149.5, 140, 135.5, 128, 130.25]);
    expect(series.periods.map((p) => p.estimated)).toEqual([false, false, true, true, false, false]);
    expect(series.periods[0]).toEqual({
      start: t("2024-03-01T00:00:00Z"),
      end: t("2024-03-01T01:00:00Z"),
      gPerKwh: 151.25,
      estimated: false,
      forecast: false,
    });
    expect(series.periods.at(-1)?.end).toBe(t("2024-03-01T06:00:00Z"));
    for (const p of series.periods) expect(p.end - p.start).toBe(H);
    expect(stats).toMatchObject({ rowsRead: 6, rowsSkipped: 0, warnings: [] });
    expect(stats.notes).toContain("2 of 6 periods estimated by Electricity Maps");
  });

  it("takes the direct column when asked", async () => {
    const { series } = await read(fixture("em-current-hourly.csv"), options("direct"));
    expect(series.factor).toBe("direct");
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([120.5, 118, 110.75, 105, 99.5, 101]);
  });

  it("reads the times as UTC whatever the user's time zone", async () => {
    const { series, stats } = await read(
      fixture("em-current-hourly.csv"),
      options("lifecycle", "Asia/Tokyo"),
    );
    expect(series.periods[0]?.start).toBe(t("2024-03-01T00:00:00Z"));
    expect(stats.notes).toContain('times without a zone read as UTC, as the header "Datetime (UTC)" says');
  });
});

describe("electricityMapsCsv.read: legacy header", () => {
  it("reads LCA as life cycle, skips the empty row and counts it", async () => {
    const { series, stats } = await read(fixture("em-legacy-hourly.csv"));
    expect(series.zone).toBe("FR");
    expect(series.periods.map((p) => [p.gPerKwh, p.estimated])).toEqual([
      [43.84, false],
      [46.22, true],
      [47.1, false],
    ]);
    expect(stats.rowsRead).toBe(4);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples).toEqual([{ line: 4, reason: 'empty "Carbon Intensity gCO₂eq/kWh (LCA)"' }]);
    // One missing hour (a gap of twice the step) is bridged by the hour before, not filled with 0.
    expect(series.periods[1]).toMatchObject({
      start: t("2022-06-01T01:00:00Z"),
      end: t("2022-06-01T03:00:00Z"),
    });
    expect(series.periods.every((p) => p.gPerKwh > 0)).toBe(true);
  });

  it("reads the direct column of the legacy header", async () => {
    const { series } = await read(fixture("em-legacy-hourly.csv"), options("direct"));
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([25.09, 26.73, 27.5]);
  });
});

describe("electricityMapsCsv.read: columns by meaning", () => {
  it("reads a reordered, re-cased export", async () => {
    const lines = [
      "zone id,carbon intensity gco2eq/kwh (life cycle),DATETIME (UTC),carbon intensity gco2eq/kwh (direct),data estimated",
      "DE,300,2024-01-01 01:00:00,250,TRUE",
      "DE,310,2024-01-01 00:00:00,260,false",
    ];
    const { series, stats } = await read(lines);
    expect(series.zone).toBe("DE");
    expect(series.periods.map((p) => [p.start, p.gPerKwh, p.estimated])).toEqual([
      [t("2024-01-01T00:00:00Z"), 310, false],
      [t("2024-01-01T01:00:00Z"), 300, true],
    ]);
    expect(stats.notes).toContain("rows were not in time order; sorted");
  });

  it("fails, naming what it found, when the asked-for factor has no column", async () => {
    const lines = [
      "Datetime (UTC),Zone id,Carbon intensity gCO₂eq/kWh (direct)",
      "2024-01-01 00:00:00,GB,100",
    ];
    await expect(read(lines)).rejects.toThrow(
      'em.csv:1: no life-cycle carbon intensity column in this Electricity Maps export (found "Carbon intensity gCO₂eq/kWh (direct)")',
    );
  });

  it("reads a lone intensity column that names no factor, and warns", async () => {
    const lines = ["Datetime (UTC),Zone id,Carbon intensity gCO₂eq/kWh", "2024-01-01 00:00:00,GB,100"];
    const { series, stats } = await read(lines);
    expect(series.periods[0]?.gPerKwh).toBe(100);
    expect(stats.warnings).toContain(
      'column "Carbon intensity gCO₂eq/kWh" does not say whether it holds direct or life-cycle figures; read as life-cycle',
    );
  });

  it("needs a unit when the header does not name one", async () => {
    const lines = ["Datetime (UTC),Zone id,Carbon intensity (Life cycle)", "2024-01-01 00:00:00,GB,100"];
    await expect(read(lines)).rejects.toThrow(/--intensity-unit/);
    const { series } = await read(lines, options("lifecycle", "UTC", "g/kWh"));
    expect(series.periods[0]?.gPerKwh).toBe(100);
  });
});

describe("electricityMapsCsv.read: problems in the rows", () => {
  it("counts every bad row exactly and never reads a missing value as 0", async () => {
    const lines = [
      CURRENT,
      row("2024-03-01 00:00:00", "100", "150"),
      row("not a time", "100", "150"),
      row("2024-03-01 01:00:00", "", ""),
      row("2024-03-01 02:00:00", "NaN", "NaN"),
      row("2024-03-01 03:00:00", "-5", "-5"),
      row("2024-03-01 04:00:00", "0x10", "0x10"),
      row("2024-03-01 05:00:00", "1e400", "1e400"),
      "",
      row("2024-03-01 06:00:00", "101", "151"),
      row("2024-03-01 07:00:00", "102", "152"),
      row("2024-03-01 08:00:00", "103", "153"),
    ];
    const { series, stats } = await read(lines);
    expect(stats.rowsRead).toBe(10);
    expect(stats.rowsSkipped).toBe(6);
    expect(stats.skippedExamples.map((s) => s.line)).toEqual([3, 4, 5, 6, 7]);
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([150, 151, 152, 153]);
    // Six hours without a usable value is a hole, not bridged.
    expect(series.periods[0]?.end).toBe(t("2024-03-01T01:00:00Z"));
    expect(stats.warnings).toContain("no data 2024-03-01T01:00Z–06:00Z");
  });

  it("keeps the first of duplicate times and warns", async () => {
    const lines = [
      CURRENT,
      row("2024-03-01 00:00:00", "100", "150"),
      row("2024-03-01 01:00:00", "100", "160"),
      row("2024-03-01 01:00:00", "100", "999"),
      row("2024-03-01 02:00:00", "100", "170"),
    ];
    const { series, stats } = await read(lines);
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([150, 160, 170]);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples[0]).toEqual({
      line: 4,
      reason: "duplicate time 2024-03-01T01:00:00Z (kept line 3)",
    });
    expect(stats.warnings).toEqual([
      "1 row repeated the time of an earlier row; kept the first (e.g. line 4 repeats 2024-03-01T01:00:00Z of line 3)",
    ]);
  });

  it("leaves a hole across a long gap and reports it", async () => {
    const lines = [
      CURRENT,
      row("2024-03-01 02:00:00", "1", "10"),
      row("2024-03-01 03:00:00", "1", "20"),
      row("2024-03-01 07:00:00", "1", "30"),
      row("2024-03-01 08:00:00", "1", "40"),
    ];
    const { series, stats } = await read(lines);
    expect(series.periods.map((p) => [p.start, p.end])).toEqual([
      [t("2024-03-01T02:00:00Z"), t("2024-03-01T03:00:00Z")],
      [t("2024-03-01T03:00:00Z"), t("2024-03-01T04:00:00Z")],
      [t("2024-03-01T07:00:00Z"), t("2024-03-01T08:00:00Z")],
      [t("2024-03-01T08:00:00Z"), t("2024-03-01T09:00:00Z")],
    ]);
    expect(stats.warnings).toEqual(["no data 2024-03-01T04:00Z–07:00Z"]);
    expect(stats.notes).toContain("1 gap longer than twice the 1 h step left without data (3 h in all)");
  });

  it("reads only the first zone of a file that holds several", async () => {
    const lines = [
      CURRENT,
      row("2024-03-01 00:00:00", "1", "10"),
      row("2024-03-01 01:00:00", "1", "11"),
      row("2024-03-01 00:00:00", "1", "50", false, "FR"),
      row("2024-03-01 01:00:00", "1", "51", false, "FR"),
    ];
    const { series, stats } = await read(lines);
    expect(series.zone).toBe("GB");
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([10, 11]);
    expect(stats.rowsSkipped).toBe(2);
    expect(stats.warnings).toEqual([
      "the file holds several zones (GB, FR); read GB only and skipped 2 rows of the others",
    ]);
  });

  it("infers 15-minute periods from the spacing of the rows and says so", async () => {
    const lines = [CURRENT];
    for (let m = 0; m < 60; m += 15)
      lines.push(row(`2024-03-01 10:${String(m).padStart(2, "0")}:00`, "1", `${m}`));
    const { series, stats } = await read(lines);
    expect(series.periods).toHaveLength(4);
    for (const p of series.periods) expect(p.end - p.start).toBe(15 * 60_000);
    expect(series.periods.at(-1)?.end).toBe(t("2024-03-01T11:00:00Z"));
    expect(stats.notes).toContain("rows are 15 min apart (median), so each holds for 15 min");
  });

  it("rejects a file with a header and no rows, and one with no usable rows", async () => {
    await expect(read([CURRENT])).rejects.toThrow("em.csv:1: the file has a header but no data rows");
    await expect(read([CURRENT, row("2024-03-01 00:00:00", "", "")])).rejects.toThrow(
      'em.csv:1: none of the 1 data rows is usable (line 2: empty "Carbon intensity gCO₂eq/kWh (Life cycle)")',
    );
    await expect(read([])).rejects.toThrow("em.csv:1: the file is empty");
  });
});
