/**
 * Carbon Intensity API for Great Britain (NESO, formerly National Grid ESO), no key needed:
 * https://carbon-intensity.github.io/api-definitions/ — data under CC BY 4.0.
 *
 * - National: `GET /intensity/{from}/{to}` →
 *   `{"data":[{"from":"2018-01-20T12:00Z","to":"2018-01-20T12:30Z","intensity":{"forecast":266,"actual":263,"index":"moderate"}}]}`.
 *   `actual` is the estimated outturn once settled and null before; then the forecast is used and
 *   the period flagged as a forecast.
 * - Regional, by region id (1–17) or by outward postcode:
 *   `GET /regional/intensity/{from}/{to}/regionid/{id}` and `.../postcode/{outward code}` →
 *   `{"data":{"regionid":13,"shortname":"London","data":[{"from":…,"to":…,"intensity":{"forecast":…,"index":…},"generationmix":[…]}]}}`
 *   (some clients see `data` as a one-element array; both are read). Regional figures are
 *   forecasts only — there is no regional `actual` — so every regional period is flagged forecast.
 * - 30-minute periods; the maximum range of one request is 14 days (API docs: "The maximum date
 *   range is limited to 14 days"), so longer windows are split. A range that crosses a UTC new year
 *   loses the periods after it (carbon-intensity/api-definitions#12, jnioche/carbonintensity-api#6),
 *   so requests are also split at each new year.
 * - The API also returns the period that ends at `{from}`; duplicates of one period occur
 *   (carbon-intensity/api-definitions#17). Periods are therefore kept only where they overlap the
 *   window, and one per start time (a settled `actual` wins over a forecast, then the first seen).
 *
 * Emission factor: DIRECT. The API's summary says the figures include "CO2 emissions related to
 * electricity generation only" (large metered power stations, interconnector imports, transmission
 * and distribution losses), and its own `/intensity/factors` table gives wind, solar, nuclear and
 * hydro 0 gCO2/kWh (coal 937, CCGT 394, biomass 120): operational CO2, not life-cycle CO2e.
 * Signal: average (the intensity of the generation mix).
 */
import { UsageError } from "../../errors.js";
import { parseTimestamp } from "../../time/timestamp.js";
import type { Fetcher, ProviderResult } from "../http.js";
import type { IntensityPeriod } from "../series.js";

export const UK_PROVIDER = "UK Carbon Intensity API";
export const UK_DEFAULT_BASE_URL = "https://api.carbonintensity.org.uk";
/** Per the API docs; one request never spans more. */
export const UK_MAX_WINDOW_MS = 14 * 24 * 3_600_000;
const HALF_HOUR_MS = 30 * 60_000;

export interface UkIntensityOptions {
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  /** A region id 1–17 (15 England, 16 Scotland, 17 Wales) or a postcode (its outward code is used); national when absent. */
  region?: string;
  baseUrl?: string;
  fetcher: Fetcher;
}

export type UkRegionTarget =
  | { kind: "national" }
  | { kind: "regionid"; id: number }
  | { kind: "postcode"; code: string };

