/**
 * Grid carbon intensity as a step function of time: consecutive periods of any length (5 min to
 * 1 h in practice), each with one value in gCO2e/kWh. Every provider and file reader yields this.
 */

export type EmissionFactor = "lifecycle" | "direct";
/** Average intensity of the zone's mix, or marginal (the plant that answers extra demand). */
export type SignalKind = "average" | "marginal";

export interface IntensityPeriod {
  /** UTC milliseconds, inclusive. */
  start: number;
  /** UTC milliseconds, exclusive. */
  end: number;
  gPerKwh: number;
  /** The provider flagged the value as estimated (e.g. Electricity Maps `isEstimated`). */
  estimated: boolean;
  /** A forecast, not a measurement. */
  forecast: boolean;
}

export interface IntensitySeries {
  /** Where the figures come from, e.g. "Electricity Maps CSV export" or "the intensity file". */
  source: string;
  /** Zone id when the data names one (Electricity Maps `Zone id`). */
  zone?: string;
  factor: EmissionFactor;
  signal: SignalKind;
  /** Sorted by start, non-overlapping. */
  periods: IntensityPeriod[];
}

/** Index of the period containing t, or -1. Binary search over sorted periods. */
export function periodIndexAt(periods: readonly IntensityPeriod[], t: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = periods[mid] as IntensityPeriod;
    if (t < p.start) hi = mid - 1;
    else if (t >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
