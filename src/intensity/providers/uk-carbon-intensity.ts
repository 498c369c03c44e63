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
import type { Fetcher, ProviderResult } from "../http.js";
import type { EmissionFactor, IntensityPeriod } from "../series.js";
import {
  asRecord,
  identity,
  isIntensity,
  mergeByStart,
  noSkips,
  type ParsedBody,
  parseOrInvalid,
  ResponseShapeError,
  shown,
  skipEntry,
  utcInstant,
} from "./response-body.js";

export const UK_PROVIDER = "UK Carbon Intensity API";
export const UK_DEFAULT_BASE_URL = "https://api.carbonintensity.org.uk";
/** Per the API docs; one request never spans more. */
export const UK_MAX_WINDOW_MS = 14 * 24 * 3_600_000;
const HALF_HOUR_MS = 30 * 60_000;
/** See the module comment: operational CO2 of generation. */
export const UK_FACTOR: EmissionFactor = "direct";
/** The Electricity Maps zone id the API covers (Great Britain). */
export const UK_ZONE = "GB";

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
  const kind = target.kind === "national" ? "national" : "regional";
  const all: IntensityPeriod[] = [];
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
    const parsed = parseOrInvalid(fetcher, UK_PROVIDER, url, () => parseUkBody(body, { from, to, kind }));
    regionName ??= parsed.regionName;
    for (const p of parsed.periods) all.push(p);
  }

  const { periods } = mergeUkPeriods(all);
  const where =
    target.kind === "national"
      ? "national"
      : target.kind === "regionid"
        ? `region ${target.id}${regionName ? ` (${regionName})` : ""}`
        : `postcode ${target.code}${regionName ? ` (${regionName})` : ""}`;
  return {
    series: {
      source: ukSeriesSource(where),
      zone: UK_ZONE,
      factor: UK_FACTOR,
      signal: "average",
      periods,
    },
    requests,
    forecastPeriods: periods.filter((p) => p.forecast).length,
  };
}

/** The series' source: "UK Carbon Intensity API (NESO), national"; "(NESO, saved response)" for a file. */
export function ukSeriesSource(where: string, saved = false): string {
  return `${UK_PROVIDER} (NESO${saved ? ", saved response" : ""}), ${where}`;
}

export interface UkBodyOptions {
  /** Keep only periods that overlap [from, to) (UTC ms); all when absent. */
  from?: number;
  to?: number;
  /** The endpoint asked; told by the body's shape when absent (a saved response). */
  kind?: "national" | "regional";
}

export interface UkBody extends ParsedBody {
  kind: "national" | "regional";
  /** Regional answers: the region's `regionid`, `shortname` and (by postcode) `postcode`. */
  regionId?: number;
  regionName?: string;
  postcode?: string;
}

/**
 * One answer of the national or regional intensity endpoints: its periods (a settled `actual`, else
 * the forecast, flagged), one per start (a settled value wins, then the first), sorted; rows with
 * neither value or no usable time are holes. Throws {@link ResponseShapeError} for another shape.
 */
export function parseUkBody(body: unknown, options: UkBodyOptions = {}): UkBody {
  const outer = asRecord(body)?.data;
  const kind = options.kind ?? (isRegionalData(outer) ? "regional" : "national");
  let rows: unknown[];
  let path: string;
  const region: Omit<UkBody, keyof ParsedBody | "kind"> = {};
  if (kind === "national") {
    if (!Array.isArray(outer)) throw new ResponseShapeError('no "data" array');
    rows = outer;
    path = "data";
  } else {
    const first = Array.isArray(outer) ? outer[0] : outer;
    const data = asRecord(first)?.data;
    if (!Array.isArray(data)) {
      throw new ResponseShapeError('no "data" object holding a "data" array of periods');
    }
    rows = data;
    path = Array.isArray(outer) ? "data[0].data" : "data.data";
    const { regionid, shortname, postcode } = first as Record<string, unknown>;
    if (typeof regionid === "number" && Number.isInteger(regionid)) region.regionId = regionid;
    if (typeof shortname === "string" && shortname.trim() !== "") region.regionName = shortname.trim();
    if (typeof postcode === "string" && postcode.trim() !== "") region.postcode = postcode.trim();
  }

  const skipped = noSkips();
  const kept: IntensityPeriod[] = [];
  rows.forEach((row, i) => {
    const period = toPeriod(row);
    if (typeof period === "string") {
      skipEntry(skipped, `${path}[${i}]`, period);
      return;
    }
    if (options.from !== undefined && period.end <= options.from) return;
    if (options.to !== undefined && period.start >= options.to) return;
    kept.push(period);
  });
  const merged = mergeUkPeriods(kept);
  return {
    kind,
    ...region,
    periods: merged.periods,
    entries: rows.length,
    skipped,
    duplicates: merged.duplicates + merged.overlaps,
  };
}

/**
 * Periods of one or more answers as one series: one per start (a settled value over a forecast,
 * then the first), sorted, a period starting inside the one before dropped.
 */
export function mergeUkPeriods(periods: Iterable<IntensityPeriod>): {
  periods: IntensityPeriod[];
  duplicates: number;
  overlaps: number;
} {
  const merged = mergeByStart(periods, identity, {
    prefer: (candidate, kept) => kept.forecast && !candidate.forecast,
    dropOverlaps: true,
  });
  return { periods: merged.items, duplicates: merged.duplicates, overlaps: merged.overlaps };
}

/** `data` as a region object holding a `data` array, or a one-element array of one. */
function isRegionalData(outer: unknown): boolean {
  const first = Array.isArray(outer) ? outer[0] : outer;
  return Array.isArray(asRecord(first)?.data);
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

/** A row in the documented shape as a period, else why it is a hole. */
function toPeriod(row: unknown): IntensityPeriod | string {
  const r = asRecord(row);
  if (r === undefined) return "not an object";
  const start = utcInstant(r.from);
  const end = utcInstant(r.to);
  if (start === undefined) return `"from" is not a time: ${shown(r.from)}`;
  if (end === undefined) return `"to" is not a time: ${shown(r.to)}`;
  if (end <= start) return `"to" is not after "from"`;
  const { actual, forecast } = asRecord(r.intensity) ?? {};
  if (isIntensity(actual)) return { start, end, gPerKwh: actual, estimated: false, forecast: false };
  if (isIntensity(forecast)) return { start, end, gPerKwh: forecast, estimated: false, forecast: true };
  return `no usable intensity at ${r.from} (actual ${shown(actual)}, forecast ${shown(forecast)})`;
}
