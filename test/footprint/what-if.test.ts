import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { integrateEnergy, type MinuteProfile } from "../../src/energy/integrate.js";
import { MINUTE_MS } from "../../src/energy/minute-bins.js";
import { hourlyFootprint } from "../../src/footprint/hourly.js";
import { cleanestStart, flexibleStart, pauseAndResume, priceProfile } from "../../src/footprint/what-if.js";
import { readIntensityFile } from "../../src/intensity/file/read-intensity-file.js";
import type { IntensityPeriod, IntensitySeries } from "../../src/intensity/series.js";
import { HOUR_MS } from "../../src/time/timestamp.js";
import { LocalClock } from "../../src/time/zone.js";
import { sampled, stepSeries, T } from "../helpers.js";

const J_PER_KWH = 3.6e6;

/** A profile from kWh per minute, starting at startIso (hour-aligned padding is the caller's affair). */
function profileOf(startIso: string, kwhPerMinute: readonly number[]): MinuteProfile {
  return {
    start: T(startIso),
    energyJ: Float64Array.from(kwhPerMinute, (k) => k * J_PER_KWH),
    observedMs: Float64Array.from(kwhPerMinute, () => MINUTE_MS),
  };
}

/** kW for a number of minutes, after some idle minutes. */
const constant = (kw: number, minutes: number, idle = 0) => [
  ...new Array<number>(idle).fill(0),
  ...new Array<number>(minutes).fill(kw / 60),
];

function expectRel(actual: number | null | undefined, expected: number, tol = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  const a = actual as number;
  const scale = Math.max(Math.abs(expected), 1e-12);
  expect(Math.abs(a - expected) / scale, `${a} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** A difference of two figures, to 1e-9 of the larger figure it came from. */
function expectNear(actual: number | null | undefined, expected: number, scale: number): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-9 * Math.max(Math.abs(scale), 1e-12),
  );
}

/** No NaN or infinity anywhere in a result. */
function expectFinite(value: unknown, path = "result"): void {
  if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) expectFinite(v, `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
  }
}

// Hourly from 00:00: 200 everywhere but 10:00 100, 11:00 300, 12:00 50, 13:00 50; ends at 24:00.
const dayValues = Array.from({ length: 24 }, (_, h) => ({ 10: 100, 11: 300, 12: 50, 13: 50 })[h] ?? 200);
const day = stepSeries("2025-06-03T00:00:00Z", 60, dayValues);

