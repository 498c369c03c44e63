/**
 * WattTime API v3 (account needed): the marginal operating emissions rate (MOER) of a grid region,
 * `signal_type=co2_moer` — the emissions of the generators that answer a change in demand, not
 * the average of the mix. Documentation: https://docs.watttime.org; the official Python client
 * (WattTime/watttime-python-client, watttime/api.py) for details the reference leaves out.
 *
 * - Login: `GET /login` with HTTP Basic auth (username:password) → `{"token":"…"}`, a bearer token
 *   valid for 30 minutes. A 401 on a data request means the token lapsed: log in again once and
 *   repeat that request (the one 4xx that is retried); a second 401 fails.
 * - Data: `GET /v3/historical?region=CAISO_NORTH&start=…&end=…&signal_type=co2_moer` with
 *   `Authorization: Bearer <token>` →
 *   `{"data":[{"point_time":"2022-07-15T00:00:00+00:00","value":870.0}],"meta":{"data_point_period_seconds":300,
 *   "region":"CAISO_NORTH","signal_type":"co2_moer","units":"lbs_co2_per_mwh","model":{…},"warnings":[…]}}`.
 *   Each `point_time` starts a period of `data_point_period_seconds` (5 minutes). `start` and `end`
 *   are both inclusive (python client: "API response is inclusive"); the official client asks
 *   for 30 days at most per request and so does this module (third-party descriptions of the API
 *   give 32 days as the limit). Points are kept once per start time, so the point shared by two
 *   requests counts once. `imputed_data_used: true`, where present, marks a point estimated.
 * - Forecast: `GET /v3/forecast?region=…&signal_type=co2_moer&horizon_hours=…` (bearer token) → the
 *   same `data`/`meta` shape, with `meta.generated_at`; 5-minute points from now, up to 72 h ahead.
 *   Used only for the next-run what-if.
 * - Units: pounds of CO2 per MWh, converted to g/kWh with × 0.45359237 (1 lb = 453.59237 g,
 *   1 MWh = 1000 kWh). Any other `meta.units` is refused rather than guessed.
 * - Without a subscription only CAISO_NORTH can be read ("you can preview all of the available
 *   region-specific data by providing CAISO_NORTH"); a 403 on data is reported as a region
 *   outside the account's plan.
 * - Region: given, or looked up from the Electricity Maps zone in watttime-regions.ts, which is
 *   approximate (see there); the result names the region used.
 *
 * Signal: marginal. Emission factor: DIRECT — an operating emissions rate, i.e. stack CO2 of the
 * marginal generators, with no upstream (life-cycle) share.
 */
import { UsageError } from "../../errors.js";
import { type Fetcher, ProviderError, type ProviderResult } from "../http.js";
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
import { WATTTIME_REGIONS } from "./watttime-regions.js";

export const WATTTIME_PROVIDER = "WattTime";
export const WATTTIME_DEFAULT_BASE_URL = "https://api.watttime.org";
/** The longest forecast /v3/forecast gives (`horizon_hours`). */
export const WATTTIME_MAX_FORECAST_HOURS = 72;
/** One /v3/historical request spans at most this long (as the official client asks). */
export const WATTTIME_MAX_RANGE_MS = 30 * 24 * 3_600_000;
/** Grams per pound (exact, by definition of the avoirdupois pound) ÷ kWh per MWh. */
export const LBS_PER_MWH_TO_G_PER_KWH = 453.59237 / 1000;
const DEFAULT_PERIOD_MS = 300_000;
/** The shortest and longest `data_point_period_seconds` believed: shorter or longer is a corrupt answer. */
const MIN_PERIOD_MS = 1000;
const MAX_PERIOD_MS = 86_400_000;
const SIGNAL_TYPE = "co2_moer";
const UNITS = "lbs_co2_per_mwh";
/** See the module comment: an operating emissions rate, stack CO2 only. */
export const WATTTIME_FACTOR: EmissionFactor = "direct";

export interface WattTimeOptions {
  /** WattTime region, e.g. "CAISO_NORTH"; wins over `zone`. */
  region?: string;
  /** Electricity Maps zone id, mapped to a region when no region is given. */
  zone?: string;
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  username: string;
  password: string;
  baseUrl?: string;
  fetcher: Fetcher;
}

export interface WattTimeResult extends ProviderResult {
  /** The WattTime region the figures are for. */
  region: string;
}

