import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseReport, type Report } from "../../src/report/schema.js";

const root = new URL("../../", import.meta.url).pathname;

async function cli(args: string[], cwd = root) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const demo = [
  "report",
  "--traces",
  "examples/nvidia-smi-4xA100.csv",
  "--zone",
  "GB",
  "--intensity-file",
  "examples/gb-intensity-2025-06-03.csv",
  "--timezone",
  "Europe/London",
];

function tmp() {
  return mkdtempSync(join(tmpdir(), "gridprint-cli-"));
}

describe("gridprint report on the example run", () => {
  it("writes a valid report and markdown that agree", async () => {
    const dir = tmp();
    const { code, stdout, stderr } = await cli([
      ...demo,
      "--json",
      join(dir, "r.json"),
      "--markdown",
      join(dir, "r.md"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const report = parseReport(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")));
    const md = readFileSync(join(dir, "r.md"), "utf8");
    expect(report.devices.map((d) => d.id)).toEqual(["gpu0", "gpu1", "gpu2", "gpu3"]);
    expect(report.sources[0]?.synthetic).toBe(true);
    expect(md).toContain("synthetic example data");
    expect(report.intensity.coverage.hoursWithFallback).toBe(0);
    // The run straddles the evening peak: hourly pricing must differ from the annual average.
    expect(Math.abs(report.totals.naiveDifferencePercent ?? 0)).toBeGreaterThan(5);
    // Totals are the sums of the hours.
    const sum = (f: (h: Report["hours"][number]) => number) => report.hours.reduce((a, h) => a + f(h), 0);
    expect(sum((h) => h.energyKwh)).toBeCloseTo(report.totals.energyKwh, 9);
    expect(sum((h) => h.emissionsG)).toBeCloseTo(report.totals.emissionsG, 9);
    // Every hour row of the markdown carries the report's figures.
    for (const h of report.hours) {
      const label = h.start.slice(0, 16).replace("T", " ");
      const row = md.split("\n").find((l) => l.includes(label));
      expect(row, label).toBeDefined();
      expect(row).toContain(h.energyKwh.toFixed(3));
    }
    expect(md).toContain("missing readings");
  });

  it("prints the markdown to stdout by default", async () => {
    const { code, stdout } = await cli(demo);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^### gridprint: /);
  });

  it("exits 1 with the broken budget named, after writing the report", async () => {
    const dir = tmp();
    const { code, stderr } = await cli([...demo, "--budget-kwh", "1", "--json", join(dir, "r.json")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/exceeds budget-kwh 1 kWh/);
    expect(parseReport(JSON.parse(readFileSync(join(dir, "r.json"), "utf8"))).budget.passed).toBe(false);
  });

  it("compares with a baseline report", async () => {
    const dir = tmp();
    await cli([...demo, "--json", join(dir, "base.json"), "--markdown", join(dir, "base.md")]);
    const { code, stdout } = await cli([
      ...demo,
      "--baseline",
      join(dir, "base.json"),
      "--max-increase-percent",
      "0",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Against the baseline");
    expect(stdout).toContain("+0.000 kWh (+0.0%)");
  });
});

describe("usage errors exit 2 with a message naming the problem", () => {
  it.each([
    [["report"], /traces: expected at least one trace file/],
    [["report", "--traces", "x.csv", "--bogus", "1"], /bogus/],
    [
      ["report", "--traces", "examples/nvidia-smi-4xA100.csv", "--timezone", "Mars/Base"],
      /timezone: expected an IANA time zone/,
    ],
    [
      ["report", "--traces", "examples/nvidia-smi-4xA100.csv", "--budget-g=-5"],
      /budget-g: expected a non-negative number/,
    ],
    [["report", "--traces", "missing.csv", "--zone", "GB"], /missing\.csv: no such file/],
    [["report", "--traces", "nothing/*.csv", "--zone", "GB"], /no file matches/],
    [["report", "--traces", "examples/nvidia-smi-4xA100.csv"], /zone is needed/],
    [
      ["report", "--traces", "examples/nvidia-smi-4xA100.csv", "--zone", "XX-NOWHERE"],
      /unknown zone "XX-NOWHERE"/,
    ],
    [["frobnicate"], /unknown command/],
  ])("%j", async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("names the file and line of an unknown format", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "weird.csv"), "alpha,beta\n1,2\n");
    const { code, stderr } = await cli(["report", "--traces", "weird.csv", "--zone", "GB"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/weird\.csv:1: not a known trace format/);
  });

  it("refuses samples spread over decades, naming the stray times", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "clock-reset.csv"),
      "timestamp, index, power.draw [W]\n1970/01/01 00:00:10.000, 0, 100 W\n2025/06/03 10:00:00.000, 0, 100 W\n2025/06/03 10:00:01.000, 0, 100 W\n",
    );
    const { code, stderr } = await cli(
      ["report", "--traces", "clock-reset.csv", "--zone", "GB", "--intensity-source", "average"],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /the samples span 20\d{3} days, from 1970-01-01T00:00:10Z \(clock-reset\.csv, gpu0\)/,
    );
  });

  it("refuses an empty trace", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.csv"), "");
    const { code, stderr } = await cli(["report", "--traces", "empty.csv", "--zone", "GB"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/empty\.csv:1: the file is empty/);
  });

  it("refuses a directory given as a trace", async () => {
    const { code, stderr } = await cli(["report", "--traces", "examples", "--zone", "GB"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/examples: not a regular file/);
  });
});

describe("--help", () => {
  it("lists every flag with its default", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const flag of [
      "--traces",
      "--format",
      "--zone",
      "--intensity-source",
      "--intensity-file",
      "--timezone",
      "--baseline",
      "--budget-g",
      "--budget-kwh",
      "--max-increase-percent",
      "--json",
      "--markdown",
      "--emission-factor",
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain("--format (default: auto)");
  });
});
