/**
 * Saved answers of the intensity APIs gridprint asks, recorded once and replayed: the JSON a
 * provider returned, saved as it came (`curl … > de.json`, one line), pretty-printed (`jq .`),
 * several answers one per line (JSON Lines, `jq -c`), several documents one after the other, or a
 * JSON array of answers. Each answer is recognised by its shape and read by the provider module's
 * own body parser, the one its fetch function uses, so a replayed answer gives the periods the
 * live one gave:
 *
 *   UK Carbon Intensity API  {"data":[{"from","to","intensity":{"forecast","actual"}}]}          national
 *                            {"data":{"regionid","shortname","data":[…]}} (or "data":[{…}])     regional
 *   Electricity Maps         {"zone","history":[{"datetime","carbonIntensity",…}]}               history
 *                            {"zone","data":[…]}                                                 past-range
 *   WattTime                 {"data":[{"point_time","value"}],"meta":{"units",…}}               /v3/historical
 *   Energy-Charts            {"unix_seconds":[…],"co2eq":[…],"co2eq_forecast":[…]}             /co2eq
 *   Energi Data Service      {"records":[{"Minutes5UTC","PriceArea","CO2Emission"}]}            CO2Emis
 *
 * The series gets the factor, signal and source the live provider gives ("…, saved response"), and
 * the zone where the answers name one. Several answers (windows) are merged as the provider merges
 * its requests: one period per start. All answers in a file must be of one provider and one zone
 * or region. A null value is a hole (a skipped entry), never 0.
 *
 * The document is read whole (at most {@link MAX_PROVIDER_JSON_BYTES}); values are split at the top
 * level as the text comes, so each answer of a JSON Lines file is parsed and let go on its own.
 */
import { InputError } from "../../errors.js";
import { MAX_LINE_BYTES, OVERLONG_LINE } from "../../traces/lines.js";
import { MAX_SKIPPED_EXAMPLES, newStats, type ReadStats } from "../../traces/types.js";
import {
  type ElectricityMapsRow,
  EM_PROVIDER,
  electricityMapsSource,
  mergeElectricityMapsRows,
  parseElectricityMapsBody,
} from "../providers/electricity-maps.js";
import {
  EDS_FACTOR,
  EDS_PROVIDER,
  energiDataServiceSource,
  mergeEnergiDataServicePeriods,
  parseEnergiDataServiceBody,
} from "../providers/energi-data-service.js";
import {
  ENERGY_CHARTS_FACTOR,
  ENERGY_CHARTS_PROVIDER,
  energyChartsSource,
  mergeEnergyChartsPeriods,
  parseEnergyChartsBody,
} from "../providers/energy-charts.js";
import { asRecord, type ParsedBody, ResponseShapeError } from "../providers/response-body.js";
import {
  mergeUkPeriods,
  parseUkBody,
  UK_FACTOR,
  UK_PROVIDER,
  UK_ZONE,
  ukSeriesSource,
} from "../providers/uk-carbon-intensity.js";
import {
  mergeWattTimePeriods,
  parseWattTimeBody,
  WATTTIME_FACTOR,
  WATTTIME_PROVIDER,
  wattTimeSource,
} from "../providers/watttime.js";
import type { EmissionFactor, IntensityPeriod, IntensitySeries, SignalKind } from "../series.js";
import { clip, FACTOR_NAME, formatDuration, formatRange, headerOf, plural } from "./common.js";
import type { IntensityFileReader, IntensityReadOptions, IntensityReadResult } from "./types.js";

export const PROVIDER_JSON_FORMAT = "provider-json";
/** The largest document read: 256 MB of text (decompressed, for a gzip file). */
export const MAX_PROVIDER_JSON_BYTES = 256 * 1024 * 1024;

export type SavedResponseKind =
  | "uk-national"
  | "uk-regional"
  | "electricity-maps"
  | "watttime"
  | "energy-charts"
  | "energi-data-service";