export async function fetchWattTime(options: WattTimeOptions): Promise<WattTimeResult> {
  const { from, to, fetcher } = options;
  const { region, mapped, base, session } = await openSession(options);
  const all: IntensityPeriod[] = [];
  for (const [s, e] of splitWattTimeWindow(from, to)) {
    const query = new URLSearchParams({
      region,
      start: apiTime(s),
      end: apiTime(e),
      signal_type: SIGNAL_TYPE,
    });
    const url = `${base}/v3/historical?${query}`;
    const body = await session.getData(url);
    const parsed = parseOrInvalid(fetcher, WATTTIME_PROVIDER, url, () => parseWattTimeBody(body));
    for (const p of parsed.periods) {
      if (p.end > from && p.start < to) all.push(p);
    }
  }

  const { periods } = mergeWattTimePeriods(all);
  const zone = options.zone?.trim();
  return {
    series: {
      source: `${wattTimeSource(region)}${mapped && zone ? ` (approximate mapping from zone ${zone})` : ""}`,
      ...(zone ? { zone } : {}),
      factor: WATTTIME_FACTOR,
      signal: "marginal",
      periods,
    },
    requests: session.requests(),
    forecastPeriods: 0,
    region,
  };
}

/**
 * `GET /v3/forecast?region=…&signal_type=co2_moer&horizon_hours=…` with the bearer token → the
 * latest forecast from now, in the historical answer's shape plus `meta.generated_at`:
 * `{"data":[{"point_time":"…","value":870.0}],"meta":{"data_point_period_seconds":300,
 * "units":"lbs_co2_per_mwh","generated_at":"…",…}}`. The horizon asked is the hours from the hour
 * before `from` (the API's present) to `to`, 1 to 72. Every period is flagged `forecast`; those
 * outside [from, to) are dropped. Only for the next-run what-if, never to price a run.
 */
export async function fetchWattTimeForecast(options: WattTimeOptions): Promise<WattTimeResult> {
  const { from, to, fetcher } = options;
  const { region, mapped, base, session } = await openSession(options);
  const hourMs = 3_600_000;
  const hours = Math.ceil((to - (Math.floor(from / hourMs) * hourMs - hourMs)) / hourMs);
  const query = new URLSearchParams({
    region,
    signal_type: SIGNAL_TYPE,
    horizon_hours: String(Math.min(Math.max(hours, 1), WATTTIME_MAX_FORECAST_HOURS)),
  });
  const url = `${base}/v3/forecast?${query}`;
  const body = await session.getData(url);
  const parsed = parseOrInvalid(fetcher, WATTTIME_PROVIDER, url, () => parseWattTimeForecastBody(body));
  const periods = parsed.periods.filter((p) => p.end > from && p.start < to);
  const zone = options.zone?.trim();
  return {
    series: {
      source: `${wattTimeSource(region, false, true)}${mapped && zone ? ` (approximate mapping from zone ${zone})` : ""}`,
      ...(zone ? { zone } : {}),
      factor: WATTTIME_FACTOR,
      signal: "marginal",
      periods,
    },
    requests: session.requests(),
    forecastPeriods: periods.length,
    region,
  };
}

/**
 * Checks, region and login: a data getter that sends the bearer token and logs in again once on a
 * 401, with the count of requests made (logins included).
 */
