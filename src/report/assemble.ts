/**
 * Assembles report.json from the stages' results (pure: no I/O) and validates it against the
 * schema, so a report that leaves gridprint is always one a later run can read.
 */
import type { CombinedDevice } from "../energy/combine.js";
import type { EnergyEstimate } from "../energy/estimate.js";
import type { EnergyResult } from "../energy/integrate.js";
import type { BudgetVerdict } from "../footprint/budget.js";
import { percentChange } from "../footprint/compare.js";
import type { HourlyFootprint } from "../footprint/hourly.js";
import type { NaiveBasis } from "../footprint/naive.js";
import type { AnnualAverage } from "../intensity/annual-average.js";
import type { ResolvedIntensity } from "../intensity/resolve.js";
import type { EmissionFactor } from "../intensity/series.js";
import type { RunLogFile } from "../runlogs/read-run-log.js";
import { isoUtc } from "../time/timestamp.js";
import type { TraceFile } from "../traces/read-traces.js";
import type { DeviceInfo, ReadStats } from "../traces/types.js";
import { degradedReasons } from "./degraded.js";
import { withDerived } from "./derive.js";
import { type Report, ReportSchema } from "./schema.js";

export interface ReportParts {
  version: string;
  now: Date;
  traces: TraceFile[];
  runs: RunLogFile[];
  estimates: EnergyEstimate[];
  energy: EnergyResult<CombinedDevice>;
  footprint: HourlyFootprint;
  intensity: ResolvedIntensity;
  /** The intensity-source asked for. */
  requested: string;
  /** Where the job ran, as given (zone, its name, the cloud region). */
  location?: Report["location"];
  /** For the model card. */
  trainingType?: string;
  whatIf?: Report["whatIf"];
  zone: string | undefined;
  factor: EmissionFactor;
  fallback: AnnualAverage | undefined;
  naive: NaiveBasis;
  budget: BudgetVerdict;
  timezone: string;
  timezoneGiven: boolean;
  warnings: string[];
}

