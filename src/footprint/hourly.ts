/**
 * Emissions per clock hour: the energy of each bin (bins never straddle an intensity period) times
 * the intensity in force during it, summed over the hour. Where the series has no value, the
 * fallback intensity (the zone's annual average) is used and the energy so priced is counted, so
 * the report can say how much of the figure rests on it.
 */
import type { EnergyBins } from "../energy/integrate.js";
import { type IntensitySeries, periodIndexAt } from "../intensity/series.js";
import { floorHour } from "../time/timestamp.js";

export interface HourFootprint {
  start: number;
  energyKwh: number;
  emissionsG: number;
  /** emissions / energy; when no energy was drawn, the time-mean of the series over the hour (or null). */
  intensityGPerKwh: number | null;
  /** Share of the hour's energy priced with the fallback intensity instead of the series. */
  fallbackEnergyShare: number;
  estimated: boolean;
  forecast: boolean;
  /** Device-seconds observed in the hour (all devices), to tell an idle hour from an unseen one. */
  observedDeviceSeconds: number;
}

export interface HourlyFootprint {
  hours: HourFootprint[];
  energyKwh: number;
  emissionsG: number;
  /** Energy priced with the fallback intensity. */
  fallbackEnergyKwh: number;
  /** Hours of the window with energy drawn in them, and of those, how many were priced (in part) by fallback. */
  hoursWithEnergy: number;
  hoursWithFallback: number;
  estimatedHours: number;
  forecastHours: number;
}

export function hourlyFootprint(
  bins: EnergyBins,
  series: IntensitySeries | undefined,
  fallbackGPerKwh: number,
): HourlyFootprint {
  const periods = series?.periods ?? [];
  const hours = new Map<number, HourFootprint & { intensityTimeG: number; intensityTimeMs: number }>();
  let fallbackEnergyKwh = 0;
  const { edges, energyJ, observedMs } = bins;
  for (let i = 0; i < energyJ.length; i++) {
    const a = edges[i] as number;
    const b = edges[i + 1] as number;
    const hourStart = floorHour(a);
    let hour = hours.get(hourStart);
    if (!hour) {
      hour = {
        start: hourStart,
        energyKwh: 0,
        emissionsG: 0,
        intensityGPerKwh: null,
        fallbackEnergyShare: 0,
        estimated: false,
        forecast: false,
        observedDeviceSeconds: 0,
        intensityTimeG: 0,
        intensityTimeMs: 0,
      };
      hours.set(hourStart, hour);
    }
    const kwh = (energyJ[i] as number) / 3.6e6;
    hour.energyKwh += kwh;
    hour.observedDeviceSeconds += (observedMs[i] as number) / 1000;
    const p = periods[periodIndexAt(periods, a)];
    if (p) {
      hour.emissionsG += kwh * p.gPerKwh;
      hour.intensityTimeG += p.gPerKwh * (b - a);
      hour.intensityTimeMs += b - a;
      if (kwh > 0) {
        hour.estimated ||= p.estimated;
        hour.forecast ||= p.forecast;
      }
    } else {
      hour.emissionsG += kwh * fallbackGPerKwh;
      hour.fallbackEnergyShare += kwh;
      fallbackEnergyKwh += kwh;
    }
  }

  const result: HourlyFootprint = {
    hours: [],
    energyKwh: 0,
    emissionsG: 0,
    fallbackEnergyKwh,
    hoursWithEnergy: 0,
    hoursWithFallback: 0,
    estimatedHours: 0,
    forecastHours: 0,
  };
  for (const h of [...hours.values()].sort((x, y) => x.start - y.start)) {
    const { intensityTimeG, intensityTimeMs, ...hour } = h;
    if (hour.energyKwh > 0) {
      hour.intensityGPerKwh = hour.emissionsG / hour.energyKwh;
      hour.fallbackEnergyShare /= hour.energyKwh;
      result.hoursWithEnergy++;
      if (hour.fallbackEnergyShare > 0) result.hoursWithFallback++;
      if (hour.estimated) result.estimatedHours++;
      if (hour.forecast) result.forecastHours++;
    } else {
      hour.intensityGPerKwh = intensityTimeMs > 0 ? intensityTimeG / intensityTimeMs : null;
      hour.fallbackEnergyShare = 0;
    }
    result.energyKwh += hour.energyKwh;
    result.emissionsG += hour.emissionsG;
    result.hours.push(hour);
  }
  return result;
}

/** Every period boundary of the series, for the energy stage to cut bins at. */
export function seriesBreakpoints(series: IntensitySeries | undefined): number[] {
  if (!series) return [];
  const out: number[] = [];
  for (const p of series.periods) out.push(p.start, p.end);
  return out;
}
