/**
 * One device's energy, integrated as its samples stream in (in time order): the trapezoid between
 * consecutive samples, cut at minute edges into shared MinuteBins. Nothing per sample is kept, so
 * memory does not grow with the trace.
 *
 * The gap limit depends on the device's median sampling interval, which is known only at the end.
 * Since the limit is never under 60 s, intervals up to 60 s are integrated at once; longer ones
 * (rare: gaps, or slow loggers) are held and decided in finish().
 */
import { InputError } from "../errors.js";
import { isoUtc } from "../time/timestamp.js";
import type { DeviceInfo } from "../traces/types.js";
import type { MinuteBins } from "./minute-bins.js";

export interface Gap {
  start: number;
  end: number;
}

export interface DeviceEnergy {
  device: DeviceInfo;
  /** Power samples taken (after merging those sharing an instant). */
  samples: number;
  /** Samples sharing an instant with another, merged into their mean. */
  mergedSamples: number;
  /** Energy intervals taken (CodeCarbon rows, counter differences). */
  energyIntervals: number;
  start: number;
  end: number;
  energyJ: number;
  medianIntervalMs: number;
  gapLimitMs: number;
  /** Time between samples that lay in intervals longer than the gap limit. */
  uncoveredMs: number;
  gapCount: number;
  /** The first few gaps, for the report. */
  gaps: Gap[];
  /** First and last power samples (UTC ms, W), to join a trace continued in another file. */
  first?: { t: number; w: number };
  last?: { t: number; w: number };
}

export const DEFAULT_MIN_GAP_LIMIT_MS = 60_000;
/** The longest energy interval accepted: a report covers one run of at most 400 days. */
const MAX_INTERVAL_MS = 400 * 86_400_000;
export const DEFAULT_GAP_MEDIAN_MULTIPLE = 5;
const MAX_GAPS_LISTED = 5;
/** Intervals under this many ms are counted at 1 ms resolution; longer ones to 3 significant digits. */
const FINE_HISTOGRAM_MS = 10_000;

/**
 * The automatic limit never exceeds a day: no power trace is sampled that rarely, and a device
 * with two readings decades apart (a stray timestamp) must not have them bridged, and binned,
 * before the window check can refuse the file.
 */
export const MAX_AUTO_GAP_LIMIT_MS = 24 * 3_600_000;

export function defaultGapLimit(medianMs: number): number {
  return Math.min(
    MAX_AUTO_GAP_LIMIT_MS,
    Math.max(DEFAULT_MIN_GAP_LIMIT_MS, DEFAULT_GAP_MEDIAN_MULTIPLE * medianMs),
  );
}

/**
 * An integrator's whole state once its last sample is committed, as plain data: what a worker
 * thread that read one part of a file hands back, to be joined with the parts after it.
 */
export interface IntegratorState {
  device: DeviceInfo;
  outOfOrder: boolean;
  samples: number;
  merged: number;
  energyIntervals: number;
  start: number;
  end: number;
  energyJ: number;
  uncoveredMs: number;
  gapCount: number;
  gaps: Gap[];
  firstT: number;
  firstW: number;
  lastT: number;
  lastW: number;
  held: number[];
  fine: Uint32Array;
  coarse: [number, number][];
  intervals: number;
}

export class DeviceIntegrator {
  /** Set when a sample arrived earlier than one already taken: the caller must re-read in order. */
  outOfOrder = false;
  private samples = 0;
  private merged = 0;
  private energyIntervals = 0;
  private start = Number.POSITIVE_INFINITY;
  private end = Number.NEGATIVE_INFINITY;
  private energyJ = 0;
  private uncoveredMs = 0;
  private gapCount = 0;
  private gaps: Gap[] = [];
  private prevT = Number.NaN;
  private prevW = 0;
  private firstT = Number.NaN;
  private firstW = 0;
  private pendT = Number.NaN;
  private pendSum = 0;
  private pendCount = 0;
  /** Long intervals awaiting the gap limit: t0, p0, t1, p1 repeated. */
  private held: number[] = [];
  private readonly fine = new Uint32Array(FINE_HISTOGRAM_MS);
  private readonly coarse = new Map<number, number>();
  private intervals = 0;

