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
 * - `emissionFactorType=lifecycle|direct` on both (the API's default is lifecycle).
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
import { parseTimestamp } from "../../time/timestamp.js";
import { type Fetcher, ProviderError, type ProviderResult } from "../http.js";
import type { EmissionFactor, IntensityPeriod } from "../series.js";

export const EM_PROVIDER = "Electricity Maps";
export const EM_DEFAULT_BASE_URL = "https://api.electricitymap.org";
const HOUR_MS = 3_600_000;
/** What the history endpoint covers (free tier). */
export const EM_HISTORY_SPAN_MS = 24 * HOUR_MS;
/** past-range at hourly granularity: at most 10 days (240 hours) per request. */
export const EM_MAX_RANGE_MS = 240 * HOUR_MS;

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

  const base = (options.baseUrl ?? EM_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const start = Math.floor(from / HOUR_MS) * HOUR_MS;
  const end = Math.ceil(to / HOUR_MS) * HOUR_MS;
  const endpoint = chooseEndpoint(start, options.now ?? Date.now());
  const headers = { "auth-token": trimmed };

  const byStart = new Map<number, { period: IntensityPeriod; method?: string }>();
  let requests = 0;
  const keep = (body: unknown, rows: unknown[], url: string) => {
    // The API falls back to the caller's IP location when it does not know a zone: never report
    // another zone's figures under this one.
    const answered = (body as { zone?: unknown } | null)?.zone;
    if (typeof answered === "string" && answered.toUpperCase() !== zone.toUpperCase()) {
      throw fetcher.invalidResponse(
        EM_PROVIDER,
        url,
        `asked for zone ${zone}, the answer is for "${answered.slice(0, 40)}"`,
      );
    }
    for (const row of rows) {
      const rowZone = (row as { zone?: unknown } | null)?.zone;
      if (typeof rowZone === "string" && rowZone.toUpperCase() !== zone.toUpperCase()) {
        throw fetcher.invalidResponse(
          EM_PROVIDER,
          url,
          `asked for zone ${zone}, a row is for "${rowZone.slice(0, 40)}"`,
        );
      }
      const read = readRow(row, factor, fetcher, url);
      if (!read || read.period.end <= from || read.period.start >= to) continue;
      if (!byStart.has(read.period.start)) byStart.set(read.period.start, read);
    }
  };

  if (endpoint === "history") {
    const url = `${base}/v3/carbon-intensity/history?${new URLSearchParams({ zone, emissionFactorType: factor })}`;
    requests++;
    const body = await fetcher.getJson(url, { provider: EM_PROVIDER, headers }).catch((e: unknown) => {
      throw refused(e, "history", zone);
    });
    const rows = (body as { history?: unknown } | null)?.history;
    if (!Array.isArray(rows)) throw fetcher.invalidResponse(EM_PROVIDER, url, 'no "history" array');
    keep(body, rows, url);
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
      const rows = (body as { data?: unknown } | null)?.data;
      if (!Array.isArray(rows)) throw fetcher.invalidResponse(EM_PROVIDER, url, 'no "data" array');
      keep(body, rows, url);
    }
  }

  const kept = [...byStart.values()].sort((a, b) => a.period.start - b.period.start);
  const periods = kept.map((k) => k.period);
  const estimationMethods: string[] = [];
  for (const k of kept) {
    if (k.period.estimated && k.method !== undefined && !estimationMethods.includes(k.method)) {
      estimationMethods.push(k.method);
    }
  }
  return {
    series: {
      source: `${EM_PROVIDER} API (${endpoint}), zone ${zone}`,
      zone,
      factor,
      signal: "average",
      periods,
    },
    requests,
    forecastPeriods: 0,
    estimatedPeriods: periods.filter((p) => p.estimated).length,
    estimationMethods,
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
function refused(e: unknown, endpoint: ElectricityMapsEndpoint, zone: string): unknown {
  if (!(e instanceof ProviderError) || (e.status !== 401 && e.status !== 403)) return e;
  const prefix = `${e.provider}: `;
  const said = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  const why =
    endpoint === "past-range"
      ? "this key has no access to past-range; only the last 24 h are free (history endpoint), so older windows need a commercial Electricity Maps plan"
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

/** A row in the documented shape, or undefined: a row without a usable time or value is a hole. */
function readRow(
  row: unknown,
  factor: EmissionFactor,
  fetcher: Fetcher,
  url: string,
): { period: IntensityPeriod; method?: string } | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const { datetime, carbonIntensity, isEstimated, estimationMethod, emissionFactorType } = row as Record<
    string,
    unknown
  >;
  // Never label figures with a factor they were not computed with.
  if (typeof emissionFactorType === "string" && emissionFactorType !== factor) {
    throw fetcher.invalidResponse(
      EM_PROVIDER,
      url,
      `asked for emissionFactorType=${factor}, the rows say "${emissionFactorType.slice(0, 40)}"`,
    );
  }
  if (typeof datetime !== "string") return undefined;
  const t = parseTimestamp(datetime);
  if (!t) return undefined;
  const start = t.kind === "instant" ? t.ms : t.wallMs;
  if (typeof carbonIntensity !== "number" || !Number.isFinite(carbonIntensity) || carbonIntensity < 0) {
    return undefined;
  }
  const estimated = isEstimated === true;
  const period: IntensityPeriod = {
    start,
    end: start + HOUR_MS,
    gPerKwh: carbonIntensity,
    estimated,
    forecast: false,
  };
  return estimated && typeof estimationMethod === "string" && estimationMethod.trim() !== ""
    ? { period, method: estimationMethod.trim() }
    : { period };
}

/** e.g. 2025-06-03T10:00:00Z */
function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