const PROVIDER_NAME: Record<SavedResponseKind, string> = {
  "uk-national": UK_PROVIDER,
  "uk-regional": UK_PROVIDER,
  "electricity-maps": EM_PROVIDER,
  watttime: WATTTIME_PROVIDER,
  "energy-charts": ENERGY_CHARTS_PROVIDER,
  "energi-data-service": EDS_PROVIDER,
};

export const EXPECTED_SHAPES =
  'expected saved answers of an intensity API: UK Carbon Intensity API {"data":[{"from","to","intensity":{…}}]} (national) or {"data":{"regionid","shortname","data":[…]}} (regional); ' +
  'Electricity Maps {"zone","history":[…]} (history) or {"zone","data":[…]} (past-range); ' +
  'WattTime {"data":[{"point_time","value"}],"meta":{…}} (/v3/historical); ' +
  'Energy-Charts {"unix_seconds":[…],"co2eq":[…]} (/co2eq); ' +
  'Energi Data Service {"records":[{"Minutes5UTC",…,"CO2Emission"}]} (dataset CO2Emis) — ' +
  "one answer, a JSON array of answers, or one answer per line (JSON Lines)";

/** Top-level keys of the answers above: a head naming none is not a saved answer. */
const ANSWER_KEY = /"(?:data|history|zone|unix_seconds|co2eq|co2eq_forecast|records|dataset|total|meta)"\s*:/;

/** Which provider's answer a parsed JSON value is, by its shape; undefined for anything else. */
export function recogniseResponse(value: unknown): SavedResponseKind | undefined {
  const r = asRecord(value);
  if (r === undefined) return undefined;
  if (Array.isArray(r.unix_seconds) && (Array.isArray(r.co2eq) || Array.isArray(r.co2eq_forecast))) {
    return "energy-charts";
  }
  if (Array.isArray(r.records)) {
    const dataset = r.dataset;
    const co2emis =
      dataset === undefined || (typeof dataset === "string" && dataset.toLowerCase() === "co2emis");
    return co2emis && rowsHave(r.records, ["Minutes5UTC", "CO2Emission"]) ? "energi-data-service" : undefined;
  }
  const emRows = Array.isArray(r.history) ? r.history : r.data;
  if (
    Array.isArray(emRows) &&
    (typeof r.zone === "string" || Array.isArray(r.history)) &&
    rowsHave(emRows, ["datetime", "carbonIntensity"])
  ) {
    return "electricity-maps";
  }
  const meta = asRecord(r.meta);
  if (
    Array.isArray(r.data) &&
    ((meta !== undefined && ("units" in meta || "signal_type" in meta)) ||
      (r.data.length > 0 && rowsHave(r.data, ["point_time"])))
  ) {
    return "watttime";
  }
  const first = Array.isArray(r.data) ? r.data[0] : r.data;
  if (Array.isArray(asRecord(first)?.data)) return "uk-regional";
  if (Array.isArray(r.data) && rowsHave(r.data, ["from", "intensity"])) return "uk-national";
  return undefined;
}

/** True when the list is empty or its first object holds every key (a null value included). */
function rowsHave(list: unknown[], keys: readonly string[]): boolean {
  const first = list.find((x) => asRecord(x) !== undefined);
  if (first === undefined) return list.length === 0;
  return keys.every((k) => k in (first as Record<string, unknown>));
}

/** Why a JSON value is not an answer gridprint reads, in words, and the shapes it reads where that helps. */
function notAnAnswer(value: unknown): string {
  const hint = knownOtherAnswer(value);
  return hint ?? `not a saved answer gridprint can read (${describeValue(value)}); ${EXPECTED_SHAPES}`;
}

