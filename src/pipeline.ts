/**
 * The whole run, shell-agnostic: traces → energy per bin → intensity → footprint → report.
 * Both shells (the action and the CLI) turn their inputs into a RunConfig and call runReport.
 */
import { resolve } from "node:path";
import { type CombinedDevice, combineDevices, type FileDevices } from "./energy/combine.js";
import { type EnergyEstimate, estimateEnergy, pushEstimate } from "./energy/estimate.js";
import { energyResult, integrateSamples } from "./energy/integrate.js";
import { MinuteBins } from "./energy/minute-bins.js";
import { StreamingSink } from "./energy/streaming-sink.js";
import { InputError, UsageError } from "./errors.js";
import { type BudgetLimits, evaluateBudgets } from "./footprint/budget.js";
import { hourlyFootprint } from "./footprint/hourly.js";
import { naiveBasis } from "./footprint/naive.js";
import { type NextRunPricing, type PlacePricing, summarizeWhatIf } from "./footprint/what-if-summary.js";
import { assertRegularFile, headLines } from "./input-files.js";
import { bundledAnnualAverage } from "./intensity/annual-average.js";
import { type Credentials, fetchForecast, type OnlineSourceName, sourcesFor } from "./intensity/online.js";
import { fallbackIntensity, type IntensitySourceName, resolveIntensity } from "./intensity/resolve.js";
import type { EmissionFactor } from "./intensity/series.js";
import { resolveZone } from "./intensity/zones/resolve-zone.js";
import { assembleReport } from "./report/assemble.js";
import { applyBaseline } from "./report/baseline.js";
import { readReportFile } from "./report/read-report.js";
import type { Report } from "./report/schema.js";
import { RUN_LOG_HEAD_LINES, type RunLogFile, readRunLog, sniffRunLog } from "./runlogs/read-run-log.js";
import { floorHour, HOUR_MS, isoUtc } from "./time/timestamp.js";
import {
  expandTracePatterns,
  readTraceFile,
  readTraceFileInParallel,
  type TraceFile,
} from "./traces/read-traces.js";
import { SampleSink } from "./traces/sample-sink.js";
import type { ColumnMapping } from "./traces/types.js";

export interface RunConfig {
  traces: readonly string[];
  format: string;
  zone?: string;
  intensitySource: IntensitySourceName;
  intensityFile?: string;
  intensityUnit?: string;
  /** IANA zone for timestamps without an offset. */
  timezone: string;
  /** False when the timezone is the default, so zone-less readings earn a warning. */
  timezoneGiven: boolean;
  emissionFactor: EmissionFactor;
  gapLimitSeconds?: number;
  nvidiaSmiQuery?: readonly string[];
  /** Column mapping for generic CSV / JSON Lines traces. */
  columns?: ColumnMapping;
  /** UTC ms when training started, for logs without wall-clock time. */
  runStart?: number;
  /** Keys and accounts for the intensity providers, and a base URL replacing theirs. */
  credentials: Credentials;
  intensityApiUrl?: string;
  /** Estimated energy (no power trace): device count, model, board power override, utilization. */
  estimate: { devices?: number; model?: string; boardWatts?: number; utilization: number };
  /** What-if: hours either side of the real start to try other starts in (default 12). */
  whatIfWindowHours?: number;
  /** What-if: other zones to price the same run in. */
  compareZones?: readonly string[];
  /** Look up the provider's forecast for the cleanest start in the next 24 h (default true). */
  nextRun?: boolean;
  /** For the model card: pre-training or fine-tuning. */
  trainingType?: string;
  /** A report.json to compare with (the shells find one; this reads a path). */
  baselinePath?: string;
  budgets: BudgetLimits;
  cwd: string;
  version: string;
  now?: Date;
}

