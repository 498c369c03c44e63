import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mllog, parsePlatform } from "../../src/runlogs/mllog.js";
import {
  hostileInputs,
  inputError,
  onlyInputError,
  readFixture,
  readLines,
  readPath,
  realData,
} from "./helpers.js";

const T0 = Date.UTC(2025, 2, 4, 10, 0, 0);
const S = 1000;

function event(
  key: string,
  t: number,
  value: unknown = null,
  metadata: Record<string, unknown> = {},
): string {
  return `:::MLLOG ${JSON.stringify({ namespace: "", time_ms: t, event_type: "POINT_IN_TIME", key, value, metadata })}`;
}

describe("MLPerf MLLOG", () => {
  it("reads the window, phases, units, devices and facts of a run", async () => {
    const { log, stats } = await readFixture(mllog, "mlperf-8xH100.mllog");
    expect(log.start).toBe(T0);
    expect(log.end).toBe(T0 + 3780 * S);
    expect(log.phases).toEqual([
      { name: "init", start: T0, end: T0 + 60 * S },
      { name: "block 1", start: T0 + 60 * S + 1, end: T0 + 1860 * S },
      { name: "eval 1", start: T0 + 1860 * S, end: T0 + 1920 * S },
      { name: "block 2", start: T0 + 1920 * S, end: T0 + 3720 * S },
      { name: "eval 2", start: T0 + 3720 * S, end: T0 + 3780 * S },
    ]);
    expect(log.units).toEqual({ samples: 6400, steps: 200, tokens: 6400 * 4096 });
    expect(log.deviceCount).toBe(8);
    expect(log.deviceModel).toBe("H100-SXM5-80GB");
    expect(log.facts).toEqual({
      benchmark: "llama31_8b",
      organization: "gridprint-tests",
      division: "closed",
      platform: "8xH100-SXM5-80GB",
      status: "success",
      timed_run: "2025-03-04T10:01:00Z to 2025-03-04T11:03:00Z (3720 s)",
    });
    expect(stats.rowsRead).toBe(21);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples[0]?.line).toBe(13);
    expect(stats.skippedExamples[0]?.reason).toMatch(/^expected JSON after :::MLLOG/);
    expect(stats.warnings).toEqual([]);
    expect(stats.notes.some((n) => n.includes("earliest init_start"))).toBe(true);
    expect(stats.notes).toContain("samples from train_samples logged at the end of the run (6400)");
  });

  it("ignores text around the tag and finds it after launcher prefixes", async () => {
    const { log, stats } = await readLines(mllog, [
      "Traceback? no, just noise",
      `0: ${event("run_start", T0)}`,
      `[1,0]<stdout>:${event("run_stop", T0 + 10 * S, null, { status: "success" })}`,
    ]);
    expect(log.start).toBe(T0);
    expect(log.end).toBe(T0 + 10 * S);
    expect(stats.rowsRead).toBe(2);
    expect(stats.rowsSkipped).toBe(0);
    expect(stats.notes).toContain("no init_start: the run's window opens at run_start");
  });

  it("closes the window at the last event when run_stop is missing, and warns", async () => {
    const { log, stats } = await readLines(mllog, [
      event("run_start", T0),
      event("block_start", T0, null, { samples_count: 0 }),
      event("block_stop", T0 + 600 * S, null, { samples_count: 640 }),
    ]);
    expect(log.end).toBe(T0 + 600 * S);
    expect(log.units.samples).toBe(640);
    expect(log.facts.status).toBeUndefined();
    expect(stats.warnings.some((w) => w.startsWith("no run_stop event"))).toBe(true);
  });

  it("warns when the run did not succeed", async () => {
    const { log, stats } = await readLines(mllog, [
      event("run_start", T0),
      event("run_stop", T0 + 60 * S, null, { status: "aborted" }),
    ]);
    expect(log.facts.status).toBe("aborted");
    expect(stats.warnings).toContain('run_stop status is "aborted": the run did not finish successfully');
  });

  it("reads train_samples logged before the run as the data set's size, and epochs from epoch_stop", async () => {
    const { log } = await readLines(mllog, [
      event("train_samples", T0, 1281167),
      event("global_batch_size", T0, 3264),
      event("run_start", T0),
      event("epoch_start", T0, null, { epoch_num: 1 }),
      event("epoch_stop", T0 + 100 * S, null, { epoch_num: 1 }),
      event("epoch_start", T0 + 100 * S, null, { epoch_num: 2 }),
      event("epoch_stop", T0 + 200 * S, null, { epoch_num: 2 }),
      event("run_stop", T0 + 200 * S, null, { status: "success" }),
    ]);
    expect(log.units).toEqual({ epochs: 2 });
    expect(log.facts.dataset_samples).toBe("1281167");
    // No blocks: the epochs are the phases.
    expect(log.phases.map((p) => p.name)).toEqual(["epoch 1", "epoch 2"]);
  });

  it("skips tagged lines that are not MLLOG events, saying what was expected", async () => {
    const { stats } = await readLines(mllog, [
      event("run_start", T0),
      ":::MLLOG not json",
      ':::MLLOG {"key": "run_stop"}',
      ':::MLLOG {"key": "run_stop", "time_ms": "soon"}',
      ':::MLLOG {"time_ms": 1741082400000}',
      ':::MLLOG {"key": "run_stop", "time_ms": 1741082400}',
      ':::MLLOG ["run_stop"]',
      event("global_batch_size", T0, "big"),
      event("run_stop", T0 + S),
    ]);
    expect(stats.rowsRead).toBe(2);
    expect(stats.rowsSkipped).toBe(7);
    expect(stats.skippedExamples.map((s) => s.line)).toEqual([2, 3, 4, 5, 6]);
    expect(stats.skippedExamples[1]?.reason).toBe(
      "time_ms: expected epoch milliseconds (e.g. 1717000000000), got nothing",
    );
    expect(stats.skippedExamples[3]?.reason).toBe(
      'key: expected an event name such as "run_start", got nothing',
    );
  });

  it("refuses a file with no MLLOG line, or none readable", async () => {
    const none = await inputError(readLines(mllog, ["hello", "world"]));
    expect(none.message).toMatch(/no :::MLLOG lines in 2 line\(s\)/);
    const unreadable = await inputError(readLines(mllog, ["noise", ":::MLLOG {oops"]));
    expect(unreadable.message).toMatch(
      /none of the 1 :::MLLOG line\(s\) could be read \(line 2: expected JSON/,
    );
    expect(unreadable.line).toBe(2);
  });

  it("refuses a log that spans no time, unless only units are wanted", async () => {
    const lines = [event("run_start", T0), event("run_stop", T0)];
    expect((await inputError(readLines(mllog, lines))).message).toMatch(/spans no time/);
    const { log } = await readLines(mllog, lines, { unitsOnly: true });
    expect(log.start).toBe(T0);
  });

  it("never throws anything but InputError", async () => {
    for (const input of hostileInputs()) await onlyInputError(readLines(mllog, input.lines));
  });
});

