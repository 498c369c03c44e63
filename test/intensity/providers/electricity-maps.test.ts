import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { createFetcher, type Fetcher, ProviderError } from "../../../src/intensity/http.js";
import {
  chooseEndpoint,
  EM_MAX_RANGE_MS,
  fetchElectricityMaps,
  splitElectricityMapsWindow,
} from "../../../src/intensity/providers/electricity-maps.js";
import { periodIndexAt } from "../../../src/intensity/series.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/providers/${name}`, import.meta.url), "utf8"));
const T = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOKEN = "em-SECRET-token-7f3a9c";

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
const fetcher = (extra: { sleep?: (ms: number) => Promise<void> } = {}): Fetcher =>
  createFetcher({
    secrets: [],
    timeoutMs: 200,
    deadlineMs: 1500,
    baseDelayMs: 10,
    maxDelayMs: 20,
    random: seededRandom(11),
    ...extra,
  });
const asked = (s: LocalServer, i: number) => new URL(`${s.base}${s.requests[i]?.url}`);
const expectNoSecret = (e: unknown) => {
  expect(e).toBeInstanceOf(ProviderError);
  const text = `${(e as ProviderError).message} ${(e as ProviderError).url}`;
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(encodeURIComponent(TOKEN));
};

/** past-range for any range, in the documented shape: one row per hour from start to end inclusive. */
function pastRangeFor(url: string, factor = "lifecycle"): unknown {
  const q = new URL(url, "http://x").searchParams;
  const start = T(q.get("start") ?? "");
  const end = T(q.get("end") ?? "");
  const data = [];
  for (let t = start; t <= end; t += HOUR) {
    data.push({
      zone: q.get("zone"),
      carbonIntensity: 200 + ((t / HOUR) % 100),
      datetime: new Date(t).toISOString(),
      updatedAt: "2025-04-01T00:00:00.000Z",
      createdAt: "2025-04-01T00:00:00.000Z",
      emissionFactorType: factor,
      isEstimated: false,
      estimationMethod: null,
    });
  }
  return { zone: q.get("zone"), data };
}

describe("fetchElectricityMaps, history (last 24 h, free tier)", () => {
  it("reads the documented shape with the token in auth-token; null is a hole; estimates counted", async () => {
    const s = await serve((_req, res) => json(res, fixture("em-history-de.json")));
    const f = fetcher();
    const r = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T12:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: f,
      now: T("2025-06-03T12:40:00Z"),
    });
    expect(s.requests).toHaveLength(1);
    const q = asked(s, 0);
    expect(q.pathname).toBe("/v3/carbon-intensity/history");
    expect(Object.fromEntries(q.searchParams)).toEqual({ zone: "DE", emissionFactorType: "lifecycle" });
    expect(s.requests[0]?.headers["auth-token"]).toBe(TOKEN);
    expect(r.requests).toBe(1);
    expect(r.series).toMatchObject({ zone: "DE", factor: "lifecycle", signal: "average" });
    expect(r.series.source).toBe("Electricity Maps API (history), zone DE");
    // 06:00 and 12:00 lie outside the window; 09:00 is null: a hole, not 0.
    expect(
      r.series.periods.map((p) => [new Date(p.start).toISOString().slice(11, 16), p.gPerKwh, p.estimated]),
    ).toEqual([
      ["07:00", 331, false],
      ["08:00", 298, false],
      ["10:00", 271, true],
      ["11:00", 265, true],
    ]);
    for (const p of r.series.periods) expect(p.end - p.start).toBe(HOUR);
    expect(periodIndexAt(r.series.periods, T("2025-06-03T09:30:00Z"))).toBe(-1);
    expect(r.estimatedPeriods).toBe(2);
    expect(r.estimationMethods).toEqual(["TIME_SLICER_AVERAGE", "FORECASTS_HIERARCHY"]);
    expect(r.forecastPeriods).toBe(0);
    // The token was registered with the fetcher.
    expect(f.redact(`x ${TOKEN} y`)).toBe("x *** y");
  });

  it("a 401 from history names the key, without the key", async () => {
    const s = await serve((_req, res) => json(res, { message: "Invalid token" }, 401));
    const e = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T08:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).status).toBe(401);
    expect((e as ProviderError).message).toMatch(
      /^Electricity Maps: HTTP 401 from http.*the key was refused/,
    );
    // 4xx is never retried.
    expect(s.requests).toHaveLength(1);
  });
});

