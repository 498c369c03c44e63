/** Small, valid reports built by hand for tests of the report stage (merge, baseline, degraded). */
import { parseReport, type Report } from "../../src/report/schema.js";

export type Hour = Report["hours"][number];
export type Device = Report["devices"][number];
export type Source = Report["sources"][number];

export const META = { version: "9.9.9-test", now: new Date("2025-01-02T03:04:05.678Z") };
export const SHA_A = "a".repeat(64);
export const SHA_B = "b".repeat(64);
export const SHA_C = "c".repeat(64);

export function hour(start: string, energyKwh: number, emissionsG: number, extra: Partial<Hour> = {}): Hour {
  return {
    start,
    energyKwh,
    intensityGPerKwh: energyKwh > 0 ? emissionsG / energyKwh : null,
    emissionsG,
    fallbackEnergyShare: 0,
    estimated: false,
    forecast: false,
    observedDeviceSeconds: energyKwh > 0 ? 3600 : 0,
    ...extra,
  };
}

export function device(
  id: string,
  host: string | undefined,
  energyKwh: number,
  extra: Partial<Device> = {},
): Device {
  return {
    id,
    ...(host !== undefined ? { host } : {}),
    files: ["trace.csv"],
    samples: 10,
    mergedSamples: 0,
    energyIntervals: 0,
    estimated: false,
    start: "2025-01-01T10:00:00Z",
    end: "2025-01-01T12:00:00Z",
    energyKwh,
    medianIntervalSeconds: 1,
    gapLimitSeconds: 60,
    uncoveredSeconds: 0,
    gapCount: 0,
    gaps: [],
    ...extra,
  };
}

export function source(file: string, sha256: string): Source {
  return {
    file,
    format: "nvidia-smi-csv",
    sha256,
    rowsRead: 10,
    rowsSkipped: 0,
    skippedExamples: [],
    missingValues: 0,
    notes: [],
    synthetic: false,
  };
}

export interface Options {
  hours: Hour[];
  devices?: Device[];
  sources?: Source[];
  zone?: string;
  quality?: Report["intensity"]["quality"];
  estimatedEnergyShare?: number;
  naiveGPerKwh?: number;
  timezone?: string;
  warnings?: string[];
  intensity?: Partial<Report["intensity"]>;
  window?: { start: string; end: string };
}

/** A minimal valid report whose totals are the sums of its hours (validated, like assembleReport does). */
export function makeReport(o: Options): Report {
  const energyKwh = o.hours.reduce((s, h) => s + h.energyKwh, 0);
  const emissionsG = o.hours.reduce((s, h) => s + h.emissionsG, 0);
  const naiveG = o.naiveGPerKwh ?? 200;
  const naiveEmissionsG = energyKwh * naiveG;
  const withEnergy = o.hours.filter((h) => h.energyKwh > 0);
  const withFallback = withEnergy.filter((h) => h.fallbackEnergyShare > 0).length;
  const fallbackKwh = o.hours.reduce((s, h) => s + h.fallbackEnergyShare * h.energyKwh, 0);
  const devices = o.devices ?? [device("0", "node-x", energyKwh)];
  const hostMap = new Map<string, { devices: number; energyKwh: number }>();
  for (const d of devices) {
    const e = hostMap.get(d.host ?? "(unnamed)") ?? { devices: 0, energyKwh: 0 };
    e.devices++;
    e.energyKwh += d.energyKwh;
    hostMap.set(d.host ?? "(unnamed)", e);
  }
  const first = o.hours[0]?.start ?? "2025-01-01T10:00:00Z";
  const last = o.hours[o.hours.length - 1]?.start ?? first;
  const window = o.window ?? { start: first, end: new Date(Date.parse(last) + 3.6e6).toISOString() };
  return parseReport({
    schemaVersion: 1,
    tool: { name: "gridprint", version: "0.1.0" },
    generatedAt: "2025-01-01T00:00:00Z",
    window: { ...window, durationHours: (Date.parse(window.end) - Date.parse(window.start)) / 3.6e6 },
    totals: {
      energyKwh,
      emissionsG,
      intensityGPerKwh: energyKwh > 0 ? emissionsG / energyKwh : null,
      naiveEmissionsG,
      naiveIntensityGPerKwh: naiveG,
      naiveDifferencePercent:
        naiveEmissionsG > 0 ? ((emissionsG - naiveEmissionsG) / naiveEmissionsG) * 100 : null,
      estimatedEnergyShare: o.estimatedEnergyShare ?? 0,
    },
    naive: {
      gPerKwh: naiveG,
      method: "bundled-yearly-average",
      requestedYear: 2025,
      year: 2024,
      source: "Electricity Maps yearly average",
      factor: "lifecycle",
    },
    hours: o.hours,
    devices,
    hosts: [...hostMap].map(([host, e]) => ({ host, ...e })),
    sources: o.sources ?? [source("trace.csv", SHA_A)],
    runs: [],
    estimates: [],
    intensity: {
      source: "test series",
      provider: "file",
      file: "intensity.csv",
      synthetic: false,
      ...(o.zone !== undefined ? { zone: o.zone } : { zone: "GB" }),
      factor: "lifecycle",
      signal: "average",
      rowsRead: 24,
      rowsSkipped: 0,
      skippedExamples: [],
      estimatedHours: withEnergy.filter((h) => h.estimated).length,
      forecastHours: withEnergy.filter((h) => h.forecast).length,
      coverage: {
        hoursWithEnergy: withEnergy.length,
        hoursMeasured: withEnergy.length - withFallback,
        hoursWithFallback: withFallback,
        energyShare: energyKwh > 0 ? 1 - fallbackKwh / energyKwh : 1,
      },
      summary: `${withEnergy.length}/${withEnergy.length} h from test series`,
      quality: o.quality ?? "measured",
      attempts: [],
      licences: [],
      ...o.intensity,
    },
    comparison: {
      baseFile: "base.json",
      base: { energyKwh: 1, emissionsG: 100, intensityGPerKwh: 100 },
      energyDeltaKwh: 0,
      energyDeltaPercent: 0,
      emissionsDeltaG: 0,
      emissionsDeltaPercent: 0,
      energyEffectG: 0,
      gridEffectG: 0,
    },
    budget: {
      passed: false,
      checks: [{ name: "budget-g", limit: 1, value: 2, passed: false, message: "over" }],
    },
    timezone: { zone: o.timezone ?? "UTC", ambiguousReadings: 1, nonexistentReadings: 2 },
    warnings: o.warnings ?? [],
  });
}
