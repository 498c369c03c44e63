/**
 * Emissions per clock hour: each minute's energy times the intensity in force during it, summed
 * over the hour. A minute that an intensity period boundary cuts (periods not aligned to whole
 * minutes) is shared between the periods by time. Where the series has no value, the fallback
 * intensity (the zone's annual average) is used and the energy so priced is counted, so the report
 * can say how much of the figure rests on it.
 */
import type { MinuteProfile } from "../energy/integrate.js";
import { MINUTE_MS } from "../energy/minute-bins.js";
import type { IntensityPeriod, IntensitySeries } from "../intensity/series.js";
import { HOUR_MS } from "../time/timestamp.js";

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
  /** Hours with energy drawn in them, and of those, how many were priced (in part) by fallback. */
  hoursWithEnergy: number;
  hoursWithFallback: number;
  estimatedHours: number;
  forecastHours: number;
}

const J_PER_KWH = 3.6e6;

export function hourlyFootprint(
  minutes: MinuteProfile,
  series: IntensitySeries | undefined,
  fallbackGPerKwh: number,
): HourlyFootprint {
  const periods: readonly IntensityPeriod[] = series?.periods ?? [];
  const hourCount = Math.ceil((minutes.energyJ.length * MINUTE_MS) / HOUR_MS);
  const result: HourlyFootprint = {
    hours: [],
    energyKwh: 0,
    emissionsG: 0,
    fallbackEnergyKwh: 0,
    hoursWithEnergy: 0,
    hoursWithFallback: 0,
    estimatedHours: 0,
    forecastHours: 0,
  };
  // Index of the first period that ends after the current minute starts.
  let pi = 0;
  for (let h = 0; h < hourCount; h++) {
    const hour: HourFootprint = {
      start: minutes.start + h * HOUR_MS,
      energyKwh: 0,
      emissionsG: 0,
      intensityGPerKwh: null,
      fallbackEnergyShare: 0,
      estimated: false,
      forecast: false,
      observedDeviceSeconds: 0,
    };
    let fallbackKwh = 0;
    let intensityTimeG = 0;
    let intensityTimeMs = 0;
    const firstMinute = h * 60;
    const lastMinute = Math.min(firstMinute + 60, minutes.energyJ.length);
    for (let m = firstMinute; m < lastMinute; m++) {
      const a = minutes.start + m * MINUTE_MS;
      const b = a + MINUTE_MS;
      const kwh = (minutes.energyJ[m] as number) / J_PER_KWH;
      hour.energyKwh += kwh;
      hour.observedDeviceSeconds += (minutes.observedMs[m] as number) / 1000;
      while (pi < periods.length && (periods[pi] as IntensityPeriod).end <= a) pi++;
      let coveredMs = 0;
      for (let k = pi; k < periods.length; k++) {
        const p = periods[k] as IntensityPeriod;
        if (p.start >= b) break;
        const overlap = Math.min(b, p.end) - Math.max(a, p.start);
        if (overlap <= 0) continue;
        coveredMs += overlap;
        intensityTimeG += p.gPerKwh * overlap;
        intensityTimeMs += overlap;
        if (kwh > 0) {
          hour.emissionsG += kwh * (overlap / MINUTE_MS) * p.gPerKwh;
          hour.estimated ||= p.estimated;
          hour.forecast ||= p.forecast;
        }
      }
      if (kwh > 0 && coveredMs < MINUTE_MS) {
        const uncovered = kwh * (1 - coveredMs / MINUTE_MS);
        hour.emissionsG += uncovered * fallbackGPerKwh;
        fallbackKwh += uncovered;
      }
    }
    if (hour.energyKwh > 0) {
      hour.intensityGPerKwh = hour.emissionsG / hour.energyKwh;
      hour.fallbackEnergyShare = Math.min(1, fallbackKwh / hour.energyKwh);
      result.hoursWithEnergy++;
      if (fallbackKwh > 0) result.hoursWithFallback++;
      if (hour.estimated) result.estimatedHours++;
      if (hour.forecast) result.forecastHours++;
    } else {
      hour.intensityGPerKwh = intensityTimeMs > 0 ? intensityTimeG / intensityTimeMs : null;
    }
    result.energyKwh += hour.energyKwh;
    result.emissionsG += hour.emissionsG;
    result.fallbackEnergyKwh += fallbackKwh;
    result.hours.push(hour);
  }
  return result;
}
