/**
 * WattTime's forecast endpoint (`/v3/forecast`), against a real HTTP server on 127.0.0.1 that logs
 * in like WattTime and answers in the documented shape: 5-minute points in lbs CO2/MWh.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createFetcher, type Fetcher, ProviderError } from "../../../src/intensity/http.js";
import { fetchForecast } from "../../../src/intensity/online.js";
import { ResponseShapeError } from "../../../src/intensity/providers/response-body.js";
import {
  fetchWattTimeForecast,
  LBS_PER_MWH_TO_G_PER_KWH,
  parseWattTimeForecastBody,
} from "../../../src/intensity/providers/watttime.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const T = (iso: string) => Date.parse(iso);
const FIVE_MIN = 300_000;
const HOUR = 3_600_000;
const USERNAME = "wt-forecast-user-Wombat7";
const PASSWORD = "pw-F0recast!ß:/?&";
const BASIC = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`, "utf8").toString("base64")}`;
const TOKENS = ["eyJ.forecast-bearer-ONE.sig", "eyJ.forecast-bearer-TWO.sig"];
/** The API's present: the forecast starts here; the window asked starts at the next hour. */
const NOW = T("2025-06-04T06:20:00Z");
const FROM = T("2025-06-04T07:00:00Z");

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
const fetcher = (): Fetcher =>
  createFetcher({
    secrets: [],
    timeoutMs: 200,
    deadlineMs: 1500,
    baseDelayMs: 10,
    maxDelayMs: 20,
    random: seededRandom(9),
  });
const path = (req: IncomingMessage) => new URL(req.url ?? "", "http://x").pathname;

/** The documented /v3/forecast answer: `hours` of 5-minute points from NOW. */
function forecastAnswer(hours: number, value = (i: number) => 1000 - i, units = "lbs_co2_per_mwh") {
  const data = [];
  for (let i = 0; i < (hours * HOUR) / FIVE_MIN; i++) {
    data.push({
      point_time: new Date(NOW + i * FIVE_MIN).toISOString().replace(".000Z", "+00:00"),
      value: value(i),
    });
  }
  return {
    data,
    meta: {
      data_point_period_seconds: 300,
      region: "CAISO_NORTH",
      signal_type: "co2_moer",
      units,
      model: { date: "2023-03-01" },
      generated_at: "2025-06-04T06:20:00+00:00",
      generated_at_period_seconds: 300,
      warnings: [],
    },
  };
}

/** /login hands out TOKENS in turn; /v3/forecast answers when the latest token is sent. */
function wattTime(body: () => unknown, status?: number) {
  let logins = 0;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (path(req) === "/login") {
      if (req.headers.authorization !== BASIC) return json(res, { error: "unauthorized" }, 401);
      return json(res, { token: TOKENS[logins++] });
    }
    if (path(req) === "/v3/forecast") {
      if (status !== undefined) return json(res, { error: `refused ${TOKENS[0]}` }, status);
      if (req.headers.authorization !== `Bearer ${TOKENS[logins - 1]}`)
        return json(res, { error: "bad token" }, 401);
      return json(res, body());
    }
    return json(res, { error: "not found" }, 404);
  };
}