/** Answers of the same APIs that gridprint does not read, with what to save instead. */
function knownOtherAnswer(value: unknown): string | undefined {
  const r = asRecord(value);
  if (r === undefined) return undefined;
  const first = Array.isArray(r.data) ? asRecord(r.data[0]) : undefined;
  if (first !== undefined && Array.isArray(first.regions)) {
    return "a UK Carbon Intensity API answer for all regions at once (/regional/intensity/{from}/{to}); save one region's answer instead (…/regionid/{id} or …/postcode/{outward code})";
  }
  if (Array.isArray(r.records) && typeof r.dataset === "string" && r.dataset.toLowerCase() !== "co2emis") {
    return `an Energi Data Service answer of dataset "${clip(r.dataset, 40)}"; gridprint reads dataset CO2Emis`;
  }
  return undefined;
}

/** A JSON value's kind and keys, for a message. */
function describeValue(value: unknown): string {
  const r = asRecord(value);
  if (r === undefined) {
    return Array.isArray(value)
      ? "an array that holds no answer"
      : `a JSON ${value === null ? "null" : typeof value}`;
  }
  const keys = Object.keys(r);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, 8).map((k) => `"${clip(k, 30)}"`);
  return `an object with keys ${shown.join(", ")}${keys.length > 8 ? ", …" : ""}`;
}

/** One top-level JSON value of the file: its text and where it starts (1-based). */
export interface JsonValueText {
  text: string;
  line: number;
  column: number;
}

/**
 * Splits text, fed in chunks of any size, into its top-level JSON objects and arrays: one document,
 * JSON Lines, or documents one after the other. Brackets are counted outside strings; whether each
 * value is valid JSON is left to JSON.parse. Anything else between values is an InputError.
 */
export class JsonValueSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private start = { line: 0, column: 0 };
  private line = 1;
  /** Offset of the first character of the current line, counted over all chunks. */
  private lineStart = 0;
  private offset = 0;

  constructor(
    private readonly file: string,
    private readonly maxChars = MAX_PROVIDER_JSON_BYTES,
  ) {}

  /** The values that end in this chunk, in order. */
  push(chunk: string): JsonValueText[] {
    if (this.offset + chunk.length > this.maxChars) {
      throw new InputError(
        `the JSON document is larger than ${formatSize(this.maxChars)}, more than gridprint reads; save shorter windows (one answer per line is fine) or split the file`,
        this.file,
        this.line,
      );
    }
    const values: JsonValueText[] = [];
    let from = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.depth === 0) {
        if (c === 0x7b || c === 0x5b) {
          this.depth = 1;
          from = i;
          this.start = { line: this.line, column: this.offset + i - this.lineStart + 1 };
        } else if (!(c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff)) {
          throw this.notJson(chunk, i);
        }
      } else if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
      } else if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++;
      } else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0) {
          this.parts.push(chunk.slice(from, i + 1));
          values.push({ text: this.parts.join(""), ...this.start });
          this.parts = [];
          from = -1;
        }
      }
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.offset + i + 1;
      }
    }
    if (this.depth > 0 && from !== -1) this.parts.push(chunk.slice(from));
    this.offset += chunk.length;
    return values;
  }

  /** Throws when the text ends inside a value: a truncated save, or brackets that do not match. */
  end(): void {
    if (this.depth === 0) return;
    // Trailing line breaks are the file's, not the value's: a string cut short ends the text.
    const value = { text: this.parts.join("").trimEnd(), ...this.start };
    this.parts = [];
    const error = findJsonError(value.text);
    if (error !== undefined && error.position < value.text.length) throw syntaxError(value, error, this.file);
    throw new InputError(
      `malformed JSON: the file ends inside the value that starts at line ${value.line}, column ${value.column} (a save cut short?)`,
      this.file,
      this.line,
    );
  }

  private notJson(chunk: string, i: number): InputError {
    const newline = chunk.indexOf("\n", i);
    const rest = chunk.slice(i, newline === -1 ? undefined : newline).trimEnd();
    const column = this.offset + i - this.lineStart + 1;
    return new InputError(
      `malformed JSON at column ${column}: expected a JSON object or array, found "${clip(rest, 40)}"`,
      this.file,
      this.line,
    );
  }
}