describe("priceProfile", () => {
  it("prices a ramp as it ran, shifted by an hour, by half an hour, and by half a minute", () => {
    // Minute m draws (m + 1) Wh: 465 Wh in the first half hour, 1365 Wh in the second.
    const ramp = profileOf(
      "2025-06-03T10:00:00Z",
      Array.from({ length: 60 }, (_, m) => (m + 1) / 1000),
    );
    const series = stepSeries("2025-06-03T10:00:00Z", 30, [100, 300, 50, 400]);
    const actual = priceProfile(ramp, series);
    expectRel(actual.emissionsG, 0.465 * 100 + 1.365 * 300);
    expectRel(actual.energyKwh, 1.83);
    expect(actual.coveredEnergyShare).toBe(1);
    expect(actual.complete).toBe(true);
    expectRel(priceProfile(ramp, series, HOUR_MS).emissionsG, 0.465 * 50 + 1.365 * 400);
    expectRel(priceProfile(ramp, series, 30 * MINUTE_MS).emissionsG, 0.465 * 300 + 1.365 * 50);

    // 1 kWh in one minute, shifted 30 s across a boundary of 1-minute periods: shared by time.
    const spike = profileOf("2025-06-03T10:00:00Z", [1]);
    const minutes = stepSeries("2025-06-03T10:00:00Z", 1, [100, 200, 400]);
    expectRel(priceProfile(spike, minutes, 30_000).emissionsG, 0.5 * 100 + 0.5 * 200);
  });

  it("prices only the covered energy and says how much that is", () => {
    const ramp = profileOf(
      "2025-06-03T10:00:00Z",
      Array.from({ length: 60 }, (_, m) => (m + 1) / 1000),
    );
    // Data only for the second half hour.
    const half = stepSeries("2025-06-03T10:30:00Z", 30, [300]);
    const priced = priceProfile(ramp, half);
    expectRel(priced.emissionsG, 1.365 * 300);
    expectRel(priced.coveredEnergyShare, 1.365 / 1.83);
    expect(priced.complete).toBe(false);
    const none = priceProfile(ramp, half, 2 * HOUR_MS);
    expect(none.emissionsG).toBe(0);
    expect(none.coveredEnergyShare).toBe(0);
  });

  it("agrees with hourlyFootprint, shifted or not, aligned periods or not", () => {
    // A ramp from 10:07:13 to 13:41:50 sampled every 7 s, priced against 7-minute periods that
    // start 20 s past a minute (every minute edge near a boundary is cut).
    const start = T("2025-06-03T10:07:13Z");
    const device = sampled("gpu0", "2025-06-03T10:07:13Z", "2025-06-03T13:41:50Z", 7, (t) => {
      const x = (t - start) / HOUR_MS;
      return 150 + 300 * x + 80 * Math.sin(5 * x);
    });
    const energy = integrateEnergy([device]);
    if (!energy) throw new Error("no energy");
    const values = Array.from({ length: 80 }, (_, i) => 120 + ((i * 37) % 211));
    const series = stepSeries("2025-06-03T07:00:20Z", 7, values);
    for (const shift of [0, 37_000, 73 * MINUTE_MS, -2 * HOUR_MS - 11_000]) {
      const moved: MinuteProfile = { ...energy.minutes, start: energy.minutes.start + shift };
      const hourly = hourlyFootprint(moved, series, 0);
      expect(hourly.fallbackEnergyKwh).toBe(0);
      const priced = priceProfile(energy.minutes, series, shift);
      expectRel(priced.emissionsG, hourly.emissionsG);
      expectRel(priced.energyKwh, hourly.energyKwh);
      expect(priced.coveredEnergyShare).toBe(1);
    }
    // Partly covered: hourlyFootprint with a zero fallback prices exactly the covered energy.
    const partial = { ...series, periods: series.periods.slice(30, 45) };
    const hourly = hourlyFootprint(energy.minutes, partial, 0);
    const priced = priceProfile(energy.minutes, partial);
    expect(hourly.fallbackEnergyKwh).toBeGreaterThan(0);
    expectRel(priced.emissionsG, hourly.emissionsG);
    expectRel(priced.coveredEnergyShare, 1 - hourly.fallbackEnergyKwh / hourly.energyKwh);
  });
});