describe("fetchWattTimeForecast", () => {
  it("logs in, asks /v3/forecast with the bearer token; 5-minute periods in g/kWh, all flagged forecast", async () => {
    const s = await serve(wattTime(() => forecastAnswer(48)));
    const f = fetcher();
    const r = await fetchWattTimeForecast({
      region: "CAISO_NORTH",
      from: FROM,
      to: FROM + 30 * HOUR,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: f,
    });
    expect(s.requests.map((q) => new URL(q.url, "http://x").pathname)).toEqual(["/login", "/v3/forecast"]);
    expect(s.requests[1]?.headers.authorization).toBe(`Bearer ${TOKENS[0]}`);
    expect(Object.fromEntries(new URL(`${s.base}${s.requests[1]?.url}`).searchParams)).toEqual({
      region: "CAISO_NORTH",
      signal_type: "co2_moer",
      horizon_hours: "31",
    });
    expect(r.requests).toBe(2);
    // 06:20–07:00 lies before the window: dropped. 30 h of 5-minute points kept.
    expect(r.series.periods).toHaveLength((30 * HOUR) / FIVE_MIN);
    expect(r.forecastPeriods).toBe(r.series.periods.length);
    // The 9th point (07:00) is 1000 − 8 = 992 lbs/MWh = 992 × 0.45359237 g/kWh.
    expect(r.series.periods[0]).toEqual({
      start: FROM,
      end: FROM + FIVE_MIN,
      gPerKwh: 992 * 0.45359237,
      estimated: false,
      forecast: true,
    });
    expect(r.series.periods.every((p) => p.forecast && p.end - p.start === FIVE_MIN)).toBe(true);
    expect(r.series).toMatchObject({ factor: "direct", signal: "marginal" });
    expect(r.series.source).toBe(
      "WattTime marginal emissions (MOER, co2_moer, forecast), region CAISO_NORTH",
    );
    expect(f.redact(`${USERNAME} ${PASSWORD} ${TOKENS[0]}`)).toBe("*** *** ***");
  });

  it("a 403 (region outside the plan) names no secret", async () => {
    const s = await serve(wattTime(() => forecastAnswer(24), 403));
    const e = await fetchWattTimeForecast({
      region: "PJM_DC",
      from: FROM,
      to: FROM + 24 * HOUR,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).message).toMatch(/no access to the region/);
    const text = `${(e as ProviderError).message} ${(e as ProviderError).url}`;
    for (const secret of [USERNAME, PASSWORD, BASIC.slice(6), ...TOKENS]) expect(text).not.toContain(secret);
  });

  it("other units are refused rather than guessed", async () => {
    const s = await serve(wattTime(() => forecastAnswer(24, () => 500, "kg_co2_per_mwh")));
    await expect(
      fetchWattTimeForecast({
        region: "CAISO_NORTH",
        from: FROM,
        to: FROM + 24 * HOUR,
        username: USERNAME,
        password: PASSWORD,
        baseUrl: s.base,
        fetcher: fetcher(),
      }),
    ).rejects.toThrow(/meta\.units is "kg_co2_per_mwh", not "lbs_co2_per_mwh"/);
  });
});

describe("parseWattTimeForecastBody", () => {
  it("converts lbs/MWh to g/kWh over 5-minute periods, flags every one forecast, keeps generated_at", () => {
    const parsed = parseWattTimeForecastBody(forecastAnswer(1, (i) => (i === 2 ? 0 : 1000)));
    expect(parsed.periods).toHaveLength(12);
    expect(parsed.periodMs).toBe(FIVE_MIN);
    expect(parsed.periods[0]?.gPerKwh).toBeCloseTo(1000 * LBS_PER_MWH_TO_G_PER_KWH, 9);
    expect(parsed.periods[2]?.gPerKwh).toBe(0);
    expect(parsed.periods.every((p) => p.forecast && p.end - p.start === FIVE_MIN)).toBe(true);
    expect(parsed.generatedAt).toBe(NOW);
  });

  it("refuses bad bodies with a clear reason; a null value is a hole", () => {
    expect(() => parseWattTimeForecastBody({ meta: { units: "lbs_co2_per_mwh" } })).toThrow(
      ResponseShapeError,
    );
    expect(() => parseWattTimeForecastBody({ data: [], meta: {} })).toThrow(/meta\.units is missing/);
    const withHole = forecastAnswer(1);
    (withHole.data[3] as { value: number | null }).value = null;
    const parsed = parseWattTimeForecastBody(withHole);
    expect(parsed.periods).toHaveLength(11);
    expect(parsed.skipped.examples[0]?.reason).toMatch(/value is null/);
  });
});

describe("fetchForecast (online) with WattTime", () => {
  it("falls through a failing Electricity Maps forecast to WattTime's", async () => {
    const em = await serve((_req, res) => json(res, { error: "no forecast on this plan" }, 403));
    const wt = await serve(wattTime(() => forecastAnswer(30)));
    const got = await fetchForecast(["electricity-maps", "watttime"], {
      zone: "US-CAL-CISO",
      from: FROM,
      to: FROM + 24 * HOUR,
      factor: "lifecycle",
      credentials: {
        electricityMapsToken: "em-token-never-shown",
        wattTimeUsername: USERNAME,
        wattTimePassword: PASSWORD,
        wattTimeRegion: "CAISO_NORTH",
      },
      baseUrls: { "electricity-maps": em.base, watttime: wt.base },
    });
    expect(got?.attempts.map((a) => [a.source, a.failure])).toEqual([
      ["electricity-maps", "HTTP 403"],
      ["watttime", undefined],
    ]);
    expect(got?.series?.signal).toBe("marginal");
    expect(got?.series?.periods).toHaveLength((24 * HOUR) / FIVE_MIN);
  });
});
