/**
 * Energi Data Service (Energinet, Denmark), no key needed: https://www.energidataservice.dk/ —
 * dataset CO2Emis: `GET /dataset/CO2Emis?start=…&end=…&filter={"PriceArea":["DK1"]}` →
 * `{"total":576,"dataset":"CO2Emis","records":[{"Minutes5UTC":"2023-01-01T22:55:00","Minutes5DK":"2023-01-01T23:55:00","PriceArea":"DK1","CO2Emission":68.0}]}`.
 * 5-minute resolution, gCO2/kWh.
 *
 * API guide (https://www.energidataservice.dk/guides/api-guides): `start` is included, `end`
 * excluded, both "yyyy-MM-ddTHH:mm" in Danish local time; `filter` is a JSON object of column →
 * allowed values; `sort`, `offset`, `limit`, `columns` as named. The window is therefore sent in
 * Europe/Copenhagen wall time, widened by two hours on each side so that a DST change can never cut
 * it short, and records are kept by their `Minutes5UTC` only. Requests are paged with
 * `limit`/`offset` until `total` records have come.
 *
 * Emission factor: DIRECT. The dataset description: "the CO2 emission from electricity consumed in
 * Denmark measured in g/kWh … based on emissions from each power plant above 10MW … production,
 * consumption and exchange per hour", co-generated heat split by the 125 % method: power-plant CO2,
 * no life cycle. It also says the DK1 and DK2 values are the same for now (both the Danish total).
 * Signal: average (consumption-based).
 */
import { UsageError } from "../../errors.js";
import { offsetAt } from "../../time/zone.js";
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
  valueProblem,
} from "./response-body.js";

export const EDS_PROVIDER = "Energi Data Service";
export const EDS_DEFAULT_BASE_URL = "https://api.energidataservice.dk";
const STEP_MS = 5 * 60_000;
const MARGIN_MS = 2 * 3_600_000;
/** Records per request at most. */
export const EDS_PAGE_LIMIT = 10_000;
const MAX_PAGES = 100;
const DANISH_TIME = "Europe/Copenhagen";
/** See the module comment: power-plant CO2, no life cycle. */
export const EDS_FACTOR: EmissionFactor = "direct";

export type DanishPriceArea = "DK1" | "DK2";

export interface EnergiDataServiceOptions {
  area: DanishPriceArea;
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  baseUrl?: string;
  fetcher: Fetcher;
  /** Records per request; {@link EDS_PAGE_LIMIT} at most. */
  pageSize?: number;
}

export async function fetchEnergiDataService(options: EnergiDataServiceOptions): Promise<ProviderResult> {
  const { from, to, fetcher, area } = options;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new UsageError(`the intensity window must end after it starts (from ${from}, to ${to})`);
  }
  if (area !== "DK1" && area !== "DK2") {
    throw new UsageError(`Energi Data Service price area "${String(area)}" is not DK1 or DK2`);
  }
  const base = (options.baseUrl ?? EDS_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const start = Math.floor(from / STEP_MS) * STEP_MS - MARGIN_MS;
  const end = Math.ceil(to / STEP_MS) * STEP_MS + MARGIN_MS;
  const expected = Math.ceil((end - start) / STEP_MS) + 24;
  const pageSize = Math.max(1, Math.min(options.pageSize ?? EDS_PAGE_LIMIT, EDS_PAGE_LIMIT, expected));
  const query = (offset: number) =>
    [
      `start=${danishTime(start)}`,
      `end=${danishTime(end)}`,
      `filter=${encodeURIComponent(JSON.stringify({ PriceArea: [area] }))}`,
      `columns=${encodeURIComponent("Minutes5UTC,PriceArea,CO2Emission")}`,
      `sort=${encodeURIComponent("Minutes5UTC ASC")}`,
      `offset=${offset}`,
      `limit=${pageSize}`,
    ].join("&");

  const byStart = new Map<number, IntensityPeriod>();
  const seen = new Set<number>();
  let requests = 0;
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = `${base}/dataset/CO2Emis?${query(offset)}`;
    requests++;
    const body = await fetcher.getJson(url, { provider: EDS_PROVIDER });
    const parsed = parseOrInvalid(fetcher, EDS_PROVIDER, url, () => parseEnergiDataServiceBody(body, area));
    let fresh = 0;
    for (const period of parsed.periods) {
      if (seen.has(period.start)) continue;
      seen.add(period.start);
      fresh++;
      if (period.end > from && period.start < to) byStart.set(period.start, period);
    }
    offset += parsed.records;
    const more = parsed.total !== undefined ? offset < parsed.total : parsed.records >= pageSize;
    // A server that ignores offset would send the same page forever.
    if (!more || parsed.records === 0 || fresh === 0) break;
  }

  const { periods } = mergeEnergiDataServicePeriods(byStart.values());
  return {
    series: {
      source: energiDataServiceSource(area),
      zone: `DK-${area}`,
      factor: EDS_FACTOR,
      signal: "average",
      periods,
    },
    requests,
    forecastPeriods: 0,
  };
}