/** Parses one value; a syntax error becomes an InputError at its line and column. */
export function parseJsonValue(value: JsonValueText, file: string): unknown {
  try {
    return JSON.parse(value.text);
  } catch (e) {
    const error = findJsonError(value.text);
    if (error !== undefined) throw syntaxError(value, error, file);
    throw new InputError(`malformed JSON: ${(e as Error).message}`, file, value.line);
  }
}

function syntaxError(value: JsonValueText, error: JsonError, file: string): InputError {
  const before = value.text.slice(0, error.position);
  const newline = before.lastIndexOf("\n");
  const line = value.line + (newline === -1 ? 0 : before.split("\n").length - 1);
  const column = newline === -1 ? value.column + error.position : error.position - newline;
  return new InputError(`malformed JSON at column ${column}: ${error.reason}`, file, line);
}

export interface JsonError {
  /** Offset in the text of the first character that cannot be read (the text's length: it ended early). */
  position: number;
  reason: string;
}

/**
 * Where and why a text is not one JSON value (RFC 8259), or undefined when it is one. Called only
 * once JSON.parse has refused a text, for a message that names the place: JSON.parse does not
 * always say where (Node 20: "Unexpected token ']', … is not valid JSON").
 */
export function findJsonError(text: string): JsonError | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let state: "value" | "first-value" | "key" | "first-key" | "after" = "value";
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  for (;;) {
    skipSpace();
    if (i >= n) {
      return state === "after" && stack.length === 0
        ? undefined
        : { position: n, reason: "the text ends early" };
    }
    const c = text.charCodeAt(i);
    if (state === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return { position: i, reason: `text after the end of the value: ${found(text, i)}` };
      const close = top === 0x7b ? 0x7d : 0x5d;
      if (c === 0x2c) {
        i++;
        state = top === 0x7b ? "key" : "value";
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return {
          position: i,
          reason: `expected "," or "${String.fromCharCode(close)}", found ${found(text, i)}`,
        };
      }
    } else if (state === "key" || state === "first-key") {
      if (state === "first-key" && c === 0x7d) {
        i++;
        stack.pop();
        state = "after";
        continue;
      }
      if (c !== 0x22)
        return { position: i, reason: `expected a property name in double quotes, found ${found(text, i)}` };
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
      skipSpace();
      if (i >= n) return { position: n, reason: "the text ends early" };
      if (text.charCodeAt(i) !== 0x3a)
        return { position: i, reason: `expected ":" after the property name, found ${found(text, i)}` };
      i++;
      state = "value";
    } else {
      if (state === "first-value" && c === 0x5d) {
        i++;
        stack.pop();
        state = "after";
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        stack.push(c);
        i++;
        state = c === 0x7b ? "first-key" : "first-value";
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== "number") return end;
      i = end;
      state = "after";
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The end of the string, number or literal at i, or why there is none. */
function scanScalar(text: string, i: number): number | JsonError {
  const c = text.charCodeAt(i);
  if (c === 0x22) return scanString(text, i);
  for (const literal of ["true", "false", "null"]) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return { position: i, reason: `expected a value, found ${found(text, i)}` };
}

/** The end of the string that starts at i (a double quote), or why it is not one. */
function scanString(text: string, i: number): number | JsonError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) {
      return {
        position: j,
        reason: c === 0x0a ? "a line break inside a string" : "a control character inside a string",
      };
    }
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
          return { position: j, reason: "a bad \\u escape" };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return { position: j, reason: `a bad escape "\\${e ?? ""}" in a string` };
    }
  }
  return { position: text.length, reason: "the text ends inside a string" };
}

/** What stands at i, for a message: a few characters up to the end of the line. */
function found(text: string, i: number): string {
  const newline = text.indexOf("\n", i);
  const lineEnd = newline === -1 ? text.length : newline;
  const rest = text.slice(i, Math.min(lineEnd, i + 20)).trimEnd();
  return rest === "" ? "a line break" : `"${rest}${lineEnd > i + 20 ? "…" : ""}"`;
}

function formatSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

/** Where an answer sits in the file, for messages. */
interface Where {
  line: number;
  /** "" for a top-level answer, "[2]." for an element of an array of answers. */
  path: string;
}

