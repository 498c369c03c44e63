/**
 * report.json: what a run leaves behind and what a later run compares against. The schema is the
 * contract; every number in the markdown is read from a validated report.
 *
 * Versioning: a change that removes or retypes a field bumps schemaVersion, and parseReport keeps
 * reading every older version (upgrading it to the current shape).
 */
import { z } from "zod";

const isoUtc = z.iso.datetime({ offset: false });
const nonNegative = z.number().finite().nonnegative();
const finite = z.number().finite();

export const UNIT_KINDS = ["steps", "samples", "tokens", "epochs"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const SkippedRowSchema = z.object({ line: z.number().int().positive(), reason: z.string() });

export const SourceSchema = z.object({
  file: z.string(),
  format: z.string(),
  /** Hex SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rowsRead: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  skippedExamples: z.array(SkippedRowSchema),
  missingValues: z.number().int().nonnegative(),
  notes: z.array(z.string()),
  /** Set when the file says it holds synthetic example data. */
  synthetic: z.boolean(),
});

export const DeviceSchema = z.object({
  id: z.string(),
  /** The machine, where the trace names it (or the file, for same-named devices of different files). */
  host: z.string().optional(),
  /** "gpu", "cpu", "node", ... where the reader knows. */
  kind: z.string().optional(),
  name: z.string().optional(),
  uuid: z.string().optional(),
  /** The files the device's data came from (more than one when a trace continues in another file). */
  files: z.array(z.string()).min(1),
  /** Power samples (after merging samples sharing an instant). */
  samples: z.number().int().nonnegative(),
  mergedSamples: z.number().int().nonnegative(),
  /** Energy intervals (CodeCarbon rows, energy counter differences). */
  energyIntervals: z.number().int().nonnegative(),
  /** Energy estimated from a training log and board power, not measured. */
  estimated: z.boolean(),
  start: isoUtc,
  end: isoUtc,
  energyKwh: nonNegative,
  medianIntervalSeconds: nonNegative,
  gapLimitSeconds: nonNegative,
  uncoveredSeconds: nonNegative,
  gapCount: z.number().int().nonnegative(),
  gaps: z.array(z.object({ start: isoUtc, end: isoUtc })),
});

export const HostSchema = z.object({
  /** The machine's name, or "(unnamed)" for devices whose trace names none. */
  host: z.string(),
  devices: z.number().int().positive(),
  energyKwh: nonNegative,
});

export const RunLogSchema = z.object({
  file: z.string(),
  format: z.string(),
  start: isoUtc.optional(),
  end: isoUtc.optional(),
  phases: z.array(z.object({ name: z.string(), start: isoUtc, end: isoUtc })),
  /** The work done: the denominators of "gCO2e per unit". */
  units: z.object({
    steps: nonNegative.optional(),
    samples: nonNegative.optional(),
    tokens: nonNegative.optional(),
    epochs: nonNegative.optional(),
  }),
  deviceCount: z.number().int().positive().optional(),
  deviceModel: z.string().optional(),
  facts: z.record(z.string(), z.string()),
  rowsRead: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  skippedExamples: z.array(SkippedRowSchema),
  notes: z.array(z.string()),
});

export const EstimateSchema = z.object({
  start: isoUtc,
  end: isoUtc,
  devices: z.number().int().positive(),
  model: z.string(),
  boardWatts: nonNegative,
  boardSource: z.string(),
  utilization: z.number().gt(0).max(1),
  wattsPerDevice: nonNegative,
  energyKwh: nonNegative,
  /** One sentence with the arithmetic, labelled as an estimate. */
  explanation: z.string(),
});

export const HourSchema = z.object({
  start: isoUtc,
  energyKwh: nonNegative,
  /** Emissions ÷ energy; with no energy drawn, the mean of the intensity series over the hour (null without data). */
  intensityGPerKwh: nonNegative.nullable(),
  emissionsG: nonNegative,
  /** Share of the hour's energy priced with the fallback (annual average) intensity. */
  fallbackEnergyShare: z.number().min(0).max(1),
  estimated: z.boolean(),
  forecast: z.boolean(),
  observedDeviceSeconds: nonNegative,
});

export const IntensityInfoSchema = z.object({
  /** Who produced the hourly figures, e.g. "Electricity Maps CSV export" or the bundled average. */
  source: z.string(),
  /** "file" or "average" (more providers come with their own names). */
  provider: z.string(),
  file: z.string().optional(),
  format: z.string().optional(),
  /** Set when the intensity file says it holds synthetic example data. */
  synthetic: z.boolean(),
  zone: z.string().optional(),
  factor: z.enum(["lifecycle", "direct"]),
  signal: z.enum(["average", "marginal"]),
  rowsRead: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  skippedExamples: z.array(SkippedRowSchema),
  estimatedHours: z.number().int().nonnegative(),
  forecastHours: z.number().int().nonnegative(),
  coverage: z.object({
    hoursWithEnergy: z.number().int().nonnegative(),
    /** Hours whose energy was priced entirely from the series. */
    hoursMeasured: z.number().int().nonnegative(),
    hoursWithFallback: z.number().int().nonnegative(),
    /** Share of the energy priced from the series (1 = all of it). */
    energyShare: z.number().min(0).max(1),
  }),
  fallback: z.object({ gPerKwh: nonNegative, source: z.string(), year: z.number().int() }).optional(),
  /** Plain-language summary of where the hours came from, e.g. "24/24 h from the file". */
  summary: z.string(),
  /** measured: every hour from data; partial: some hours forecast or from the annual average; fallback: none from data. */
  quality: z.enum(["measured", "partial", "fallback"]),
  /** Each provider API tried, in order, with what it gave or why it gave nothing. */
  attempts: z.array(
    z.object({
      source: z.string(),
      title: z.string(),
      licence: z.string(),
      periodsUsed: z.number().int().nonnegative(),
      requests: z.number().int().nonnegative(),
      failure: z.string().optional(),
      estimationMethods: z.array(z.string()).optional(),
    }),
  ),
  /** Attribution and terms of the data used. */
  licences: z.array(z.string()),
  /** The intensity-source asked for (auto, file, a provider, average). */
  requested: z.string().optional(),
  /**
   * Why the figures are weaker than asked: a provider that failed, hours priced with the annual
   * average as a fallback. Empty when nothing fell back (on-degraded reads this).
   */
  degraded: z.array(z.string()).optional(),
});

export const NaiveSchema = z.object({
  gPerKwh: nonNegative,
  method: z.enum(["series-year-mean", "bundled-yearly-average"]),
  requestedYear: z.number().int(),
  year: z.number().int(),
  source: z.string(),
  factor: z.enum(["lifecycle", "direct"]),
  yearCoverage: z.number().min(0).max(1).optional(),
});

export const ComparisonSchema = z.object({
  /** Where the base report came from, in words: a file path or "run 1234 of main (abc1234)". */
  baseFile: z.string(),
  /** Set when the base report came from a workflow run's artifact. */
  baseRun: z
    .object({
      id: z.number().int().positive(),
      url: z.string().optional(),
      sha: z.string().optional(),
      branch: z.string().optional(),
      artifact: z.string(),
      createdAt: z.string().optional(),
    })
    .optional(),
  /** When the base report was made. */
  baseGeneratedAt: isoUtc.optional(),
  base: z.object({
    energyKwh: nonNegative,
    emissionsG: nonNegative,
    intensityGPerKwh: nonNegative.nullable(),
  }),
  energyDeltaKwh: finite,
  energyDeltaPercent: finite.nullable(),
  emissionsDeltaG: finite,
  emissionsDeltaPercent: finite.nullable(),
  energyEffectG: finite,
  gridEffectG: finite,
  /** gCO2e per unit of work, head against base, for the units both reports count. */
  perUnit: z
    .partialRecord(
      z.enum(UNIT_KINDS),
      z.object({ baseGPerUnit: nonNegative, headGPerUnit: nonNegative, deltaPercent: finite.nullable() }),
    )
    .optional(),
});

export const BudgetSchema = z.object({
  passed: z.boolean(),
  checks: z.array(
    z.object({
      name: z.enum(["budget-g", "budget-kwh", "max-increase-percent"]),
      limit: finite,
      value: finite.nullable(),
      passed: z.boolean(),
      message: z.string(),
    }),
  ),
});

/** Footprint per unit of work (the SCI form: emissions ÷ units), from the training logs' counts. */
export const WorkSchema = z.object({
  units: z.partialRecord(z.enum(UNIT_KINDS), nonNegative),
  perUnit: z.partialRecord(z.enum(UNIT_KINDS), z.object({ gPerUnit: nonNegative, kwhPerUnit: nonNegative })),
  /** How the counts were combined across logs, in words. */
  basis: z.string(),
});

/** The Hugging Face model-card block, ready to paste into a card's YAML front matter. */
export const ModelCardSchema = z.object({
  co2_eq_emissions: z.object({
    emissions: nonNegative,
    source: z.string(),
    training_type: z.string().optional(),
    geographical_location: z.string().optional(),
    hardware_used: z.string().optional(),
  }),
});

/** Why the hourly figure differs from the naive one, in numbers and one sentence. */
export const InsightSchema = z.object({
  /** Time-mean intensity of the hours that drew energy. */
  gridMeanGPerKwh: nonNegative.nullable(),
  /** That mean against the annual average, percent. */
  gridVsAnnualPercent: finite.nullable(),
  /** Share of the energy drawn in the dirtier half of those hours (by intensity). */
  dirtierHalfEnergyShare: z.number().min(0).max(1).nullable(),
  dirtierHours: z.array(z.object({ start: isoUtc, end: isoUtc })),
  sentence: z.string(),
});

const WhatIfSaving = {
  emissionsG: nonNegative.nullable(),
  savingG: finite.nullable(),
  savingPercent: finite.nullable(),
};

/**
 * What would have been better, in hindsight: the same per-minute energy priced at other start
 * times, paused through dirty hours, or in other zones; and the cleanest start in the next 24 h
 * where a forecast exists. Hypothetical figures, labelled so wherever they are shown.
 */
export const WhatIfSchema = z.object({
  /** The run priced without any fallback (the basis of the savings); null when some hour lacks data. */
  actualG: nonNegative.nullable(),
  flexibleStart: z.object({
    windowHours: nonNegative,
    stepMinutes: z.number().int().positive(),
    candidatesWithData: z.number().int().nonnegative(),
    candidatesTotal: z.number().int().nonnegative(),
    best: z
      .object({
        start: isoUtc,
        offsetMinutes: finite,
        ...WhatIfSaving,
        forecast: z.boolean(),
        estimated: z.boolean(),
      })
      .optional(),
  }),
  pauseResume: z.array(
    z.object({
      stretch: nonNegative,
      windowEnd: isoUtc,
      ...WhatIfSaving,
      /** Share of the allowed window with intensity data (figures only when 1). */
      dataShare: z.number().min(0).max(1),
      /** Separate running stretches in the cleanest schedule (1: never paused). */
      segments: z.number().int().nonnegative().nullable(),
    }),
  ),
  places: z.array(
    z.object({
      zone: z.string(),
      /** hourly: priced with that zone's hourly series; annual-average: no hourly data for it. */
      basis: z.enum(["hourly", "annual-average"]),
      source: z.string(),
      ...WhatIfSaving,
      coveredEnergyShare: z.number().min(0).max(1),
    }),
  ),
  nextRun: z
    .object({
      start: isoUtc.optional(),
      emissionsG: nonNegative.optional(),
      /** Against starting right away (the first candidate), percent. */
      savingPercent: finite.nullable().optional(),
      source: z.string(),
      candidatesWithData: z.number().int().nonnegative(),
      note: z.string().optional(),
    })
    .optional(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal("gridprint"), version: z.string() }),
  generatedAt: isoUtc,
  window: z.object({ start: isoUtc, end: isoUtc, durationHours: nonNegative }),
  totals: z.object({
    energyKwh: nonNegative,
    emissionsG: nonNegative,
    /** Emissions ÷ energy over the run. */
    intensityGPerKwh: nonNegative.nullable(),
    naiveEmissionsG: nonNegative,
    naiveIntensityGPerKwh: nonNegative,
    /** (hourly − naive) ÷ naive × 100; null when the naive figure is 0. */
    naiveDifferencePercent: finite.nullable(),
    /** Share of the energy that was estimated rather than measured (0 = all measured). */
    estimatedEnergyShare: z.number().min(0).max(1),
  }),
  naive: NaiveSchema,
  hours: z.array(HourSchema),
  devices: z.array(DeviceSchema),
  hosts: z.array(HostSchema),
  sources: z.array(SourceSchema),
  /** Training logs read (MLPerf, Hugging Face, Lightning): windows, phases, units of work. */
  runs: z.array(RunLogSchema),
  /** Present when energy was estimated (no power trace): how. */
  estimates: z.array(EstimateSchema),
  intensity: IntensityInfoSchema,
  comparison: ComparisonSchema.optional(),
  /** Why there is no comparison when one was sought (no base-branch report found, ...). */
  baselineNote: z.string().optional(),
  /** Where the job ran: zone, its name, and the cloud region it was given as. */
  location: z
    .object({
      zone: z.string().optional(),
      zoneName: z.string().optional(),
      cloudRegion: z.string().optional(),
      place: z.string().optional(),
    })
    .optional(),
  work: WorkSchema.optional(),
  whatIf: WhatIfSchema.optional(),
  modelCard: ModelCardSchema.optional(),
  insight: InsightSchema.optional(),
  /** Set by mode aggregate: the node reports merged into this one. */
  merged: z.object({ reports: z.array(z.string()).min(1), summary: z.string() }).optional(),
  budget: BudgetSchema,
  timezone: z.object({
    zone: z.string(),
    ambiguousReadings: z.number().int(),
    nonexistentReadings: z.number().int(),
  }),
  warnings: z.array(z.string()),
});

export type Report = z.infer<typeof ReportSchema>;

/** Validates a report of any supported version; the error names the first offending field. */
export function parseReport(data: unknown): Report {
  const result = ReportSchema.safeParse(data);
  if (result.success) return result.data;
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid";
  throw new Error(
    version !== 1
      ? `unsupported report schemaVersion ${JSON.stringify(version)} (this gridprint reads 1)`
      : `not a valid gridprint report: ${where}`,
  );
}
