/**
 * Electricity Maps API v3 (key needed, header `auth-token`): hourly carbon intensity of the
 * electricity consumed in a zone, in gCO2eq/kWh. Data under ODbL (Electricity Maps' terms).
 *
 * Endpoints (API reference, https://portal.electricitymaps.com/developer-hub/api/reference, and
 * https://static.electricitymap.org/api/docs/):
 * - `GET /v3/carbon-intensity/history?zone=DE` — the last 24 hours, hourly; one of the endpoints of
 *   the free personal tier ("history endpoints only cover recent history (last 24 hours)") →
 *   `{"zone":"DE","history":[{"zone":"DE","carbonIntensity":302,"datetime":"2025-06-03T10:00:00.000Z",
 *   "updatedAt":…,"createdAt":…,"emissionFactorType":"lifecycle","isEstimated":false,"estimationMethod":null}]}`.
 * - `GET /v3/carbon-intensity/past-range?zone=DE&start=…&end=…` — any past window, commercial keys
 *   only → `{"zone":"DE","data":[…same rows…]}`. "The time range is limited to 10 days (240 hours)
 *   for an hourly granularity … If you need more data, you can loop over time ranges", so windows
 *   are split into requests of at most 240 hours. Whether `end` is inclusive is not documented:
 *   rows are therefore kept by their own `datetime` only (one per hour, inside the window), so a
 *   row returned by two adjacent requests counts once.
 * - `GET /v3/carbon-intensity/forecast?zone=DE&horizonHours=24` — hourly forecast from the current
 *   hour (`horizonHours` 6, 24, 48 or 72), commercial keys → `{"zone":"DE","forecast":[{"carbonIntensity":302,
 *   "datetime":"2025-06-04T07:00:00.000Z"}],"updatedAt":…}`; only for the next-run what-if.
 * - `emissionFactorType=lifecycle|direct` on all of them (the API's default is lifecycle).
 *
 * Each row's `datetime` starts a one-hour period ("All endpoints return data with a resolution of
 * 1 hour"). `carbonIntensity: null` is a hole, never 0. `isEstimated` marks rows the API filled in
 * with a model when no measurement was available, `estimationMethod` names the model; both are
 * counted and kept for the report. Which endpoint: history when the whole window (widened to whole
 * hours) lies within the last 24 hours, else past-range; a 401/403 from past-range is reported as
 * a key without access to it. The API answers for the caller's IP location when it does not know
 * the zone ("Auto fallback"), so an answer for another zone is refused.
 *
 * Signal: average (flow-traced consumption mix). Emission factor: as requested.
 */
import { UsageError } from "../../errors.js";
import { HOUR_MS } from "../../time/timestamp.js";
import { type Fetcher, ProviderError, type ProviderResult } from "../http.js";
import type { EmissionFactor, IntensityPeriod } from "../series.js";
import {
  asRecord,
  isIntensity,
  mergeByStart,
  noSkips,
  type ParsedBody,
  parseOrInvalid,
  ResponseShapeError,
  type SkippedEntries,
  shown,
  skipEntry,
  utcInstant,
  valueProblem,
} from "./response-body.js";

export const EM_PROVIDER = "Electricity Maps";
export const EM_DEFAULT_BASE_URL = "https://api.electricitymap.org";
/** What the history endpoint covers (free tier). */
export const EM_HISTORY_SPAN_MS = 24 * HOUR_MS;
/** past-range at hourly granularity: at most 10 days (240 hours) per request. */
export const EM_MAX_RANGE_MS = 240 * HOUR_MS;

/** What the forecast endpoint needs: no `now`, the API forecasts from its own present. */
export type ElectricityMapsForecastOptions = Omit<ElectricityMapsOptions, "now">;

export interface ElectricityMapsOptions {
  /** Electricity Maps zone id, e.g. "DE", "US-CAL-CISO". */
  zone: string;
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  token: string;
  factor: EmissionFactor;
  baseUrl?: string;
  fetcher: Fetcher;
  /** The current time in UTC milliseconds, to choose between history and past-range; Date.now() by default. */
  now?: number;
}

export interface ElectricityMapsResult extends ProviderResult {
  /** Periods in the series the API flagged `isEstimated`. */
  estimatedPeriods: number;
  /** The distinct `estimationMethod` values of those periods, in order of first appearance. */
  estimationMethods: string[];
}