describe("flexibleStart", () => {
  it("finds the cleanest start of a constant 2-hour job, excluding starts without data", () => {
    // 1 kW for 2 h from 10:00: actual 100 + 300 = 400 g; from 12:00, 50 + 50 = 100 g.
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 120));
    const r = flexibleStart(job, day);
    expect(r.actual.startMs).toBe(T("2025-06-03T10:00:00Z"));
    expectRel(r.actual.emissionsG, 400);
    expect(r.candidatesTotal).toBe(25);
    // Starts at 22:00 and 23:00 the day before run before the series begins.
    expect(r.candidatesWithData).toBe(23);
    expect(r.candidates.filter((c) => c.emissionsG === null).map((c) => c.offsetMinutes)).toEqual([
      -720, -660,
    ]);
    expectRel(r.candidates.find((c) => c.offsetMinutes === 60)?.emissionsG, 350);
    expectRel(r.candidates.find((c) => c.offsetMinutes === 720)?.emissionsG, 400);
    expect(r.best).toMatchObject({
      offsetMinutes: 120,
      startMs: T("2025-06-03T12:00:00Z"),
      estimated: false,
      forecast: false,
    });
    expectRel(r.best?.emissionsG, 100);
    expectRel(r.best?.savingG, 300);
    expectRel(r.best?.savingPercent, 75);
  });

  it("tries half-hour steps of a ramp, and keeps the actual start, with no saving, when none beats it", () => {
    const ramp = profileOf(
      "2025-06-03T10:00:00Z",
      Array.from({ length: 60 }, (_, m) => (m + 1) / 1000),
    );
    const series = stepSeries("2025-06-03T10:00:00Z", 30, [100, 300, 50, 400]);
    const r = flexibleStart(ramp, series, { windowHours: 1, stepMinutes: 30 });
    expect(r.candidates.map((c) => c.offsetMinutes)).toEqual([-60, -30, 0, 30, 60]);
    expect(r.candidatesWithData).toBe(3);
    expectRel(r.candidates[3]?.emissionsG, 0.465 * 300 + 1.365 * 50);
    expectRel(r.candidates[4]?.emissionsG, 0.465 * 50 + 1.365 * 400);
    // Half an hour later is cleaner (207.75 g against 456 g).
    expect(r.best?.offsetMinutes).toBe(30);
    expectRel(r.best?.savingG, 456 - 207.75);

    const flat = stepSeries("2025-06-03T00:00:00Z", 60, new Array<number>(24).fill(180));
    const same = flexibleStart(ramp, flat);
    expect(same.best?.offsetMinutes).toBe(0);
    expect(same.best?.savingG).toBe(0);
    expect(same.best?.savingPercent).toBe(0);
  });

  it("claims no saving when the actual start lacks data", () => {
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 120));
    const late = { ...day, periods: day.periods.slice(11) }; // from 11:00
    const r = flexibleStart(job, late);
    expect(r.actual.emissionsG).toBeNull();
    expect(r.best).toBeUndefined();
    expect(r.candidatesWithData).toBe(12); // starts 11:00 to 22:00
  });

  it("needs data only where energy was drawn, and breaks ties towards the actual start", () => {
    // 30 min at 1 kW, 30 idle minutes, 30 min at 1 kW; the idle half hour 10:30–11:00 has no data.
    const job = profileOf("2025-06-03T10:00:00Z", [
      ...constant(1, 30),
      ...constant(0, 30),
      ...constant(1, 30),
    ]);
    const holed = stepSeries("2025-06-03T10:00:00Z", 30, [100, 0, 200]);
    holed.periods.splice(1, 1);
    const r = flexibleStart(job, holed, { windowHours: 0 });
    expect(r.candidatesTotal).toBe(1);
    expectRel(r.actual.emissionsG, 0.5 * 100 + 0.5 * 200);

    // One hour earlier and one hour later are equally clean: the earlier of the nearest wins.
    const hour = profileOf("2025-06-03T10:00:00Z", constant(1, 60));
    const sym = stepSeries("2025-06-03T08:00:00Z", 60, [40, 50, 100, 50, 40]);
    const t = flexibleStart(hour, sym, { windowHours: 2 });
    expect(t.best?.offsetMinutes).toBe(-120);
    const near = flexibleStart(hour, stepSeries("2025-06-03T08:00:00Z", 60, [60, 50, 100, 50, 60]), {
      windowHours: 2,
    });
    expect(near.best?.offsetMinutes).toBe(-60);
    expectRel(near.best?.savingG, 50);
  });

  it("labels candidates priced with forecasts or estimates", () => {
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 60));
    const series = stepSeries("2025-06-03T09:00:00Z", 60, [300, 200, 100]);
    (series.periods[2] as IntensityPeriod).forecast = true;
    (series.periods[0] as IntensityPeriod).estimated = true;
    const r = flexibleStart(job, series, { windowHours: 1 });
    expect(r.candidates.map((c) => [c.offsetMinutes, c.estimated, c.forecast])).toEqual([
      [-60, true, false],
      [0, false, false],
      [60, false, true],
    ]);
    expect(r.best?.forecast).toBe(true);
  });

  it("refuses steps that are not whole positive minutes", () => {
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 60));
    expect(() => flexibleStart(job, day, { stepMinutes: 0 })).toThrow(RangeError);
    expect(() => flexibleStart(job, day, { stepMinutes: 1.5 })).toThrow(RangeError);
    expect(() => flexibleStart(job, day, { windowHours: -1 })).toThrow(RangeError);
    expect(() => pauseAndResume(job, day, { stretches: [Number.NaN] })).toThrow(RangeError);
  });
});

