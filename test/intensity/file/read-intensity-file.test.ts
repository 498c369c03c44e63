import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, UsageError } from "../../../src/errors.js";
import { readIntensityFile } from "../../../src/intensity/file/read-intensity-file.js";
import type { IntensitySeries } from "../../../src/intensity/series.js";
import { LocalClock } from "../../../src/time/zone.js";
import { textLines } from "../../../src/traces/lines.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/intensity/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "gridprint-intensity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const opts = (more: { unit?: string; zone?: string } = {}) => ({
  clock: new LocalClock(more.zone ?? "UTC"),
  factor: "lifecycle" as const,
  ...(more.unit === undefined ? {} : { unit: more.unit }),
});

describe("readIntensityFile", () => {
  it("tells the format from the content", async () => {
    const current = await readIntensityFile(fixture("em-current-hourly.csv"), opts());
    expect(current.format).toBe("electricity-maps-csv");
    expect(current.series.periods).toHaveLength(6);
    const legacy = await readIntensityFile(fixture("em-legacy-hourly.csv"), opts());
    expect(legacy.format).toBe("electricity-maps-csv");
    expect(legacy.series.zone).toBe("FR");
    const generic = await readIntensityFile(fixture("generic-30min.csv"), opts());
    expect(generic.format).toBe("intensity-csv");
    const moer = await readIntensityFile(fixture("watttime-moer-5min.csv"), opts({ unit: "kg/kWh" }));
    expect(moer.format).toBe("intensity-csv");
    expect(moer.series.signal).toBe("marginal");
  });

  it("names the file as the user gave it", async () => {
    await expect(
      readIntensityFile(fixture("watttime-moer-5min.csv"), { ...opts(), file: "moer.csv" }),
    ).rejects.toThrow(/^moer\.csv:1: the header "time,moer,f1,f2,f3" does not name the unit/);
  });

  it("reads gzip files by their magic bytes, whatever their name", async () => {
    const plain = await readIntensityFile(fixture("em-current-hourly.csv"), opts());
    const gz = gzipSync(readFileSync(fixture("em-current-hourly.csv")));
    for (const name of ["em.csv.gz", "em-gzipped.csv"]) {
      const result = await readIntensityFile(write(name, gz), opts());
      expect(result.format).toBe("electricity-maps-csv");
      expect(result.series).toEqual(plain.series);
      expect(result.stats).toEqual(plain.stats);
    }
    // A plain file named .gz is read as the plain file it is.
    const misnamed = await readIntensityFile(
      write("plain.csv.gz", readFileSync(fixture("generic-30min.csv"))),
      opts(),
    );
    expect(misnamed.series.periods).toHaveLength(5);
  });

  it("reads CRLF line ends and a byte-order mark, plain and gzipped", async () => {
    const text = `\uFEFF${textLines(readFileSync(fixture("generic-30min.csv"), "utf8")).join("\r\n")}\r\n`;
    for (const [name, content] of [
      ["crlf.csv", text],
      ["crlf.csv.gz", gzipSync(text)],
    ] as const) {
      const { series, stats } = await readIntensityFile(write(name, content), opts());
      expect(series.periods.map((p) => p.gPerKwh)).toEqual([182, 175.5, 170, 168.25, 0]);
      expect(stats.rowsSkipped).toBe(0);
    }
  });

  it("passes over comment lines above the header and among the rows", async () => {
    const path = write(
      "commented.csv",
      "# written by a script\n#   not real figures\nperiod_start,carbon_intensity_gco2_per_kwh\n2025-06-03T00:00:00Z,153\n# a note\n2025-06-03T01:00:00Z,150\n",
    );
    const { series, stats, format } = await readIntensityFile(path, opts());
    expect(format).toBe("intensity-csv");
    expect(series.periods.map((p) => p.gPerKwh)).toEqual([153, 150]);
    expect(stats).toMatchObject({ rowsRead: 2, rowsSkipped: 0 });
    await expect(readIntensityFile(write("comments.csv", "# nothing\n"), opts())).rejects.toThrow(
      ":1: the file holds only comments",
    );
    const unknown = write("unknown.csv", "# a comment\ngpu,watts\n0,250\n");
    await expect(readIntensityFile(unknown, opts())).rejects.toThrow(
      `${unknown}:2: not a carbon intensity file gridprint can read: the first line after the comments is "gpu,watts"`,
    );
  });

  it("uses the format it is told", async () => {
    const result = await readIntensityFile(fixture("em-current-hourly.csv"), {
      ...opts(),
      format: "intensity-csv",
    });
    expect(result.format).toBe("intensity-csv");
    expect(result.series.source).toBe("the intensity file");
  });

  it("rejects a format it does not know as a usage error", async () => {
    const error = await readIntensityFile(fixture("generic-30min.csv"), {
      ...opts(),
      format: "watttime" as "auto",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(String(error)).toContain(
      'unknown intensity file format "watttime" (expected auto, provider-json, electricity-maps-csv, intensity-csv)',
    );
  });

  it("rejects an empty file", async () => {
    for (const [name, content] of [
      ["empty.csv", ""],
      ["blank.csv", "\n\n  \n"],
      ["empty.csv.gz", gzipSync("")],
    ] as const) {
      const path = write(name, content);
      await expect(readIntensityFile(path, opts())).rejects.toThrow(`${path}:1: the file is empty`);
    }
  });

  it("rejects a file of no known format, naming the formats expected", async () => {
    const path = write("power.csv", "gpu,watts\n0,250\n");
    const error = await readIntensityFile(path, opts()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: path, line: 1 });
    expect(String((error as Error).message)).toContain(
      `${path}:1: not a carbon intensity file gridprint can read: the first line is "gpu,watts"; expected an Electricity Maps CSV export`,
    );
    expect(String((error as Error).message)).toContain(
      'a CSV with a time column and a carbon intensity column (e.g. "time,gco2_per_kwh")',
    );
  });

  it("reports a missing file or a broken gzip as input errors", async () => {
    const missing = join(tmp, "nope.csv");
    await expect(readIntensityFile(missing, opts())).rejects.toThrow(
      `${missing}: cannot read the carbon intensity file: no such file`,
    );
    const gz = gzipSync(readFileSync(fixture("em-current-hourly.csv")));
    const broken = write("broken.csv.gz", gz.subarray(0, gz.length - 20));
    await expect(readIntensityFile(broken, opts())).rejects.toThrow(/not a readable gzip file/);
    await expect(readIntensityFile(tmp, opts())).rejects.toBeInstanceOf(InputError);
  });
});

const DATA = fileURLToPath(new URL("../../../../shared/data/grid-intensity", import.meta.url));
const haveData = existsSync(DATA);
if (!haveData) console.info(`skipping the real intensity files: ${DATA} is not there`);

/** Every period one step long, each starting where the one before ended. */
function expectContiguous(series: IntensitySeries, stepMs: number): void {
  series.periods.forEach((p, i) => {
    expect(p.end - p.start).toBe(stepMs);
    if (i > 0) expect(p.start).toBe(series.periods[i - 1]?.end);
  });
}

/** Counts `true` in the Data estimated column, independently of the reader. */
function countEstimated(path: string): number {
  const lines = textLines(readFileSync(path, "utf8"));
  const column = (lines[0] ?? "").split(",").findIndex((h) => /^data estimated$/i.test(h));
  return lines.slice(1).filter((l) => l.split(",")[column] === "true").length;
}

describe.skipIf(!haveData)("readIntensityFile on real files", () => {
  const H = 3_600_000;

  it.each([
    ["electricitymaps/GB_2024_hourly.csv", 8784, "2024-01-01T00:00:00Z", 61.36, 96.45],
    ["electricitymaps/GB_2023_hourly.csv", 8760, "2023-01-01T00:00:00Z", 62.4, 91.22],
  ])("%s (current header): %d hourly periods", async (name, count, first, direct, lifecycle) => {
    const path = join(DATA, name);
    const { series, stats, format } = await readIntensityFile(path, opts({ zone: "Europe/London" }));
    expect(format).toBe("electricity-maps-csv");
    expect(series.zone).toBe("GB");
    expect(series.periods).toHaveLength(count);
    expect(series.periods[0]?.start).toBe(Date.parse(first));
    expect(series.periods[0]?.gPerKwh).toBe(lifecycle);
    expectContiguous(series, H);
    expect(stats).toMatchObject({ rowsRead: count, rowsSkipped: 0, warnings: [] });
    expect(series.periods.filter((p) => p.estimated)).toHaveLength(countEstimated(path));
    const directRead = await readIntensityFile(path, { ...opts(), factor: "direct" });
    expect(directRead.series.periods[0]?.gPerKwh).toBe(direct);
  });

  it.each([
    ["DE_2022_hourly.csv", "DE", 2022],
    ["FR_2022_hourly.csv", "FR", 2022],
    ["GB_2022_hourly.csv", "GB", 2022],
    ["CA-ON_2022_hourly.csv", "CA-ON", 2022],
    ["PL_2021_hourly.csv", "PL", 2021],
  ])("legacy %s reads as zone %s", async (name, zone, year) => {
    const path = join(DATA, "electricitymaps/legacy-format", name);
    const { series, stats } = await readIntensityFile(path, opts({ zone: "America/Toronto" }));
    expect(series.zone).toBe(zone);
    expect(series.periods).toHaveLength(8760);
    expect(series.periods[0]?.start).toBe(Date.UTC(year, 0, 1));
    expect(series.periods.at(-1)?.end).toBe(Date.UTC(year + 1, 0, 1));
    expectContiguous(series, H);
    expect(stats.rowsSkipped).toBe(0);
    expect(series.periods.filter((p) => p.estimated)).toHaveLength(countEstimated(path));
  });

  it("FR_2022 has 1227 estimated periods", async () => {
    const path = join(DATA, "electricitymaps/legacy-format/FR_2022_hourly.csv");
    expect(countEstimated(path)).toBe(1227);
    const { series, stats } = await readIntensityFile(path, opts());
    expect(series.periods.filter((p) => p.estimated)).toHaveLength(1227);
    expect(stats.notes).toContain("1227 of 8760 periods estimated by Electricity Maps");
  });

  /** moer × 1000 per row, straight from the text. */
  function expectedMoer(text: string): number[] {
    return textLines(text)
      .slice(1)
      .map((l) => Number(l.split(",")[1]) * 1000);
  }

  it("SGIP first 8 days: 5-minute marginal periods in g/kWh", async () => {
    const path = join(DATA, "watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv");
    await expect(readIntensityFile(path, opts())).rejects.toThrow(/--intensity-unit/);
    const { series, stats } = await readIntensityFile(
      path,
      opts({ unit: "kg/kWh", zone: "America/Los_Angeles" }),
    );
    expect(series.signal).toBe("marginal");
    expect(series.periods).toHaveLength(2304);
    expect(series.periods[0]?.start).toBe(Date.parse("2021-07-31T00:00:00Z"));
    expectContiguous(series, 5 * 60_000);
    const expected = expectedMoer(readFileSync(path, "utf8"));
    series.periods.forEach((p, i) => {
      expect(p.gPerKwh).toBeCloseTo(expected[i] as number, 9);
    });
    expect(stats).toMatchObject({ rowsRead: 2304, rowsSkipped: 0, warnings: [] });
  });

  it("SGIP full month, gzipped: every row, curtailment zeros kept", async () => {
    const path = join(DATA, "watttime-sgip-moer/SGIP_CAISO_PGE_2021-08.csv.gz");
    const { series, stats, format } = await readIntensityFile(path, opts({ unit: "kg/kWh" }));
    expect(format).toBe("intensity-csv");
    const expected = expectedMoer(gunzipSync(readFileSync(path)).toString("utf8"));
    expect(series.periods).toHaveLength(expected.length);
    expectContiguous(series, 5 * 60_000);
    expect(series.periods.filter((p) => p.gPerKwh === 0).length).toBe(expected.filter((v) => v === 0).length);
    expect(series.periods.filter((p) => p.gPerKwh === 0).length).toBeGreaterThan(0);
    expect(stats.rowsSkipped).toBe(0);
  });
});