export type ElectricityMapsEndpoint = "history" | "past-range";

export async function fetchElectricityMaps(options: ElectricityMapsOptions): Promise<ElectricityMapsResult> {
  const { from, to, fetcher, factor } = options;
  const { zone, token: trimmed } = checkOptions(options);

  const base = (options.baseUrl ?? EM_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const start = Math.floor(from / HOUR_MS) * HOUR_MS;
  const end = Math.ceil(to / HOUR_MS) * HOUR_MS;
  const endpoint = chooseEndpoint(start, options.now ?? Date.now());
  const headers = { "auth-token": trimmed };

  const all: ElectricityMapsRow[] = [];
  let requests = 0;
  const keep = (body: unknown, url: string) => {
    const parsed = parseOrInvalid(fetcher, EM_PROVIDER, url, () =>
      parseElectricityMapsBody(body, { endpoint, zone, factor }),
    );
    for (const row of parsed.rows) {
      if (row.period.end > from && row.period.start < to) all.push(row);
    }
  };

  if (endpoint === "history") {
    const url = `${base}/v3/carbon-intensity/history?${new URLSearchParams({ zone, emissionFactorType: factor })}`;
    requests++;
    const body = await fetcher.getJson(url, { provider: EM_PROVIDER, headers }).catch((e: unknown) => {
      throw refused(e, "history", zone);
    });
    keep(body, url);
  } else {
    for (const [s, e] of splitElectricityMapsWindow(start, end)) {
      const query = new URLSearchParams({
        zone,
        start: apiTime(s),
        end: apiTime(e),
        emissionFactorType: factor,
      });
      const url = `${base}/v3/carbon-intensity/past-range?${query}`;
      requests++;
      const body = await fetcher.getJson(url, { provider: EM_PROVIDER, headers }).catch((err: unknown) => {
        throw refused(err, "past-range", zone);
      });
      keep(body, url);
    }
  }

  const merged = mergeElectricityMapsRows(all);
  return {
    series: {
      source: electricityMapsSource(endpoint, zone),
      zone,
      factor,
      signal: "average",
      periods: merged.periods,
    },
    requests,
    forecastPeriods: 0,
    estimatedPeriods: merged.estimatedPeriods,
    estimationMethods: merged.estimationMethods,
  };
}

/** The forecast horizons the API offers, in hours (`horizonHours`; 24 when not asked). */
export const EM_FORECAST_HORIZONS = [6, 24, 48, 72] as const;

/**
 * The forecast endpoint: `GET /v3/carbon-intensity/forecast?zone=DE&horizonHours=48` → hourly
 * rows from the current hour, `{"zone":"DE","forecast":[{"carbonIntensity":302,"datetime":"…"}],
 * "updatedAt":"…"}` (paid plans). The horizon asked is the shortest that reaches `to` counted from
 * the hour before `from` (the API's present), at most 72 h; periods outside [from, to) are dropped.
 * Every period is flagged `forecast`. Only for the next-run what-if, never to price a run.
 */
export async function fetchElectricityMapsForecast(
  options: ElectricityMapsForecastOptions,
): Promise<ElectricityMapsResult> {
  const { from, to, fetcher, factor } = options;
  const { zone, token } = checkOptions(options);
  const base = (options.baseUrl ?? EM_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const query = new URLSearchParams({
    zone,
    horizonHours: String(forecastHorizon(from, to)),
    emissionFactorType: factor,
  });
  const url = `${base}/v3/carbon-intensity/forecast?${query}`;
  const body = await fetcher
    .getJson(url, { provider: EM_PROVIDER, headers: { "auth-token": token } })
    .catch((e: unknown) => {
      throw refused(e, "forecast", zone);
    });
  const parsed = parseOrInvalid(fetcher, EM_PROVIDER, url, () =>
    parseElectricityMapsForecastBody(body, { zone, factor }),
  );
  const periods = parsed.periods.filter((p) => p.end > from && p.start < to);
  return {
    series: { source: electricityMapsSource("forecast", zone), zone, factor, signal: "average", periods },
    requests: 1,
    forecastPeriods: periods.length,
    estimatedPeriods: 0,
    estimationMethods: [],
  };
}

/** The shortest horizon offered that reaches `to` from the hour before `from`; the longest when none does. */
export function forecastHorizon(from: number, to: number): number {
  const hours = Math.ceil((to - (Math.floor(from / HOUR_MS) * HOUR_MS - HOUR_MS)) / HOUR_MS);
  return EM_FORECAST_HORIZONS.find((h) => h >= hours) ?? 72;
}

export interface ElectricityMapsForecastBody extends ParsedBody {
  zone?: string;
  factor?: EmissionFactor;
  /** `updatedAt`: when the forecast was made (UTC ms), where the answer says. */
  updatedAt?: number;
}

/**
 * One answer of the forecast endpoint: a one-hour period from each row's `datetime`, all flagged
 * `forecast`; `carbonIntensity: null` is a hole. Throws {@link ResponseShapeError} without a
 * `forecast` array, for an answer or a row for another zone, or rows of another factor than asked.
 */
export function parseElectricityMapsForecastBody(
  body: unknown,
  options: { zone?: string; factor?: EmissionFactor } = {},
): ElectricityMapsForecastBody {
  const record = asRecord(body);
  const list = record?.forecast;
  if (!Array.isArray(list)) throw new ResponseShapeError('no "forecast" array');
  const { zone, factor, rows, skipped } = readRows(list, "forecast", {
    ...(options.factor === undefined ? {} : { factor: options.factor }),
    ...answerZone(record, options.zone),
    forecast: true,
  });
  const merged = mergeByStart(rows, (row) => row.period);
  const updatedAt = utcInstant(record?.updatedAt);
  return {
    ...(zone === undefined ? {} : { zone }),
    ...(factor === undefined ? {} : { factor }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    periods: merged.items.map((row) => row.period),
    entries: list.length,
    skipped,
    duplicates: merged.duplicates,
  };
}

/** The window, zone, factor and key checked before any request; the key (and its trimmed form) made secret. */
function checkOptions(options: ElectricityMapsForecastOptions): { zone: string; token: string } {
  const { from, to, fetcher, factor } = options;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new UsageError(`the intensity window must end after it starts (from ${from}, to ${to})`);
  }
  const zone = options.zone.trim();
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(zone)) {
    throw new UsageError(`"${options.zone}" is not an Electricity Maps zone id (e.g. "DE" or "US-CAL-CISO")`);
  }
  if (factor !== "lifecycle" && factor !== "direct") {
    throw new UsageError(`emission-factor must be "lifecycle" or "direct", not "${String(factor)}"`);
  }
  const token = options.token;
  if (typeof token !== "string" || token.trim() === "") {
    throw new UsageError("electricity-maps-token is empty: Electricity Maps needs an API key");
  }
  fetcher.addSecret(token);
  const trimmed = token.trim();
  if (trimmed !== token) fetcher.addSecret(trimmed);
  return { zone, token: trimmed };
}

/**
 * The series' source: "Electricity Maps API (history), zone DE"; "(history, saved response)" for a
 * file, whose answers may come from both endpoints ("history, past-range").
 */
export function electricityMapsSource(endpoint: string, zone: string | undefined, saved = false): string {
  return `${EM_PROVIDER} API (${endpoint}${saved ? ", saved response" : ""})${zone === undefined ? "" : `, zone ${zone}`}`;
}

/** One hour of an answer, with the model the API names when it estimated the value. */
export interface ElectricityMapsRow {
  period: IntensityPeriod;
  method?: string;
}

export interface ElectricityMapsBodyOptions {
  /** The endpoint asked; told by the body (`history` or `data`) when absent (a saved response). */
  endpoint?: ElectricityMapsEndpoint;
  /** The zone asked: an answer or row for another is refused. Absent: the body's own `zone`. */
  zone?: string;
  /** The factor asked: rows computed with another are refused. Absent: what the rows say. */
  factor?: EmissionFactor;
}

export interface ElectricityMapsBody extends ParsedBody {
  endpoint: ElectricityMapsEndpoint;
  /** The zone the answer names (its `zone`, else its rows'). */
  zone?: string;
  /** The factor asked, else the rows' `emissionFactorType`; absent when neither says. */
  factor?: EmissionFactor;
  /** The periods with their estimation methods; sorted by start, one per start (the first). */
  rows: ElectricityMapsRow[];
}

/**
 * One answer of the history or past-range endpoint: one-hour periods from each row's `datetime`;
 * `carbonIntensity: null` is a hole, never 0. Throws {@link ResponseShapeError} for another shape,
 * an answer or a row for another zone, or rows of another emission factor than asked.
 */
export function parseElectricityMapsBody(
  body: unknown,
  options: ElectricityMapsBodyOptions = {},
): ElectricityMapsBody {
  const record = asRecord(body);
  const endpoint = options.endpoint ?? (Array.isArray(record?.history) ? "history" : "past-range");
  const field = endpoint === "history" ? "history" : "data";
  const list = record?.[field];
  if (!Array.isArray(list)) {
    throw new ResponseShapeError(
      options.endpoint === undefined ? 'no "history" or "data" array' : `no "${field}" array`,
    );
  }
  const { zone, factor, rows, skipped } = readRows(list, field, {
    ...(options.factor === undefined ? {} : { factor: options.factor }),
    ...answerZone(record, options.zone),
  });
  const merged = mergeByStart(rows, (row) => row.period);
  return {
    endpoint,
    ...(zone === undefined ? {} : { zone }),
    ...(factor === undefined ? {} : { factor }),
    rows: merged.items,
    periods: merged.items.map((row) => row.period),
    entries: list.length,
    skipped,
    duplicates: merged.duplicates,
  };
}

/**
 * The zone the rows must be for: the one asked, which the answer's own `zone` must match (the API
 * falls back to the caller's IP location when it does not know a zone: never report another
 * zone's figures under this one), else the answer's.
 */
function answerZone(
  record: Record<string, unknown> | undefined,
  asked: string | undefined,
): { zone?: string; zoneAsked: boolean } {
  const answered = record?.zone;
  if (asked !== undefined && typeof answered === "string" && answered.toUpperCase() !== asked.toUpperCase()) {
    throw new ResponseShapeError(`asked for zone ${asked}, the answer is for "${answered.slice(0, 40)}"`);
  }
  const zone = asked ?? (typeof answered === "string" ? answered : undefined);
  return { ...(zone === undefined ? {} : { zone }), zoneAsked: asked !== undefined };
}

/**
 * The rows of an answer's list (`history`, `data` or `forecast`) as periods: each row's zone must
 * be the answer's, its emissionFactorType the one asked (or one for all rows); unusable rows are
 * skipped, as holes.
 */
function readRows(
  list: unknown[],
  field: string,
  options: { zone?: string; zoneAsked: boolean; factor?: EmissionFactor; forecast?: boolean },
): { zone?: string; factor?: EmissionFactor; rows: ElectricityMapsRow[]; skipped: SkippedEntries } {
  let zone = options.zone;
  let factor = options.factor;
  const skipped = noSkips();
  const rows: ElectricityMapsRow[] = [];
  list.forEach((row, i) => {
    const at = `${field}[${i}]`;
    const r = asRecord(row);
    if (r === undefined) {
      skipEntry(skipped, at, "not an object");
      return;
    }
    const rowZone = r.zone;
    if (typeof rowZone === "string") {
      if (zone === undefined) zone = rowZone;
      else if (rowZone.toUpperCase() !== zone.toUpperCase()) {
        throw new ResponseShapeError(
          `${options.zoneAsked ? `asked for zone ${zone}` : `the answer is for zone ${zone}`}, a row is for "${rowZone.slice(0, 40)}"`,
        );
      }
    }
    // Never label figures with a factor they were not computed with.
    const rowFactor = r.emissionFactorType;
    if (typeof rowFactor === "string") {
      if (factor === undefined) {
        if (rowFactor !== "lifecycle" && rowFactor !== "direct") {
          throw new ResponseShapeError(
            `emissionFactorType "${rowFactor.slice(0, 40)}" is neither lifecycle nor direct`,
          );
        }
        factor = rowFactor;
      } else if (rowFactor !== factor) {
        throw new ResponseShapeError(
          options.factor === undefined
            ? `the rows mix emissionFactorType "${factor}" and "${rowFactor.slice(0, 40)}"`
            : `asked for emissionFactorType=${factor}, the rows say "${rowFactor.slice(0, 40)}"`,
        );
      }
    }
    const read = readRow(r, options.forecast === true);
    if (typeof read === "string") skipEntry(skipped, at, read);
    else rows.push(read);
  });
  return {
    ...(zone === undefined ? {} : { zone }),
    ...(factor === undefined ? {} : { factor }),
    rows,
    skipped,
  };
}

export interface MergedElectricityMapsRows {
  /** Sorted by start, one per start (the first seen). */
  periods: IntensityPeriod[];
  /** Periods the API flagged `isEstimated`. */
  estimatedPeriods: number;
  /** The distinct `estimationMethod` values of those periods, in order of first appearance. */
  estimationMethods: string[];
  duplicates: number;
}

/** Rows of one or more answers as one series: one per start (the first seen), sorted. */
export function mergeElectricityMapsRows(rows: Iterable<ElectricityMapsRow>): MergedElectricityMapsRows {
  const merged = mergeByStart(rows, (row) => row.period);
  const periods = merged.items.map((k) => k.period);
  const estimationMethods: string[] = [];
  for (const k of merged.items) {
    if (k.period.estimated && k.method !== undefined && !estimationMethods.includes(k.method)) {
      estimationMethods.push(k.method);
    }
  }
  return {
    periods,
    estimatedPeriods: periods.filter((p) => p.estimated).length,
    estimationMethods,
    duplicates: merged.duplicates,
  };
}

/**
 * history when the window (from its whole-hour start) lies within the last 24 hours, which is all
 * the history endpoint covers; past-range otherwise.
 */
export function chooseEndpoint(start: number, now: number): ElectricityMapsEndpoint {
  return start >= now - EM_HISTORY_SPAN_MS ? "history" : "past-range";
}

/** past-range request ranges: consecutive, whole hours, at most {@link EM_MAX_RANGE_MS} each. */
export function splitElectricityMapsWindow(start: number, end: number): Array<[number, number]> {
  const s0 = Math.floor(start / HOUR_MS) * HOUR_MS;
  const e0 = Math.ceil(end / HOUR_MS) * HOUR_MS;
  const ranges: Array<[number, number]> = [];
  for (let s = s0; s < e0; ) {
    const e = Math.min(s + EM_MAX_RANGE_MS, e0);
    ranges.push([s, e]);
    s = e;
  }
  return ranges;
}

/** A 401/403 named for what it means here; everything else passed on as it is. */
function refused(e: unknown, endpoint: ElectricityMapsEndpoint | "forecast", zone: string): unknown {
  if (!(e instanceof ProviderError) || (e.status !== 401 && e.status !== 403)) return e;
  const prefix = `${e.provider}: `;
  const said = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  const why =
    endpoint === "past-range"
      ? "this key has no access to past-range; only the last 24 h are free (history endpoint), so older windows need a commercial Electricity Maps plan"
      : endpoint === "forecast"
        ? `this key has no access to the forecast for zone ${zone} (forecasts need a commercial Electricity Maps plan)`
        : `the key was refused for zone ${zone}: check electricity-maps-token and that the key's plan covers this zone`;
  return new ProviderError({
    provider: e.provider,
    status: e.status,
    url: e.url,
    detail: `${said}: ${why}`,
    attempts: e.attempts,
    ...(e.retryAfterMs === undefined ? {} : { retryAfterMs: e.retryAfterMs }),
  });
}

/** A row in the documented shape as a period, else why it is a hole. */
function readRow(row: Record<string, unknown>, forecast = false): ElectricityMapsRow | string {
  const { datetime, carbonIntensity, isEstimated, estimationMethod } = row;
  const start = utcInstant(datetime);
  if (start === undefined) return `"datetime" is not a time: ${shown(datetime)}`;
  if (!isIntensity(carbonIntensity))
    return `${valueProblem("carbonIntensity", carbonIntensity)} at ${datetime}`;
  const estimated = isEstimated === true;
  const period: IntensityPeriod = {
    start,
    end: start + HOUR_MS,
    gPerKwh: carbonIntensity,
    estimated,
    forecast,
  };
  return estimated && typeof estimationMethod === "string" && estimationMethod.trim() !== ""
    ? { period, method: estimationMethod.trim() }
    : { period };
}

/** e.g. 2025-06-03T10:00:00Z */
function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