describe("cleanestStart", () => {
  it("finds the cleanest start of a window, earliest on ties, relative to the first minute with energy", () => {
    // 1 kW for 2 h, starting 17 minutes into the profile's first hour.
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 120, 17));
    const r = cleanestStart(job, day, { fromMs: T("2025-06-03T00:00:00Z"), toMs: T("2025-06-04T00:00:00Z") });
    expect(r).toMatchObject({
      startMs: T("2025-06-03T12:00:00Z"),
      candidatesWithData: 23, // 23:00 and 24:00 run past the series
      candidatesTotal: 25,
      estimated: false,
      forecast: false,
    });
    expectRel(r?.emissionsG, 100);
    const flat = stepSeries("2025-06-03T00:00:00Z", 60, new Array<number>(24).fill(180));
    expect(
      cleanestStart(job, flat, { fromMs: T("2025-06-03T01:00:00Z"), toMs: T("2025-06-03T05:00:00Z") }),
    ).toMatchObject({ startMs: T("2025-06-03T01:00:00Z"), emissionsG: 360, candidatesTotal: 5 });
    expect(
      cleanestStart(job, day, { fromMs: T("2025-06-03T23:00:00Z"), toMs: T("2025-06-04T05:00:00Z") }),
    ).toBeUndefined();
    expect(
      cleanestStart(job, day, { fromMs: T("2025-06-03T05:00:00Z"), toMs: T("2025-06-03T04:00:00Z") }),
    ).toBeUndefined();
  });

  it("agrees with flexibleStart over the same window", () => {
    const job = profileOf("2025-06-03T10:00:00Z", constant(1, 120, 17));
    const flex = flexibleStart(job, day, { windowHours: 5, stepMinutes: 20 });
    const clean = cleanestStart(job, day, {
      fromMs: T("2025-06-03T10:17:00Z") - 5 * HOUR_MS,
      toMs: T("2025-06-03T10:17:00Z") + 5 * HOUR_MS,
      stepMinutes: 20,
    });
    expect(clean?.startMs).toBe(flex.best?.startMs);
    expect(clean?.emissionsG).toBe(flex.best?.emissionsG);
  });
});

describe("pauseAndResume", () => {
  // 30-minute periods from 10:00 to 14:00.
  const halfHours = stepSeries("2025-06-03T10:00:00Z", 30, [100, 300, 250, 400, 50, 60, 70, 500]);
  const job = profileOf("2025-06-03T10:00:00Z", constant(1, 120)); // 0.5 kWh per half hour

  it("runs the same energy in the cleanest minutes of each allowed window", () => {
    const actual = 0.5 * (100 + 300 + 250 + 400);
    const [quarter, half, whole, double] = pauseAndResume(job, halfHours, { stretches: [0.25, 0.5, 1, 2] });
    // 150 min, 10:00–12:30: the cleanest 120 are 10:00–11:30 and 12:00–12:30.
    expect(quarter).toMatchObject({ stretch: 0.25, windowEndMs: T("2025-06-03T12:30:00Z"), segments: 2 });
    expectRel(quarter?.emissionsG, 0.5 * (100 + 300 + 250 + 50));
    // 180 min, 10:00–13:00: 10:00–10:30, 11:00–11:30 and 12:00–13:00.
    expect(half).toMatchObject({ windowEndMs: T("2025-06-03T13:00:00Z"), runningMinutes: 120, dataShare: 1 });
    expectRel(half?.emissionsG, 0.5 * (100 + 250 + 50 + 60));
    expectRel(half?.savingG, actual - 230);
    expectRel(half?.savingPercent, ((actual - 230) / actual) * 100);
    expect(half?.segments).toBe(3);
    // 240 min: 10:00–10:30 and 12:00–13:30.
    expectRel(whole?.emissionsG, 0.5 * (50 + 60 + 70 + 100));
    expect(whole?.segments).toBe(2);
    // 360 min, to 16:00: the series ends at 14:00.
    expect(double).toMatchObject({
      emissionsG: null,
      savingG: null,
      savingPercent: null,
      segments: null,
      windowEndMs: T("2025-06-03T16:00:00Z"),
    });
    expectRel(double?.dataShare, 4 / 6);
  });

  it("needs every minute of the window whole: data ending half a minute early is not enough", () => {
    const short = stepSeries("2025-06-03T10:00:00Z", 30, [100, 300, 250, 400, 50, 60]);
    (short.periods[5] as IntensityPeriod).end -= 30_000; // to 12:59:30
    const [half] = pauseAndResume(job, short, { stretches: [0.5] });
    expect(half?.emissionsG).toBeNull();
    expectRel(half?.dataShare, 179.5 / 180);
  });

  it("uses average power, so with no stretch the shape's own timing can beat it", () => {
    // All the energy in the clean first half hour: average power over the hour costs more.
    const front = profileOf("2025-06-03T10:00:00Z", [...constant(2, 30), ...constant(0, 29), 1e-9]);
    const [none] = pauseAndResume(front, halfHours, { stretches: [0] });
    const energy = 1 + 1e-9;
    expectRel(none?.emissionsG, (energy / 60) * (30 * 100 + 30 * 300));
    expect(none?.savingG).toBeLessThan(-1);
    expect(none?.segments).toBe(1);
  });

  it("breaks ties towards the earliest minutes", () => {
    const flat = stepSeries("2025-06-03T10:00:00Z", 60, [100, 100, 100]);
    const hour = profileOf("2025-06-03T10:00:00Z", constant(1, 60));
    const [r] = pauseAndResume(hour, flat, { stretches: [1] });
    // A tie with the actual is no saving, not a rounding residue.
    expect(r).toMatchObject({ savingG: 0, savingPercent: 0, segments: 1 });
    expectRel(r?.emissionsG, 100);
  });

  it("rounds the window down to whole minutes", () => {
    // 7 minutes × 1.25 = 8.75 → 8; 100 minutes × 1.15 is 114.999… in binary, still 115.
    const seven = profileOf("2025-06-03T10:00:00Z", constant(1, 7));
    expect(pauseAndResume(seven, halfHours, { stretches: [0.25] })[0]?.windowEndMs).toBe(
      T("2025-06-03T10:08:00Z"),
    );
    const hundred = profileOf("2025-06-03T10:00:00Z", constant(1, 100));
    expect(pauseAndResume(hundred, halfHours, { stretches: [0.15] })[0]?.windowEndMs).toBe(
      T("2025-06-03T11:55:00Z"),
    );
  });
});

