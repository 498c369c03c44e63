/**
 * Raw option strings (from flags or action inputs) to validated settings. Validation lives here
 * once, so the CLI and the action reject the same things with the same words, naming the option.
 */
import { z } from "zod";
import { UsageError } from "../errors.js";
import type { BudgetLimits } from "../footprint/budget.js";
import { INTENSITY_SOURCES } from "../intensity/resolve.js";
import type { RunConfig } from "../pipeline.js";
import { parseTimestamp } from "../time/timestamp.js";
import { assertTimeZone } from "../time/zone.js";
import { TRACE_FORMATS } from "../traces/read-traces.js";
import type { ColumnMapping } from "../traces/types.js";

export type RawOptions = Record<string, string | string[] | undefined>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = z.preprocess(blankToUndefined, z.string().trim().optional());
const list = text.transform((v) =>
  v === undefined
    ? undefined
    : v
        .split(",")
        .map((f) => f.trim())
        .filter((f) => f.length > 0),
);
const nonNegativeNumber = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, "expected a non-negative number")
    .transform(Number)
    .refine(Number.isFinite, "expected a finite number")
    .optional(),
);
const percent = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^[+-]?(?:\d+\.?\d*|\.\d+)$/, "expected a percentage such as 10 or 2.5")
    .transform(Number)
    .optional(),
);

/** Repeatable values: one per flag, or several per line of a multi-line input. */
const lines = z
  .array(z.string())
  .default([])
  .transform((list) =>
    list
      .flatMap((l) => l.split("\n"))
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  );
const bool = (name: string, fallback: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === "true" || v === "false", `expected true or false for ${name}`)
      .transform((v) => v === "true")
      .optional()
      .transform((v) => v ?? fallback),
  );

const SettingsSchema = z
  .object({
    mode: z.preprocess(blankToUndefined, z.enum(["report", "aggregate", "comment"]).default("report")),
    traces: lines,
    reports: lines,
    format: z.preprocess(blankToUndefined, z.enum(TRACE_FORMATS).default("auto")),
    "nvidia-smi-query": text.transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(",")
            .map((f) => f.trim())
            .filter((f) => f.length > 0),
    ),
    "time-column": text,
    "power-columns": list,
    "energy-columns": list,
    "device-column": text,
    "power-unit": z.preprocess(blankToUndefined, z.enum(["W", "kW", "mW"]).optional()),
    "energy-unit": z.preprocess(blankToUndefined, z.enum(["J", "kJ", "Wh", "kWh", "mJ", "uJ"]).optional()),
    "energy-kind": z.preprocess(blankToUndefined, z.enum(["auto", "cumulative", "per-row"]).default("auto")),
    "run-start": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .transform((v, ctx) => {
          const t = parseTimestamp(v);
          if (t?.kind !== "instant") {
            ctx.addIssue({
              code: "custom",
              message:
                "expected an ISO 8601 date-time with a zone, such as 2025-06-03T14:10:00Z or 2025-06-03T15:10:00+01:00",
            });
            return z.NEVER;
          }
          return t.ms;
        })
        .optional(),
    ),
    devices: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[1-9]\d{0,5}$/, "expected a whole number of devices, 1 or more")
        .transform(Number)
        .optional(),
    ),
    "device-model": text,
    "device-watts": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^(?:\d+\.?\d*|\.\d+)$/, "expected watts, such as 700")
        .transform(Number)
        .refine((v) => v > 0 && v <= 5000, "expected between 0 and 5000 W per device")
        .optional(),
    ),
    utilization: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^(?:0?\.\d+|1(?:\.0*)?|0)$/, "expected a share of board power between 0 and 1, such as 0.8")
        .transform(Number)
        .refine((v) => v > 0, "expected a share above 0")
        .default(0.8),
    ),
    zone: text,
    "intensity-source": z.preprocess(blankToUndefined, z.enum(INTENSITY_SOURCES).default("auto")),
    "intensity-file": text,
    "electricity-maps-token": text,
    "watttime-username": text,
    "watttime-password": text,
    "watttime-region": text,
    "uk-region": text,
    "intensity-api-url": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .refine((v) => /^https?:\/\/\S+$/.test(v), "expected an http(s) URL")
        .optional(),
    ),
    "intensity-unit": text,
    "emission-factor": z.preprocess(blankToUndefined, z.enum(["lifecycle", "direct"]).default("lifecycle")),
    timezone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .refine((zone) => {
          try {
            assertTimeZone(zone);
            return true;
          } catch {
            return false;
          }
        }, "expected an IANA time zone such as UTC or Europe/London")
        .optional(),
    ),
    "gap-limit": z.preprocess(
      (v) => (blankToUndefined(v) === undefined || v === "auto" ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^(?:\d+\.?\d*|\.\d+)$/, "expected auto or a number of seconds")
        .transform(Number)
        .refine((n) => n > 0, "expected a positive number of seconds")
        .refine((n) => n <= 7 * 86_400, "expected at most 604800 seconds (7 days)")
        .optional(),
    ),
    baseline: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .transform((v) => (v === "auto" || v === "none" ? v : { path: v }))
        .default("none"),
    ),
    "budget-g": nonNegativeNumber,
    "budget-kwh": nonNegativeNumber,
    "max-increase-percent": percent,
    "what-if-window": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d+(?:\.\d+)?$/, "expected hours, such as 12")
        .transform(Number)
        .refine((h) => h <= 168, "expected at most 168 hours")
        .default(12),
    ),
    "compare-zones": list,
    "next-run": bool("next-run", true),
    "training-type": z.preprocess(blankToUndefined, z.enum(["pre-training", "fine-tuning"]).optional()),
    "increase-of": z.preprocess(blankToUndefined, z.enum(["energy", "emissions"]).default("energy")),
    "on-degraded": z.preprocess(blankToUndefined, z.enum(["warn", "fail"]).default("warn")),
    "github-token": text,
    comment: bool("comment", false),
    "comment-key": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9._-]{1,100}$/, "expected 1 to 100 letters, digits, dots, dashes or underscores")
        .default("default"),
    ),
    "report-artifact": z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(
          /^[^"<>|*?:\\/\r\n]{1,200}$/,
          'expected an artifact name without " : < > | * ? \\ / or line breaks',
        )
        .default("gridprint-report"),
    ),
    "report-path": text,
    "markdown-path": text,
  })
  .superRefine((s, ctx) => {
    if (s.mode === "report" && s.traces.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["traces"],
        message: "expected at least one trace file or glob pattern",
      });
    }
    if (s.mode !== "report" && s.traces.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["traces"],
        message: `mode ${s.mode} reads reports, not traces; leave traces empty (or use mode report)`,
      });
    }
    if (s.mode !== "aggregate" && s.reports.length > 0) {
      ctx.addIssue({ code: "custom", path: ["reports"], message: "reports is read in mode aggregate only" });
    }
  });

