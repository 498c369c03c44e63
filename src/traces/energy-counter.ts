/**
 * Cumulative energy counters (RAPL `energy_uj`, DCGM total energy, Intel Power Gadget's cumulative
 * joules) turned into energy intervals: the difference of two readings is the energy drawn between
 * them, exactly, however the power moved in between.
 *
 * One {@link EnergyCounter} follows ONE domain (one package, one GPU). Its readings must come in
 * time order. A counter that goes down either wrapped (it has a fixed range, RAPL's
 * `max_energy_range_uj`, and started again at 0) or was reset (driver reload, reboot): a wrap is
 * believed only when the energy it implies is a plausible draw for the device
 * ({@link PLAUSIBLE_WATTS}); anything else is a reset, whose interval is not counted. A failed read
 * is a missing sample, never a zero: the counter kept counting, so the next good reading spans the
 * gap with real energy.
 */
import { isoUtc } from "../time/timestamp.js";
import { type ReadStats, skip } from "./types.js";

/**
 * Highest mean power, in watts, one device of a kind is believed to draw over one interval between
 * two readings. They are deliberately generous (several times the largest real part) because
 * their job is only to tell a real wrap or increase from a counter reset or a corrupt reading,
 * which imply absurd figures (a wrap of RAPL's 262 kJ range seen across 1 s is 262 kW):
 *
 * - `cpu` 2 kW: a CPU package (RAPL PKG, Intel Power Gadget "Processor"); the largest server
 *   packages draw under 600 W.
 * - `dram` 1 kW: a package's DRAM domain (a few hundred watts at most with many DIMMs).
 * - `gpu` 5 kW: one GPU (the largest accelerators draw about 1.2 kW).
 * - `system` 10 kW: RAPL psys (the platform: a laptop or desktop board).
 * - `node` 20 kW: a whole server (8-GPU servers are rated up to about 14 kW).
 */
export const PLAUSIBLE_WATTS = {
  cpu: 2_000,
  dram: 1_000,
  gpu: 5_000,
  system: 10_000,
  node: 20_000,
} as const;

/** Where a counter's intervals go: a sink device, or an {@link IntervalBuffer} to decide on later. */
export interface EnergyTarget {
  pushEnergy(start: number, end: number, joules: number): void;
}

/** Energy intervals kept in typed arrays, for a reader that decides at the end which to use. */
export class IntervalBuffer implements EnergyTarget {
  starts = new Float64Array(16);
  ends = new Float64Array(16);
  joules = new Float64Array(16);
  length = 0;
  total = 0;

  pushEnergy(start: number, end: number, joules: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.joules = grow(this.joules);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.joules[this.length] = joules;
    this.length++;
    this.total += joules;
  }

  flushTo(target: EnergyTarget): void {
    for (let i = 0; i < this.length; i++)
      target.pushEnergy(this.starts[i] as number, this.ends[i] as number, this.joules[i] as number);
  }
}

export interface EnergyCounterOptions {
  /** Names the domain in every message, e.g. `package-0 (intel-rapl:0)`. */
  label: string;
  /** The counter's unit as written in messages: "µJ", "mJ", "J". */
  unit: string;
  /** Joules per counter unit: 1e-6 for µJ, 1e-3 for mJ, 1 for J. */
  joulesPerUnit: number;
  /** The value after which the counter wraps to 0 (RAPL's max_energy_range_uj), in counter units. */
  maxRange?: number | undefined;
  /** Highest believable mean power over one interval, W (see {@link PLAUSIBLE_WATTS}). */
  maxWatts: number;
}

export class EnergyCounter {
  /** Decreases read as wraps at maxRange, whose energy was counted. */
  wraps = 0;
  /** Decreases that no wrap explains: intervals not counted. */
  resets = 0;
  /** Increases implying more than maxWatts: intervals not counted. */
  implausible = 0;
  /** Readings at or before the previous one's time: rows skipped. */
  outOfOrder = 0;
  /** Intervals whose span covered failed reads (counted: the counter kept counting). */
  gapsSpanned = 0;
  /** Readings accepted (as the first reading, an interval's end, or a restart point). */
  readings = 0;
  intervals = 0;
  joules = 0;
  /** Total time covered by counted intervals, ms. */
  coveredMs = 0;
  /** Longest counted interval, ms. */
  longestMs = 0;
  private lastTime = Number.NaN;
  private lastValue = Number.NaN;
  private lastLine = 0;
  private pendingGap = false;
  private firstResetLine = 0;
  private firstImplausibleLine = 0;
  private firstImplausibleWatts = 0;

  /** Counter units per joule when a whole number (dividing by it keeps µJ and mJ counts exact), else 0. */
  private readonly perJoule: number;

  constructor(
    private readonly target: EnergyTarget,
    private readonly stats: ReadStats,
    readonly options: EnergyCounterOptions,
  ) {
    const perJoule = 1 / options.joulesPerUnit;
    this.perJoule = Number.isInteger(perJoule) ? perJoule : 0;
  }

  /** Learns the wrap range after readings began (it may be logged later in the file). */
  setMaxRange(maxRange: number): void {
    this.options.maxRange = maxRange;
  }