interface Identity {
  /** What must agree between the answers of one file (a zone, a region), in words; undefined: any. */
  key?: string;
  where: Where;
}

/** Gathers the answers of one file and builds the series from them. */
class SavedResponses {
  readonly stats: ReadStats = newStats();
  private kind: SavedResponseKind | undefined;
  private first: Where | undefined;
  private responses = 0;
  private withinDuplicates = 0;
  private periods: IntensityPeriod[] = [];
  private emRows: ElectricityMapsRow[] = [];
  private identity: Identity | undefined;
  // Provider-specific facts gathered from the answers.
  private regionLabel: string | undefined;
  private emFactor: EmissionFactor | undefined;
  private emFactorWhere: Where | undefined;
  private readonly endpoints = new Set<string>();
  private area: string | undefined;
  private readonly otherAreas = new Map<string, number>();
  private otherAreasWhere: Where | undefined;
  private readonly providerWarnings = new Set<string>();

  constructor(private readonly options: IntensityReadOptions) {}

  /** A top-level value: one answer, or an array of answers. */
  add(value: unknown, line: number): void {
    if (Array.isArray(value)) {
      value.forEach((element, i) => {
        this.addResponse(element, { line, path: `[${i}].` });
      });
    } else {
      this.addResponse(value, { line, path: "" });
    }
  }

  private addResponse(value: unknown, where: Where): void {
    const file = this.options.file;
    const element = where.path === "" ? "" : `element ${where.path.slice(0, -1)} of the array: `;
    const kind = recogniseResponse(value);
    if (kind === undefined) {
      throw new InputError(`${element}${notAnAnswer(value)}`, file, where.line);
    }
    if (this.kind !== undefined && this.first !== undefined && kind !== this.kind) {
      const same = PROVIDER_NAME[kind] === PROVIDER_NAME[this.kind];
      throw new InputError(
        same
          ? `${element}a ${kindWords(kind)} answer after ${kindWords(this.kind)} ones (line ${this.first.line}); give one kind of answer per file`
          : `${element}a saved answer of ${PROVIDER_NAME[kind]} after answers of ${PROVIDER_NAME[this.kind]} (line ${this.first.line}); give one provider's answers per file`,
        file,
        where.line,
      );
    }
    this.kind = kind;
    this.first ??= where;
    this.responses++;
    try {
      this.parse(kind, value, where);
    } catch (e) {
      if (!(e instanceof ResponseShapeError)) throw e;
      throw new InputError(
        `${element}an answer of ${PROVIDER_NAME[kind]}, but ${e.message}`,
        file,
        where.line,
      );
    }
  }

  private parse(kind: SavedResponseKind, value: unknown, where: Where): void {
    switch (kind) {
      case "uk-national":
      case "uk-regional": {
        const body = parseUkBody(value, { kind: kind === "uk-national" ? "national" : "regional" });
        if (body.kind === "regional") {
          const id = body.regionId ?? body.postcode;
          this.agree(
            id === undefined ? undefined : `region ${id}${body.regionName ? ` (${body.regionName})` : ""}`,
            where,
          );
          this.regionLabel ??=
            body.postcode !== undefined
              ? `postcode ${body.postcode}${body.regionName ? ` (${body.regionName})` : ""}`
              : body.regionId !== undefined
                ? `region ${body.regionId}${body.regionName ? ` (${body.regionName})` : ""}`
                : undefined;
        }
        this.take(body, where);
        return;
      }
      case "electricity-maps": {
        const body = parseElectricityMapsBody(value);
        this.agree(body.zone === undefined ? undefined : `zone ${body.zone.toUpperCase()}`, where);
        if (body.factor !== undefined) {
          if (this.emFactor !== undefined && this.emFactorWhere && body.factor !== this.emFactor) {
            throw new InputError(
              `an answer of ${FACTOR_NAME[body.factor]} figures after ${FACTOR_NAME[this.emFactor]} ones (line ${this.emFactorWhere.line}); give one emission factor per file`,
              this.options.file,
              where.line,
            );
          }
          this.emFactor = body.factor;
          this.emFactorWhere ??= where;
        }
        this.endpoints.add(body.endpoint);
        for (const row of body.rows) this.emRows.push(row);
        this.take(body, where, false);
        return;
      }
      case "watttime": {
        const body = parseWattTimeBody(value);
        this.agree(body.region === undefined ? undefined : `region ${body.region}`, where);
        for (const w of body.warnings) this.providerWarnings.add(w);
        this.take(body, where);
        return;
      }
      case "energy-charts": {
        this.take(parseEnergyChartsBody(value), where);
        return;
      }
      case "energi-data-service": {
        const body = parseEnergiDataServiceBody(value, this.area);
        this.area ??= body.area;
        for (const [area, n] of body.otherAreas) {
          this.otherAreas.set(area, (this.otherAreas.get(area) ?? 0) + n);
          this.otherAreasWhere ??= where;
        }
        this.take(body, where);
        return;
      }
    }
  }

