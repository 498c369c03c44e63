/**
 * Energy per UTC minute, kept sparsely by day so that memory follows the days a run touched, not
 * the number of samples. A minute is fine enough to price against any provider's periods (5, 15,
 * 30 or 60 minutes, all aligned to whole minutes) exactly, and to shift a run's profile in
 * what-if analyses.
 */

export const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;

interface DayChunk {
  energyJ: Float64Array;
  observedMs: Float64Array;
}

export class MinuteBins {
  private readonly days = new Map<number, DayChunk>();
  private lastDay = Number.NaN;
  private lastChunk: DayChunk | undefined;
  /** Earliest and latest instants that received energy or observation. */
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;

  private chunk(minute: number): DayChunk {
    const day = Math.floor(minute / DAY_MINUTES);
    if (day === this.lastDay && this.lastChunk) return this.lastChunk;
    let c = this.days.get(day);
    if (!c) {
      c = { energyJ: new Float64Array(DAY_MINUTES), observedMs: new Float64Array(DAY_MINUTES) };
      this.days.set(day, c);
    }
    this.lastDay = day;
    this.lastChunk = c;
    return c;
  }

  private add(minute: number, joules: number, ms: number): void {
    const c = this.chunk(minute);
    const i = minute - Math.floor(minute / DAY_MINUTES) * DAY_MINUTES;
    c.energyJ[i] = (c.energyJ[i] as number) + joules;
    c.observedMs[i] = (c.observedMs[i] as number) + ms;
  }

  /**
   * Power varying linearly from p0 at t0 to p1 at t1 (t1 > t0): the trapezoid, cut exactly at
   * every minute edge. Returns the joules added.
   */
  addRamp(t0: number, p0: number, t1: number, p1: number): number {
    this.track(t0, t1);
    const m0 = Math.floor(t0 / MINUTE_MS);
    const m1 = Math.floor(t1 / MINUTE_MS);
    if (m0 === m1 || (m1 === m0 + 1 && t1 === m1 * MINUTE_MS)) {
      const joules = ((p0 + p1) / 2) * ((t1 - t0) / 1000);
      this.add(m0, joules, t1 - t0);
      return joules;
    }
    const slope = (p1 - p0) / (t1 - t0);
    let total = 0;
    let a = t0;
    let pa = p0;
    for (let m = m0; a < t1; m++) {
      const b = Math.min((m + 1) * MINUTE_MS, t1);
      const pb = b === t1 ? p1 : p0 + slope * (b - t0);
      const joules = ((pa + pb) / 2) * ((b - a) / 1000);
      this.add(m, joules, b - a);
      total += joules;
      a = b;
      pa = pb;
    }
    return total;
  }

  /** Energy known only for the span [t0, t1): spread evenly over it. */
  addUniform(t0: number, t1: number, joules: number): void {
    this.track(t0, t1);
    const perMs = joules / (t1 - t0);
    let a = t0;
    for (let m = Math.floor(t0 / MINUTE_MS); a < t1; m++) {
      const b = Math.min((m + 1) * MINUTE_MS, t1);
      this.add(m, perMs * (b - a), b - a);
      a = b;
    }
  }

  /** The filled days as plain data (to hand bins from a worker thread to the main one). */
  exportDays(): { day: number; energyJ: Float64Array; observedMs: Float64Array }[] {
    return [...this.days].map(([day, c]) => ({ day, energyJ: c.energyJ, observedMs: c.observedMs }));
  }

  /** Adds days exported by {@link exportDays} into these bins. */
  addDays(
    days: readonly { day: number; energyJ: Float64Array; observedMs: Float64Array }[],
    first: number,
    last: number,
  ): void {
    const other = new MinuteBins();
    for (const d of days) other.days.set(d.day, { energyJ: d.energyJ, observedMs: d.observedMs });
    other.first = first;
    other.last = last;
    this.merge(other);
  }

  /** Adds another set of bins into this one (merging per-file results). */
  merge(other: MinuteBins): void {
    for (const [day, c] of other.days) {
      const mine = this.chunk(day * DAY_MINUTES);
      for (let i = 0; i < DAY_MINUTES; i++) {
        mine.energyJ[i] = (mine.energyJ[i] as number) + (c.energyJ[i] as number);
        mine.observedMs[i] = (mine.observedMs[i] as number) + (c.observedMs[i] as number);
      }
    }
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
  }

  /** Dense minute arrays from `start` (minute-aligned) for `count` minutes. */
  dense(start: number, count: number): { energyJ: Float64Array; observedMs: Float64Array } {
    const energyJ = new Float64Array(count);
    const observedMs = new Float64Array(count);
    const firstMinute = start / MINUTE_MS;
    for (const [day, c] of this.days) {
      for (let i = 0; i < DAY_MINUTES; i++) {
        const k = day * DAY_MINUTES + i - firstMinute;
        if (k < 0 || k >= count) continue;
        energyJ[k] = c.energyJ[i] as number;
        observedMs[k] = c.observedMs[i] as number;
      }
    }
    return { energyJ, observedMs };
  }

  private track(t0: number, t1: number): void {
    if (t0 < this.first) this.first = t0;
    if (t1 > this.last) this.last = t1;
  }
}