export function assembleReport(parts: ReportParts): Report {
  const { energy, footprint, intensity, naive, traces } = parts;
  const warnings = [...parts.warnings];
  // Every file's own warnings and skipped rows, traces, training logs and intensity alike.
  const read: [string, ReadStats][] = [
    ...traces.map((t): [string, ReadStats] => [t.file, t.stats]),
    ...parts.runs.map((r): [string, ReadStats] => [r.file, r.stats]),
    ...(intensity.file && intensity.stats ? [[intensity.file, intensity.stats] as [string, ReadStats]] : []),
  ];
  for (const [file, stats] of read) {
    // The intensity reader's warnings already reached the pipeline's list.
    if (file !== intensity.file || stats !== intensity.stats)
      warnings.push(...stats.warnings.map((w) => `${file}: ${w}`));
    if (stats.rowsSkipped > 0) {
      const first = stats.skippedExamples.map((s) => `line ${s.line}: ${s.reason}`).join("; ");
      warnings.push(`${file}: ${stats.rowsSkipped} malformed row(s) skipped (${first})`);
    }
  }

  const clocks = [...traces.map((t) => t.clock), ...(intensity.clock ? [intensity.clock] : [])];
  const localReadings = clocks.reduce((n, c) => n + c.localReadings, 0);
  const ambiguous = clocks.reduce((n, c) => n + c.ambiguous, 0);
  const nonexistent = clocks.reduce((n, c) => n + c.nonexistent, 0);
  if (localReadings > 0 && !parts.timezoneGiven) {
    warnings.push(
      `${localReadings} timestamp(s) carry no UTC offset and were read as ${parts.timezone}; set --timezone / timezone to the zone of the machine that wrote them.`,
    );
  }
  if (nonexistent > 0) {
    warnings.push(
      `${nonexistent} timestamp(s) fall in the hour skipped when ${parts.timezone} moved its clocks forward; they were read with the offset in force before the change.`,
    );
  }
  for (const d of energy.devices) {
    if (d.gapCount > 0) {
      warnings.push(
        `${d.files.join(", ")} ${deviceLabel(d.device)}: ${d.gapCount} gap(s) longer than ${formatSeconds(d.gapLimitMs / 1000)} not bridged (${formatSeconds(d.uncoveredMs / 1000)} uncovered); energy in them is not counted.`.trim(),
      );
    }
  }

  const naiveEmissionsG = footprint.energyKwh * naive.gPerKwh;
  const totalJ = energy.devices.reduce((sum, d) => sum + d.energyJ, 0);
  const estimatedJ = energy.devices.reduce((sum, d) => sum + (d.device.estimated ? d.energyJ : 0), 0);
  const hoursMeasured = footprint.hoursWithEnergy - footprint.hoursWithFallback;
  const energyShare = footprint.energyKwh > 0 ? 1 - footprint.fallbackEnergyKwh / footprint.energyKwh : 1;
  const series = intensity.series;

  const report: Report = {
    schemaVersion: 1,
    tool: { name: "gridprint", version: parts.version },
    generatedAt: isoUtc(Math.floor(parts.now.getTime() / 1000) * 1000),
    window: {
      start: isoUtc(energy.window.start),
      end: isoUtc(energy.window.end),
      durationHours: (energy.window.end - energy.window.start) / 3.6e6,
    },
    totals: {
      energyKwh: footprint.energyKwh,
      emissionsG: footprint.emissionsG,
      intensityGPerKwh: footprint.energyKwh > 0 ? footprint.emissionsG / footprint.energyKwh : null,
      naiveEmissionsG,
      naiveIntensityGPerKwh: naive.gPerKwh,
      naiveDifferencePercent: percentChange(footprint.emissionsG, naiveEmissionsG),
      estimatedEnergyShare: clamp01(estimatedJ / Math.max(totalJ, Number.MIN_VALUE)),
    },
    naive: { ...naive },
    hours: footprint.hours.map((h) => ({
      start: isoUtc(h.start),
      energyKwh: h.energyKwh,
      intensityGPerKwh: h.intensityGPerKwh,
      emissionsG: h.emissionsG,
      fallbackEnergyShare: clamp01(h.fallbackEnergyShare),
      estimated: h.estimated,
      forecast: h.forecast,
      observedDeviceSeconds: h.observedDeviceSeconds,
    })),
    devices: energy.devices.map((d) => ({
      id: d.device.id,
      ...(d.device.host !== undefined ? { host: d.device.host } : {}),
      ...(d.device.kind ? { kind: d.device.kind } : {}),
      ...(d.device.name ? { name: d.device.name } : {}),
      ...(d.device.uuid ? { uuid: d.device.uuid } : {}),
      files: d.files,
      samples: d.samples,
      mergedSamples: d.mergedSamples,
      energyIntervals: d.energyIntervals,
      estimated: d.device.estimated === true,
      start: isoUtc(d.start),
      end: isoUtc(d.end),
      energyKwh: d.energyJ / 3.6e6,
      medianIntervalSeconds: d.medianIntervalMs / 1000,
      gapLimitSeconds: d.gapLimitMs / 1000,
      uncoveredSeconds: d.uncoveredMs / 1000,
      gapCount: d.gapCount,
      gaps: d.gaps.map((g) => ({ start: isoUtc(g.start), end: isoUtc(g.end) })),
    })),
    hosts: hostTotals(energy.devices),
    runs: parts.runs.map((r) => ({
      file: r.file,
      format: r.format,
      ...(r.log.start !== undefined ? { start: isoUtc(r.log.start) } : {}),
      ...(r.log.end !== undefined ? { end: isoUtc(r.log.end) } : {}),
      phases: r.log.phases.map((p) => ({ name: p.name, start: isoUtc(p.start), end: isoUtc(p.end) })),
      units: r.log.units,
      ...(r.log.deviceCount !== undefined ? { deviceCount: r.log.deviceCount } : {}),
      ...(r.log.deviceModel !== undefined ? { deviceModel: r.log.deviceModel } : {}),
      facts: r.log.facts,
      rowsRead: r.stats.rowsRead,
      rowsSkipped: r.stats.rowsSkipped,
      skippedExamples: r.stats.skippedExamples,
      notes: r.stats.notes,
    })),
    estimates: parts.estimates.map((e) => ({
      start: isoUtc(e.start),
      end: isoUtc(e.end),
      devices: e.devices,
      model: e.model,
      boardWatts: e.boardWatts,
      boardSource: e.boardSource,
      utilization: e.utilization,
      wattsPerDevice: e.wattsPerDevice,
      energyKwh: e.joules / 3.6e6,
      explanation: e.explanation,
    })),
    sources: traces.map((t) => ({
      file: t.file,
      format: t.format,
      sha256: t.sha256,
      rowsRead: t.stats.rowsRead,
      rowsSkipped: t.stats.rowsSkipped,
      skippedExamples: t.stats.skippedExamples,
      missingValues: t.stats.missingValues,
      notes: t.stats.notes,
      synthetic: t.synthetic,
    })),
    intensity: {
      source: series ? series.source : (parts.fallback?.source ?? "annual average"),
      provider: intensity.provider,
      ...(intensity.file ? { file: intensity.file } : {}),
      ...(intensity.format ? { format: intensity.format } : {}),
      synthetic: intensity.synthetic ?? false,
      ...(parts.zone ? { zone: parts.zone } : {}),
      factor: series ? series.factor : "lifecycle",
      signal: series ? series.signal : "average",
      rowsRead: intensity.stats?.rowsRead ?? 0,
      rowsSkipped: intensity.stats?.rowsSkipped ?? 0,
      skippedExamples: intensity.stats?.skippedExamples ?? [],
      estimatedHours: footprint.estimatedHours,
      forecastHours: footprint.forecastHours,
      coverage: {
        hoursWithEnergy: footprint.hoursWithEnergy,
        hoursMeasured,
        hoursWithFallback: footprint.hoursWithFallback,
        energyShare: clamp01(energyShare),
      },
      ...(parts.fallback
        ? {
            fallback: {
              gPerKwh: parts.fallback.gPerKwh,
              source: parts.fallback.source,
              year: parts.fallback.year,
            },
          }
        : {}),
      summary: coverageSummary(footprint, intensity, parts.fallback),
      quality:
        !series || hoursMeasured === 0
          ? "fallback"
          : footprint.hoursWithFallback > 0 || footprint.forecastHours > 0
            ? "partial"
            : "measured",
      attempts: intensity.attempts,
      licences: [
        ...intensity.attempts.filter((a) => a.periodsUsed > 0).map((a) => a.licence),
        ...(footprint.fallbackEnergyKwh > 0 || !series
          ? ["Electricity Maps yearly averages (via @tgwf/co2), ODbL 1.0"]
          : []),
      ],
      requested: parts.requested,
    },
    budget: { passed: parts.budget.passed, checks: parts.budget.checks },
    timezone: { zone: parts.timezone, ambiguousReadings: ambiguous, nonexistentReadings: nonexistent },
    warnings,
  };
  report.intensity.degraded = degradedReasons(report.intensity);
  if (parts.location) report.location = parts.location;
  if (parts.whatIf) report.whatIf = parts.whatIf;
  return withDerived(ReportSchema.parse(report), { trainingType: parts.trainingType });
}