describe("fetchElectricityMaps, past-range (older windows, paid)", () => {
  it("uses past-range for a window older than 24 h, in the documented shape, with the factor asked", async () => {
    const s = await serve((_req, res) => json(res, fixture("em-past-range-us-cal-ciso.json")));
    const r = await fetchElectricityMaps({
      zone: "US-CAL-CISO",
      from: T("2025-03-10T00:00:00Z"),
      to: T("2025-03-10T04:00:00Z"),
      token: TOKEN,
      factor: "direct",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    });
    const q = asked(s, 0);
    expect(q.pathname).toBe("/v3/carbon-intensity/past-range");
    expect(Object.fromEntries(q.searchParams)).toEqual({
      zone: "US-CAL-CISO",
      start: "2025-03-10T00:00:00Z",
      end: "2025-03-10T04:00:00Z",
      emissionFactorType: "direct",
    });
    expect(r.series.source).toBe("Electricity Maps API (past-range), zone US-CAL-CISO");
    expect(r.series.factor).toBe("direct");
    expect(r.series.periods.map((p) => p.gPerKwh)).toEqual([241, 237, 229]);
    expect(periodIndexAt(r.series.periods, T("2025-03-10T02:30:00Z"))).toBe(-1);
    expect(r.estimatedPeriods).toBe(1);
    expect(r.estimationMethods).toEqual(["TIME_SLICER_AVERAGE"]);
  });

  it("splits a 25-day window into requests of at most 240 h; each hour once at the seams", async () => {
    const s = await serve((req, res) => json(res, pastRangeFor(req.url ?? "")));
    const from = T("2025-01-01T00:00:00Z");
    const to = from + 25 * DAY;
    const r = await fetchElectricityMaps({
      zone: "DE",
      from,
      to,
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    });
    expect(r.requests).toBe(3);
    expect(
      s.requests.map((_, i) => [asked(s, i).searchParams.get("start"), asked(s, i).searchParams.get("end")]),
    ).toEqual([
      ["2025-01-01T00:00:00Z", "2025-01-11T00:00:00Z"],
      ["2025-01-11T00:00:00Z", "2025-01-21T00:00:00Z"],
      ["2025-01-21T00:00:00Z", "2025-01-26T00:00:00Z"],
    ]);
    expect(r.series.periods).toHaveLength(25 * 24);
    r.series.periods.forEach((p, i) => {
      expect(p.start).toBe(from + i * HOUR);
      expect(p.end).toBe(p.start + HOUR);
    });
  });

  it("widens an unaligned window to whole hours and keeps the hours it touches", async () => {
    const s = await serve((req, res) => json(res, pastRangeFor(req.url ?? "")));
    const r = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-02-01T10:20:00Z"),
      to: T("2025-02-01T12:05:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    });
    expect(asked(s, 0).searchParams.get("start")).toBe("2025-02-01T10:00:00Z");
    expect(asked(s, 0).searchParams.get("end")).toBe("2025-02-01T13:00:00Z");
    expect(r.series.periods.map((p) => new Date(p.start).toISOString().slice(11, 16))).toEqual([
      "10:00",
      "11:00",
      "12:00",
    ]);
  });

  it.each([401, 403])(
    "a %i from past-range says the key has no access to it, without the key",
    async (status) => {
      const s = await serve((_req, res) => json(res, { message: "Forbidden" }, status));
      const e = await fetchElectricityMaps({
        zone: "DE",
        from: T("2025-03-10T00:00:00Z"),
        to: T("2025-03-11T00:00:00Z"),
        token: TOKEN,
        factor: "lifecycle",
        baseUrl: s.base,
        fetcher: fetcher(),
        now: T("2025-06-03T12:00:00Z"),
      }).catch((x: unknown) => x);
      expectNoSecret(e);
      expect((e as ProviderError).status).toBe(status);
      expect((e as ProviderError).message).toContain(
        `HTTP ${status} from ${s.base}/v3/carbon-intensity/past-range`,
      );
      expect((e as ProviderError).message).toContain(
        "this key has no access to past-range; only the last 24 h are free",
      );
      expect(s.requests).toHaveLength(1);
    },
  );

  it("refuses rows computed with another emission factor than asked", async () => {
    const s = await serve((req, res) => json(res, pastRangeFor(req.url ?? "", "lifecycle")));
    const e = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-03-10T00:00:00Z"),
      to: T("2025-03-10T02:00:00Z"),
      token: TOKEN,
      factor: "direct",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
    expect((e as ProviderError).message).toContain("asked for emissionFactorType=direct");
    expectNoSecret(e);
  });

  it("refuses an answer for another zone (the API's fallback to the caller's location)", async () => {
    const s = await serve((_req, res) => json(res, fixture("em-history-de.json")));
    const e = await fetchElectricityMaps({
      zone: "FR",
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T08:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
    expect((e as ProviderError).message).toContain('asked for zone FR, the answer is for "DE"');
    expectNoSecret(e);
  });

  it("rejects a body without its data array", async () => {
    const s = await serve((_req, res) => json(res, { zone: "DE", history: [] }));
    const e = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-03-10T00:00:00Z"),
      to: T("2025-03-10T02:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
    expect((e as ProviderError).message).toContain('no "data" array');
  });
});

describe("fetchElectricityMaps through the shared fetcher", () => {
  it("a 5xx storm: three attempts, then a ProviderError without the key", async () => {
    const s = await serve((_req, res) => json(res, { error: "upstream" }, 503));
    const e = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T08:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).status).toBe(503);
    expect((e as ProviderError).message).toMatch(/^Electricity Maps: HTTP 503 from .* \(3 attempts\)$/);
    expect(s.requests).toHaveLength(3);
    for (const q of s.requests) expect(q.headers["auth-token"]).toBe(TOKEN);
  });

  it("a 429 with Retry-After is waited out, then answered", async () => {
    const s = await serve((_req, res, n) => {
      if (n === 0) json(res, { message: "slow down" }, 429, { "retry-after": "0.05" });
      else json(res, fixture("em-history-de.json"));
    });
    const slept: number[] = [];
    const r = await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T09:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher({
        sleep: (ms) => {
          slept.push(ms);
          return new Promise((resolve) => setTimeout(resolve, ms));
        },
      }),
      now: T("2025-06-03T12:00:00Z"),
    });
    expect(slept).toEqual([50]);
    expect(s.requests).toHaveLength(2);
    expect(r.requests).toBe(1);
    expect(r.series.periods.map((p) => p.gPerKwh)).toEqual([331, 298]);
  });
});

