/**
 * What-if, in hindsight: the run's own per-minute energy priced as if it had been started at
 * another time, or paused through the dirtiest hours. Pure computation on a MinuteProfile and an
 * IntensitySeries; the figures are hypothetical and must be labelled so by whoever shows them.
 *
 * Pricing follows hourlyFootprint: a minute's energy times the intensity in force during it, and a
 * minute cut by a period boundary shared between the periods by time. Unlike hourlyFootprint there
 * is no fallback intensity: a what-if figure is given only where the series has data, and a
 * candidate counts only when every minute that carries energy has intensity data for the whole
 * minute. Comparing against a yearly average would make the saving an artefact of the fallback.
 *
 * "The run" is the profile from its first to its last minute with energy (the hour-aligned padding
 * of a MinuteProfile is dropped); start times below are the start of that first minute.
 *
 * Cost: the series is laid onto a per-minute grid once per call by a single sweep (binary search
 * for the first period), so every figure costs O(run minutes × candidates) plus, for pausing,
 * O(W log W) per allowed stretch, never anything quadratic in the series length.
 */
import type { MinuteProfile } from "../energy/integrate.js";
import { MINUTE_MS } from "../energy/minute-bins.js";
import type { IntensityPeriod, IntensitySeries } from "../intensity/series.js";

const J_PER_KWH = 3.6e6;
/** A minute is covered when the periods cover all of it (tolerating sub-nanosecond arithmetic). */
const FULL_MINUTE_MS = MINUTE_MS - 1e-6;
/** A candidate must beat the actual by more than rounding to be claimed as a saving. */
const SAVING_TOLERANCE = 1e-12;
const ESTIMATED = 1;
const FORECAST = 2;

/** Intensity labels of the periods that priced a figure. */
export interface WhatIfLabels {
  /** Some energy was priced with a period the provider flagged as estimated. */
  estimated: boolean;
  /** Some energy was priced with a forecast, not a measurement. */
  forecast: boolean;
}

export interface PricedProfile extends WhatIfLabels {
  /** Emissions of the covered energy only (no fallback intensity). */
  emissionsG: number;
  energyKwh: number;
  /** Share of the energy whose (shifted) minute has intensity data; 1 when no energy was drawn. */
  coveredEnergyShare: number;
  /** Every minute with energy is fully covered by the series (so emissionsG is the whole figure). */
  complete: boolean;
}

export interface StartCandidate extends WhatIfLabels {
  /** Minutes from the actual start (negative: earlier). */
  offsetMinutes: number;
  startMs: number;
  /** null when some minute of the shifted run with energy lacks intensity data. */
  emissionsG: number | null;
}

export interface FlexibleStartBest extends WhatIfLabels {
  offsetMinutes: number;
  startMs: number;
  emissionsG: number;
  /** Actual minus best emissions; 0 when no candidate beats the actual start. */
  savingG: number;
  /** savingG as a percentage of the actual emissions; 0 when the actual emitted nothing. */
  savingPercent: number;
}

export interface FlexibleStartResult {
  /** The run as it happened; emissionsG null when it lacks full intensity data. */
  actual: { startMs: number; emissionsG: number | null };
  /** Every start tried, earliest first, the actual (offset 0) included. */
  candidates: StartCandidate[];
  /**
   * The cleanest start with full data. Undefined when the actual start lacks full data (no saving
   * can be claimed against an unpriced actual). When no candidate beats the actual by more than
   * rounding, the actual itself with saving 0.
   */
  best?: FlexibleStartBest;
  candidatesWithData: number;
  candidatesTotal: number;
}

export interface FlexibleStartOptions {
  /** Starts are tried in [actual − windowHours, actual + windowHours]. */
  windowHours?: number;
  /** Distance between tried starts, in whole minutes. */
  stepMinutes?: number;
}

export interface CleanestStartOptions {
  /** Earliest start tried (UTC ms). */
  fromMs: number;
  /** Latest start tried (UTC ms, inclusive when on a step). */
  toMs: number;
  /** Distance between tried starts, in whole minutes. */
  stepMinutes?: number;
}

export interface CleanestStart extends WhatIfLabels {
  startMs: number;
  emissionsG: number;
  candidatesWithData: number;
  candidatesTotal: number;
}

export interface PauseResumeOptions {
  /** Allowed stretches of the run's duration: 0.5 lets a 2-hour run take 3 hours. */
  stretches?: readonly number[];
}

