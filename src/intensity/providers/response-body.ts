/**
 * What the providers' body parsers share. Each provider module reads one response body with an
 * exported pure function (`parseUkBody`, `parseElectricityMapsBody`, …); its fetch function and
 * the saved-response file reader (file/provider-json.ts) both call it, so a live answer and the
 * same answer saved to a file are read by one code path.
 *
 * A body that is not in the documented shape throws {@link ResponseShapeError}: the fetch
 * functions turn it into the fetcher's invalid-response ProviderError, the file reader into an
 * InputError naming the file and line.
 */
import { parseTimestamp } from "../../time/timestamp.js";
import { MAX_SKIPPED_EXAMPLES } from "../../traces/types.js";
import type { Fetcher } from "../http.js";
import type { IntensityPeriod } from "../series.js";

/** A body that parsed as JSON but is not in the provider's documented shape; the message says why. */
export class ResponseShapeError extends Error {
  override readonly name = "ResponseShapeError";
}

/** Entries of a body that hold no usable value (null, missing, negative, no time): holes, never 0. */
export interface SkippedEntries {
  count: number;
  /** The first few, each with its JSON path in the body ("history[3]") and why. */
  examples: Array<{ at: string; reason: string }>;
}

/** What every body parser returns besides its own fields. */
export interface ParsedBody {
  /** Sorted by start, one per start. */
  periods: IntensityPeriod[];
  /** Entries the body holds (rows, records, time steps), usable or not. */
  entries: number;
  skipped: SkippedEntries;
  /** Entries that repeated the start of an earlier one in the same body and were dropped. */
  duplicates: number;
}

export function noSkips(): SkippedEntries {
  return { count: 0, examples: [] };
}

export function skipEntry(skipped: SkippedEntries, at: string, reason: string): void {
  skipped.count++;
  if (skipped.examples.length < MAX_SKIPPED_EXAMPLES) skipped.examples.push({ at, reason });
}

/** Runs a body parser for a fetch function: a shape error becomes the fetcher's invalid-response error. */
export function parseOrInvalid<T>(fetcher: Fetcher, provider: string, url: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ResponseShapeError) throw fetcher.invalidResponse(provider, url, e.message);
    throw e;
  }
}

export interface MergeOptions {
  /** True when a later period for a start already kept should replace it (UK: settled over forecast). */
  prefer?: (candidate: IntensityPeriod, kept: IntensityPeriod) => boolean;
  /** Drop a period that starts before the one kept before it ends. */
  dropOverlaps?: boolean;
}

export interface Merged<T> {
  /** Sorted by start. */
  items: T[];
  /** Items dropped for repeating the start of another. */
  duplicates: number;
  /** Items dropped for starting inside the period before them. */
  overlaps: number;
}

/**
 * One item per period start, the first seen unless `prefer` says otherwise; sorted by start; with
 * `dropOverlaps`, an item starting before the previous kept one ends is dropped.
 */
export function mergeByStart<T>(
  items: Iterable<T>,
  periodOf: (item: T) => IntensityPeriod,
  options: MergeOptions = {},
): Merged<T> {
  const byStart = new Map<number, T>();
  let duplicates = 0;
  for (const item of items) {
    const start = periodOf(item).start;
    const kept = byStart.get(start);
    if (kept === undefined) {
      byStart.set(start, item);
      continue;
    }
    duplicates++;
    if (options.prefer?.(periodOf(item), periodOf(kept))) byStart.set(start, item);
  }
  const sorted = [...byStart.values()].sort((a, b) => periodOf(a).start - periodOf(b).start);
  if (!options.dropOverlaps) return { items: sorted, duplicates, overlaps: 0 };
  const kept: T[] = [];
  let overlaps = 0;
  for (const item of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && periodOf(item).start < periodOf(previous).end) {
      overlaps++;
      continue;
    }
    kept.push(item);
  }
  return { items: kept, duplicates, overlaps };
}

export const identity = (p: IntensityPeriod): IntensityPeriod => p;

/** A provider's time field as UTC milliseconds: instants as written, zone-less times as UTC. */
export function utcInstant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const t = parseTimestamp(value);
  if (!t) return undefined;
  return t.kind === "instant" ? t.ms : t.wallMs;
}

/** A usable intensity figure: a finite, non-negative number. */
export function isIntensity(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

/** Why a value field cannot be used, for skipped-entry examples. */
export function valueProblem(name: string, v: unknown): string {
  if (v === null) return `${name} is null`;
  if (v === undefined) return `no ${name}`;
  if (typeof v !== "number") return `${name} is not a number`;
  if (!Number.isFinite(v)) return `${name} is not finite`;
  return `${name} is negative (${v})`;
}

/** An object's own fields, or undefined for anything else (null, arrays, scalars). */
export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** A field's value for a message: "missing", null, a number, or a shortened quoted string. */
export function shown(v: unknown): string {
  return v === undefined ? "missing" : quoted(v);
}

/** A value quoted for a message, shortened. */
export function quoted(v: unknown): string {
  return typeof v === "string" ? `"${v.slice(0, 40)}"` : String(v);
}