describe("choices made before any request", () => {
  it("history only when the whole window is within the last 24 h", () => {
    const now = T("2025-06-03T12:30:00Z");
    expect(chooseEndpoint(now - 24 * HOUR, now)).toBe("history");
    expect(chooseEndpoint(T("2025-06-03T00:00:00Z"), now)).toBe("history");
    expect(chooseEndpoint(now - 24 * HOUR - 1, now)).toBe("past-range");
    expect(chooseEndpoint(T("2025-05-01T00:00:00Z"), now)).toBe("past-range");
  });

  it("the choice is made on the window's whole-hour start", async () => {
    const s = await serve((req, res) => json(res, pastRangeFor(req.url ?? "")));
    // 12:10 − 24 h = 12:10 the day before; the window starts at 12:20, but its hour at 12:00.
    await fetchElectricityMaps({
      zone: "DE",
      from: T("2025-06-02T12:20:00Z"),
      to: T("2025-06-02T13:00:00Z"),
      token: TOKEN,
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:10:00Z"),
    });
    expect(asked(s, 0).pathname).toBe("/v3/carbon-intensity/past-range");
  });

  it("never asks for more than 240 h at once", () => {
    const start = T("2025-01-05T07:00:00Z");
    const ranges = splitElectricityMapsWindow(start, start + 31 * DAY + 5 * HOUR);
    expect(ranges).toHaveLength(4);
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(EM_MAX_RANGE_MS);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    expect(ranges.at(-1)?.[1]).toBe(start + 31 * DAY + 5 * HOUR);
  });

  it("refuses a bad zone, an empty token or an empty window before any request", async () => {
    const s = await serve((_req, res) => json(res, {}));
    const base = {
      from: T("2025-06-03T07:00:00Z"),
      to: T("2025-06-03T08:00:00Z"),
      token: TOKEN,
      factor: "lifecycle" as const,
      baseUrl: s.base,
      fetcher: fetcher(),
    };
    await expect(fetchElectricityMaps({ ...base, zone: "../DE" })).rejects.toThrow(UsageError);
    await expect(fetchElectricityMaps({ ...base, zone: "DE", token: " " })).rejects.toThrow(UsageError);
    await expect(fetchElectricityMaps({ ...base, zone: "DE", to: base.from })).rejects.toThrow(UsageError);
    expect(s.requests).toHaveLength(0);
  });
});