function coverageSummary(
  footprint: HourlyFootprint,
  intensity: ResolvedIntensity,
  fallback: AnnualAverage | undefined,
): string {
  const total = footprint.hoursWithEnergy;
  const measured = total - footprint.hoursWithFallback;
  const fallbackName = fallback
    ? `the ${fallback.year} annual average (${fallback.source})`
    : "the annual average";
  const failures = intensity.attempts
    .filter((a) => a.failure !== undefined)
    .map((a) => `${a.title}: ${a.failure}`);
  const why = failures.length > 0 ? ` after ${failures.join("; ")}` : "";
  if (!intensity.series) return `0/${total} h hourly data; all ${total} h priced with ${fallbackName}${why}`;
  let text = `${measured}/${total} h from ${intensity.series.source}`;
  if (footprint.hoursWithFallback > 0) {
    text += `; ${footprint.hoursWithFallback} h (in whole or part) from ${fallbackName}${why || ": the data has no figures for them"}`;
  }
  if (footprint.estimatedHours > 0) text += `; ${footprint.estimatedHours} h flagged estimated by the source`;
  if (footprint.forecastHours > 0) text += `; ${footprint.forecastHours} h forecast, not measured`;
  return text;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function deviceLabel(d: DeviceInfo): string {
  return d.host === undefined ? d.id : `${d.host}/${d.id}`;
}

/** Energy per host; devices whose trace names no host are grouped as "(unnamed)". */
function hostTotals(devices: readonly CombinedDevice[]): Report["hosts"] {
  const byHost = new Map<string, { devices: number; joules: number }>();
  for (const d of devices) {
    const host = d.device.host ?? "(unnamed)";
    const entry = byHost.get(host) ?? { devices: 0, joules: 0 };
    entry.devices++;
    entry.joules += d.energyJ;
    byHost.set(host, entry);
  }
  return [...byHost].map(([host, e]) => ({ host, devices: e.devices, energyKwh: e.joules / 3.6e6 }));
}
