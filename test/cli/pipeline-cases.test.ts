/**
 * Whole runs through the CLI on hand-derived cases and, when ../shared/data is present, on real
 * third-party traces.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseReport } from "../../src/report/schema.js";

async function report(args: string[], cwd: string) {
  let stderr = "";
  const out = join(cwd, "out.json");
  const code = await runCli([...args, "--json", out, "--markdown", join(cwd, "out.md")], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    cwd,
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return parseReport(JSON.parse(readFileSync(out, "utf8")));
}

const pad = (n: number) => String(n).padStart(2, "0");

describe("a DST fall-back night in Europe/London", () => {
  it("counts the repeated hour twice, as the clock did", async () => {
    // Native nvidia-smi times (local, no zone), 1000 W every minute from 00:30 (BST) through the
    // repeated 01:00–01:59 to 02:30 (GMT): 23:30Z to 02:30Z, three hours, 3 kWh.
    const lines = ["timestamp, index, power.draw [W]"];
    const minutes = [
      ...Array.from({ length: 30 }, (_, m) => `00:${pad(30 + m)}`),
      ...Array.from({ length: 60 }, (_, m) => `01:${pad(m)}`),
      ...Array.from({ length: 60 }, (_, m) => `01:${pad(m)}`),
      ...Array.from({ length: 31 }, (_, m) => `02:${pad(m)}`),
    ];
    for (const hm of minutes) lines.push(`2024/10/27 ${hm}:00.000, 0, 1000.00 W`);
    const dir = mkdtempSync(join(tmpdir(), "gridprint-dst-"));
    writeFileSync(join(dir, "trace.csv"), `${lines.join("\n")}\n`);
    const r = await report(
      [
        "report",
        "--traces",
        "trace.csv",
        "--zone",
        "GB",
        "--intensity-source",
        "average",
        "--timezone",
        "Europe/London",
      ],
      dir,
    );
    expect(r.totals.energyKwh).toBeCloseTo(3, 9);
    expect(r.hours.map((h) => [h.start, Number(h.energyKwh.toFixed(9))])).toEqual([
      ["2024-10-26T23:00:00Z", 0.5],
      ["2024-10-27T00:00:00Z", 1],
      ["2024-10-27T01:00:00Z", 1],
      ["2024-10-27T02:00:00Z", 0.5],
    ]);
    expect(r.timezone.ambiguousReadings).toBe(120);
    expect(r.devices[0]?.gapCount).toBe(0);
  });

  it("warns when zone-less times were read without --timezone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-tz-"));
    writeFileSync(
      join(dir, "t.csv"),
      "timestamp, index, power.draw [W]\n2024/06/01 10:00:00.000, 0, 100 W\n2024/06/01 10:00:10.000, 0, 100 W\n",
    );
    const r = await report(
      ["report", "--traces", "t.csv", "--zone", "DE", "--intensity-source", "average"],
      dir,
    );
    expect(r.warnings.join("\n")).toMatch(/2 timestamp\(s\) carry no UTC offset and were read as UTC/);
  });
});

const shared = new URL("../../../shared/data/", import.meta.url).pathname;
const haveShared = existsSync(shared);
if (!haveShared) console.info(`skipping real-data pipeline runs: ${shared} not found`);

describe.skipIf(!haveShared)("real third-party data through the whole pipeline", () => {
  it("8×H100 nanoGPT trace (wrapper CSV, ISO Z times): 8 devices, about 22 minutes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-real-"));
    const r = await report(
      [
        "report",
        "--traces",
        join(shared, "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv"),
        "--zone",
        "US-CAL-CISO",
      ],
      dir,
    );
    expect(r.devices).toHaveLength(8);
    expect(r.window.durationHours * 60).toBeGreaterThan(20);
    expect(r.window.durationHours * 60).toBeLessThan(25);
    // 8 GPUs at a few hundred watts for ~22 minutes: between 0.3 and 2.5 kWh.
    expect(r.totals.energyKwh).toBeGreaterThan(0.3);
    expect(r.totals.energyKwh).toBeLessThan(2.5);
    expect(r.intensity.provider).toBe("average");
    expect(r.totals.emissionsG).toBeCloseTo(r.totals.naiveEmissionsG, 6);
  });

  it("GTX 1650 native 10 ms trace with local times, priced with a real GB year", async () => {
    // The trace is from 2024-10-13; GB_2024 covers that date, so hours come from the file and the
    // naive figure is the file's own 2024 mean.
    const dir = mkdtempSync(join(tmpdir(), "gridprint-real-"));
    const r = await report(
      [
        "report",
        "--traces",
        join(shared, "power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv"),
        "--intensity-file",
        join(shared, "grid-intensity/electricitymaps/GB_2024_hourly.csv"),
      ],
      dir,
    );
    expect(r.devices).toHaveLength(1);
    expect(r.devices[0]?.name).toBe("NVIDIA GeForce GTX 1650");
    expect(r.intensity.zone).toBe("GB");
    expect(r.intensity.coverage.hoursWithFallback).toBe(0);
    expect(r.naive.method).toBe("series-year-mean");
    expect(r.naive.yearCoverage).toBe(1);
    expect(r.warnings.join("\n")).toMatch(/carry no UTC offset/);
  });
});

describe("training logs", () => {
  const fixtures = new URL("../fixtures/runlogs/", import.meta.url).pathname;

  it("estimates energy from an MLPerf log when there is no power trace, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-estimate-"));
    const r = await report(
      [
        "report",
        "--traces",
        join(fixtures, "mlperf-8xH100.mllog"),
        "--zone",
        "DE",
        "--intensity-source",
        "average",
      ],
      dir,
    );
    expect(r.estimates).toHaveLength(1);
    const e = r.estimates[0];
    expect(e?.devices).toBe(8);
    expect(e?.explanation).toMatch(/^estimated, not measured/);
    expect(r.totals.estimatedEnergyShare).toBe(1);
    expect(r.devices.every((d) => d.estimated)).toBe(true);
    // Energy = devices × board power × utilization × window.
    const hours = (Date.parse(e?.end ?? "") - Date.parse(e?.start ?? "")) / 3.6e6;
    expect(r.totals.energyKwh).toBeCloseTo(((8 * (e?.boardWatts ?? 0) * 0.8) / 1000) * hours, 9);
    const md = readFileSync(join(dir, "out.md"), "utf8");
    expect(md).toMatch(/estimated/i);
  });

  it("finds an MLPerf log behind launcher noise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-noise-"));
    const noise = Array.from({ length: 150 }, (_, i) => `NCCL INFO rank ${i % 8}: channel ${i} via P2P/IPC`);
    const log = readFileSync(join(fixtures, "mlperf-8xH100.mllog"), "utf8");
    writeFileSync(join(dir, "train.log"), `${noise.join("\n")}\n${log}`);
    const r = await report(
      ["report", "--traces", "train.log", "--zone", "DE", "--intensity-source", "average"],
      dir,
    );
    expect(r.runs[0]?.format).toBe("mlperf-mllog");
    expect(r.estimates).toHaveLength(1);
  });

  it("asks for --devices and --device-model when a log without them is the only input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-estimate-"));
    await expect(
      report(
        [
          "report",
          "--traces",
          join(fixtures, "trainer_state.json"),
          "--zone",
          "DE",
          "--run-start",
          "2025-06-03T10:00:00Z",
        ],
        dir,
      ),
    ).rejects.toThrow(/--devices and --device-model/);
  });

  it("reads a log's units alongside a measured trace without estimating", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-units-"));
    const examples = new URL("../../examples/", import.meta.url).pathname;
    const r = await report(
      [
        "report",
        "--traces",
        join(examples, "nvidia-smi-4xA100.csv"),
        "--traces",
        join(fixtures, "trainer_state.json"),
        "--zone",
        "GB",
        "--intensity-source",
        "average",
        "--timezone",
        "Europe/London",
      ],
      dir,
    );
    expect(r.estimates).toEqual([]);
    expect(r.totals.estimatedEnergyShare).toBe(0);
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0]?.units.steps).toBeGreaterThan(0);
  });
});

describe.skipIf(!haveShared)("the real MLPerf log", () => {
  it("gives the run's window, status and units, and an estimate labelled as such", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-mlperf-"));
    const r = await report(
      [
        "report",
        "--traces",
        join(shared, "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog"),
        "--zone",
        "US-MIDA-PJM",
      ],
      dir,
    );
    expect(r.runs[0]?.facts.status).toBe("success");
    expect(r.runs[0]?.units.samples).toBe(159744);
    expect(r.estimates[0]?.devices).toBe(8);
    expect(r.totals.estimatedEnergyShare).toBe(1);
  });
});