export async function fetchUkIntensity(options: UkIntensityOptions): Promise<ProviderResult> {
  const { from, to, fetcher } = options;
  checkWindow(from, to);
  const target: UkRegionTarget = parseUkRegion(options.region);
  const base = (options.baseUrl ?? UK_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const byStart = new Map<number, IntensityPeriod>();
  let regionName: string | undefined;
  let requests = 0;

  for (const [start, end] of splitUkWindow(from, to)) {
    const range = `${ukTime(start)}/${ukTime(end)}`;
    const url =
      target.kind === "national"
        ? `${base}/intensity/${range}`
        : target.kind === "regionid"
          ? `${base}/regional/intensity/${range}/regionid/${target.id}`
          : `${base}/regional/intensity/${range}/postcode/${encodeURIComponent(target.code)}`;
    requests++;
    const body = await fetcher.getJson(url, { provider: UK_PROVIDER });
    const rows =
      target.kind === "national" ? nationalRows(body, fetcher, url) : regionalRows(body, fetcher, url);
    regionName ??= rows.regionName;
    for (const row of rows.rows) {
      const period = toPeriod(row);
      if (!period || period.end <= from || period.start >= to) continue;
      const seen = byStart.get(period.start);
      if (!seen || (seen.forecast && !period.forecast)) byStart.set(period.start, period);
    }
  }

  const periods: IntensityPeriod[] = [];
  for (const p of [...byStart.values()].sort((a, b) => a.start - b.start)) {
    const previous = periods[periods.length - 1];
    if (previous && p.start < previous.end) continue;
    periods.push(p);
  }
  const where =
    target.kind === "national"
      ? "national"
      : target.kind === "regionid"
        ? `region ${target.id}${regionName ? ` (${regionName})` : ""}`
        : `postcode ${target.code}${regionName ? ` (${regionName})` : ""}`;
  return {
    series: {
      source: `${UK_PROVIDER} (NESO), ${where}`,
      zone: "GB",
      factor: "direct",
      signal: "average",
      periods,
    },
    requests,
    forecastPeriods: periods.filter((p) => p.forecast).length,
  };
}

/**
 * The request ranges for a window: widened to whole half hours, at most {@link UK_MAX_WINDOW_MS}
 * each, and never across a UTC new year.
 */
export function splitUkWindow(from: number, to: number): Array<[number, number]> {
  const start = Math.floor(from / HALF_HOUR_MS) * HALF_HOUR_MS;
  const end = Math.ceil(to / HALF_HOUR_MS) * HALF_HOUR_MS;
  const ranges: Array<[number, number]> = [];
  for (let s = start; s < end; ) {
    const newYear = Date.UTC(new Date(s).getUTCFullYear() + 1, 0, 1);
    const e = Math.min(s + UK_MAX_WINDOW_MS, newYear, end);
    ranges.push([s, e]);
    s = e;
  }
  return ranges;
}

/** Region id "1"–"17", or a postcode: its outward code ("SW1A 1AA" → "SW1A"). */
export function parseUkRegion(region: string | undefined): UkRegionTarget {
  if (region === undefined || region.trim() === "") return { kind: "national" };
  const r = region.trim().toUpperCase();
  if (/^\d+$/.test(r)) {
    const id = Number(r);
    if (id >= 1 && id <= 17) return { kind: "regionid", id };
    throw new UsageError(
      `uk-region "${region}" is not a region id of the Carbon Intensity API (1–17; 15 England, 16 Scotland, 17 Wales) nor a postcode`,
    );
  }
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)(?:\s*\d[A-Z]{2})?$/.exec(r);
  if (!m?.[1]) {
    throw new UsageError(
      `uk-region "${region}" is neither a region id (1–17) nor a UK postcode (e.g. "RG10" or "SW1A 1AA")`,
    );
  }
  return { kind: "postcode", code: m[1] };
}

function checkWindow(from: number, to: number): void {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new UsageError(`the intensity window must end after it starts (from ${from}, to ${to})`);
  }
}

/** The API's datetime form, e.g. 2025-06-03T10:00Z. */
function ukTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

interface Rows {
  rows: unknown[];
  regionName?: string;
}

function nationalRows(body: unknown, fetcher: Fetcher, url: string): Rows {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw fetcher.invalidResponse(UK_PROVIDER, url, 'no "data" array');
  return { rows: data };
}

function regionalRows(body: unknown, fetcher: Fetcher, url: string): Rows {
  const outer = (body as { data?: unknown } | null)?.data;
  const region = Array.isArray(outer) ? outer[0] : outer;
  const data = (region as { data?: unknown } | null | undefined)?.data;
  if (!Array.isArray(data)) {
    throw fetcher.invalidResponse(UK_PROVIDER, url, 'no "data" object holding a "data" array of periods');
  }
  const shortname = (region as { shortname?: unknown }).shortname;
  return typeof shortname === "string" && shortname.trim() !== ""
    ? { rows: data, regionName: shortname.trim() }
    : { rows: data };
}

/** A row in the documented shape, or undefined: rows without a usable time or value are holes. */
function toPeriod(row: unknown): IntensityPeriod | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const { from, to, intensity } = row as { from?: unknown; to?: unknown; intensity?: unknown };
  const start = instant(from);
  const end = instant(to);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const { actual, forecast } = (intensity ?? {}) as { actual?: unknown; forecast?: unknown };
  if (isIntensity(actual)) return { start, end, gPerKwh: actual, estimated: false, forecast: false };
  if (isIntensity(forecast)) return { start, end, gPerKwh: forecast, estimated: false, forecast: true };
  return undefined;
}

function instant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const t = parseTimestamp(value);
  // The API writes UTC with a Z; a bare wall-clock time is read as UTC too.
  if (!t) return undefined;
  return t.kind === "instant" ? t.ms : t.wallMs;
}

function isIntensity(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}