export interface PauseResumeResult extends WhatIfLabels {
  stretch: number;
  /** End of the allowed window [actual start, actual start + duration × (1 + stretch)). */
  windowEndMs: number;
  /** null when some minute of the allowed window lacks intensity data. */
  emissionsG: number | null;
  /**
   * Actual minus paused emissions; may be negative (average power can cost more than the real
   * shape); 0 when within rounding (1e-12 relative) of the actual.
   */
  savingG: number | null;
  /** savingG as a percentage of the actual emissions; 0 when the actual emitted nothing. */
  savingPercent: number | null;
  /** Share of the window's time with intensity data (1 for an empty window). */
  dataShare: number;
  /** Minutes running (the run's duration); the rest of the window is paused. */
  runningMinutes: number;
  /** Contiguous running stretches chosen (1: no pause); null when not computed. */
  segments: number | null;
}

/** The run: energy per minute from its first to its last minute with energy. */
interface Run {
  start: number;
  kwh: Float64Array;
  energyKwh: number;
  /** Indices into kwh of the minutes with energy. */
  withEnergy: Uint32Array;
}

/** The series laid onto consecutive minutes from origin. */
interface MinuteGrid {
  /** Σ overlap/minute × g/kWh: the price of 1 kWh drawn evenly over the minute (covered part only). */
  g: Float64Array;
  coveredMs: Float64Array;
  flags: Uint8Array;
}

function runOf(profile: MinuteProfile): Run {
  const e = profile.energyJ;
  let first = -1;
  let last = -1;
  for (let m = 0; m < e.length; m++) {
    if ((e[m] as number) > 0) {
      if (first < 0) first = m;
      last = m;
    }
  }
  if (first < 0) {
    return { start: profile.start, kwh: new Float64Array(0), energyKwh: 0, withEnergy: new Uint32Array(0) };
  }
  const kwh = new Float64Array(last - first + 1);
  const withEnergy: number[] = [];
  let energyKwh = 0;
  for (let m = 0; m < kwh.length; m++) {
    const j = e[first + m] as number;
    if (j > 0) {
      kwh[m] = j / J_PER_KWH;
      energyKwh += kwh[m] as number;
      withEnergy.push(m);
    }
  }
  return {
    start: profile.start + first * MINUTE_MS,
    kwh,
    energyKwh,
    withEnergy: Uint32Array.from(withEnergy),
  };
}