export async function runReport(config: RunConfig): Promise<Report> {
  const warnings: string[] = [];
  // A zone may be given as a cloud region (aws:us-east-1); it is checked before any file is read.
  const zoneGiven = config.zone ? resolveZone(config.zone) : undefined;
  if (zoneGiven?.via) {
    warnings.push(
      `Zone ${zoneGiven.zone} for ${zoneGiven.via.provider}:${zoneGiven.via.region} (${zoneGiven.via.location})${zoneGiven.via.note ? `; ${zoneGiven.via.note}` : ""}.`,
    );
  }
  const fileGives =
    config.intensityFile !== undefined &&
    (config.intensitySource === "auto" || config.intensitySource === "file");
  if (!zoneGiven && !fileGives) {
    throw new UsageError(
      "a zone is needed (--zone / zone): an Electricity Maps zone id such as GB, DE or US-CAL-CISO, or a cloud region such as aws:us-east-1",
    );
  }

  // Zones to compare with are checked before any file is read, too.
  const compareZones = (config.compareZones ?? []).map((z) => resolveZone(z).zone);

  const { traces, runs, estimates, energy } = await readAndIntegrate(config, warnings);
  const now = (config.now ?? new Date()).getTime();
  const whatIfWindowMs = (config.whatIfWindowHours ?? 12) * HOUR_MS;
  const runFrom = floorHour(energy.window.start);
  const runTo = floorHour(energy.window.end) + HOUR_MS;

  const intensity = await resolveIntensity({
    source: config.intensitySource,
    file: config.intensityFile,
    unit: config.intensityUnit,
    zone: zoneGiven?.zone,
    timezone: config.timezone,
    factor: config.emissionFactor,
    cwd: config.cwd,
    // Beyond the run by the what-if window on both sides (not past the current hour), so that
    // other start times can be priced from the same answer.
    window: {
      from: runFrom - whatIfWindowMs,
      to: Math.max(runTo, Math.min(runTo + whatIfWindowMs, floorHour(now) + HOUR_MS)),
    },
    credentials: config.credentials,
    apiUrl: config.intensityApiUrl,
  });
  warnings.push(...intensity.warnings);
  const zone = zoneGiven?.zone ?? intensity.series?.zone;

  const year = new Date(energy.window.start).getUTCFullYear();
  const fallback = fallbackIntensity(zone, year);
  const naive = naiveBasis(
    zone,
    year,
    intensity.series,
    intensity.series?.factor ?? config.emissionFactor,
    warnings,
  );
  if (!naive) {
    throw new UsageError(
      zone
        ? `no annual average is known for zone "${zone}": give a zone id as Electricity Maps spells it (e.g. GB, DE, US-CAL-CISO) or an intensity file covering the whole of ${year}`
        : "a zone is needed for the naive annual-average figure (--zone / zone), or an intensity file covering the run's whole year",
    );
  }
  const footprint = hourlyFootprint(energy.minutes, intensity.series, fallback?.gPerKwh ?? Number.NaN);
  if (footprint.fallbackEnergyKwh > 0 && !fallback) {
    throw new UsageError(
      `the intensity data does not cover ${footprint.hoursWithFallback} hour(s) of the run and no zone is given for the annual-average fallback (--zone / zone)`,
    );
  }

  const budget = evaluateBudgets(config.budgets, footprint, undefined);
  const whatIf = summarizeWhatIf(energy.minutes, intensity.series, {
    windowHours: config.whatIfWindowHours ?? 12,
    places: await Promise.all(
      compareZones.map((z) => placePricing(z, config, { from: runFrom, to: runTo }, year)),
    ),
    ...(config.nextRun !== false && intensity.series && intensity.provider !== "file"
      ? { nextRun: await nextRunPricing(config, zone, now, energy.window.end - energy.window.start) }
      : {}),
  });
  const report = assembleReport({
    version: config.version,
    now: config.now ?? new Date(),
    traces,
    runs,
    estimates,
    energy,
    footprint,
    intensity,
    requested: config.intensitySource,
    location: {
      ...(zone ? { zone } : {}),
      ...(zoneGiven?.zoneName ? { zoneName: zoneGiven.zoneName } : {}),
      ...(zoneGiven?.via
        ? { cloudRegion: `${zoneGiven.via.provider}:${zoneGiven.via.region}`, place: zoneGiven.via.location }
        : {}),
    },
    trainingType: config.trainingType,
    whatIf,
    zone,
    factor: config.emissionFactor,
    fallback,
    naive,
    budget,
    timezone: config.timezone,
    timezoneGiven: config.timezoneGiven,
    warnings,
  });
  if (!config.baselinePath) return report;
  const base = await readReportFile(
    resolve(config.cwd, config.baselinePath),
    config.baselinePath,
    config.cwd,
  );
  return applyBaseline(report, { report: base, label: config.baselinePath }, config.budgets);
}