  /**
   * One reading of the cumulative counter (value in counter units) at a UTC instant. Returns false
   * when the row was skipped (and counted in stats with its reason).
   */
  reading(timeMs: number, value: number, line: number): boolean {
    const { label, unit, maxRange, maxWatts, joulesPerUnit } = this.options;
    if (!(value >= 0) || !Number.isFinite(value) || !Number.isFinite(timeMs)) {
      skip(this.stats, line, `${label}: expected a non-negative energy counter, got ${value}`);
      return false;
    }
    if (maxRange !== undefined && value > maxRange) {
      skip(this.stats, line, `${label}: counter ${value} ${unit} exceeds its range (${maxRange} ${unit})`);
      return false;
    }
    const lastTime = this.lastTime;
    if (Number.isNaN(lastTime)) {
      this.restart(timeMs, value, line);
      return true;
    }
    const dt = timeMs - lastTime;
    if (!(dt > 0)) {
      this.outOfOrder++;
      skip(
        this.stats,
        line,
        `${label}: reading at ${when(timeMs)} is not after the previous one (${when(lastTime)}, line ${this.lastLine}); counter readings must be in time order`,
      );
      return false;
    }
    let delta = value - this.lastValue;
    let wrapped = false;
    if (delta < 0) {
      if (maxRange === undefined || this.lastValue > maxRange) {
        this.reset(timeMs, value, line);
        return true;
      }
      delta = maxRange - this.lastValue + value;
      wrapped = true;
    }
    const joules = this.perJoule > 0 ? delta / this.perJoule : delta * joulesPerUnit;
    const watts = joules / (dt / 1000);
    if (watts > maxWatts) {
      if (wrapped) this.reset(timeMs, value, line);
      else {
        this.implausible++;
        if (this.firstImplausibleLine === 0) {
          this.firstImplausibleLine = line;
          this.firstImplausibleWatts = watts;
        }
        this.restart(timeMs, value, line);
      }
      return true;
    }
    if (wrapped) this.wraps++;
    if (this.pendingGap) this.gapsSpanned++;
    this.target.pushEnergy(lastTime, timeMs, joules);
    this.intervals++;
    this.joules += joules;
    this.coveredMs += dt;
    if (dt > this.longestMs) this.longestMs = dt;
    this.restart(timeMs, value, line);
    return true;
  }

  /** A failed read (empty, `-`, error text): counted as a missing value; the next reading spans it. */
  missing(): void {
    this.stats.missingValues++;
    if (!Number.isNaN(this.lastTime)) this.pendingGap = true;
  }

  /** Adds what the user should know about this counter to the stats' notes and warnings. */
  finish(): void {
    const { label, unit, maxRange, maxWatts } = this.options;
    const { notes, warnings } = this.stats;
    if (this.wraps > 0)
      notes.push(
        `${label}: the energy counter wrapped ${this.wraps} time(s) at its range of ${maxRange} ${unit}; the energy across each wrap is counted`,
      );
    if (this.gapsSpanned > 0)
      notes.push(
        `${label}: ${this.gapsSpanned} interval(s) span failed reads; the counter kept counting, so their energy is counted`,
      );
    if (this.resets > 0) {
      const why =
        maxRange === undefined
          ? "no wrap range (max_energy_range_uj) is known, so each decrease is read as a counter reset"
          : `no wrap at ${maxRange} ${unit} fits (it would imply more than ${maxWatts} W), so each is read as a counter reset (driver reload, reboot)`;
      warnings.push(
        `${label}: the energy counter went down ${this.resets} time(s) (first at line ${this.firstResetLine}); ${why}; the interval(s) across them are not counted`,
      );
    }
    if (this.implausible > 0)
      warnings.push(
        `${label}: ${this.implausible} interval(s) implied more than ${maxWatts} W (first at line ${this.firstImplausibleLine}: ${Math.round(this.firstImplausibleWatts)} W), a corrupt or reset counter; not counted`,
      );
    if (this.readings === 1)
      warnings.push(`${label}: only one reading; an energy counter needs two to measure anything`);
    if (maxRange !== undefined && this.coveredMs > 0 && this.joules > 0) {
      // At the mean power, how long the counter takes to go once round its range.
      const meanWatts = this.joules / (this.coveredMs / 1000);
      const wrapSeconds = (maxRange * this.options.joulesPerUnit) / meanWatts;
      if (this.longestMs / 1000 >= wrapSeconds / 2)
        warnings.push(
          `${label}: readings up to ${Math.round(this.longestMs / 1000)} s apart while the counter wraps about every ${Math.round(wrapSeconds)} s at the mean ${meanWatts.toFixed(1)} W: a second wrap within one interval cannot be seen, so energy may be missing`,
        );
    }
  }

  private reset(timeMs: number, value: number, line: number): void {
    this.resets++;
    if (this.firstResetLine === 0) this.firstResetLine = line;
    this.restart(timeMs, value, line);
  }

  private restart(timeMs: number, value: number, line: number): void {
    this.lastTime = timeMs;
    this.lastValue = value;
    this.lastLine = line;
    this.pendingGap = false;
    this.readings++;
  }
}

/** An instant for messages; never throws, whatever the number. */
function when(ms: number): string {
  return Math.abs(ms) <= 8.64e15 ? isoUtc(ms) : `${ms} ms`;
}
