/**
 * Energy from power samples and energy intervals, per device and per UTC minute. Power is
 * integrated with the trapezoid rule (the exact integral of linearly interpolated power) between
 * consecutive samples of a device; intervals longer than the gap limit are not bridged and are
 * reported as uncovered time.
 *
 * Two ways in, one integrator: streamed samples (StreamingSink, the normal path) and collected
 * samples (SampleSink: tests, and files whose rows are out of time order), which are sorted first.
 */
import { floorHour, HOUR_MS } from "../time/timestamp.js";
import type { DeviceSamples } from "../traces/sample-sink.js";
import { type DeviceEnergy, DeviceIntegrator } from "./device-integrator.js";
import { MINUTE_MS, MinuteBins } from "./minute-bins.js";
import { orderSamples } from "./prepare.js";

export type { DeviceEnergy, Gap } from "./device-integrator.js";
export {
  DEFAULT_GAP_MEDIAN_MULTIPLE,
  DEFAULT_MIN_GAP_LIMIT_MS,
  defaultGapLimit,
} from "./device-integrator.js";

export interface EnergyOptions {
  /** Fixed gap limit in ms for every device; by default max(60 s, 5 × the device's median interval). */
  gapLimitMs?: number;
}

/** Energy per minute over whole clock hours: minute i is [start + i min, start + (i+1) min). */
export interface MinuteProfile {
  /** Hour-aligned UTC ms. */
  start: number;
  energyJ: Float64Array;
  /** Device-milliseconds observed per minute (all devices), to tell idle from unseen. */
  observedMs: Float64Array;
}

export interface EnergyResult<D extends DeviceEnergy = DeviceEnergy> {
  devices: D[];
  minutes: MinuteProfile;
  window: { start: number; end: number };
}

/** Integrates collected samples (sorted here); undefined when no device has any data. */
export function integrateEnergy(
  series: Iterable<DeviceSamples>,
  options: EnergyOptions = {},
): EnergyResult | undefined {
  const bins = new MinuteBins();
  return energyResult(integrateSamples(series, bins, options), bins);
}

/** Integrates collected samples into the given bins, one integrator per device. */
export function integrateSamples(
  series: Iterable<DeviceSamples>,
  bins: MinuteBins,
  options: EnergyOptions = {},
): DeviceEnergy[] {
  const devices: DeviceEnergy[] = [];
  for (const s of series) {
    const integrator = new DeviceIntegrator(s.device, bins, options.gapLimitMs);
    const ordered = orderSamples(s);
    for (let i = 0; i < ordered.times.length; i++) {
      integrator.push(ordered.times[i] as number, ordered.watts[i] as number);
    }
    for (const iv of s.intervals) integrator.pushEnergy(iv.start, iv.end, iv.joules);
    const result = integrator.finish();
    result.mergedSamples += ordered.merged;
    devices.push(result);
  }
  return devices;
}

/** The result of integrators that are finished, over the bins they filled. */
export function energyResult<D extends DeviceEnergy>(
  devices: D[],
  bins: MinuteBins,
): EnergyResult<D> | undefined {
  const withData = devices.filter((d) => d.samples > 0 || d.energyIntervals > 0);
  if (withData.length === 0) return undefined;
  const start = Math.min(...withData.map((d) => d.start));
  const end = Math.max(...withData.map((d) => d.end));
  const first = floorHour(start);
  const last = Math.max(first + HOUR_MS, Math.ceil(end / HOUR_MS) * HOUR_MS);
  const count = (last - first) / MINUTE_MS;
  return {
    devices: withData,
    minutes: { start: first, ...bins.dense(first, count) },
    window: { start, end },
  };
}