/** Another zone's hourly series over the run (or its annual average), for the "place" what-if. */
async function placePricing(
  zone: string,
  config: RunConfig,
  window: { from: number; to: number },
  year: number,
): Promise<PlacePricing> {
  // The providers that serve that zone with the keys given (never one forced for the main zone,
  // such as the UK API, which would answer with its own grid).
  const annual = bundledAnnualAverage(zone, year);
  const resolved =
    config.intensitySource === "average"
      ? undefined
      : await resolveIntensity({
          source: "auto",
          zone,
          timezone: config.timezone,
          factor: config.emissionFactor,
          cwd: config.cwd,
          window,
          credentials: config.credentials,
          apiUrl: config.intensityApiUrl,
        });
  if (resolved?.series) return { zone, series: resolved.series, source: resolved.series.source };
  return {
    zone,
    ...(annual ? { annualGPerKwh: annual.gPerKwh } : {}),
    source: annual
      ? `${annual.source} ${annual.year} (no hourly data for ${zone})`
      : `no figures for ${zone}`,
  };
}

/** The provider's forecast for the next 24 h (plus the run's length), for "when to start the next run". */
async function nextRunPricing(
  config: RunConfig,
  zone: string | undefined,
  now: number,
  durationMs: number,
): Promise<NextRunPricing> {
  const fromMs = floorHour(now) + HOUR_MS;
  const toMs = fromMs + 24 * HOUR_MS;
  const source = config.intensitySource === "auto" ? "the configured provider" : config.intensitySource;
  try {
    const resolved = await resolveIntensity({
      source: config.intensitySource === "file" ? "auto" : config.intensitySource,
      zone,
      timezone: config.timezone,
      factor: config.emissionFactor,
      cwd: config.cwd,
      window: { from: fromMs, to: toMs + durationMs + HOUR_MS },
      credentials: config.credentials,
      apiUrl: config.intensityApiUrl,
    });
    if (resolved.series?.periods.some((p) => p.forecast)) {
      return { series: resolved.series, fromMs, toMs, source: resolved.series.source };
    }
    // Electricity Maps and WattTime keep their forecasts behind a separate endpoint.
    const asked = config.intensitySource;
    const forecast =
      zone === undefined || asked === "average"
        ? undefined
        : await fetchForecast(
            sourcesFor(
              asked === "file" ? "auto" : (asked as OnlineSourceName | "auto"),
              zone,
              config.credentials,
            ),
            {
              zone,
              from: fromMs,
              to: toMs + durationMs + HOUR_MS,
              factor: config.emissionFactor,
              credentials: config.credentials,
              baseUrl: config.intensityApiUrl,
            },
          );
    if (forecast?.series) {
      return { series: forecast.series, fromMs, toMs, source: forecast.series.source };
    }
    const named = resolved.series?.source ?? source;
    const tried = forecast?.attempts.map((a) => `${a.title}: ${a.failure ?? "none"}`).join("; ");
    return {
      fromMs,
      toMs,
      source: named,
      note: `${named} offers no forecast for ${zone ?? "this zone"}${tried ? ` (forecast endpoints tried: ${tried})` : ""}`,
    };
  } catch (error) {
    return { fromMs, toMs, source, note: `the forecast could not be fetched (${(error as Error).message})` };
  }
}

/**
 * Reads every input file: training logs are told from power traces by their content. Traces are
 * streamed into the energy stage (a file with rows out of time order is read again and sorted;
 * files with identical content are read once). Without any power trace, energy is estimated from
 * the training logs' windows and said to be estimated.
 */
