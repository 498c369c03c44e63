/**
 * Electricity Maps' forecast endpoint (`/v3/carbon-intensity/forecast`), against a real HTTP
 * server on 127.0.0.1 answering in the documented shape: hourly rows from the current hour.
 */
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { createFetcher, type Fetcher, ProviderError } from "../../../src/intensity/http.js";
import { fetchForecast } from "../../../src/intensity/online.js";
import {
  fetchElectricityMapsForecast,
  forecastHorizon,
  parseElectricityMapsForecastBody,
} from "../../../src/intensity/providers/electricity-maps.js";
import { ResponseShapeError } from "../../../src/intensity/providers/response-body.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const T = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const TOKEN = "em-SECRET-forecast-token-41b2";
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
    random: seededRandom(3),
  });

/** The documented answer: `hours` hourly rows from 06:00 (the API's current hour). */
function forecastAnswer(zone: string, hours: number, value = (i: number) => 100 + i) {
  const forecast = [];
  for (let i = 0; i < hours; i++) {
    forecast.push({ carbonIntensity: value(i), datetime: new Date(FROM - HOUR + i * HOUR).toISOString() });
  }
  return { zone, forecast, updatedAt: "2025-06-04T06:05:00.000Z" };
}

describe("fetchElectricityMapsForecast", () => {
  it("asks the forecast endpoint with the token in auth-token; hourly periods, all flagged forecast", async () => {
    const s = await serve((_req, res) => json(res, forecastAnswer("DE", 48)));
    const r = await fetchElectricityMapsForecast({
      zone: "DE",
      from: FROM,
      to: FROM + 30 * HOUR,
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests).toHaveLength(1);
    const url = new URL(`${s.base}${s.requests[0]?.url}`);
    expect(url.pathname).toBe("/v3/carbon-intensity/forecast");
    expect(url.searchParams.get("zone")).toBe("DE");
    expect(url.searchParams.get("horizonHours")).toBe("48");
    expect(url.searchParams.get("emissionFactorType")).toBe("lifecycle");
    expect(s.requests[0]?.headers["auth-token"]).toBe(TOKEN);
    expect(s.requests[0]?.url).not.toContain(TOKEN);
    // 06:00 is before the window: dropped; 07:00 .. 12:00 next day kept.
    expect(r.series.periods).toHaveLength(30);
    expect(r.series.periods[0]).toEqual({
      start: FROM,
      end: FROM + HOUR,
      gPerKwh: 101,
      estimated: false,
      forecast: true,
    });
    expect(r.series.periods.every((p) => p.forecast && p.end - p.start === HOUR)).toBe(true);
    expect(r.forecastPeriods).toBe(30);
    expect(r.series.source).toBe("Electricity Maps API (forecast), zone DE");
    expect(r.series.signal).toBe("average");
  });

  it("a 403 (no forecast in the plan) says so, without the key", async () => {
    const s = await serve((_req, res) => json(res, { error: `bad token ${TOKEN}` }, 403));
    const e = await fetchElectricityMapsForecast({
      zone: "DE",
      from: FROM,
      to: FROM + 24 * HOUR,
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).message).toMatch(/no access to the forecast for zone DE/);
    expect(`${(e as ProviderError).message} ${(e as ProviderError).url}`).not.toContain(TOKEN);
  });

  it("an answer without a forecast array is an invalid response", async () => {
    const s = await serve((_req, res) => json(res, { zone: "DE", history: [] }));
    await expect(
      fetchElectricityMapsForecast({
        zone: "DE",
        from: FROM,
        to: FROM + HOUR,
        token: TOKEN,
        factor: "lifecycle",
        baseUrl: s.base,
        fetcher: fetcher(),
      }),
    ).rejects.toThrow(/no "forecast" array/);
  });

  it("refuses a bad zone or an empty token before any request", async () => {
    const s = await serve((_req, res) => json(res, forecastAnswer("DE", 24)));
    const base = { from: FROM, to: FROM + HOUR, factor: "lifecycle" as const, baseUrl: s.base };
    await expect(
      fetchElectricityMapsForecast({ ...base, zone: "D E", token: TOKEN, fetcher: fetcher() }),
    ).rejects.toThrow(UsageError);
    await expect(
      fetchElectricityMapsForecast({ ...base, zone: "DE", token: " ", fetcher: fetcher() }),
    ).rejects.toThrow(UsageError);
    expect(s.requests).toHaveLength(0);
  });

  it("asks the shortest horizon offered that reaches the window's end", () => {
    expect(forecastHorizon(FROM, FROM + 5 * HOUR)).toBe(6);
    expect(forecastHorizon(FROM, FROM + 23 * HOUR)).toBe(24);
    expect(forecastHorizon(FROM, FROM + 24 * HOUR)).toBe(48);
    expect(forecastHorizon(FROM, FROM + 100 * HOUR)).toBe(72);
  });
});

describe("parseElectricityMapsForecastBody", () => {
  it("reads the documented shape; null is a hole; updatedAt kept", () => {
    const body = forecastAnswer("DE", 3);
    (body.forecast[1] as { carbonIntensity: number | null }).carbonIntensity = null;
    const parsed = parseElectricityMapsForecastBody(body, { zone: "DE" });
    expect(parsed.periods.map((p) => [p.start, p.gPerKwh, p.forecast])).toEqual([
      [FROM - HOUR, 100, true],
      [FROM + HOUR, 102, true],
    ]);
    expect(parsed.skipped.count).toBe(1);
    expect(parsed.skipped.examples[0]?.reason).toMatch(/carbonIntensity is null/);
    expect(parsed.entries).toBe(3);
    expect(parsed.updatedAt).toBe(T("2025-06-04T06:05:00Z"));
  });

  it("refuses bad bodies with a clear reason", () => {
    expect(() => parseElectricityMapsForecastBody(null)).toThrow(ResponseShapeError);
    expect(() => parseElectricityMapsForecastBody({ zone: "DE", data: [] })).toThrow(/no "forecast" array/);
    expect(() => parseElectricityMapsForecastBody(forecastAnswer("FR", 2), { zone: "DE" })).toThrow(
      /asked for zone DE, the answer is for "FR"/,
    );
    const direct = forecastAnswer("DE", 2);
    for (const row of direct.forecast) Object.assign(row, { emissionFactorType: "direct" });
    expect(() => parseElectricityMapsForecastBody(direct, { zone: "DE", factor: "lifecycle" })).toThrow(
      /asked for emissionFactorType=lifecycle/,
    );
  });
});

describe("fetchForecast (online)", () => {
  it("tries the forecast endpoints of the configured sources; none without one", async () => {
    const s = await serve((_req, res) => json(res, forecastAnswer("DE", 48)));
    const request = {
      zone: "DE",
      from: FROM,
      to: FROM + 24 * HOUR,
      factor: "lifecycle" as const,
      credentials: { electricityMapsToken: TOKEN },
      baseUrl: s.base,
    };
    expect(await fetchForecast(["uk", "energy-charts"], request)).toBeUndefined();
    const got = await fetchForecast(["energy-charts", "electricity-maps"], request);
    expect(got?.series?.periods).toHaveLength(24);
    expect(got?.attempts.map((a) => [a.source, a.periodsUsed, a.failure])).toEqual([
      ["electricity-maps", 24, undefined],
    ]);
  });

  it("a failure is kept as an attempt, in words without the key", async () => {
    const s = await serve((_req, res) => json(res, { message: TOKEN }, 401));
    const got = await fetchForecast(["electricity-maps"], {
      zone: "DE",
      from: FROM,
      to: FROM + 24 * HOUR,
      factor: "lifecycle",
      credentials: { electricityMapsToken: TOKEN },
      baseUrl: s.base,
    });
    expect(got?.series).toBeUndefined();
    expect(got?.attempts[0]?.failure).toBe("HTTP 401");
    expect(JSON.stringify(got)).not.toContain(TOKEN);
  });
});