describe("a profile without energy", () => {
  it("gives zeros, never NaN or a division by zero", () => {
    const idle = profileOf("2025-06-03T10:00:00Z", new Array<number>(120).fill(0));
    const priced = priceProfile(idle, day);
    expect(priced).toMatchObject({ emissionsG: 0, energyKwh: 0, coveredEnergyShare: 1, complete: true });
    const flex = flexibleStart(idle, day);
    expectFinite(flex);
    expect(flex.best).toMatchObject({ offsetMinutes: 0, emissionsG: 0, savingG: 0, savingPercent: 0 });
    const pause = pauseAndResume(idle, day);
    expectFinite(pause);
    expect(pause[0]).toMatchObject({
      emissionsG: 0,
      savingG: 0,
      savingPercent: 0,
      runningMinutes: 0,
      dataShare: 1,
    });
    const clean = cleanestStart(idle, day, {
      fromMs: T("2025-06-03T00:00:00Z"),
      toMs: T("2025-06-03T05:00:00Z"),
    });
    expectFinite(clean);
    expect(clean?.emissionsG).toBe(0);
    // Without any series at all.
    const empty = stepSeries("2025-06-03T00:00:00Z", 60, []);
    expectFinite(flexibleStart(idle, empty));
    expectFinite(pauseAndResume(idle, empty));
    expectFinite(priceProfile(idle, empty));
  });
});

describe("cost", () => {
  it("handles a four-week run against a year of 5-minute periods quickly", () => {
    const periods = 366 * 288;
    const values = Array.from({ length: periods }, (_, i) => 100 + ((i * 7919) % 300));
    const series = stepSeries("2024-01-01T00:00:00Z", 5, values);
    const job = profileOf(
      "2024-05-01T00:00:00Z",
      Array.from({ length: 40_000 }, (_, m) => (1 + Math.sin(m / 97)) / 60),
    );
    const t0 = performance.now();
    const flex = flexibleStart(job, series);
    const pause = pauseAndResume(job, series);
    const clean = cleanestStart(job, series, {
      fromMs: T("2024-06-01T00:00:00Z"),
      toMs: T("2024-06-02T00:00:00Z"),
      stepMinutes: 15,
    });
    const ms = performance.now() - t0;
    expect(flex.candidatesWithData).toBe(25);
    expect(pause.every((p) => p.emissionsG !== null)).toBe(true);
    expect(clean?.candidatesTotal).toBe(97);
    expect(ms).toBeLessThan(3000);
  });
});