async function openSession(options: WattTimeOptions): Promise<{
  region: string;
  mapped: boolean;
  base: string;
  session: { getData(url: string): Promise<unknown>; requests(): number };
}> {
  const { from, to, fetcher, username, password } = options;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new UsageError(`the intensity window must end after it starts (from ${from}, to ${to})`);
  }
  if (typeof username !== "string" || username === "" || typeof password !== "string" || password === "") {
    throw new UsageError("WattTime needs both watttime-username and watttime-password");
  }
  fetcher.addSecret(username);
  fetcher.addSecret(password);
  fetcher.addSecret(`${username}:${password}`);
  const { region, mapped } = resolveWattTimeRegion(options.region, options.zone);

  const base = (options.baseUrl ?? WATTTIME_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const loginUrl = `${base}/login`;
  const basic = `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
  let requests = 0;

  const login = async (): Promise<string> => {
    requests++;
    const body = await fetcher
      .getJson(loginUrl, { provider: WATTTIME_PROVIDER, headers: { authorization: basic } })
      .catch((e: unknown) => {
        throw explain(e, "login");
      });
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== "string" || token === "") {
      throw fetcher.invalidResponse(WATTTIME_PROVIDER, loginUrl, 'no "token" in the login answer');
    }
    fetcher.addSecret(token);
    return token;
  };

  let token = await login();
  let reloggedIn = false;
  const getData = async (url: string): Promise<unknown> => {
    for (;;) {
      requests++;
      try {
        return await fetcher.getJson(url, {
          provider: WATTTIME_PROVIDER,
          headers: { authorization: `Bearer ${token}` },
        });
      } catch (e) {
        if (e instanceof ProviderError && e.status === 401 && !reloggedIn) {
          reloggedIn = true;
          token = await login();
          continue;
        }
        throw explain(e, "data");
      }
    }
  };

  return { region, mapped, base, session: { getData, requests: () => requests } };
}

/** The region given, else the one the zone maps to; a UsageError when neither gives one. */
export function resolveWattTimeRegion(
  region: string | undefined,
  zone: string | undefined,
): { region: string; mapped: boolean } {
  const given = region?.trim();
  if (given) {
    if (!/^[A-Za-z0-9_]{1,64}$/.test(given)) {
      throw new UsageError(`watttime-region "${region}" is not a WattTime region id (e.g. "CAISO_NORTH")`);
    }
    return { region: given.toUpperCase(), mapped: false };
  }
  const z = zone?.trim();
  if (!z) throw new UsageError("WattTime needs a region: set watttime-region (e.g. CAISO_NORTH) or a zone");
  const entry = WATTTIME_REGIONS[z] ?? WATTTIME_REGIONS[z.toUpperCase()];
  if (!entry) {
    throw new UsageError(
      `no WattTime region is known for zone ${z}: set watttime-region (GET /v3/my-access lists the regions your account can read)`,
    );
  }
  return { region: entry.region, mapped: true };
}

/**
 * /v3/historical request ranges: the window widened to whole 5-minute steps, consecutive ranges of
 * at most {@link WATTTIME_MAX_RANGE_MS}.
 */
export function splitWattTimeWindow(from: number, to: number): Array<[number, number]> {
  const start = Math.floor(from / DEFAULT_PERIOD_MS) * DEFAULT_PERIOD_MS;
  const end = Math.ceil(to / DEFAULT_PERIOD_MS) * DEFAULT_PERIOD_MS;
  const ranges: Array<[number, number]> = [];
  for (let s = start; s < end; ) {
    const e = Math.min(s + WATTTIME_MAX_RANGE_MS, end);
    ranges.push([s, e]);
    s = e;
  }
  return ranges;
}

/** lbs CO2 per MWh → g CO2 per kWh. */
export function lbsPerMwhToGPerKwh(lbsPerMwh: number): number {
  return lbsPerMwh * LBS_PER_MWH_TO_G_PER_KWH;
}

type Stage = "login" | "data";

/** A refusal named for what it means here; everything else passed on as it is. */
function explain(e: unknown, stage: Stage): unknown {
  if (!(e instanceof ProviderError) || (e.status !== 401 && e.status !== 403)) return e;
  const why =
    stage === "login"
      ? "the login was refused: check watttime-username and watttime-password"
      : e.status === 403
        ? "this account has no access to the region (free accounts read CAISO_NORTH only)"
        : "the token was refused again after a fresh login";
  const prefix = `${e.provider}: `;
  const said = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  return new ProviderError({
    provider: e.provider,
    status: e.status,
    url: e.url,
    detail: `${said}: ${why}`,
    attempts: e.attempts,
    ...(e.retryAfterMs === undefined ? {} : { retryAfterMs: e.retryAfterMs }),
  });
}

/** The series' source: "WattTime marginal emissions (MOER, co2_moer), region CAISO_NORTH". */
export function wattTimeSource(region: string | undefined, saved = false, forecast = false): string {
  return `${WATTTIME_PROVIDER} marginal emissions (MOER, ${SIGNAL_TYPE}${forecast ? ", forecast" : ""}${saved ? ", saved response" : ""})${
    region === undefined ? "" : `, region ${region}`
  }`;
}

export interface WattTimeBody extends ParsedBody {
  /** `meta.region`, where the answer names it. */
  region?: string;
  /** The length of each period: `meta.data_point_period_seconds`, 5 minutes when absent. */
  periodMs: number;
  /** `meta.warnings`, as text. */
  warnings: string[];
}

/**
 * One /v3/historical answer: a period of `data_point_period_seconds` from each `point_time`, the
 * value converted from lbs/MWh to g/kWh; `imputed_data_used: true` marks it estimated; a null
 * value is a hole. Throws {@link ResponseShapeError} for another shape, other units or signal.
 */
export function parseWattTimeBody(body: unknown): WattTimeBody {
  const { data, meta } = asRecord(body) ?? {};
  if (!Array.isArray(data)) throw new ResponseShapeError('no "data" array');
  const {
    units,
    signal_type: signal,
    data_point_period_seconds: seconds,
    region,
    warnings,
  } = asRecord(meta) ?? {};
  if (units !== UNITS) {
    throw new ResponseShapeError(
      `meta.units is ${typeof units === "string" ? `"${units.slice(0, 40)}"` : "missing"}, not "${UNITS}"`,
    );
  }
  if (signal !== undefined && signal !== SIGNAL_TYPE) {
    throw new ResponseShapeError(`meta.signal_type is not "${SIGNAL_TYPE}"`);
  }
  const periodMs =
    typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
      ? Math.round(seconds * 1000)
      : DEFAULT_PERIOD_MS;
  if (periodMs < MIN_PERIOD_MS || periodMs > MAX_PERIOD_MS) {
    // A period of nothing (end = start), or one that ends where no Date reaches (1e300 s).
    throw new ResponseShapeError(
      `meta.data_point_period_seconds is ${shown(seconds)}: expected the length of a period, from ` +
        `${MIN_PERIOD_MS / 1000} s to a day (WattTime's are ${DEFAULT_PERIOD_MS / 1000} s)`,
    );
  }
  const skipped = noSkips();
  const periods: IntensityPeriod[] = [];
  data.forEach((row, i) => {
    const at = `data[${i}]`;
    const r = asRecord(row);
    if (r === undefined) {
      skipEntry(skipped, at, "not an object");
      return;
    }
    const { point_time: time, value, imputed_data_used: imputed } = r;
    const start = utcInstant(time);
    if (start === undefined) {
      skipEntry(skipped, at, `"point_time" is not a time: ${shown(time)}`);
      return;
    }
    if (!isIntensity(value)) {
      skipEntry(skipped, at, `${valueProblem("value", value)} at ${time}`);
      return;
    }
    periods.push({
      start,
      end: start + periodMs,
      gPerKwh: lbsPerMwhToGPerKwh(value),
      estimated: imputed === true,
      forecast: false,
    });
  });
  const merged = mergeByStart(periods, identity);
  return {
    ...(typeof region === "string" && region.trim() !== "" ? { region: region.trim() } : {}),
    periodMs,
    warnings: Array.isArray(warnings) ? warnings.flatMap(warningText) : [],
    periods: merged.items,
    entries: data.length,
    skipped,
    duplicates: merged.duplicates,
  };
}

