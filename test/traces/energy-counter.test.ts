import { describe, expect, it } from "vitest";
import {
  EnergyCounter,
  type EnergyCounterOptions,
  IntervalBuffer,
  PLAUSIBLE_WATTS,
} from "../../src/traces/energy-counter.js";
import { newStats, type ReadStats } from "../../src/traces/types.js";

const T0 = Date.UTC(2024, 5, 1, 10);
const S = 1000;

function counter(options: Partial<EnergyCounterOptions> = {}) {
  const buffer = new IntervalBuffer();
  const stats: ReadStats = newStats();
  const c = new EnergyCounter(buffer, stats, {
    label: "package-0",
    unit: "µJ",
    joulesPerUnit: 1e-6,
    maxWatts: PLAUSIBLE_WATTS.cpu,
    ...options,
  });
  const intervals = () =>
    Array.from({ length: buffer.length }, (_, i) => [buffer.starts[i], buffer.ends[i], buffer.joules[i]]);
  return { c, buffer, stats, intervals };
}

describe("EnergyCounter", () => {
  it("turns increasing readings into exact energy intervals", () => {
    const { c, stats, intervals } = counter();
    expect(c.reading(T0, 1_000_000, 2)).toBe(true);
    expect(c.reading(T0 + S, 51_000_000, 3)).toBe(true);
    expect(c.reading(T0 + 3 * S, 151_000_000, 4)).toBe(true);
    expect(intervals()).toEqual([
      [T0, T0 + S, 50],
      [T0 + S, T0 + 3 * S, 100],
    ]);
    expect(c.joules).toBe(150);
    expect(c.intervals).toBe(2);
    c.finish();
    expect(stats.warnings).toEqual([]);
    expect(stats.rowsSkipped).toBe(0);
  });

  it("reads a decrease as a wrap at maxRange when the implied power is plausible", () => {
    const { c, stats, intervals } = counter({ maxRange: 262_143_328_850 });
    c.reading(T0, 262_143_000_000, 2);
    c.reading(T0 + S, 99_671_150, 3); // 328 850 + 99 671 150 µJ = 100 J in 1 s
    expect(intervals()).toEqual([[T0, T0 + S, 100]]);
    expect(c.wraps).toBe(1);
    c.finish();
    expect(stats.notes.some((n) => n.includes("wrapped 1 time(s) at its range of 262143328850 µJ"))).toBe(
      true,
    );
    expect(stats.warnings).toEqual([]);
  });

  it("reads a decrease no wrap explains as a reset: the interval is skipped, counted and warned of", () => {
    const { c, stats, intervals } = counter({ maxRange: 262_143_328_850 });
    c.reading(T0, 100_000_000_000, 2);
    c.reading(T0 + S, 5_000_000, 3); // a wrap would mean 162 kJ in 1 s
    c.reading(T0 + 2 * S, 55_000_000, 4);
    expect(intervals()).toEqual([[T0 + S, T0 + 2 * S, 50]]);
    expect(c.resets).toBe(1);
    expect(c.wraps).toBe(0);
    c.finish();
    expect(stats.warnings).toHaveLength(1);
    expect(stats.warnings[0]).toContain("went down 1 time(s) (first at line 3)");
    expect(stats.warnings[0]).toContain("more than 2000 W");
    expect(stats.rowsSkipped).toBe(0);
  });

  it("reads every decrease as a reset when no range is known", () => {
    const { c, stats, intervals } = counter({
      unit: "mJ",
      joulesPerUnit: 1e-3,
      maxWatts: PLAUSIBLE_WATTS.gpu,
    });
    c.reading(T0, 9_000_000, 2);
    c.reading(T0 + 60 * S, 1_000, 3); // driver reload
    c.reading(T0 + 61 * S, 301_000, 4);
    expect(intervals()).toEqual([[T0 + 60 * S, T0 + 61 * S, 300]]);
    c.finish();
    expect(stats.warnings[0]).toContain("no wrap range");
  });

  it("skips an increase implying implausible power and restarts from it", () => {
    const { c, stats, intervals } = counter();
    c.reading(T0, 0, 2);
    c.reading(T0 + S, 10_000_000_000, 3); // 10 kJ in 1 s
    c.reading(T0 + 2 * S, 10_100_000_000, 4);
    expect(intervals()).toEqual([[T0 + S, T0 + 2 * S, 100]]);
    expect(c.implausible).toBe(1);
    c.finish();
    expect(stats.warnings[0]).toContain("implied more than 2000 W (first at line 3: 10000 W)");
  });

  it("skips out-of-order and same-time readings with a reason, keeping the baseline", () => {
    const { c, stats, intervals } = counter();
    c.reading(T0 + 2 * S, 100_000_000, 2);
    expect(c.reading(T0 + S, 50_000_000, 3)).toBe(false);
    expect(c.reading(T0 + 2 * S, 100_000_000, 4)).toBe(false);
    c.reading(T0 + 3 * S, 150_000_000, 5);
    expect(intervals()).toEqual([[T0 + 2 * S, T0 + 3 * S, 50]]);
    expect(stats.rowsSkipped).toBe(2);
    expect(stats.skippedExamples[0]).toEqual({
      line: 3,
      reason:
        "package-0: reading at 2024-06-01T10:00:01Z is not after the previous one (2024-06-01T10:00:02Z, line 2); counter readings must be in time order",
    });
  });

  it("counts a failed read as missing, never a zero, and spans the gap with the next reading", () => {
    const { c, stats, intervals } = counter({ maxRange: 262_143_328_850 });
    c.reading(T0, 10_000_000, 2);
    c.missing();
    c.missing();
    c.reading(T0 + 3 * S, 70_000_000, 5);
    expect(intervals()).toEqual([[T0, T0 + 3 * S, 60]]);
    expect(stats.missingValues).toBe(2);
    expect(c.wraps + c.resets).toBe(0);
    c.finish();
    expect(stats.notes.some((n) => n.includes("1 interval(s) span failed reads"))).toBe(true);
  });

  it("skips a value beyond the range and anything not a finite non-negative number", () => {
    const { c, stats } = counter({ maxRange: 1000 });
    expect(c.reading(T0, 1001, 2)).toBe(false);
    expect(c.reading(T0, -1, 3)).toBe(false);
    expect(c.reading(T0, Number.NaN, 4)).toBe(false);
    expect(c.reading(T0, Number.POSITIVE_INFINITY, 5)).toBe(false);
    expect(c.reading(Number.NaN, 5, 6)).toBe(false);
    expect(stats.rowsSkipped).toBe(5);
    expect(stats.skippedExamples[0]?.reason).toBe("package-0: counter 1001 µJ exceeds its range (1000 µJ)");
  });

  it("never throws on absurd times in its messages", () => {
    const { c, stats } = counter();
    c.reading(1e300, 5, 2);
    expect(() => c.reading(1e299, 6, 3)).not.toThrow();
    expect(stats.skippedExamples[0]?.reason).toContain("1e+299 ms");
  });

  it("warns when one reading is all there is", () => {
    const { c, stats } = counter();
    c.reading(T0, 5, 2);
    c.finish();
    expect(stats.warnings).toEqual([
      "package-0: only one reading; an energy counter needs two to measure anything",
    ]);
  });

  it("warns when readings are too far apart to see every wrap", () => {
    const { c, stats } = counter({ maxRange: 1_000_000_000 }); // 1 kJ range
    c.reading(T0, 0, 2);
    c.reading(T0 + 10 * S, 900_000_000, 3); // 90 W: wraps every ~11 s
    c.finish();
    expect(stats.warnings.some((w) => w.includes("a second wrap within one interval cannot be seen"))).toBe(
      true,
    );
  });

  it("learns its range after readings began", () => {
    const { c, intervals } = counter();
    c.reading(T0, 900, 2);
    c.setMaxRange(1000);
    c.reading(T0 + S, 100, 3);
    expect(intervals()).toEqual([[T0, T0 + S, 200e-6]]);
  });
});

describe("IntervalBuffer", () => {
  it("grows, totals and flushes in order", () => {
    const buffer = new IntervalBuffer();
    for (let i = 0; i < 100; i++) buffer.pushEnergy(i, i + 1, 2);
    expect(buffer.length).toBe(100);
    expect(buffer.total).toBe(200);
    const out: number[][] = [];
    buffer.flushTo({ pushEnergy: (s, e, j) => out.push([s, e, j]) });
    expect(out).toHaveLength(100);
    expect(out[99]).toEqual([99, 100, 2]);
  });
});