// ---------------------------------------------------------------------------------------------
// Brute force against real hourly data (Electricity Maps, Great Britain 2024).

const sharedData = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const gb2024 = join(sharedData, "grid-intensity/electricitymaps/GB_2024_hourly.csv");
const haveReal = existsSync(gb2024);
if (!haveReal) console.warn(`skipping the brute-force what-if tests: ${gb2024} not found`);

/** Seeded pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Naive period lookup for hour-aligned hourly periods: a map from the hour's start. */
function hourlyLookup(periods: readonly IntensityPeriod[]): (t: number) => number | undefined {
  const byHour = new Map<number, number>();
  for (const p of periods) {
    if (p.end - p.start !== HOUR_MS || p.start % HOUR_MS !== 0) throw new Error("not hourly");
    byHour.set(p.start, p.gPerKwh);
  }
  return (t) => byHour.get(Math.floor(t / HOUR_MS) * HOUR_MS);
}

interface NaiveRun {
  first: number;
  last: number;
}

function naiveRun(profile: MinuteProfile): NaiveRun | undefined {
  let first = -1;
  let last = -1;
  profile.energyJ.forEach((j, m) => {
    if (j > 0) {
      if (first < 0) first = m;
      last = m;
    }
  });
  return first < 0 ? undefined : { first, last };
}

/** Every minute of the whole profile, shifted by offsetMs, looked up one by one. */
function naivePrice(profile: MinuteProfile, lookup: (t: number) => number | undefined, offsetMs: number) {
  let sum = 0;
  for (let m = 0; m < profile.energyJ.length; m++) {
    const j = profile.energyJ[m] as number;
    if (j <= 0) continue;
    const g = lookup(profile.start + m * MINUTE_MS + offsetMs);
    if (g === undefined) return null;
    sum += (j / J_PER_KWH) * g;
  }
  return sum;
}

function naiveFlexible(profile: MinuteProfile, lookup: (t: number) => number | undefined) {
  const out: (number | null)[] = [];
  for (let k = -12; k <= 12; k++) out.push(naivePrice(profile, lookup, k * HOUR_MS));
  return out;
}

function naivePause(profile: MinuteProfile, lookup: (t: number) => number | undefined, stretch: number) {
  const run = naiveRun(profile) as NaiveRun;
  const d = run.last - run.first + 1;
  let energy = 0;
  for (const j of profile.energyJ) energy += j / J_PER_KWH;
  const w = Math.floor(d * (1 + stretch) + 1e-9);
  const start = profile.start + run.first * MINUTE_MS;
  const values: number[] = [];
  for (let m = 0; m < w; m++) {
    const g = lookup(start + m * MINUTE_MS);
    if (g !== undefined) values.push(g);
  }
  if (values.length < w) return { emissionsG: null, dataShare: values.length / w };
  values.sort((a, b) => a - b);
  let sum = 0;
  for (let k = 0; k < d; k++) sum += values[k] as number;
  return { emissionsG: (energy / d) * sum, dataShare: 1 };
}

