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
import { parseTimestamp } from "../../time/timestamp.js";
import { type Fetcher, ProviderError, type ProviderResult } from "../http.js";
import type { IntensityPeriod } from "../series.js";
import { WATTTIME_REGIONS } from "./watttime-regions.js";

export const WATTTIME_PROVIDER = "WattTime";
export const WATTTIME_DEFAULT_BASE_URL = "https://api.watttime.org";
/** One /v3/historical request spans at most this long (as the official client asks). */
export const WATTTIME_MAX_RANGE_MS = 30 * 24 * 3_600_000;
/** Grams per pound (exact, by definition of the avoirdupois pound) ÷ kWh per MWh. */
export const LBS_PER_MWH_TO_G_PER_KWH = 453.59237 / 1000;
const DEFAULT_PERIOD_MS = 300_000;
const SIGNAL_TYPE = "co2_moer";
const UNITS = "lbs_co2_per_mwh";

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

  const byStart = new Map<number, IntensityPeriod>();
  for (const [s, e] of splitWattTimeWindow(from, to)) {
    const query = new URLSearchParams({
      region,
      start: apiTime(s),
      end: apiTime(e),
      signal_type: SIGNAL_TYPE,
    });
    const url = `${base}/v3/historical?${query}`;
    const body = await getData(url);
    for (const p of readHistorical(body, fetcher, url)) {
      if (p.end <= from || p.start >= to) continue;
      if (!byStart.has(p.start)) byStart.set(p.start, p);
    }
  }

  const periods: IntensityPeriod[] = [];
  for (const p of [...byStart.values()].sort((a, b) => a.start - b.start)) {
    const previous = periods[periods.length - 1];
    if (previous && p.start < previous.end) continue;
    periods.push(p);
  }
  const zone = options.zone?.trim();
  return {
    series: {
      source: `${WATTTIME_PROVIDER} marginal emissions (MOER, co2_moer), region ${region}${
        mapped && zone ? ` (approximate mapping from zone ${zone})` : ""
      }`,
      ...(zone ? { zone } : {}),
      factor: "direct",
      signal: "marginal",
      periods,
    },
    requests,
    forecastPeriods: 0,
    region,
  };
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

function readHistorical(body: unknown, fetcher: Fetcher, url: string): IntensityPeriod[] {
  const { data, meta } = (body ?? {}) as { data?: unknown; meta?: unknown };
  if (!Array.isArray(data)) throw fetcher.invalidResponse(WATTTIME_PROVIDER, url, 'no "data" array');
  const {
    units,
    signal_type: signal,
    data_point_period_seconds: seconds,
  } = (meta ?? {}) as Record<string, unknown>;
  if (units !== UNITS) {
    throw fetcher.invalidResponse(
      WATTTIME_PROVIDER,
      url,
      `meta.units is ${typeof units === "string" ? `"${units.slice(0, 40)}"` : "missing"}, not "${UNITS}"`,
    );
  }
  if (signal !== undefined && signal !== SIGNAL_TYPE) {
    throw fetcher.invalidResponse(WATTTIME_PROVIDER, url, `meta.signal_type is not "${SIGNAL_TYPE}"`);
  }
  const periodMs =
    typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
      ? Math.round(seconds * 1000)
      : DEFAULT_PERIOD_MS;
  const periods: IntensityPeriod[] = [];
  for (const row of data) {
    if (typeof row !== "object" || row === null) continue;
    const { point_time: time, value, imputed_data_used: imputed } = row as Record<string, unknown>;
    if (typeof time !== "string" || typeof value !== "number" || !Number.isFinite(value) || value < 0)
      continue;
    const t = parseTimestamp(time);
    if (!t) continue;
    const start = t.kind === "instant" ? t.ms : t.wallMs;
    periods.push({
      start,
      end: start + periodMs,
      gPerKwh: lbsPerMwhToGPerKwh(value),
      estimated: imputed === true,
      forecast: false,
    });
  }
  return periods;
}

/** e.g. 2025-06-03T10:00:00Z */
function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
