/**
 * Hourly intensity from the providers' APIs for the run's window: which providers apply to a zone
 * with the credentials given, the order they are tried in, and the filling of one provider's
 * holes from the next. Every attempt, its requests and its failure are kept for the report; hours
 * no provider covers are left to the annual-average fallback, which the report counts.
 */
import { UsageError } from "../errors.js";
import { createFetcher, type Fetcher, ProviderError, type ProviderResult } from "./http.js";
import { fetchElectricityMaps, fetchElectricityMapsForecast } from "./providers/electricity-maps.js";
import { fetchEnergiDataService } from "./providers/energi-data-service.js";
import { fetchEnergyCharts } from "./providers/energy-charts.js";
import { fetchUkIntensity } from "./providers/uk-carbon-intensity.js";
import { fetchWattTime, fetchWattTimeForecast, resolveWattTimeRegion } from "./providers/watttime.js";
import type { EmissionFactor, IntensityPeriod, IntensitySeries } from "./series.js";

export const ONLINE_SOURCES = [
  "electricity-maps",
  "watttime",
  "uk",
  "energy-charts",
  "energi-data-service",
] as const;
export type OnlineSourceName = (typeof ONLINE_SOURCES)[number];

export interface Credentials {
  electricityMapsToken?: string;
  wattTimeUsername?: string;
  wattTimePassword?: string;
  wattTimeRegion?: string;
  ukRegion?: string;
}

interface OnlineSource {
  name: OnlineSourceName;
  title: string;
  /** Terms the figures come under, named in the report. */
  licence: string;
  /** Whether it has figures for the zone without being asked by name. */
  serves(zone: string): boolean;
  configured(credentials: Credentials): boolean;
  fetch(request: FetchRequest): Promise<ProviderResult & { estimationMethods?: string[] }>;
  /** A separate forecast endpoint, where the provider has one (its range endpoint gives none). */
  forecast?(request: FetchRequest): Promise<ProviderResult>;
}

interface FetchRequest {
  zone: string;
  from: number;
  to: number;
  factor: EmissionFactor;
  credentials: Credentials;
  baseUrl?: string;
  fetcher: Fetcher;
}

/** Energy-Charts publishes CO2-equivalent figures for Germany; other countries only when asked by name. */
const ENERGY_CHARTS_ZONES = new Set(["DE"]);