  /** Answers for different zones or regions cannot make one series. */
  private agree(key: string | undefined, where: Where): void {
    if (key === undefined) return;
    if (this.identity?.key === undefined) {
      this.identity = { key, where };
      return;
    }
    if (this.identity.key !== key) {
      throw new InputError(
        `an answer for ${key} after answers for ${this.identity.key} (line ${this.identity.where.line}); give one ${this.identity.key.split(" ")[0]}'s answers per file`,
        this.options.file,
        where.line,
      );
    }
  }

  private take(body: ParsedBody, where: Where, periods = true): void {
    const stats = this.stats;
    stats.rowsRead += body.entries;
    stats.rowsSkipped += body.skipped.count;
    for (const { at, reason } of body.skipped.examples) {
      if (stats.skippedExamples.length >= MAX_SKIPPED_EXAMPLES) break;
      stats.skippedExamples.push({ line: where.line, reason: `${where.path}${at}: ${reason}` });
    }
    this.withinDuplicates += body.duplicates;
    if (periods) for (const p of body.periods) this.periods.push(p);
  }

  finish(): IntensityReadResult {
    const { file } = this.options;
    const kind = this.kind;
    const first = this.first;
    if (kind === undefined || first === undefined) {
      throw new InputError("the file holds no saved answer (an empty JSON array)", file, 1);
    }
    const stats = this.stats;
    const provider = PROVIDER_NAME[kind];
    const built = this.series(kind);
    const periods = built.series.periods;
    if (periods.length === 0) {
      const example = stats.skippedExamples[0];
      throw new InputError(
        stats.rowsRead === 0
          ? `the saved ${provider} answer${plural(this.responses)} hold${this.responses === 1 ? "s" : ""} no periods`
          : `none of the ${stats.rowsRead} entries of the saved ${provider} answer${plural(this.responses)} has a usable value${example ? ` (${example.reason})` : ""}`,
        file,
        first.line,
      );
    }

    if (this.otherAreas.size > 0 && this.area !== undefined) {
      const skipped = [...this.otherAreas.values()].reduce((a, b) => a + b, 0);
      stats.rowsSkipped += skipped;
      if (stats.skippedExamples.length < MAX_SKIPPED_EXAMPLES) {
        stats.skippedExamples.push({
          line: this.otherAreasWhere?.line ?? first.line,
          reason: `records of price area ${[...this.otherAreas.keys()].join(", ")}, not ${this.area}`,
        });
      }
      stats.warnings.push(
        `the saved answers hold several price areas (${[this.area, ...this.otherAreas.keys()].join(", ")}); read ${this.area} only and left out ${skipped} record${plural(skipped)} of the others`,
      );
    }
    const notes: string[] = [
      `${this.responses} saved ${provider} answer${plural(this.responses)}, read as the live provider reads them`,
    ];
    const repeated = this.withinDuplicates + built.dropped;
    if (repeated > 0) {
      notes.push(
        `${repeated} period${plural(repeated)} repeated or overlapping in the saved answers; kept ${kind.startsWith("uk") ? "a settled value over a forecast, then the first" : "the first"}`,
      );
    }
    const forecasts = periods.filter((p) => p.forecast).length;
    if (forecasts > 0) {
      notes.push(`${forecasts} of ${periods.length} periods are forecasts (no measured value when saved)`);
    }
    const estimated = periods.filter((p) => p.estimated).length;
    if (estimated > 0) {
      notes.push(
        kind === "electricity-maps"
          ? `${estimated} of ${periods.length} periods estimated by Electricity Maps${built.methods.length > 0 ? ` (${built.methods.join(", ")})` : ""}`
          : `${estimated} of ${periods.length} periods imputed by ${provider}`,
      );
    }
    if (kind === "energy-charts") {
      notes.push("Energy-Charts answers do not name their country: the zone is not checked against the file");
    }
    stats.notes.unshift(...notes);
    for (const w of this.providerWarnings) stats.warnings.push(`${provider}: ${w}`);
    if (built.series.factor !== this.options.factor) {
      stats.warnings.push(
        `${provider} publishes ${FACTOR_NAME[built.series.factor]} figures, not the ${FACTOR_NAME[this.options.factor]} figures asked for; its figures are used as they are`,
      );
    }
    reportHoles(periods, stats);
    return { series: built.series, stats };
  }

