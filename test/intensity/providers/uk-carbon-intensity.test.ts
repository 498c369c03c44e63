import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { createFetcher, ProviderError } from "../../../src/intensity/http.js";
import {
  fetchUkIntensity,
  parseUkRegion,
  splitUkWindow,
  UK_MAX_WINDOW_MS,
} from "../../../src/intensity/providers/uk-carbon-intensity.js";
import { periodIndexAt } from "../../../src/intensity/series.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/providers/${name}`, import.meta.url), "utf8"));
const T = (iso: string) => Date.parse(iso);
const HALF_HOUR = 30 * 60_000;
const DAY = 24 * 3_600_000;

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
    random: seededRandom(7),
  });

/** The national endpoint for any range, in the documented shape: every half hour, as the API does, from the one ending at {from}. */
function nationalFor(path: string): unknown {
  const m = /^\/intensity\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m?.[1] || !m[2]) throw new Error(`unexpected path ${path}`);
  const from = T(m[1].replace("Z", ":00Z"));
  const to = T(m[2].replace("Z", ":00Z"));
  const data = [];
  for (let t = from - HALF_HOUR; t < to; t += HALF_HOUR) {
    const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;
    data.push({
      from: iso(t),
      to: iso(t + HALF_HOUR),
      intensity: { forecast: 200, actual: 100 + ((t / HALF_HOUR) % 50), index: "moderate" },
    });
  }
  return { data };
}

describe("fetchUkIntensity, national", () => {
  it("reads the documented shape: actual when settled, else forecast flagged", async () => {
    const s = await serve((_req, res) => json(res, fixture("uk-national-intensity.json")));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T12:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests.map((q) => q.url)).toEqual(["/intensity/2025-06-03T10:00Z/2025-06-03T12:00Z"]);
    expect(r.requests).toBe(1);
    expect(r.forecastPeriods).toBe(2);
    expect(r.series).toMatchObject({ zone: "GB", factor: "direct", signal: "average" });
    expect(r.series.source).toBe("UK Carbon Intensity API (NESO), national");
    // The period ending at {from} is outside the window and left out.
    expect(r.series.periods).toEqual([
      {
        start: T("2025-06-03T10:00:00Z"),
        end: T("2025-06-03T10:30:00Z"),
        gPerKwh: 175,
        estimated: false,
        forecast: false,
      },
      {
        start: T("2025-06-03T10:30:00Z"),
        end: T("2025-06-03T11:00:00Z"),
        gPerKwh: 179,
        estimated: false,
        forecast: false,
      },
      {
        start: T("2025-06-03T11:00:00Z"),
        end: T("2025-06-03T11:30:00Z"),
        gPerKwh: 160,
        estimated: false,
        forecast: true,
      },
      {
        start: T("2025-06-03T11:30:00Z"),
        end: T("2025-06-03T12:00:00Z"),
        gPerKwh: 151,
        estimated: false,
        forecast: true,
      },
    ]);
  });

  it("widens an unaligned window to whole half hours and keeps the periods it touches", async () => {
    const s = await serve((_req, res) => json(res, fixture("uk-national-intensity.json")));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:40:00Z"),
      to: T("2025-06-03T11:10:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests[0]?.url).toBe("/intensity/2025-06-03T10:30Z/2025-06-03T11:30Z");
    expect(r.series.periods.map((p) => p.gPerKwh)).toEqual([179, 160]);
  });

  it("leaves holes where the API returns fewer periods than asked: nothing invented", async () => {
    const partial = {
      data: [
        {
          from: "2025-06-03T10:00Z",
          to: "2025-06-03T10:30Z",
          intensity: { forecast: 180, actual: 175, index: "moderate" },
        },
        // 10:30–11:30 missing.
        {
          from: "2025-06-03T11:30Z",
          to: "2025-06-03T12:00Z",
          intensity: { forecast: 151, actual: 150, index: "low" },
        },
        // Neither value: a hole too.
        {
          from: "2025-06-03T12:00Z",
          to: "2025-06-03T12:30Z",
          intensity: { forecast: null, actual: null, index: null },
        },
      ],
    };
    const s = await serve((_req, res) => json(res, partial));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T14:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods).toHaveLength(2);
    expect(periodIndexAt(r.series.periods, T("2025-06-03T10:45:00Z"))).toBe(-1);
    expect(periodIndexAt(r.series.periods, T("2025-06-03T12:15:00Z"))).toBe(-1);
    expect(periodIndexAt(r.series.periods, T("2025-06-03T13:00:00Z"))).toBe(-1);
    expect(r.forecastPeriods).toBe(0);
  });

  it("splits a window longer than 14 days into requests of at most 14 days", async () => {
    const s = await serve((req, res) => json(res, nationalFor(req.url ?? "")));
    const from = T("2025-03-01T00:00:00Z");
    const to = from + 30 * DAY;
    const r = await fetchUkIntensity({ from, to, baseUrl: s.base, fetcher: fetcher() });
    expect(r.requests).toBe(3);
    expect(s.requests.map((q) => q.url)).toEqual([
      "/intensity/2025-03-01T00:00Z/2025-03-15T00:00Z",
      "/intensity/2025-03-15T00:00Z/2025-03-29T00:00Z",
      "/intensity/2025-03-29T00:00Z/2025-03-31T00:00Z",
    ]);
    // Every half hour once, no gap or overlap at the seams.
    expect(r.series.periods).toHaveLength(30 * 48);
    r.series.periods.forEach((p, i) => {
      expect(p.start).toBe(from + i * HALF_HOUR);
      expect(p.end).toBe(p.start + HALF_HOUR);
    });
  });

  it("splits at a UTC new year, where the API drops what follows", async () => {
    const s = await serve((req, res) => json(res, nationalFor(req.url ?? "")));
    const r = await fetchUkIntensity({
      from: T("2024-12-30T00:00:00Z"),
      to: T("2025-01-02T00:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests.map((q) => q.url)).toEqual([
      "/intensity/2024-12-30T00:00Z/2025-01-01T00:00Z",
      "/intensity/2025-01-01T00:00Z/2025-01-02T00:00Z",
    ]);
    expect(r.series.periods).toHaveLength(3 * 48);
  });

  it("keeps one period per start: a settled value over a forecast, else the first", async () => {
    const dup = {
      data: [
        {
          from: "2025-06-03T10:00Z",
          to: "2025-06-03T10:30Z",
          intensity: { forecast: 180, actual: null, index: "moderate" },
        },
        {
          from: "2025-06-03T10:00Z",
          to: "2025-06-03T10:30Z",
          intensity: { forecast: 180, actual: 170, index: "moderate" },
        },
        {
          from: "2025-06-03T10:00Z",
          to: "2025-06-03T10:30Z",
          intensity: { forecast: 180, actual: 190, index: "moderate" },
        },
      ],
    };
    const s = await serve((_req, res) => json(res, dup));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods.map((p) => [p.gPerKwh, p.forecast])).toEqual([[170, false]]);
  });

  it("passes HTTP failures on as ProviderError naming the provider", async () => {
    const s = await serve((_req, res) => json(res, { error: { code: "500", message: "x" } }, 500));
    const e = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T12:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).message).toMatch(/^UK Carbon Intensity API: HTTP 500 from http/);
    expect(s.requests).toHaveLength(3);
  });

  it("rejects a body that is not in the documented shape", async () => {
    const s = await serve((_req, res) => json(res, { intensity: [] }));
    const e = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T12:00:00Z"),
      baseUrl: `${s.base}/`,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
    expect((e as ProviderError).message).toContain('no "data" array');
  });
});