/** Index of the first period ending after t (periods are sorted and disjoint, so ends are sorted). */
function firstEndingAfter(periods: readonly IntensityPeriod[], t: number): number {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((periods[mid] as IntensityPeriod).end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function minuteGrid(periods: readonly IntensityPeriod[], origin: number, count: number): MinuteGrid {
  const g = new Float64Array(count);
  const coveredMs = new Float64Array(count);
  const flags = new Uint8Array(count);
  const end = origin + count * MINUTE_MS;
  for (let k = firstEndingAfter(periods, origin); k < periods.length; k++) {
    const p = periods[k] as IntensityPeriod;
    if (p.start >= end) break;
    const a = Math.max(p.start, origin);
    const b = Math.min(p.end, end);
    if (b <= a) continue;
    const flag = (p.estimated ? ESTIMATED : 0) | (p.forecast ? FORECAST : 0);
    for (let m = Math.floor((a - origin) / MINUTE_MS); m < count; m++) {
      const ma = origin + m * MINUTE_MS;
      if (ma >= b) break;
      const overlap = Math.min(ma + MINUTE_MS, b) - Math.max(ma, a);
      if (overlap <= 0) continue;
      g[m] = (g[m] as number) + (overlap / MINUTE_MS) * p.gPerKwh;
      coveredMs[m] = (coveredMs[m] as number) + overlap;
      flags[m] = (flags[m] as number) | flag;
    }
  }
  return { g, coveredMs, flags };
}

const labels = (flags: number): WhatIfLabels => ({
  estimated: (flags & ESTIMATED) !== 0,
  forecast: (flags & FORECAST) !== 0,
});

const savingPercentOf = (savingG: number, actualG: number) => (actualG > 0 ? (savingG / actualG) * 100 : 0);

function checkStep(stepMinutes: number): void {
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0) {
    throw new RangeError(`stepMinutes must be a positive whole number of minutes, got ${stepMinutes}`);
  }
}

/**
 * The run priced at `count` starts, `stepMinutes` apart from `firstStart`: emissions per start,
 * NaN where some minute with energy lacks full intensity data, and the label flags.
 */
function scanStarts(
  run: Run,
  periods: readonly IntensityPeriod[],
  firstStart: number,
  stepMinutes: number,
  count: number,
): { emissions: Float64Array; flags: Uint8Array } {
  const emissions = new Float64Array(count);
  const flags = new Uint8Array(count);
  if (count === 0) return { emissions, flags };
  const grid = minuteGrid(periods, firstStart, (count - 1) * stepMinutes + run.kwh.length);
  const { kwh, withEnergy } = run;
  const { g, coveredMs, flags: gridFlags } = grid;
  for (let c = 0; c < count; c++) {
    const base = c * stepMinutes;
    let sum = 0;
    let f = 0;
    for (let i = 0; i < withEnergy.length; i++) {
      const m = withEnergy[i] as number;
      const j = base + m;
      if ((coveredMs[j] as number) < FULL_MINUTE_MS) {
        sum = Number.NaN;
        break;
      }
      sum += (kwh[m] as number) * (g[j] as number);
      f |= gridFlags[j] as number;
    }
    emissions[c] = sum;
    flags[c] = f;
  }
  return { emissions, flags };
}

/**
 * The same per-minute energy priced as if it had started `shiftMs` later (any shift; minutes the
 * shift lays across a period boundary are shared by time). Emissions cover only the energy whose
 * shifted minute has data. With shiftMs = 0 and a series covering the run, equals hourlyFootprint.
 */
export function priceProfile(profile: MinuteProfile, series: IntensitySeries, shiftMs = 0): PricedProfile {
  const run = runOf(profile);
  const grid = minuteGrid(series.periods, run.start + shiftMs, run.kwh.length);
  let emissionsG = 0;
  let coveredKwh = 0;
  let complete = true;
  let f = 0;
  for (const m of run.withEnergy) {
    const kwh = run.kwh[m] as number;
    const covered = grid.coveredMs[m] as number;
    emissionsG += kwh * (grid.g[m] as number);
    if (covered >= FULL_MINUTE_MS) coveredKwh += kwh;
    else {
      complete = false;
      coveredKwh += kwh * (covered / MINUTE_MS);
    }
    if (covered > 0) f |= grid.flags[m] as number;
  }
  const coveredEnergyShare = complete ? 1 : Math.min(1, coveredKwh / run.energyKwh);
  return { emissionsG, energyKwh: run.energyKwh, coveredEnergyShare, complete, ...labels(f) };
}

/**
 * Flexible start: the same power profile started at every step within ± windowHours of the actual
 * start (offset 0 always among them). A candidate counts only with full intensity data for every
 * minute that carries energy. Ties between candidates go to the one nearest the actual start, then
 * the earlier; a candidate must beat the actual by more than rounding (1e-12 relative) to be best.
 */
export function flexibleStart(
  profile: MinuteProfile,
  series: IntensitySeries,
  options: FlexibleStartOptions = {},
): FlexibleStartResult {
  const { windowHours = 12, stepMinutes = 60 } = options;
  checkStep(stepMinutes);
  if (!Number.isFinite(windowHours) || windowHours < 0) {
    throw new RangeError(`windowHours must be a non-negative number, got ${windowHours}`);
  }
  const run = runOf(profile);
  const n = Math.floor((windowHours * 60) / stepMinutes + 1e-9);
  const stepMs = stepMinutes * MINUTE_MS;
  const firstStart = run.start - n * stepMs;
  const { emissions, flags } = scanStarts(run, series.periods, firstStart, stepMinutes, 2 * n + 1);
  const candidates: StartCandidate[] = [];
  let candidatesWithData = 0;
  let bestIndex = -1;
  for (let c = 0; c < emissions.length; c++) {
    const e = emissions[c] as number;
    const hasData = !Number.isNaN(e);
    if (hasData) {
      candidatesWithData++;
      if (bestIndex < 0 || e < (emissions[bestIndex] as number)) bestIndex = c;
      else if (e === emissions[bestIndex] && Math.abs(c - n) < Math.abs(bestIndex - n)) bestIndex = c;
    }
    candidates.push({
      offsetMinutes: (c - n) * stepMinutes,
      startMs: firstStart + c * stepMs,
      emissionsG: hasData ? e : null,
      ...labels(flags[c] as number),
    });
  }
  const actualG = emissions[n] as number;
  const result: FlexibleStartResult = {
    actual: { startMs: run.start, emissionsG: Number.isNaN(actualG) ? null : actualG },
    candidates,
    candidatesWithData,
    candidatesTotal: candidates.length,
  };
  if (!Number.isNaN(actualG)) {
    const bestG = emissions[bestIndex] as number;
    const chosen = bestG < actualG * (1 - SAVING_TOLERANCE) ? bestIndex : n;
    const c = candidates[chosen] as StartCandidate;
    const savingG = chosen === n ? 0 : actualG - bestG;
    result.best = {
      offsetMinutes: c.offsetMinutes,
      startMs: c.startMs,
      emissionsG: emissions[chosen] as number,
      savingG,
      savingPercent: savingPercentOf(savingG, actualG),
      estimated: c.estimated,
      forecast: c.forecast,
    };
  }
  return result;
}

/**
 * The cleanest start in [fromMs, toMs] (every stepMinutes from fromMs) for a run with this
 * profile, moved so that its first minute with energy starts at the candidate. Meant for "next
 * time" with a forecast series; candidates need full data. Ties go to the earliest start.
 * Undefined when no candidate has full data (or toMs < fromMs).
 */
export function cleanestStart(
  profile: MinuteProfile,
  series: IntensitySeries,
  options: CleanestStartOptions,
): CleanestStart | undefined {
  const { fromMs, toMs, stepMinutes = 60 } = options;
  checkStep(stepMinutes);
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs) return undefined;
  const stepMs = stepMinutes * MINUTE_MS;
  const count = Math.floor((toMs - fromMs) / stepMs + 1e-9) + 1;
  const { emissions, flags } = scanStarts(runOf(profile), series.periods, fromMs, stepMinutes, count);
  let best = -1;
  let candidatesWithData = 0;
  for (let c = 0; c < count; c++) {
    const e = emissions[c] as number;
    if (Number.isNaN(e)) continue;
    candidatesWithData++;
    if (best < 0 || e < (emissions[best] as number)) best = c;
  }
  if (best < 0) return undefined;
  return {
    startMs: fromMs + best * stepMs,
    emissionsG: emissions[best] as number,
    candidatesWithData,
    candidatesTotal: count,
    ...labels(flags[best] as number),
  };
}