export interface WattTimeForecastBody extends WattTimeBody {
  /** `meta.generated_at`: when the forecast was made (UTC ms), where the answer says. */
  generatedAt?: number;
}

/**
 * One /v3/forecast answer: read as a /v3/historical one ({@link parseWattTimeBody}: lbs/MWh to
 * g/kWh, `data_point_period_seconds` periods, other units refused), every period flagged `forecast`.
 */
export function parseWattTimeForecastBody(body: unknown): WattTimeForecastBody {
  const parsed = parseWattTimeBody(body);
  const generatedAt = utcInstant(asRecord(asRecord(body)?.meta)?.generated_at);
  return {
    ...parsed,
    ...(generatedAt === undefined ? {} : { generatedAt }),
    periods: parsed.periods.map((p) => ({ ...p, forecast: true })),
  };
}

/** Periods of one or more answers as one series: one per start (the first), sorted, overlaps dropped. */
export function mergeWattTimePeriods(periods: Iterable<IntensityPeriod>): {
  periods: IntensityPeriod[];
  duplicates: number;
  overlaps: number;
} {
  const merged = mergeByStart(periods, identity, { dropOverlaps: true });
  return { periods: merged.items, duplicates: merged.duplicates, overlaps: merged.overlaps };
}

/** A `meta.warnings` entry ({"type", "message"} in the docs, or plain text) as text. */
function warningText(w: unknown): string[] {
  if (typeof w === "string") return w.trim() === "" ? [] : [w.trim()];
  const r = asRecord(w);
  if (r === undefined) return [];
  const text = [r.type, r.message].filter((x): x is string => typeof x === "string" && x.trim() !== "");
  return text.length === 0 ? [] : [text.join(": ")];
}

/** e.g. 2025-06-03T10:00:00Z */
function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