describe("fetchUkIntensity, regional", () => {
  it("by region id: data.data[], forecasts only, named after the region", async () => {
    const s = await serve((_req, res) => json(res, fixture("uk-regional-regionid-13.json")));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T11:00:00Z"),
      region: "13",
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests[0]?.url).toBe("/regional/intensity/2025-06-03T10:00Z/2025-06-03T11:00Z/regionid/13");
    expect(r.series.source).toBe("UK Carbon Intensity API (NESO), region 13 (London)");
    expect(r.series.periods.map((p) => [p.gPerKwh, p.forecast])).toEqual([
      [142, true],
      [139, true],
    ]);
    expect(r.forecastPeriods).toBe(2);
    expect(r.series.zone).toBe("GB");
  });

  it("by postcode: the outward code goes in the path; data as a one-element array is read too", async () => {
    const body = fixture("uk-regional-postcode-rg10.json") as { data: unknown };
    const s = await serve((_req, res) => json(res, { data: [body.data] }));
    const r = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      region: "rg10 4ab",
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests[0]?.url).toBe("/regional/intensity/2025-06-03T10:00Z/2025-06-03T10:30Z/postcode/RG10");
    expect(r.series.source).toBe("UK Carbon Intensity API (NESO), postcode RG10 (South England)");
    expect(r.series.periods).toEqual([
      {
        start: T("2025-06-03T10:00:00Z"),
        end: T("2025-06-03T10:30:00Z"),
        gPerKwh: 126,
        estimated: false,
        forecast: true,
      },
    ]);
  });

  it("rejects a regional body without its data array", async () => {
    const s = await serve((_req, res) => json(res, { data: { regionid: 13 } }));
    const e = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      region: "13",
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
  });
});

describe("uk-region and windows", () => {
  it("reads region ids and postcodes", () => {
    expect(parseUkRegion(undefined)).toEqual({ kind: "national" });
    expect(parseUkRegion(" ")).toEqual({ kind: "national" });
    expect(parseUkRegion("1")).toEqual({ kind: "regionid", id: 1 });
    expect(parseUkRegion("17")).toEqual({ kind: "regionid", id: 17 });
    expect(parseUkRegion("sw1a")).toEqual({ kind: "postcode", code: "SW1A" });
    expect(parseUkRegion("EN2")).toEqual({ kind: "postcode", code: "EN2" });
    expect(parseUkRegion("M1 1AE")).toEqual({ kind: "postcode", code: "M1" });
  });

  it("refuses anything else before any request", async () => {
    expect(() => parseUkRegion("18")).toThrow(UsageError);
    expect(() => parseUkRegion("0")).toThrow(UsageError);
    expect(() => parseUkRegion("London")).toThrow(/neither a region id/);
    const s = await serve((_req, res) => json(res, {}));
    await expect(
      fetchUkIntensity({ from: 0, to: 1, region: "../x", baseUrl: s.base, fetcher: fetcher() }),
    ).rejects.toThrow(UsageError);
    await expect(fetchUkIntensity({ from: 10, to: 10, baseUrl: s.base, fetcher: fetcher() })).rejects.toThrow(
      UsageError,
    );
    expect(s.requests).toHaveLength(0);
  });

  it("never asks for more than 14 days at once", () => {
    const from = T("2025-01-05T07:13:00Z");
    const ranges = splitUkWindow(from, from + 45 * DAY);
    expect(ranges[0]?.[0]).toBe(T("2025-01-05T07:00:00Z"));
    expect(ranges.at(-1)?.[1]).toBe(T("2025-02-19T07:30:00Z"));
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(UK_MAX_WINDOW_MS);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
  });
});
