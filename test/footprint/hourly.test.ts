import { describe, expect, it } from "vitest";
import { integrateEnergy } from "../../src/energy/integrate.js";
import { hourlyFootprint } from "../../src/footprint/hourly.js";
import type { IntensitySeries } from "../../src/intensity/series.js";
import type { DeviceSamples } from "../../src/traces/sample-sink.js";
import { sampled, stepSeries, T } from "../helpers.js";

function footprint(devices: DeviceSamples[], series: IntensitySeries | undefined, fallback = 999) {
  const energy = integrateEnergy(devices);
  if (!energy) throw new Error("no energy");
  return hourlyFootprint(energy.minutes, series, fallback);
}

describe("hourlyFootprint", () => {
  it("prices each half hour with its own 30-minute intensity, under a ramp", () => {
    // Power ramps 0 → 720 W over the hour: 90 Wh in the first half, 270 Wh in the second.
    const ramp = sampled(
      "gpu0",
      "2025-06-03T10:00:00Z",
      "2025-06-03T11:00:00Z",
      1,
      (t) => ((t - T("2025-06-03T10:00:00Z")) / 3.6e6) * 720,
    );
    const f = footprint([ramp], stepSeries("2025-06-03T10:00:00Z", 30, [100, 300]));
    const hour = f.hours[0];
    expect(hour?.energyKwh).toBeCloseTo(0.36, 9);
    expect(hour?.emissionsG).toBeCloseTo(0.09 * 100 + 0.27 * 300, 9);
    expect(hour?.intensityGPerKwh).toBeCloseTo(250, 9);
    expect(f.fallbackEnergyKwh).toBe(0);
  });

  it("prices 5-minute intensity periods one by one", () => {
    // 1200 W for an hour: 0.1 kWh per 5 minutes, at 100, 110, ..., 210 g/kWh.
    const flat = sampled("gpu0", "2025-06-03T10:00:00Z", "2025-06-03T11:00:00Z", 2, () => 1200);
    const values = Array.from({ length: 12 }, (_, i) => 100 + 10 * i);
    const f = footprint([flat], stepSeries("2025-06-03T10:00:00Z", 5, values));
    expect(f.emissionsG).toBeCloseTo(186, 9);
    expect(f.hours[0]?.intensityGPerKwh).toBeCloseTo(155, 9);
  });

  it("prices hours the series lacks with the fallback, and counts them", () => {
    // Two hours at 1 kW; the series covers only the first.
    const flat = sampled("gpu0", "2025-06-03T10:00:00Z", "2025-06-03T12:00:00Z", 10, () => 1000);
    const f = footprint([flat], stepSeries("2025-06-03T10:00:00Z", 60, [100]), 250);
    expect(f.hours.map((h) => h.emissionsG)).toEqual([expect.closeTo(100, 9), expect.closeTo(250, 9)]);
    expect(f.hoursWithEnergy).toBe(2);
    expect(f.hoursWithFallback).toBe(1);
    expect(f.fallbackEnergyKwh).toBeCloseTo(1, 9);
    expect(f.hours[1]?.fallbackEnergyShare).toBeCloseTo(1, 9);
  });

  it("reports the series mean for an hour without energy, and flags estimated and forecast hours", () => {
    const a = sampled("gpu0", "2025-06-03T10:00:00Z", "2025-06-03T10:30:00Z", 10, () => 100);
    const b = sampled("gpu0b", "2025-06-03T12:00:00Z", "2025-06-03T12:30:00Z", 10, () => 100);
    const series = stepSeries("2025-06-03T10:00:00Z", 60, [100, 200, 300]);
    (series.periods[0] as { estimated: boolean }).estimated = true;
    (series.periods[2] as { forecast: boolean }).forecast = true;
    const f = footprint([a, b], series);
    expect(f.hours.map((h) => h.intensityGPerKwh)).toEqual([
      expect.closeTo(100, 9),
      200,
      expect.closeTo(300, 9),
    ]);
    expect(f.hours[1]?.energyKwh).toBe(0);
    expect(f.estimatedHours).toBe(1);
    expect(f.forecastHours).toBe(1);
  });

  it("prices everything with the fallback when there is no series", () => {
    const flat = sampled("gpu0", "2025-06-03T10:00:00Z", "2025-06-03T11:00:00Z", 10, () => 500);
    const f = footprint([flat], undefined, 200);
    expect(f.emissionsG).toBeCloseTo(100, 9);
    expect(f.hoursWithFallback).toBe(1);
  });
});