describe.skipIf(!haveReal)("brute force on Great Britain 2024 (hourly)", () => {
  let real: IntensitySeries;
  let holed: IntensitySeries;
  let both: { series: IntensitySeries; lookup: (t: number) => number | undefined }[] = [];
  beforeAll(async () => {
    const read = await readIntensityFile(gb2024, { clock: new LocalClock("UTC"), factor: "lifecycle" });
    real = read.series;
    expect(real.periods.length).toBe(8784);
    // Two missing hours, inside some windows below.
    const holes = new Set([T("2024-06-21T20:00:00Z"), T("2024-06-22T05:00:00Z")]);
    holed = { ...real, periods: real.periods.filter((p) => !holes.has(p.start)) };
    both = [real, holed].map((series) => ({ series, lookup: hourlyLookup(series.periods) }));
  });

  const rng = random(20240621);
  const shapes: [string, number[]][] = [
    ["constant 6 h from :17", constant(1.2, 6 * 60, 17)],
    ["ramp 30 h", Array.from({ length: 30 * 60 }, (_, m) => (0.2 + (2.8 * m) / (30 * 60)) / 60)],
    [
      "seeded random 3 days with idle minutes",
      Array.from({ length: 3 * 1440 }, (_, m) => (m < 5 || rng() < 0.1 ? 0 : (rng() * 2) / 60)),
    ],
    [
      "two weeks, noisy",
      Array.from({ length: 14 * 1440 }, (_, m) => (1.5 + Math.sin(m / 131) + rng() * 0.2) / 60),
    ],
  ];
  const dates = [
    "2024-01-01T03:00:00Z",
    "2024-03-14T10:00:00Z",
    "2024-06-21T08:00:00Z",
    "2024-12-30T20:00:00Z",
  ];

  it("flexibleStart and cleanestStart agree with looping over every offset and minute", () => {
    let compared = 0;
    let excluded = 0;
    for (const [name, shape] of shapes) {
      for (const date of dates) {
        if (name.startsWith("two weeks") && date !== "2024-03-14T10:00:00Z") continue;
        const profile = profileOf(date, shape);
        for (const { series, lookup } of both) {
          const naive = naiveFlexible(profile, lookup);
          const r = flexibleStart(profile, series);
          const where = `${name} at ${date}`;
          expect(r.candidates.length, where).toBe(25);
          r.candidates.forEach((c, i) => {
            const n = naive[i];
            if (n === null || n === undefined)
              expect(c.emissionsG, `${where} offset ${c.offsetMinutes}`).toBeNull();
            else expectRel(c.emissionsG, n);
          });
          const withData = naive.filter((n): n is number => n !== null);
          expect(r.candidatesWithData, where).toBe(withData.length);
          excluded += 25 - withData.length;
          const actual = naive[12] ?? null;
          if (actual === null) expect(r.best, where).toBeUndefined();
          else {
            const min = Math.min(...withData);
            const best = min < actual * (1 - 1e-12) ? min : actual;
            expectRel(r.best?.emissionsG, best);
            expectNear(r.best?.savingG, actual - best, actual);
            expect(r.best?.savingG ?? -1).toBeGreaterThanOrEqual(0);
          }
          // The next day as if forecast: every 30 minutes from the actual start.
          const run = naiveRun(profile) as NaiveRun;
          const from = profile.start + run.first * MINUTE_MS;
          const clean = cleanestStart(profile, series, {
            fromMs: from,
            toMs: from + 24 * HOUR_MS,
            stepMinutes: 30,
          });
          const naiveClean: number[] = [];
          for (let k = 0; k <= 48; k++) {
            const e = naivePrice(profile, lookup, k * 30 * MINUTE_MS);
            if (e !== null) naiveClean.push(e);
          }
          if (naiveClean.length === 0) expect(clean, where).toBeUndefined();
          else {
            expectRel(clean?.emissionsG, Math.min(...naiveClean));
            expect(clean?.candidatesWithData).toBe(naiveClean.length);
          }
          compared++;
        }
      }
    }
    expect(compared).toBe(26);
    expect(excluded).toBeGreaterThan(0);
  });

  it("pauseAndResume agrees with sorting every minute's intensity", () => {
    const stretches = [0, 0.25, 0.5, 1, 3];
    let nulls = 0;
    for (const [name, shape] of shapes) {
      for (const date of dates) {
        if (name.startsWith("two weeks") && date !== "2024-03-14T10:00:00Z") continue;
        const profile = profileOf(date, shape);
        for (const { series, lookup } of both) {
          const actual = naivePrice(profile, lookup, 0);
          const results = pauseAndResume(profile, series, { stretches });
          results.forEach((r, i) => {
            const where = `${name} at ${date}, stretch ${stretches[i]}`;
            const n = naivePause(profile, lookup, stretches[i] as number);
            expectRel(r.dataShare, n.dataShare);
            if (n.emissionsG === null) {
              nulls++;
              expect(r.emissionsG, where).toBeNull();
            } else {
              expectRel(r.emissionsG, n.emissionsG);
              expect(actual, where).not.toBeNull();
              expectNear(r.savingG, (actual as number) - n.emissionsG, actual as number);
            }
          });
        }
      }
    }
    expect(nulls).toBeGreaterThan(0);
  });
});