export type Settings = z.output<typeof SettingsSchema>;

export function parseSettings(raw: RawOptions): Settings {
  const input = {
    ...raw,
    traces: raw.traces === undefined ? [] : [raw.traces].flat(),
    reports: raw.reports === undefined ? [] : [raw.reports].flat(),
  };
  const result = SettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    const got = raw[name];
    const shown =
      got === undefined ? "" : ` (got ${JSON.stringify(Array.isArray(got) ? got.join(" ") : got)})`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new UsageError(messages.join("; "));
}

/** The run a shell asks for: validated settings plus where it runs. Both shells use this. */
export function runConfigFrom(settings: Settings, where: { cwd: string; version: string }): RunConfig {
  const columns: ColumnMapping = {
    ...(settings["time-column"] ? { time: settings["time-column"] } : {}),
    ...(settings["power-columns"] ? { power: settings["power-columns"] } : {}),
    ...(settings["energy-columns"] ? { energy: settings["energy-columns"] } : {}),
    ...(settings["device-column"] ? { device: settings["device-column"] } : {}),
    ...(settings["power-unit"] ? { powerUnit: settings["power-unit"] } : {}),
    ...(settings["energy-unit"] ? { energyUnit: settings["energy-unit"] } : {}),
    ...(settings["energy-kind"] !== "auto" ? { energyKind: settings["energy-kind"] } : {}),
  };
  return {
    traces: settings.traces,
    format: settings.format,
    zone: settings.zone,
    intensitySource: settings["intensity-source"],
    intensityFile: settings["intensity-file"],
    intensityUnit: settings["intensity-unit"],
    timezone: settings.timezone ?? "UTC",
    timezoneGiven: settings.timezone !== undefined,
    emissionFactor: settings["emission-factor"],
    gapLimitSeconds: settings["gap-limit"],
    nvidiaSmiQuery: settings["nvidia-smi-query"],
    columns: Object.keys(columns).length > 0 ? columns : undefined,
    runStart: settings["run-start"],
    estimate: {
      devices: settings.devices,
      model: settings["device-model"],
      boardWatts: settings["device-watts"],
      utilization: settings.utilization,
    },
    credentials: {
      electricityMapsToken: settings["electricity-maps-token"],
      wattTimeUsername: settings["watttime-username"],
      wattTimePassword: settings["watttime-password"],
      wattTimeRegion: settings["watttime-region"],
      ukRegion: settings["uk-region"],
    },
    intensityApiUrl: settings["intensity-api-url"],
    trainingType: settings["training-type"],
    whatIfWindowHours: settings["what-if-window"],
    compareZones: settings["compare-zones"] ?? [],
    nextRun: settings["next-run"],
    baselinePath: typeof settings.baseline === "object" ? settings.baseline.path : undefined,
    budgets: budgetLimitsFrom(settings),
    cwd: where.cwd,
    version: where.version,
  };
}

export function budgetLimitsFrom(settings: Settings): BudgetLimits {
  return {
    budgetG: settings["budget-g"],
    budgetKwh: settings["budget-kwh"],
    maxIncreasePercent: settings["max-increase-percent"],
    increaseOf: settings["increase-of"],
  };
}
