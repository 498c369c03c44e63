import { describe, expect, it } from "vitest";
import { integrateEnergy } from "../../src/energy/integrate.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import { sampled, T } from "../helpers.js";

type Result = NonNullable<ReturnType<typeof integrateEnergy>>;

/** Joules per clock hour of the result's window. */
const joulesPerHour = (r: Result) => {
  const out: number[] = [];
  r.minutes.energyJ.forEach((j, m) => {
    const h = Math.floor(m / 60);
    out[h] = (out[h] ?? 0) + j;
  });
  return out;
};
const kwhPerHour = (r: Result) => joulesPerHour(r).map((j) => j / 3.6e6);

describe("integrateEnergy", () => {
  it("splits constant power exactly at clock hours", () => {
    // 300 W from 10:30 to 12:30: half an hour, a full hour, half an hour.
    const r = integrateEnergy([
      sampled("gpu0", "2025-06-03T10:30:00Z", "2025-06-03T12:30:00Z", 10, () => 300),
    ]);
    expect(r).toBeDefined();
    if (!r) return;
    expect(r.minutes.start).toBe(T("2025-06-03T10:00:00Z"));
    expect(r.minutes.energyJ.length).toBe(180);
    const kwh = kwhPerHour(r);
    expect(kwh[0]).toBeCloseTo(0.15, 12);
    expect(kwh[1]).toBeCloseTo(0.3, 12);
    expect(kwh[2]).toBeCloseTo(0.15, 12);
    expect(r.devices[0]?.energyJ).toBeCloseTo(0.6 * 3.6e6, 6);
    expect(r.devices[0]?.uncoveredMs).toBe(0);
  });

  it("integrates a ramp across an hour boundary by the interpolated power at the boundary", () => {
    // 100 W at 10:59, 300 W at 11:01: 200 W at 11:00, so 9 kJ before and 15 kJ after.
    const sink = new SampleSink();
    const d = sink.device({ id: "gpu0" });
    d.push(T("2025-06-03T10:59:00Z"), 100);
    d.push(T("2025-06-03T11:01:00Z"), 300);
    const r = integrateEnergy([d]);
    if (!r) throw new Error("no result");
    expect(joulesPerHour(r)).toEqual([expect.closeTo(9000, 9), expect.closeTo(15000, 9)]);
    // Minute by minute too: 10:59–11:00 ramps 100 → 200 W, 11:00–11:01 200 → 300 W.
    expect(r.minutes.energyJ[59]).toBeCloseTo(9000, 9);
    expect(r.minutes.energyJ[60]).toBeCloseTo(15000, 9);
  });

  it("does not bridge a gap longer than the limit and reports it as uncovered", () => {
    // 1 s samples at 250 W for 10 min, nothing for 5 min, 10 min more. Default limit: max(60 s, 5 × 1 s).
    const sink = new SampleSink();
    const d = sink.device({ id: "gpu0" });
    const start = T("2025-06-03T10:00:00Z");
    for (let s = 0; s <= 600; s++) d.push(start + s * 1000, 250);
    for (let s = 900; s <= 1500; s++) d.push(start + s * 1000, 250);
    const r = integrateEnergy([d]);
    if (!r) throw new Error("no result");
    const dev = r.devices[0];
    expect(dev?.gapLimitMs).toBe(60_000);
    expect(dev?.gapCount).toBe(1);
    expect(dev?.uncoveredMs).toBe(300_000);
    expect(dev?.gaps).toEqual([{ start: start + 600_000, end: start + 900_000 }]);
    expect(dev?.energyJ).toBeCloseTo(250 * 1200, 6);
  });

  it("bridges the same gap when the configured limit allows it", () => {
    const sink = new SampleSink();
    const d = sink.device({ id: "gpu0" });
    const start = T("2025-06-03T10:00:00Z");
    d.push(start, 100);
    d.push(start + 300_000, 100);
    const r = integrateEnergy([d], { gapLimitMs: 301_000 });
    expect(r?.devices[0]?.energyJ).toBeCloseTo(30_000, 9);
    expect(r?.devices[0]?.uncoveredMs).toBe(0);
  });

  it("uses 5 × the median interval when that exceeds 60 s", () => {
    const sink = new SampleSink();
    const d = sink.device({ id: "node" });
    const start = T("2025-06-03T10:00:00Z");
    // 30 s cadence: limit 150 s; a 120 s interval is bridged, a 200 s one is not.
    let t = start;
    for (const step of [...Array(20).fill(30_000), 120_000, 200_000] as number[]) {
      t += step;
      d.push(t, 500);
    }
    const r = integrateEnergy([d]);
    expect(r?.devices[0]?.gapLimitMs).toBe(150_000);
    expect(r?.devices[0]?.gapCount).toBe(1);
    expect(r?.devices[0]?.uncoveredMs).toBe(200_000);
  });

  it("is unchanged by shuffled and duplicated rows", () => {
    const ordered = sampled(
      "gpu0",
      "2025-06-03T10:50:00Z",
      "2025-06-03T11:10:00Z",
      7,
      (t) => 200 + ((t / 1000) % 97),
    );
    const base = integrateEnergy([ordered]);
    const sink = new SampleSink();
    const shuffled = sink.device({ id: "gpu0" });
    const idx = [...Array(ordered.length).keys()];
    // Deterministic shuffle, then every third row twice.
    for (let i = idx.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    for (const i of idx) {
      shuffled.push(ordered.times[i] as number, ordered.watts[i] as number);
      if (i % 3 === 0) shuffled.push(ordered.times[i] as number, ordered.watts[i] as number);
    }
    const again = integrateEnergy([shuffled]);
    expect(again?.devices[0]?.energyJ).toBeCloseTo(base?.devices[0]?.energyJ ?? Number.NaN, 6);
    expect([...(again?.minutes.energyJ ?? [])].map((v) => v.toFixed(6))).toEqual(
      [...(base?.minutes.energyJ ?? [])].map((v) => v.toFixed(6)),
    );
  });

  it("cuts energy exactly at minute edges, so any minute-aligned period is priced exactly", () => {
    // Power ramps 0 → 600 W over 10:00–10:10 (1 W per second): minute k holds the trapezoid
    // from 60k to 60(k+1) W-seconds... i.e. (60k + 30) W × 60 s.
    const d = sampled(
      "gpu0",
      "2025-06-03T10:00:00Z",
      "2025-06-03T10:10:00Z",
      7,
      (t) => (t - T("2025-06-03T10:00:00Z")) / 1000,
    );
    const r = integrateEnergy([d]);
    const whole = sampled(
      "gpu0",
      "2025-06-03T10:00:00Z",
      "2025-06-03T10:10:00Z",
      1,
      (t) => (t - T("2025-06-03T10:00:00Z")) / 1000,
    );
    expect(integrateEnergy([whole])?.minutes.energyJ[3]).toBeCloseTo((60 * 3 + 30) * 60, 6);
    // 7 s sampling does not land on minute edges; the linear power is still cut exactly.
    expect(r?.minutes.energyJ[3]).toBeCloseTo((60 * 3 + 30) * 60, 6);
  });

  it("returns undefined without samples, and handles a single sample as zero energy", () => {
    expect(integrateEnergy([])).toBeUndefined();
    const sink = new SampleSink();
    sink.device({ id: "gpu0" }).push(T("2025-06-03T10:00:00Z"), 300);
    const r = integrateEnergy(sink.devices.values());
    expect(r?.devices[0]?.energyJ).toBe(0);
    expect(r?.minutes.energyJ.length).toBe(60);
    expect(r?.window).toEqual({ start: T("2025-06-03T10:00:00Z"), end: T("2025-06-03T10:00:00Z") });
  });

  it("adds devices together per bin", () => {
    const a = sampled("gpu0", "2025-06-03T10:00:00Z", "2025-06-03T11:00:00Z", 5, () => 100);
    const b = sampled("gpu1", "2025-06-03T10:30:00Z", "2025-06-03T11:30:00Z", 5, () => 200);
    const r = integrateEnergy([a, b]);
    if (!r) throw new Error("no result");
    expect(joulesPerHour(r)).toEqual([
      expect.closeTo(100 * 3600 + 200 * 1800, 6),
      expect.closeTo(200 * 1800, 6),
    ]);
  });
});

describe("StreamingSink", () => {
  it("refuses a file with more devices than any job has", async () => {
    const { StreamingSink, MAX_DEVICES_PER_FILE } = await import("../../src/energy/streaming-sink.js");
    const sink = new StreamingSink();
    for (let i = 0; i < MAX_DEVICES_PER_FILE; i++) sink.device({ id: `gpu${i}` });
    expect(() => sink.device({ id: "one-too-many" })).toThrow(/more than 4096 devices in one file/);
  });
});