/**
 * Pause and resume: the run's energy E over its duration D (first to last minute with energy),
 * drawn at the average power E/D but only in the cleanest D minutes of the allowed window
 * [start, start + D × (1 + stretch)) (whole minutes, rounded down; ties go to the earliest minute).
 * Given only when the whole window has intensity data. This models a job that can checkpoint and
 * stop at will: it ignores the cost of pausing and restarting (checkpoint writes, warm-up, the
 * idle power of held machines) and the shape of the real power profile, which is replaced by its
 * average. With a small stretch the saving can be negative for that reason.
 */
export function pauseAndResume(
  profile: MinuteProfile,
  series: IntensitySeries,
  options: PauseResumeOptions = {},
): PauseResumeResult[] {
  const { stretches = [0.25, 0.5, 1.0] } = options;
  for (const s of stretches) {
    if (!Number.isFinite(s) || s < 0) throw new RangeError(`stretch must be a non-negative number, got ${s}`);
  }
  const run = runOf(profile);
  const d = run.kwh.length;
  const windows = stretches.map((s) => Math.floor(d * (1 + s) + 1e-9));
  const grid = minuteGrid(series.periods, run.start, Math.max(d, ...windows));
  let actualG: number | null = 0;
  for (const m of run.withEnergy) {
    if ((grid.coveredMs[m] as number) < FULL_MINUTE_MS) {
      actualG = null;
      break;
    }
    actualG += (run.kwh[m] as number) * (grid.g[m] as number);
  }
  const powerKwhPerMinute = d > 0 ? run.energyKwh / d : 0;
  return stretches.map((stretch, i): PauseResumeResult => {
    const w = windows[i] as number;
    let coveredMs = 0;
    let complete = true;
    for (let m = 0; m < w; m++) {
      const c = grid.coveredMs[m] as number;
      coveredMs += c;
      if (c < FULL_MINUTE_MS) complete = false;
    }
    const base = {
      stretch,
      windowEndMs: run.start + w * MINUTE_MS,
      dataShare: w > 0 ? Math.min(1, coveredMs / (w * MINUTE_MS)) : 1,
      runningMinutes: d,
    };
    if (!complete) {
      return { ...base, emissionsG: null, savingG: null, savingPercent: null, segments: null, ...labels(0) };
    }
    // The cleanest d minutes: the d smallest prices (a native sort), then the minutes priced below
    // the d-th smallest, and the earliest of those priced at it, are the ones running.
    const window = grid.g.subarray(0, w);
    const sorted = Float64Array.from(window).sort();
    let sumG = 0;
    for (let k = 0; k < d; k++) sumG += sorted[k] as number;
    const threshold = d > 0 ? (sorted[d - 1] as number) : Number.NEGATIVE_INFINITY;
    let atThreshold = d;
    for (let m = 0; m < w; m++) if ((window[m] as number) < threshold) atThreshold--;
    let segments = 0;
    let f = 0;
    let previous = false;
    for (let m = 0; m < w; m++) {
      const g = window[m] as number;
      let running = g < threshold;
      if (!running && g === threshold && atThreshold > 0) {
        running = true;
        atThreshold--;
      }
      if (running) {
        f |= grid.flags[m] as number;
        if (!previous) segments++;
      }
      previous = running;
    }
    const emissionsG = powerKwhPerMinute * sumG;
    let savingG = actualG === null ? null : actualG - emissionsG;
    // A difference within rounding (e.g. the same minutes at the same average) is no saving.
    if (savingG !== null && Math.abs(savingG) <= SAVING_TOLERANCE * (actualG as number)) savingG = 0;
    return {
      ...base,
      emissionsG,
      savingG,
      savingPercent: savingG === null || actualG === null ? null : savingPercentOf(savingG, actualG),
      segments,
      ...labels(f),
    };
  });
}