async function readAndIntegrate(config: RunConfig, warnings: string[]) {
  const files = await expandTracePatterns(config.traces, config.cwd);
  if (files.length === 0) throw new InputError("no trace files given (--traces / traces)");
  const logFiles: string[] = [];
  const traceFiles: string[] = [];
  for (const file of files) {
    const path = resolve(config.cwd, file);
    await assertRegularFile(path, file, "a power trace or training log", config.cwd);
    (sniffRunLog(await headLines(path, RUN_LOG_HEAD_LINES)) ? logFiles : traceFiles).push(file);
  }

  const bins = new MinuteBins();
  const traces: TraceFile[] = [];
  const perFile: FileDevices[] = [];
  const byHash = new Map<string, string>();
  const options = {
    patterns: config.traces,
    format: config.format,
    timezone: config.timezone,
    nvidiaSmiQuery: config.nvidiaSmiQuery,
    columns: config.columns,
    runStart: config.runStart,
    cwd: config.cwd,
  };
  const gapLimitMs = config.gapLimitSeconds === undefined ? undefined : config.gapLimitSeconds * 1000;
  for (const file of traceFiles) {
    const streamed =
      (await readTraceFileInParallel(file, options, config.cwd, gapLimitMs)) ??
      (await readTraceFile(file, options, config.cwd, () => new StreamingSink(gapLimitMs)));
    const original = byHash.get(streamed.sha256);
    if (original !== undefined) {
      warnings.push(`${file} has the same content as ${original}: read once, not counted twice.`);
      continue;
    }
    byHash.set(streamed.sha256, file);
    if (streamed.sink.outOfOrder) {
      const collected = await readTraceFile(file, options, config.cwd, () => new SampleSink());
      collected.stats.notes.push("rows are not in time order: the file was read again and sorted");
      traces.push(collected);
      perFile.push({
        file,
        devices: integrateSamples(collected.sink.devices.values(), bins, { gapLimitMs }),
      });
    } else {
      traces.push(streamed);
      perFile.push({ file, devices: streamed.sink.finish() });
      bins.merge(streamed.sink.bins);
    }
  }

  const runs: RunLogFile[] = [];
  for (const file of logFiles) {
    runs.push(
      await readRunLog(file, {
        timezone: config.timezone,
        ...(config.runStart === undefined ? {} : { runStart: config.runStart }),
        unitsOnly: traceFiles.length > 0,
        cwd: config.cwd,
      }),
    );
  }

  const estimates: EnergyEstimate[] = [];
  if (traceFiles.length === 0) {
    const sink = new SampleSink();
    for (const run of runs) {
      const estimate = estimateFromLog(run, config.estimate);
      estimates.push(estimate);
      pushEstimate(sink, estimate, runs.length > 1 ? run.file : undefined);
      perFile.push({
        file: run.file,
        devices: integrateSamples(sink.devices.values(), bins, { gapLimitMs }),
      });
      sink.devices.clear();
    }
  }

  const devices = combineDevices(perFile, bins, warnings);
  assertOneRun(devices);
  const energy = energyResult(devices, bins);
  if (!energy) {
    throw new InputError(
      `no power samples in ${traces.map((t) => t.file).join(", ")}: every power reading was missing or skipped`,
    );
  }
  return { traces, runs, estimates, energy };
}

function estimateFromLog(run: RunLogFile, given: RunConfig["estimate"]): EnergyEstimate {
  const { log, file } = run;
  const devices = given.devices ?? log.deviceCount;
  const model = given.model ?? log.deviceModel;
  if (devices === undefined || model === undefined) {
    const missing = [
      devices === undefined ? "--devices" : "",
      model === undefined ? "--device-model" : "",
    ].filter(Boolean);
    throw new UsageError(
      `${file}: no power trace was given, so energy must be estimated from this training log, which does not say ${
        devices === undefined && model === undefined
          ? "how many accelerators of which model"
          : devices === undefined
            ? "how many accelerators"
            : "which accelerator model"
      } were used: give ${missing.join(" and ")} (action inputs ${missing.map((m) => m.slice(2)).join(", ")}), or a power trace`,
    );
  }
  if (log.start === undefined || log.end === undefined) {
    throw new InputError("the training log gives no start and end: energy cannot be estimated from it", file);
  }
  return estimateEnergy({
    start: log.start,
    end: log.end,
    devices,
    model,
    utilization: given.utilization,
    ...(given.boardWatts === undefined ? {} : { boardWatts: given.boardWatts }),
  });
}

/** Longest stretch of time one report covers: beyond it the timestamps, not the run, are wrong. */
const MAX_WINDOW_DAYS = 400;

/**
 * A stray timestamp (a clock reset to 1970, a year typo) would stretch the window, and the hourly
 * table, over decades: refuse it, naming where the extreme times are.
 */
function assertOneRun(devices: readonly CombinedDevice[]): void {
  const withData = devices.filter((d) => d.samples > 0 || d.energyIntervals > 0);
  if (withData.length === 0) return;
  const first = withData.reduce((a, b) => (b.start < a.start ? b : a));
  const last = withData.reduce((a, b) => (b.end > a.end ? b : a));
  const days = (last.end - first.start) / 86_400_000;
  if (days <= MAX_WINDOW_DAYS) return;
  throw new InputError(
    `the samples span ${Math.round(days)} days, from ${isoUtc(first.start)} (${first.files.join(", ")}, ${first.device.id}) to ${isoUtc(last.end)} (${last.files.join(", ")}, ${last.device.id}); expected one run of at most ${MAX_WINDOW_DAYS} days: check those timestamps (and --timezone)`,
  );
}
