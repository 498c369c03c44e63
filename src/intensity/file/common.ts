/**
 * What both intensity CSV readers share: header matching, timestamps, units, and turning rows
 * (time, value) into the periods of an IntensitySeries.
 */
import { InputError, UsageError } from "../../errors.js";
import { HOUR_MS, isoUtc, parseTimestamp } from "../../time/timestamp.js";
import type { LocalClock } from "../../time/zone.js";
import { type ReadStats, skip } from "../../traces/types.js";
import type { EmissionFactor, IntensityPeriod } from "../series.js";
import { type IntensityUnit, normalizeUnitText, parseIntensityUnit, UNIT_EXAMPLES } from "./units.js";

/** Blank lines and `#` comment lines (some tools write a comment above the header) hold no rows. */
export function isNotRow(line: string): boolean {
  const s = line.trimStart();
  return s === "" || s.startsWith("#");
}

/** The first line of a file's head that is neither blank nor a comment: the header. */
export function headerOf(head: readonly string[]): string | undefined {
  return head.find((l) => !isNotRow(l));
}

/** A header reduced to its words: lower case, brackets dropped, `snake_case`: "Datetime (UTC)" → "datetime". */
export function headerKey(header: string): string {
  return normalizeUnitText(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const TIME_KEYS = new Set([
  "time",
  "timestamp",
  "datetime",
  "date_time",
  "date",
  "period_start",
  "start",
  "start_time",
  "starttime",
  "start_date",
  "interval_start",
  "period",
  "from",
  "valid_from",
  "point_time",
  "ts",
  "utc",
  "time_utc",
  "datetime_utc",
  "timestamp_utc",
  "utc_time",
  "utc_datetime",
  "utc_timestamp",
  "local_time",
  "time_local",
  "datetime_local",
]);

/** Index of the first column whose header names the (start) time of a period, or -1. */
export function findTimeColumn(headers: readonly string[]): number {
  return headers.findIndex((h) => TIME_KEYS.has(headerKey(h)));
}

/** True when the time column's header says its zone-less times are UTC ("Datetime (UTC)", "time_utc"). */
export function headerSaysUtc(header: string): boolean {
  return /(?<![a-z])(?:utc|gmt)(?![a-z])/.test(normalizeUnitText(header));
}

/** How a factor is written in messages. */
export const FACTOR_NAME: Record<EmissionFactor, string> = { direct: "direct", lifecycle: "life-cycle" };

/** Whether a header says direct or life-cycle figures. */
export function headerFactor(header: string): "direct" | "lifecycle" | undefined {
  const s = normalizeUnitText(header);
  if (/life[\s_-]?cycle|(?<![a-z])lca(?![a-z])/.test(s)) return "lifecycle";
  if (/(?<![a-z])direct(?![a-z])/.test(s)) return "direct";
  return undefined;
}

/** A value column's unit: named by its header, else by `--intensity-unit`, else an error. */
export function resolveUnit(
  header: string,
  flagUnit: string | undefined,
  file: string,
  headerLine: number,
  headerText: string,
): { unit: IntensityUnit; from: "header" | "flag" } {
  const flag = flagUnit === undefined ? undefined : parseFlagUnit(flagUnit);
  const named = parseIntensityUnit(header);
  if (named) {
    if (flag && flag.factorToGPerKwh !== named.factorToGPerKwh) {
      throw new InputError(
        `column "${header}" is in ${named.unit} but --intensity-unit says ${flag.unit}; drop the flag or fix the header`,
        file,
        headerLine,
      );
    }
    return { unit: named, from: "header" };
  }
  if (flag) return { unit: flag, from: "flag" };
  throw missingUnitError(file, headerLine, headerText);
}

export function parseFlagUnit(flagUnit: string): IntensityUnit {
  const unit = parseIntensityUnit(flagUnit);
  if (!unit) {
    throw new UsageError(
      `--intensity-unit "${flagUnit}" is not a unit of carbon intensity gridprint knows (expected one of ${UNIT_EXAMPLES})`,
    );
  }
  return unit;
}

export function missingUnitError(file: string, headerLine: number, headerText: string): InputError {
  return new InputError(
    `the header "${clip(headerText)}" does not name the unit of carbon intensity; name it in the header (e.g. "gco2_per_kwh" or "moer (kg/kWh)") or pass --intensity-unit (one of ${UNIT_EXAMPLES})`,
    file,
    headerLine,
  );
}

export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * Reads a time field as a UTC instant: explicit instants pass through; zone-less times are UTC
 * when the header says so, else placed by the user's clock.
 */
export class TimeReader {
  /** Zone-less times read as UTC because of the header. */
  utcByHeader = 0;
  /** Zone-less times placed in the clock's zone. */
  placed = 0;
  private readonly nonexistentBefore: number;
  private readonly ambiguousBefore: number;

  constructor(
    private readonly clock: LocalClock,
    private readonly utc: boolean,
  ) {
    this.nonexistentBefore = clock.nonexistent;
    this.ambiguousBefore = clock.ambiguous;
  }

  read(text: string): number | undefined {
    const t = parseTimestamp(text);
    if (t === undefined) return undefined;
    if (t.kind === "instant") return t.ms;
    if (this.utc) {
      this.utcByHeader++;
      return t.wallMs;
    }
    this.placed++;
    return this.clock.toUtc(t);
  }

  /** Notes and warnings about how zone-less times were read. */
  report(stats: ReadStats, timeHeader: string): void {
    if (this.utcByHeader > 0) {
      stats.notes.push(`times without a zone read as UTC, as the header "${timeHeader}" says`);
    }
    if (this.placed > 0) stats.notes.push(`times without a zone read in ${this.clock.zone}`);
    const nonexistent = this.clock.nonexistent - this.nonexistentBefore;
    const ambiguous = this.clock.ambiguous - this.ambiguousBefore;
    if (nonexistent > 0) {
      stats.warnings.push(
        `${nonexistent} time${plural(nonexistent)} fell in the hour skipped when ${this.clock.zone} changed to summer time; moved forward`,
      );
    }
    if (ambiguous > 0) {
      stats.notes.push(
        `${ambiguous} time${plural(ambiguous)} fell in the hour repeated when ${this.clock.zone} changed back from summer time; placed by their order`,
      );
    }
  }
}

export function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** One usable row: a period start and its value in g/kWh. */
export interface IntensityRow {
  t: number;
  gPerKwh: number;
  estimated: boolean;
  line: number;
}

/** Parses a value field; skips the row (counted) when it is not a usable intensity. */
export function readValue(
  text: string | undefined,
  factor: number,
  stats: ReadStats,
  line: number,
  column: string,
  parse: (s: string) => number | undefined,
): number | undefined {
  if (text === undefined) {
    skip(stats, line, `no "${column}" field`);
    return undefined;
  }
  if (text === "") {
    skip(stats, line, `empty "${column}"`);
    return undefined;
  }
  const v = parse(text);
  if (v === undefined) {
    skip(stats, line, `"${column}" is not a number: "${clip(text, 40)}"`);
    return undefined;
  }
  if (v < 0) {
    skip(stats, line, `negative "${column}": ${text}`);
    return undefined;
  }
  const g = v * factor;
  if (!Number.isFinite(g)) {
    skip(stats, line, `"${column}" out of range: ${text}`);
    return undefined;
  }
  return g;
}

/** "5 min", "1 h", "30 s". */
export function formatDuration(ms: number): string {
  if (ms % HOUR_MS === 0) return `${ms / HOUR_MS} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms / 1000} s`;
}

/** "2024-03-01T04:00Z" (seconds only when not zero). */
function formatInstant(ms: number): string {
  const iso = isoUtc(ms);
  return iso.replace(/^(.*T\d\d:\d\d):00Z$/, "$1Z");
}

/** "2024-03-01T04:00Z–07:00Z", or both dates in full when the range crosses midnight UTC. */
export function formatRange(start: number, end: number): string {
  const a = formatInstant(start);
  const b = formatInstant(end);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}–${b.slice(11)}` : `${a}–${b}`;
}

/** Holes listed one by one in the warnings; more are summed up in one line. */
const MAX_LISTED_HOLES = 10;

export interface BuiltPeriods {
  periods: IntensityPeriod[];
  /** The median spacing of consecutive rows: the length of a typical period. */
  stepMs: number;
  /** True when the step comes from the rows; false when there were too few to tell. */
  stepInferred: boolean;
}

/**
 * Turns rows into periods: sorted by time; of rows with the same time the first in the file is
 * kept; each value holds until the next row's time, except across a gap longer than twice the
 * median step, where the period ends after one step and the hole is reported; the last row holds
 * for one step.
 */
export function buildPeriods(
  rows: IntensityRow[],
  stats: ReadStats,
  options: { forecast: boolean; fallbackStepMs: number },
): BuiltPeriods {
  let sorted = true;
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as IntensityRow).t < (rows[i - 1] as IntensityRow).t) {
      sorted = false;
      break;
    }
  }
  if (!sorted) {
    // Array.prototype.sort is stable: of rows with equal times, the first in the file stays first.
    rows.sort((a, b) => a.t - b.t);
    stats.notes.push("rows were not in time order; sorted");
  }

  const unique: IntensityRow[] = [];
  let duplicates = 0;
  let firstDuplicate: { line: number; kept: number; t: number } | undefined;
  for (const row of rows) {
    const prev = unique[unique.length - 1];
    if (prev !== undefined && prev.t === row.t) {
      duplicates++;
      firstDuplicate ??= { line: row.line, kept: prev.line, t: row.t };
      skip(stats, row.line, `duplicate time ${isoUtc(row.t)} (kept line ${prev.line})`);
      continue;
    }
    unique.push(row);
  }
  if (firstDuplicate) {
    stats.warnings.push(
      `${duplicates} row${plural(duplicates)} repeated the time of an earlier row; kept the first (e.g. line ${firstDuplicate.line} repeats ${isoUtc(firstDuplicate.t)} of line ${firstDuplicate.kept})`,
    );
  }

  let stepMs = options.fallbackStepMs;
  let stepInferred = false;
  if (unique.length >= 2) {
    const steps = new Float64Array(unique.length - 1);
    for (let i = 1; i < unique.length; i++) {
      steps[i - 1] = (unique[i] as IntensityRow).t - (unique[i - 1] as IntensityRow).t;
    }
    steps.sort();
    stepMs = steps[(steps.length - 1) >>> 1] as number;
    stepInferred = true;
  }

  const periods: IntensityPeriod[] = new Array(unique.length);
  const holes: Array<[number, number]> = [];
  let holeMs = 0;
  let bridged = 0;
  for (let i = 0; i < unique.length; i++) {
    const row = unique[i] as IntensityRow;
    const next = unique[i + 1];
    let end = row.t + stepMs;
    if (next !== undefined) {
      const gap = next.t - row.t;
      if (gap <= 2 * stepMs) {
        end = next.t;
        if (gap > 1.5 * stepMs) bridged++;
      } else {
        holes.push([end, next.t]);
        holeMs += next.t - end;
      }
    }
    periods[i] = {
      start: row.t,
      end,
      gPerKwh: row.gPerKwh,
      estimated: row.estimated,
      forecast: options.forecast,
    };
  }
  for (const [a, b] of holes.slice(0, MAX_LISTED_HOLES)) stats.warnings.push(`no data ${formatRange(a, b)}`);
  if (holes.length > MAX_LISTED_HOLES) {
    const rest = holes.slice(MAX_LISTED_HOLES);
    const restMs = rest.reduce((sum, [a, b]) => sum + (b - a), 0);
    stats.warnings.push(`no data in ${rest.length} more gaps (${formatDuration(restMs)} in all)`);
  }
  if (holes.length > 0) {
    stats.notes.push(
      `${holes.length} gap${plural(holes.length)} longer than twice the ${formatDuration(stepMs)} step left without data (${formatDuration(holeMs)} in all)`,
    );
  }
  if (bridged > 0) {
    stats.notes.push(
      `${bridged} gap${plural(bridged)} of up to twice the ${formatDuration(stepMs)} step bridged by holding the value before`,
    );
  }
  return { periods, stepMs, stepInferred };
}

/** The error for a file none of whose rows could be used. */
export function noRowsError(file: string, headerLine: number, stats: ReadStats): InputError {
  const first = stats.skippedExamples[0];
  return new InputError(
    stats.rowsRead === 0 || first === undefined
      ? "the file has a header but no data rows"
      : `none of the ${stats.rowsRead} data rows is usable (line ${first.line}: ${first.reason})`,
    file,
    headerLine,
  );
}