  private series(kind: SavedResponseKind): { series: IntensitySeries; dropped: number; methods: string[] } {
    const make = (
      source: string,
      factor: EmissionFactor,
      signal: SignalKind,
      periods: IntensityPeriod[],
      zone?: string,
    ): IntensitySeries => ({ source, ...(zone === undefined ? {} : { zone }), factor, signal, periods });
    switch (kind) {
      case "uk-national":
      case "uk-regional": {
        const m = mergeUkPeriods(this.periods);
        const where = kind === "uk-national" ? "national" : (this.regionLabel ?? "regional");
        return {
          series: make(ukSeriesSource(where, true), UK_FACTOR, "average", m.periods, UK_ZONE),
          dropped: m.duplicates + m.overlaps,
          methods: [],
        };
      }
      case "electricity-maps": {
        const m = mergeElectricityMapsRows(this.emRows);
        const zone = this.identity?.key?.slice("zone ".length);
        const endpoints = ["history", "past-range"].filter((e) => this.endpoints.has(e)).join(", ");
        return {
          series: make(
            electricityMapsSource(endpoints, zone, true),
            this.emFactor ?? this.options.factor,
            "average",
            m.periods,
            zone,
          ),
          dropped: m.duplicates,
          methods: m.estimationMethods,
        };
      }
      case "watttime": {
        const m = mergeWattTimePeriods(this.periods);
        const region = this.identity?.key?.slice("region ".length);
        return {
          series: make(wattTimeSource(region, true), WATTTIME_FACTOR, "marginal", m.periods),
          dropped: m.duplicates + m.overlaps,
          methods: [],
        };
      }
      case "energy-charts": {
        const m = mergeEnergyChartsPeriods(this.periods);
        return {
          series: make(energyChartsSource(undefined, true), ENERGY_CHARTS_FACTOR, "average", m.periods),
          dropped: m.duplicates + m.overlaps,
          methods: [],
        };
      }
      case "energi-data-service": {
        const m = mergeEnergiDataServicePeriods(this.periods);
        return {
          series: make(
            energiDataServiceSource(this.area, true),
            EDS_FACTOR,
            "average",
            m.periods,
            this.area === undefined ? undefined : `DK-${this.area}`,
          ),
          dropped: m.duplicates,
          methods: [],
        };
      }
    }
  }
}

function kindWords(kind: SavedResponseKind): string {
  return kind === "uk-national" ? "national" : kind === "uk-regional" ? "regional" : PROVIDER_NAME[kind];
}