  constructor(
    readonly device: DeviceInfo,
    private readonly bins: MinuteBins,
    /** A fixed gap limit (--gap-limit); undefined for the default rule. */
    private readonly fixedGapLimitMs?: number,
  ) {}

  /** A power sample; samples must come in time order (equal times are merged). */
  push(t: number, watts: number): void {
    if (t === this.pendT) {
      this.pendSum += watts;
      this.pendCount++;
      this.merged++;
      return;
    }
    if (t < this.pendT) {
      this.outOfOrder = true;
      return;
    }
    if (this.pendCount > 0) this.commit(this.pendT, this.pendSum / this.pendCount);
    this.pendT = t;
    this.pendSum = watts;
    this.pendCount = 1;
  }

  /** Energy known only for a span (end > start): spread evenly over it. Any order is fine. */
  pushEnergy(start: number, end: number, joules: number): void {
    // One interval longer than a report may cover is a stray timestamp, not a run: refused before
    // it is spread over years of minute bins.
    if (end - start > MAX_INTERVAL_MS) {
      throw new InputError(
        `an energy interval of device ${this.device.id} spans ${Math.round((end - start) / 86_400_000)} days (${isoUtc(start)} to ${isoUtc(end)}); expected one run of at most ${MAX_INTERVAL_MS / 86_400_000} days: check those timestamps`,
      );
    }
    this.bins.addUniform(start, end, joules);
    this.energyJ += joules;
    this.energyIntervals++;
    if (start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  private commit(t: number, w: number): void {
    this.samples++;
    if (t < this.start) this.start = t;
    if (t > this.end) this.end = t;
    if (this.samples > 1) this.interval(this.prevT, this.prevW, t, w);
    else {
      this.firstT = t;
      this.firstW = w;
    }
    this.prevT = t;
    this.prevW = w;
  }

  private interval(t0: number, p0: number, t1: number, p1: number): void {
    const dt = t1 - t0;
    this.intervals++;
    const ms = Math.round(dt);
    if (ms < FINE_HISTOGRAM_MS) this.fine[ms] = (this.fine[ms] as number) + 1;
    else {
      const unit = 10 ** (Math.floor(Math.log10(dt)) - 2);
      const key = Math.round(dt / unit) * unit;
      this.coarse.set(key, (this.coarse.get(key) ?? 0) + 1);
    }
    const fixed = this.fixedGapLimitMs;
    if (fixed !== undefined) {
      if (dt <= fixed) this.energyJ += this.bins.addRamp(t0, p0, t1, p1);
      else this.gap(t0, t1);
    } else if (dt <= DEFAULT_MIN_GAP_LIMIT_MS) {
      this.energyJ += this.bins.addRamp(t0, p0, t1, p1);
    } else {
      this.held.push(t0, p0, t1, p1);
    }
  }

  private gap(t0: number, t1: number): void {
    this.uncoveredMs += t1 - t0;
    this.gapCount++;
    if (this.gaps.length < MAX_GAPS_LISTED) this.gaps.push({ start: t0, end: t1 });
  }

  /** Median sampling interval in ms (0 with fewer than two samples). */
  medianIntervalMs(): number {
    const n = this.intervals;
    if (n === 0) return 0;
    // The 0-based ranks of the middle element(s): equal for an odd count.
    const ranks = [(n - 1) >>> 1, n >>> 1] as const;
    const found: number[] = [];
    let seen = 0;
    const take = (value: number, count: number): boolean => {
      seen += count;
      while (found.length < 2 && (ranks[found.length as 0 | 1] as number) < seen) found.push(value);
      return found.length === 2;
    };
    let done = false;
    for (let ms = 0; ms < FINE_HISTOGRAM_MS && !done; ms++) {
      const count = this.fine[ms] as number;
      if (count > 0) done = take(ms, count);
    }
    if (!done) {
      for (const key of [...this.coarse.keys()].sort((x, y) => x - y)) {
        if (take(key, this.coarse.get(key) as number)) break;
      }
    }
    return ((found[0] as number) + (found[1] as number)) / 2;
  }

  /** Commits the pending sample (samples sharing the last instant, merged). */
  private flush(): void {
    if (this.pendCount > 0) {
      this.commit(this.pendT, this.pendSum / this.pendCount);
      this.pendCount = 0;
    }
  }

  /** The state after the last sample, for joining with the integrators of later parts of a file. */
  exportState(): IntegratorState {
    this.flush();
    return {
      device: this.device,
      outOfOrder: this.outOfOrder,
      samples: this.samples,
      merged: this.merged,
      energyIntervals: this.energyIntervals,
      start: this.start,
      end: this.end,
      energyJ: this.energyJ,
      uncoveredMs: this.uncoveredMs,
      gapCount: this.gapCount,
      gaps: this.gaps,
      firstT: this.firstT,
      firstW: this.firstW,
      lastT: this.prevT,
      lastW: this.prevW,
      held: this.held,
      fine: this.fine,
      coarse: [...this.coarse],
      intervals: this.intervals,
    };
  }

  /**
   * One integrator from the states of consecutive parts of the same trace (in file order), as if
   * it had read them all: counts add up, the seam between two parts is integrated like any other
   * interval, and the held intervals wait for the joint median. A part that starts before the
   * previous one ends makes the result out of order.
   */
  static join(
    states: readonly IntegratorState[],
    bins: MinuteBins,
    fixedGapLimitMs?: number,
  ): DeviceIntegrator {
    const first = states[0];
    if (!first) throw new Error("no state to join");
    const joined = new DeviceIntegrator(first.device, bins, fixedGapLimitMs);
    for (const s of states) {
      joined.outOfOrder ||= s.outOfOrder;
      if (s.samples > 0 && joined.samples > 0) {
        if (s.firstT <= joined.prevT) joined.outOfOrder = true;
        else joined.interval(joined.prevT, joined.prevW, s.firstT, s.firstW);
      }
      if (s.samples > 0) {
        if (joined.samples === 0) {
          joined.firstT = s.firstT;
          joined.firstW = s.firstW;
        }
        joined.prevT = s.lastT;
        joined.prevW = s.lastW;
      }
      joined.samples += s.samples;
      joined.merged += s.merged;
      joined.energyIntervals += s.energyIntervals;
      joined.start = Math.min(joined.start, s.start);
      joined.end = Math.max(joined.end, s.end);
      joined.energyJ += s.energyJ;
      joined.uncoveredMs += s.uncoveredMs;
      joined.gapCount += s.gapCount;
      joined.gaps.push(...s.gaps);
      joined.held.push(...s.held);
      for (let i = 0; i < FINE_HISTOGRAM_MS; i++)
        joined.fine[i] = (joined.fine[i] as number) + (s.fine[i] as number);
      for (const [k, v] of s.coarse) joined.coarse.set(k, (joined.coarse.get(k) ?? 0) + v);
      joined.intervals += s.intervals;
    }
    joined.gaps.sort((a, b) => a.start - b.start);
    joined.gaps.length = Math.min(joined.gaps.length, MAX_GAPS_LISTED);
    return joined;
  }

  /** Takes the last sample, decides the held intervals, and returns the device's figures. */
  finish(): DeviceEnergy {
    this.flush();
    const median = this.medianIntervalMs();
    const limit = this.fixedGapLimitMs ?? defaultGapLimit(median);
    const held = this.held;
    for (let i = 0; i < held.length; i += 4) {
      const t0 = held[i] as number;
      const t1 = held[i + 2] as number;
      if (t1 - t0 <= limit)
        this.energyJ += this.bins.addRamp(t0, held[i + 1] as number, t1, held[i + 3] as number);
      else this.gap(t0, t1);
    }
    held.length = 0;
    return {
      device: this.device,
      samples: this.samples,
      mergedSamples: this.merged,
      energyIntervals: this.energyIntervals,
      start: this.start,
      end: this.end,
      energyJ: this.energyJ,
      medianIntervalMs: median,
      gapLimitMs: limit,
      uncoveredMs: this.uncoveredMs,
      gapCount: this.gapCount,
      gaps: this.gaps,
      ...(this.samples > 0
        ? { first: { t: this.firstT, w: this.firstW }, last: { t: this.prevT, w: this.prevW } }
        : {}),
    };
  }
}
