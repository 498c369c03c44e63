import { describe, expect, it } from "vitest";
import { lightningMetrics } from "../../src/runlogs/lightning-metrics.js";
import { hostileInputs, inputError, onlyInputError, readFixture, readLines, readText } from "./helpers.js";

const START = Date.parse("2025-03-04T10:00:00Z");

describe("Lightning metrics.csv", () => {
  it("without a time column, gives units only when a power trace gives the window", async () => {
    const { log, stats } = await readFixture(lightningMetrics, "lightning-metrics.csv", { unitsOnly: true });
    expect(log.units).toEqual({ steps: 299, epochs: 3 });
    expect(log.start).toBeUndefined();
    expect(log.end).toBeUndefined();
    expect(stats.rowsRead).toBe(9);
    expect(stats.rowsSkipped).toBe(0);
    const placed = await readFixture(lightningMetrics, "lightning-metrics.csv", {
      unitsOnly: true,
      runStart: START,
    });
    expect(placed.log.start).toBe(START);
    expect(placed.log.end).toBeUndefined();
  });

  it("without a time column, refuses to be the only source of the window, even with --run-start", async () => {
    for (const extra of [{}, { runStart: START }]) {
      const error = await inputError(readFixture(lightningMetrics, "lightning-metrics.csv", extra));
      expect(error.message).toMatch(
        /gives steps and epochs but no time or duration .*: it can only add work units to a power trace/,
      );
    }
  });

  it("takes the window from an epoch-seconds timestamp column, skipping a bad time", async () => {
    const { log, stats } = await readFixture(lightningMetrics, "lightning-metrics-timestamp.csv");
    expect(log.start).toBe(1741082430_000);
    expect(log.end).toBe(1741082540_000);
    expect(log.units).toEqual({ steps: 199, epochs: 2 });
    expect(stats.rowsRead).toBe(6);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples[0]).toEqual({
      line: 7,
      reason: 'timestamp: expected a date and time or epoch seconds, got "oops"',
    });
    // --run-start before the first row opens the window instead.
    const early = await readFixture(lightningMetrics, "lightning-metrics-timestamp.csv", { runStart: START });
    expect(early.log.start).toBe(START);
  });

  it("places zone-less ISO times in the given zone", async () => {
    const { log, stats } = await readText(
      lightningMetrics,
      "epoch,step,time,train_loss\n0,10,2025-03-04 11:00:00,2.0\n0,20,2025-03-04 12:30:00,1.5\n",
      { zone: "Europe/Paris" },
    );
    expect(log.start).toBe(Date.parse("2025-03-04T10:00:00Z"));
    expect(log.end).toBe(Date.parse("2025-03-04T11:30:00Z"));
    expect(stats.notes).toContain("times without a zone read as wall-clock time in Europe/Paris");
  });

  it("reads elapsed seconds with --run-start, and refuses them without", async () => {
    const text = "_runtime,epoch,step,train_loss\n12.5,0,10,2.0\n3600.5,0,20,1.5\n";
    const { log } = await readText(lightningMetrics, text, { runStart: START });
    expect(log.start).toBe(START);
    expect(log.end).toBe(START + 3_600_500);
    const error = await inputError(readText(lightningMetrics, text));
    expect(error.message).toMatch(/only elapsed seconds in "_runtime": give --run-start/);
    // A "time" column of small numbers is elapsed seconds too.
    const small = await readText(lightningMetrics, "epoch,step,time\n0,1,0.5\n0,2,90\n", { runStart: START });
    expect(small.log.end).toBe(START + 90_000);
  });

  it("skips malformed rows, saying what was expected", async () => {
    const { stats } = await readText(
      lightningMetrics,
      "epoch,step,train_loss\n0,10,2.0\n0,ten,2.0\n-1,20,2.0\n0,30\n,,\n0,40,1.0\n",
      { unitsOnly: true },
    );
    expect(stats.rowsRead).toBe(2);
    expect(stats.skippedExamples).toEqual([
      { line: 3, reason: 'step: expected a step number ≥ 0, got "ten"' },
      { line: 4, reason: 'epoch: expected an epoch number ≥ 0, got "-1"' },
      { line: 5, reason: "expected 3 fields, got 2" },
    ]);
  });

  it("follows a new header written mid-file", async () => {
    const { log, stats } = await readText(
      lightningMetrics,
      "epoch,step,train_loss\n0,10,2.0\nepoch,lr-Adam,step,train_loss\n1,0.001,20,1.5\n",
      { unitsOnly: true },
    );
    expect(log.units).toEqual({ steps: 20, epochs: 2 });
    expect(stats.rowsSkipped).toBe(0);
    expect(stats.notes.some((n) => n.startsWith("line 3: a new header"))).toBe(true);
  });

  it("refuses files it cannot read", async () => {
    expect((await inputError(readText(lightningMetrics, "epoch,train_loss\n0,1\n"))).message).toMatch(
      /expected a Lightning metrics.csv header with a "step" column/,
    );
    expect(
      (await inputError(readText(lightningMetrics, "epoch,step\n", { unitsOnly: true }))).message,
    ).toMatch(/no data rows/);
    expect((await inputError(readText(lightningMetrics, "\n\n"))).message).toMatch(/the file is empty/);
  });

  it("never throws anything but InputError", async () => {
    for (const input of hostileInputs()) {
      await onlyInputError(readLines(lightningMetrics, input.lines));
      await onlyInputError(readLines(lightningMetrics, input.lines, { unitsOnly: true, runStart: START }));
    }
  });
});