/** Holes listed one by one in the warnings; more are summed up in one line. */
const MAX_LISTED_HOLES = 10;

/** Time between one period's end and the next one's start: no figure for it. */
function reportHoles(periods: readonly IntensityPeriod[], stats: ReadStats): void {
  const holes: Array<[number, number]> = [];
  for (let i = 1; i < periods.length; i++) {
    const previous = periods[i - 1] as IntensityPeriod;
    const p = periods[i] as IntensityPeriod;
    if (p.start > previous.end) holes.push([previous.end, p.start]);
  }
  for (const [a, b] of holes.slice(0, MAX_LISTED_HOLES)) stats.warnings.push(`no data ${formatRange(a, b)}`);
  if (holes.length > MAX_LISTED_HOLES) {
    const rest = holes.slice(MAX_LISTED_HOLES);
    const restMs = rest.reduce((sum, [a, b]) => sum + (b - a), 0);
    stats.warnings.push(`no data in ${rest.length} more gaps (${formatDuration(restMs)} in all)`);
  }
}

/** Text in, answers out: splits the text into JSON values as it comes and gathers the answers. */
class SavedResponseReader {
  private readonly splitter: JsonValueSplitter;
  private readonly saved: SavedResponses;

  constructor(private readonly options: IntensityReadOptions) {
    this.splitter = new JsonValueSplitter(options.file);
    this.saved = new SavedResponses(options);
  }

  push(chunk: string): void {
    for (const value of this.splitter.push(chunk)) {
      this.saved.add(parseJsonValue(value, this.options.file), value.line);
    }
  }

  finish(): IntensityReadResult {
    this.splitter.end();
    return this.saved.finish();
  }
}

/**
 * Reads saved answers from text in chunks of any size (decoded bytes, say): what
 * {@link providerJson} does with lines, for callers that have the text without the 1 MiB line limit
 * of the line readers.
 */
export async function readSavedResponses(
  chunks: AsyncIterable<string>,
  options: IntensityReadOptions,
): Promise<IntensityReadResult> {
  const reader = new SavedResponseReader(options);
  for await (const chunk of chunks) reader.push(chunk);
  return reader.finish();
}

/** Lines are handed to the splitter in batches of about this many characters: far fewer calls. */
const BATCH_CHARS = 1 << 20;

export const providerJson: IntensityFileReader = {
  format: PROVIDER_JSON_FORMAT,

  /**
   * A head that starts a JSON object or array and names a key of the answers above, or that opens a
   * pretty-printed document (a lone "{" or "["); a first line too long to read, which no CSV has,
   * is claimed too, so that its error says what to do. JSON Lines of other records (power traces)
   * are left alone.
   */
  sniff(head: readonly string[]): boolean {
    const first = headerOf(head);
    if (first === undefined) return false;
    if (first === OVERLONG_LINE) return true;
    const s = first.trim();
    // A lone bracket opens a pretty-printed document: no CSV header and no JSON Lines record.
    if (s === "{" || s === "[") return true;
    return (s.startsWith("{") || s.startsWith("[")) && head.some((l) => ANSWER_KEY.test(l));
  },

  async read(lines: AsyncIterable<string>, options: IntensityReadOptions): Promise<IntensityReadResult> {
    const reader = new SavedResponseReader(options);
    let batch: string[] = [];
    let batchChars = 0;
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (line === OVERLONG_LINE) {
        throw new InputError(
          `a line longer than ${MAX_LINE_BYTES / (1024 * 1024)} MiB, more than gridprint reads as one line: save the answer pretty-printed (e.g. "jq . answer.json > pretty.json") or as shorter windows, one per line`,
          options.file,
          lineNo,
        );
      }
      batch.push(line);
      batchChars += line.length + 1;
      if (batchChars >= BATCH_CHARS) {
        batch.push("");
        reader.push(batch.join("\n"));
        batch = [];
        batchChars = 0;
      }
    }
    if (batch.length > 0) {
      batch.push("");
      reader.push(batch.join("\n"));
    }
    return reader.finish();
  },
};
