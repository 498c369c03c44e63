import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { createFetcher, ProviderError } from "../../../src/intensity/http.js";
import { fetchEnergyCharts, parseEnergyChartsBody } from "../../../src/intensity/providers/energy-charts.js";
import { periodIndexAt } from "../../../src/intensity/series.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/providers/${name}`, import.meta.url), "utf8"));
const T = (iso: string) => Date.parse(iso);
const Q = 15 * 60_000;

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
const fetcher = () =>
  createFetcher({
    secrets: [],
    timeoutMs: 200,
    deadlineMs: 1500,
    baseDelayMs: 10,
    maxDelayMs: 20,
    random: seededRandom(3),
  });

describe("fetchEnergyCharts", () => {
  it("asks for the country and window, reads the parallel arrays", async () => {
    const s = await serve((_req, res) => json(res, fixture("energy-charts-co2eq-de.json")));
    const r = await fetchEnergyCharts({
      country: "DE",
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T12:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    const asked = new URL(`${s.base}${s.requests[0]?.url}`);
    expect(asked.pathname).toBe("/co2eq");
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      country: "de",
      start: "2025-06-03T10:00Z",
      end: "2025-06-03T13:00Z",
    });
    expect(r.requests).toBe(1);
    expect(r.series).toMatchObject({ zone: "DE", factor: "lifecycle", signal: "average" });
    expect(r.series.source).toBe("Energy-Charts (Fraunhofer ISE), co2eq DE");
    const t0 = T("2025-06-03T10:00:00Z");
    // Measured, measured, measured, forecast, forecast, (neither: hole), forecast, forecast.
    expect(
      r.series.periods.map((p) => [(p.start - t0) / Q, (p.end - p.start) / Q, p.gPerKwh, p.forecast]),
    ).toEqual([
      [0, 1, 412.4, false],
      [1, 1, 408.9, false],
      [2, 1, 401.7, false],
      [3, 1, 395.0, true],
      [4, 1, 390.5, true],
      [6, 1, 384.2, true],
      [7, 1, 380.0, true],
    ]);
    expect(r.forecastPeriods).toBe(4);
    expect(periodIndexAt(r.series.periods, t0 + 5 * Q + 60_000)).toBe(-1);
  });

  it("keeps only the periods that overlap the window", async () => {
    const s = await serve((_req, res) => json(res, fixture("energy-charts-co2eq-de.json")));
    const r = await fetchEnergyCharts({
      country: "de",
      from: T("2025-06-03T10:20:00Z"),
      to: T("2025-06-03T10:31:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods.map((p) => p.gPerKwh)).toEqual([408.9, 401.7]);
  });

  it("leaves a gap in the timestamps as a hole, the period before it one step long", async () => {
    const start = T("2025-06-03T10:00:00Z") / 1000;
    const body = {
      unix_seconds: [start, start + 900, start + 3600, start + 4500],
      co2eq: [300, 310, 320, 330],
      co2eq_forecast: [null, null, null, null],
      deprecated: false,
    };
    const s = await serve((_req, res) => json(res, body));
    const r = await fetchEnergyCharts({
      country: "de",
      from: start * 1000,
      to: start * 1000 + 2 * 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods.map((p) => [p.start / 1000 - start, p.end / 1000 - start])).toEqual([
      [0, 900],
      [900, 1800],
      [3600, 4500],
      [4500, 5400],
    ]);
  });

  it("takes hourly data as hourly", async () => {
    const start = T("2025-06-03T10:00:00Z") / 1000;
    const body = { unix_seconds: [start, start + 3600], co2eq: [250, 260] };
    const s = await serve((_req, res) => json(res, body));
    const r = await fetchEnergyCharts({
      country: "fr",
      from: start * 1000,
      to: start * 1000 + 2 * 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods.map((p) => p.end - p.start)).toEqual([3_600_000, 3_600_000]);
    expect(r.forecastPeriods).toBe(0);
  });

  it("returns an empty series when the API has nothing for the window", async () => {
    const s = await serve((_req, res) => json(res, { unix_seconds: [], co2eq: [], co2eq_forecast: [] }));
    const r = await fetchEnergyCharts({
      country: "de",
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T11:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods).toEqual([]);
  });

  it("rejects bodies not in the documented shape, and bad countries before asking", async () => {
    const s = await serve((_req, res) => json(res, { detail: "unknown" }));
    const e = await fetchEnergyCharts({
      country: "de",
      from: 0,
      to: 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).status).toBe("invalid-response");
    await expect(
      fetchEnergyCharts({ country: "de&x=1", from: 0, to: 1, baseUrl: s.base, fetcher: fetcher() }),
    ).rejects.toThrow(UsageError);
    expect(s.requests).toHaveLength(1);
  });

  it("passes on a 404 at once", async () => {
    const s = await serve((_req, res) => json(res, { detail: "Not Found" }, 404));
    const e = await fetchEnergyCharts({
      country: "xx",
      from: 0,
      to: 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe(404);
    expect((e as ProviderError).message).toMatch(
      /^Energy-Charts: HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/co2eq$/,
    );
    expect(s.requests).toHaveLength(1);
  });
});

describe("parseEnergyChartsBody", () => {
  it("skips a unix_seconds entry whose period no Date holds, and reads the rest", () => {
    // Regression (fuzz, known bug 6): 1e15 s passed the finiteness check and isoUtc threw a
    // RangeError; 8639999999100.001 s is a Date, but the end of its period is not.
    const start = T("2025-06-03T10:00:00Z") / 1000;
    const r = parseEnergyChartsBody({
      unix_seconds: [start, 1e15, start + 900, 8639999999100.001, -1e15, 1e308],
      co2eq: [412.4, 408.9, 401.7, 395.0, 390.5, null],
      co2eq_forecast: [null, null, null, null, null, null],
    });
    expect(r.periods.map((p) => [p.start / 1000 - start, p.end / 1000 - start, p.gPerKwh])).toEqual([
      [0, 900, 412.4],
      [900, 1800, 401.7],
    ]);
    expect(r.entries).toBe(6);
    expect(r.skipped.count).toBe(4);
    expect(r.skipped.examples.map((x) => x.at)).toEqual([
      "unix_seconds[1]",
      "unix_seconds[3]",
      "unix_seconds[4]",
      "unix_seconds[5]",
    ]);
    expect(r.skipped.examples[0]?.reason).toBe(
      "not a time: 1000000000000000 seconds is beyond the range of dates (±8639999913600 s from 1970)",
    );
  });
});