describe("submission_platform", () => {
  it("reads count × accelerator, DGX systems and systems × accelerators", () => {
    expect(parsePlatform("8xH200")).toMatchObject({ count: 8, model: "H200" });
    expect(parsePlatform("16xA100-SXM4-80GB")).toMatchObject({ count: 16, model: "A100-SXM4-80GB" });
    expect(parsePlatform("DGX-H100")).toMatchObject({ count: 8, model: "H100" });
    expect(parsePlatform("4xDGX-A100")).toMatchObject({ count: 32, model: "A100" });
    expect(parsePlatform("1xXE9680x8H200-SXM-141GB")).toMatchObject({ count: 8, model: "H200-SXM-141GB" });
    expect(parsePlatform("H100")).toEqual({ model: "H100", how: "NVIDIA H100 SXM, count not stated" });
    expect(parsePlatform("2xSYS-821GE-TNHR")).toBeUndefined();
    expect(parsePlatform("reference")).toBeUndefined();
  });
});

const realMllog = join(realData, "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog");

describe.skipIf(!existsSync(realMllog))("real MLLOG: Llama-3.1-8B on 8×H200 (Cisco)", () => {
  if (!existsSync(realMllog))
    console.info(`skipped: ${realMllog} not found (shared test data is not in a user's clone)`);

  it("reads its window, status, units and devices", async () => {
    const { log, stats } = await readPath(mllog, realMllog);
    // The earliest of eight init_start events, to run_stop.
    expect(log.start).toBe(1779996897280);
    expect(log.end).toBe(1780009747514);
    expect(log.facts.status).toBe("success");
    expect(log.facts.benchmark).toBe("llama31_8b");
    expect(log.facts.timed_run).toBe("2026-05-28T19:35:07.501Z to 2026-05-28T23:09:07.514Z (12840.013 s)");
    expect(log.units).toEqual({ samples: 159744, steps: 9984, tokens: 159744 * 8192, epochs: 1 });
    // The reference implementation names its platform "DGX-H100" whatever it ran on.
    expect(log.facts.platform).toBe("DGX-H100");
    expect(log.deviceCount).toBe(8);
    expect(log.deviceModel).toBe("H100");
    expect(log.phases[0]).toEqual({ name: "init", start: 1779996897280, end: 1779996907501 });
    expect(log.phases.filter((p) => p.name.startsWith("block")).length).toBe(13);
    expect(log.phases.filter((p) => p.name.startsWith("eval")).length).toBe(13);
    expect(stats.rowsRead).toBe(111);
    expect(stats.rowsSkipped).toBe(0);
    expect(stats.warnings).toEqual([]);
    expect(stats.notes).toContain("init_start logged 8 times (one per process?): the earliest is taken");
  });
});
