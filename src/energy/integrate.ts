/**
 * Energy from power samples: the trapezoid rule between consecutive samples of a device, which is
 * the exact integral of the linearly interpolated power. Each interval is cut at every bin
 * boundary (clock hours, plus whatever instants the caller adds, such as the edges of intensity
 * periods), so the energy of every bin is exact too. Intervals longer than the gap limit are not
 * bridged: the device is treated as unobserved there and the time is reported as uncovered.
 */
import { floorHour, HOUR_MS } from "../time/timestamp.js";
import type { DeviceSamples } from "../traces/sample-sink.js";
import type { DeviceInfo } from "../traces/types.js";
import { medianInterval, orderSamples } from "./prepare.js";

export interface EnergyOptions {
  /** Fixed gap limit in ms for every device; by default max(60 s, 5 × the device's median interval). */
  gapLimitMs?: number;
  /** Extra bin boundaries (UTC ms) besides clock hours; need not be sorted or inside the window. */
  breakpoints?: readonly number[];
}

export interface Gap {
  start: number;
  end: number;
}

export interface DeviceEnergy {
  device: DeviceInfo;
  samples: number;
  /** Samples sharing an instant, merged into their mean. */
  mergedSamples: number;
  start: number;
  end: number;
  energyJ: number;
  medianIntervalMs: number;
  gapLimitMs: number;
  /** Time between first and last sample that lay in intervals longer than the gap limit. */
  uncoveredMs: number;
  gapCount: number;
  /** The first few gaps, for the report. */
  gaps: Gap[];
}

export interface EnergyBins {
  /** Sorted bin boundaries; bin i is [edges[i], edges[i+1]). */
  edges: Float64Array;
  /** Energy in joules per bin, all devices together. */
  energyJ: Float64Array;
  /** Device-seconds observed per bin (sum over devices of bridged time), to tell idle from unseen. */
  observedMs: Float64Array;
}

export interface EnergyResult {
  devices: DeviceEnergy[];
  bins: EnergyBins;
  window: { start: number; end: number };
}

export const DEFAULT_MIN_GAP_LIMIT_MS = 60_000;
export const DEFAULT_GAP_MEDIAN_MULTIPLE = 5;
const MAX_GAPS_LISTED = 5;

export function defaultGapLimit(medianMs: number): number {
  return Math.max(DEFAULT_MIN_GAP_LIMIT_MS, DEFAULT_GAP_MEDIAN_MULTIPLE * medianMs);
}

/** Integrates every device; returns undefined when no device has a single sample. */
export function integrateEnergy(
  series: Iterable<DeviceSamples>,
  options: EnergyOptions = {},
): EnergyResult | undefined {
  const ordered = [...series]
    .filter((s) => s.length > 0)
    .map((s) => ({ device: s.device, ...orderSamples(s) }));
  if (ordered.length === 0) return undefined;

  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const o of ordered) {
    start = Math.min(start, o.times[0] as number);
    end = Math.max(end, o.times[o.times.length - 1] as number);
  }
  const edges = binEdges(start, end, options.breakpoints ?? []);
  const energyJ = new Float64Array(edges.length - 1);
  const observedMs = new Float64Array(edges.length - 1);

  const devices = ordered.map((o) => {
    const median = medianInterval(o.times);
    const gapLimitMs = options.gapLimitMs ?? defaultGapLimit(median);
    const result: DeviceEnergy = {
      device: o.device,
      samples: o.times.length,
      mergedSamples: o.merged,
      start: o.times[0] as number,
      end: o.times[o.times.length - 1] as number,
      energyJ: 0,
      medianIntervalMs: median,
      gapLimitMs,
      uncoveredMs: 0,
      gapCount: 0,
      gaps: [],
    };
    integrateDevice(o.times, o.watts, gapLimitMs, edges, energyJ, observedMs, result);
    return result;
  });
  return { devices, bins: { edges, energyJ, observedMs }, window: { start, end } };
}

/** Clock hours covering [start, end] plus the extra breakpoints strictly inside them, sorted. */
function binEdges(start: number, end: number, extra: readonly number[]): Float64Array {
  const first = floorHour(start);
  let last = floorHour(end) + HOUR_MS;
  if (last <= first) last = first + HOUR_MS;
  const set = new Set<number>();
  for (let t = first; t <= last; t += HOUR_MS) set.add(t);
  for (const t of extra) if (t > first && t < last) set.add(t);
  return Float64Array.from(set).sort();
}

function integrateDevice(
  times: Float64Array,
  watts: Float64Array,
  gapLimitMs: number,
  edges: Float64Array,
  energyJ: Float64Array,
  observedMs: Float64Array,
  out: DeviceEnergy,
): void {
  let bin = 0;
  const lastBin = energyJ.length - 1;
  for (let i = 1; i < times.length; i++) {
    const t0 = times[i - 1] as number;
    const t1 = times[i] as number;
    const dt = t1 - t0;
    if (dt > gapLimitMs) {
      out.uncoveredMs += dt;
      out.gapCount++;
      if (out.gaps.length < MAX_GAPS_LISTED) out.gaps.push({ start: t0, end: t1 });
      continue;
    }
    const p0 = watts[i - 1] as number;
    const slope = ((watts[i] as number) - p0) / dt;
    while (bin < lastBin && (edges[bin + 1] as number) <= t0) bin++;
    // Walk the bins this interval crosses; each piece is a trapezoid under the same line.
    let a = t0;
    let pa = p0;
    while (a < t1) {
      const binEnd = edges[bin + 1] as number;
      const b = bin < lastBin && binEnd < t1 ? binEnd : t1;
      const pb = p0 + slope * (b - t0);
      const joules = ((pa + pb) / 2) * ((b - a) / 1000);
      energyJ[bin] = (energyJ[bin] as number) + joules;
      observedMs[bin] = (observedMs[bin] as number) + (b - a);
      out.energyJ += joules;
      if (b === binEnd && bin < lastBin) bin++;
      a = b;
      pa = pb;
    }
  }
}