const SOURCES: readonly OnlineSource[] = [
  {
    name: "electricity-maps",
    title: "Electricity Maps",
    licence: "Electricity Maps data, ODbL 1.0 (attribution: Electricity Maps)",
    serves: () => true,
    configured: (c) => Boolean(c.electricityMapsToken),
    fetch: (r) =>
      fetchElectricityMaps({
        zone: r.zone,
        from: r.from,
        to: r.to,
        token: r.credentials.electricityMapsToken ?? "",
        factor: r.factor,
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
    forecast: (r) =>
      fetchElectricityMapsForecast({
        zone: r.zone,
        from: r.from,
        to: r.to,
        token: r.credentials.electricityMapsToken ?? "",
        factor: r.factor,
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
  },
  {
    name: "watttime",
    title: "WattTime",
    licence: "WattTime data under the WattTime terms of use (marginal operating emissions rate)",
    serves: (zone) => {
      try {
        resolveWattTimeRegion(undefined, zone);
        return true;
      } catch {
        return false;
      }
    },
    configured: (c) => Boolean(c.wattTimeUsername && c.wattTimePassword),
    fetch: (r) =>
      fetchWattTime({
        region: r.credentials.wattTimeRegion,
        zone: r.zone,
        from: r.from,
        to: r.to,
        username: r.credentials.wattTimeUsername ?? "",
        password: r.credentials.wattTimePassword ?? "",
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
    forecast: (r) =>
      fetchWattTimeForecast({
        region: r.credentials.wattTimeRegion,
        zone: r.zone,
        from: r.from,
        to: r.to,
        username: r.credentials.wattTimeUsername ?? "",
        password: r.credentials.wattTimePassword ?? "",
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
  },
  {
    name: "uk",
    title: "UK Carbon Intensity API (NESO)",
    licence: "NESO Carbon Intensity API, CC BY 4.0",
    serves: (zone) => zone === "GB",
    configured: () => true,
    fetch: (r) =>
      fetchUkIntensity({
        from: r.from,
        to: r.to,
        region: r.credentials.ukRegion,
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
  },
  {
    name: "energy-charts",
    title: "Energy-Charts (Fraunhofer ISE)",
    licence: "Energy-Charts data, CC BY 4.0 (Fraunhofer ISE)",
    serves: (zone) => ENERGY_CHARTS_ZONES.has(zone),
    configured: () => true,
    fetch: (r) =>
      fetchEnergyCharts({
        country: r.zone.toLowerCase(),
        from: r.from,
        to: r.to,
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
  },
  {
    name: "energi-data-service",
    title: "Energi Data Service (Energinet)",
    licence: "Energi Data Service data, CC BY 4.0 (Energinet)",
    serves: (zone) => zone === "DK-DK1" || zone === "DK-DK2",
    configured: () => true,
    fetch: (r) =>
      fetchEnergiDataService({
        area: r.zone === "DK-DK2" ? "DK2" : "DK1",
        from: r.from,
        to: r.to,
        baseUrl: r.baseUrl,
        fetcher: r.fetcher,
      }),
  },
];

export interface Attempt {
  source: OnlineSourceName;
  title: string;
  licence: string;
  /** Periods this source contributed to the series (0 when it failed or added nothing new). */
  periodsUsed: number;
  requests: number;
  /** Why it gave nothing, in words safe to print (no secrets, no query strings). */
  failure?: string;
  /** How the provider estimated the periods it flagged as estimated (Electricity Maps). */
  estimationMethods?: string[];
}

export interface OnlineIntensity {
  /** Undefined when every source failed. */
  series?: IntensitySeries;
  attempts: Attempt[];
}

/**
 * The sources to try, in order: the one asked for, or (auto) Electricity Maps with a token,
 * WattTime with credentials, then the key-free source serving the zone.
 */
export function sourcesFor(
  asked: OnlineSourceName | "auto",
  zone: string,
  credentials: Credentials,
): OnlineSourceName[] {
  if (asked !== "auto") {
    const source = SOURCES.find((s) => s.name === asked) as OnlineSource;
    if (!source.configured(credentials)) {
      throw new UsageError(
        asked === "electricity-maps"
          ? "intensity-source electricity-maps needs a token (--electricity-maps-token / electricity-maps-token)"
          : "intensity-source watttime needs --watttime-username and --watttime-password (inputs watttime-username, watttime-password)",
      );
    }
    return [asked];
  }
  return SOURCES.filter((s) => s.configured(credentials) && s.serves(zone)).map((s) => s.name);
}

type OnlineRequest = Omit<FetchRequest, "fetcher"> & {
  fetcher?: Fetcher;
  /** A base URL per source, where they differ (tests); `baseUrl` applies to the others. */
  baseUrls?: Partial<Record<OnlineSourceName, string>>;
};

/** The request's fetcher, else a new one that redacts every credential given. */
function fetcherFor(request: OnlineRequest): Fetcher {
  const secrets = [
    request.credentials.electricityMapsToken,
    request.credentials.wattTimeUsername,
    request.credentials.wattTimePassword,
  ].filter((s): s is string => Boolean(s));
  return request.fetcher ?? createFetcher({ secrets });
}

export async function fetchOnline(
  names: readonly OnlineSourceName[],
  request: OnlineRequest,
): Promise<OnlineIntensity> {
  const fetcher = fetcherFor(request);
  const attempts: Attempt[] = [];
  const results: { attempt: Attempt; series: IntensitySeries }[] = [];
  let measured: IntensityPeriod[] = [];
  for (const name of names) {
    const source = SOURCES.find((s) => s.name === name) as OnlineSource;
    const attempt: Attempt = {
      source: name,
      title: source.title,
      licence: source.licence,
      periodsUsed: 0,
      requests: 0,
    };
    attempts.push(attempt);
    try {
      const result = await source.fetch({
        ...request,
        baseUrl: request.baseUrls?.[name] ?? request.baseUrl,
        fetcher,
      });
      attempt.requests = result.requests;
      if (result.estimationMethods && result.estimationMethods.length > 0) {
        // Free text from the provider's answer: it could echo a key back.
        attempt.estimationMethods = result.estimationMethods.map((m) => fetcher.redact(m));
      }
      results.push({ attempt, series: result.series });
      measured = merge(
        measured,
        result.series.periods.filter((p) => !p.forecast),
      );
      if (covers(measured, request.from, request.to)) break;
    } catch (error) {
      attempt.failure = describeFailure(error);
      if (error instanceof ProviderError) attempt.requests = error.attempts;
      if (!(error instanceof ProviderError || error instanceof UsageError)) throw error;
    }
  }
  // The stated order: measured figures from each provider in turn, then their forecasts; the
  // annual average takes what is left (in the footprint).
  let periods: IntensityPeriod[] = [];
  let first: IntensitySeries | undefined;
  for (const pass of [false, true]) {
    for (const { attempt, series } of results) {
      const added = fillHoles(
        periods,
        series.periods.filter((p) => p.forecast === pass),
      );
      attempt.periodsUsed += added.length;
      if (added.length > 0) {
        periods = merge(periods, added);
        first ??= series;
      }
    }
  }
  if (!first) return { attempts };
  const series: IntensitySeries = {
    source: attempts
      .filter((a) => a.periodsUsed > 0)
      .map((a) => a.title)
      .join(" + "),
    zone: request.zone,
    factor: first.factor,
    signal: first.signal,
    periods,
  };
  return { series, attempts };
}

/**
 * A forecast from the separate forecast endpoints (Electricity Maps, WattTime) of the sources
 * named, configured ones only, tried in order: the first that gives any period wins (forecasts of
 * two providers are never mixed). Undefined when none of the names has a forecast endpoint; else
 * each attempt, and the series when one gave periods. For the next-run what-if only.
 */
export async function fetchForecast(
  names: readonly OnlineSourceName[],
  request: OnlineRequest,
): Promise<OnlineIntensity | undefined> {
  const sources = names
    .map((name) => SOURCES.find((s) => s.name === name) as OnlineSource)
    .filter((s) => s.forecast !== undefined && s.configured(request.credentials));
  if (sources.length === 0) return undefined;
  const fetcher = fetcherFor(request);
  const attempts: Attempt[] = [];
  for (const source of sources) {
    const attempt: Attempt = {
      source: source.name,
      title: source.title,
      licence: source.licence,
      periodsUsed: 0,
      requests: 0,
    };
    attempts.push(attempt);
    try {
      const result = await (source.forecast as NonNullable<OnlineSource["forecast"]>)({
        ...request,
        baseUrl: request.baseUrls?.[source.name] ?? request.baseUrl,
        fetcher,
      });
      attempt.requests = result.requests;
      attempt.periodsUsed = result.series.periods.length;
      if (attempt.periodsUsed > 0) return { series: result.series, attempts };
      attempt.failure = "no forecast periods in the window";
    } catch (error) {
      attempt.failure = describeFailure(error);
      if (error instanceof ProviderError) attempt.requests = error.attempts;
      if (!(error instanceof ProviderError || error instanceof UsageError)) throw error;
    }
  }
  return { attempts };
}

function merge(a: readonly IntensityPeriod[], b: readonly IntensityPeriod[]): IntensityPeriod[] {
  return [...a, ...fillHoles(a, b)].sort((x, y) => x.start - y.start);
}

/** The periods of `candidates` that fall where `existing` (sorted, non-overlapping) has nothing. */
function fillHoles(
  existing: readonly IntensityPeriod[],
  candidates: readonly IntensityPeriod[],
): IntensityPeriod[] {
  if (existing.length === 0) return [...candidates];
  return candidates.filter((c) => {
    // The first existing period ending after c starts; c is free if that one starts after c ends.
    let lo = 0;
    let hi = existing.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((existing[mid] as IntensityPeriod).end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const next = existing[lo];
    return next === undefined || next.start >= c.end;
  });
}

function covers(periods: readonly IntensityPeriod[], from: number, to: number): boolean {
  let reached = from;
  for (const p of periods) {
    if (p.start > reached) return false;
    reached = Math.max(reached, p.end);
    if (reached >= to) return true;
  }
  return reached >= to;
}

function describeFailure(error: unknown): string {
  if (error instanceof ProviderError) {
    return typeof error.status === "number"
      ? `HTTP ${error.status}`
      : error.status === "timeout"
        ? "no answer in time"
        : error.status === "network"
          ? "no connection"
          : "an unreadable answer";
  }
  return error instanceof Error ? error.message : String(error);
}