/** Danish wall-clock time of a UTC instant, as the API reads it: yyyy-MM-ddTHH:mm. */
export function danishTime(utcMs: number): string {
  return new Date(utcMs + offsetAt(DANISH_TIME, utcMs)).toISOString().slice(0, 16);
}

/** The series' source: "Energi Data Service (Energinet), CO2Emis DK1". */
export function energiDataServiceSource(area: string | undefined, saved = false): string {
  return `${EDS_PROVIDER} (Energinet${saved ? ", saved response" : ""}), CO2Emis${area === undefined ? "" : ` ${area}`}`;
}

/** Periods of one or more pages as one series: one per start (the first), sorted. */
export function mergeEnergiDataServicePeriods(periods: Iterable<IntensityPeriod>): {
  periods: IntensityPeriod[];
  duplicates: number;
} {
  const merged = mergeByStart(periods, identity);
  return { periods: merged.items, duplicates: merged.duplicates };
}

export interface EnergiDataServiceBody extends ParsedBody {
  /** The price area read: the one asked, else the first a record names. */
  area?: string;
  /** Records of other price areas, by area: left out. */
  otherAreas: Map<string, number>;
  /** Records in the answer (this page), any area. */
  records: number;
  /** `total`: records matching the query over all pages, where the answer says. */
  total?: number;
}

/**
 * One page of dataset CO2Emis: a 5-minute period from each record of the price area (`Minutes5UTC`
 * is UTC though written without a zone); a record without a usable `CO2Emission` is a hole.
 * Without `area`, the first area a record names is read. Throws {@link ResponseShapeError} for
 * another shape.
 */
export function parseEnergiDataServiceBody(body: unknown, area?: string): EnergiDataServiceBody {
  const { records, total } = asRecord(body) ?? {};
  if (!Array.isArray(records)) throw new ResponseShapeError('no "records" array');
  let read = area;
  const otherAreas = new Map<string, number>();
  const skipped = noSkips();
  const periods: IntensityPeriod[] = [];
  records.forEach((record, i) => {
    const at = `records[${i}]`;
    const r = asRecord(record);
    if (r === undefined) {
      skipEntry(skipped, at, "not an object");
      return;
    }
    const { Minutes5UTC, PriceArea, CO2Emission } = r;
    if (PriceArea !== undefined) {
      const named = String(PriceArea);
      read ??= named;
      if (named !== read) {
        otherAreas.set(named, (otherAreas.get(named) ?? 0) + 1);
        return;
      }
    }
    const start = utcInstant(Minutes5UTC);
    if (start === undefined) {
      skipEntry(skipped, at, `"Minutes5UTC" is not a time: ${shown(Minutes5UTC)}`);
      return;
    }
    if (!isIntensity(CO2Emission)) {
      skipEntry(skipped, at, `${valueProblem("CO2Emission", CO2Emission)} at ${Minutes5UTC}`);
      return;
    }
    periods.push({ start, end: start + STEP_MS, gPerKwh: CO2Emission, estimated: false, forecast: false });
  });
  const merged = mergeByStart(periods, identity);
  return {
    ...(read === undefined ? {} : { area: read }),
    otherAreas,
    records: records.length,
    ...(typeof total === "number" ? { total } : {}),
    periods: merged.items,
    entries: records.length,
    skipped,
    duplicates: merged.duplicates,
  };
}
