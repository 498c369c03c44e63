/**
 * Raw option strings (from flags or action inputs) to validated settings. Validation lives here
 * once, so the CLI and the action reject the same things with the same words, naming the option.
 */
import { z } from "zod";
import { UsageError } from "../errors.js";
import { INTENSITY_SOURCES } from "../intensity/resolve.js";
import { assertTimeZone } from "../time/zone.js";
import { TRACE_FORMATS } from "../traces/read-traces.js";

export type RawOptions = Record<string, string | string[] | undefined>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = z.preprocess(blankToUndefined, z.string().trim().optional());
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

const SettingsSchema = z.object({
  traces: z
    .array(z.string())
    .transform((list) =>
      list
        .flatMap((l) => l.split("\n"))
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    )
    .refine((list) => list.length > 0, "expected at least one trace file or glob pattern"),
  format: z.preprocess(blankToUndefined, z.enum(TRACE_FORMATS).default("auto")),
  "nvidia-smi-query": text.transform((v) =>
    v === undefined
      ? undefined
      : v
          .split(",")
          .map((f) => f.trim())
          .filter((f) => f.length > 0),
  ),
  zone: text,
  "intensity-source": z.preprocess(blankToUndefined, z.enum(INTENSITY_SOURCES).default("auto")),
  "intensity-file": text,
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
      .optional(),
  ),
  baseline: text,
  "budget-g": nonNegativeNumber,
  "budget-kwh": nonNegativeNumber,
  "max-increase-percent": percent,
  "report-path": text,
  "markdown-path": text,
});

export type Settings = z.output<typeof SettingsSchema>;

export function parseSettings(raw: RawOptions): Settings {
  const input = { ...raw, traces: raw.traces === undefined ? [] : [raw.traces].flat() };
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
