import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { knownZones } from "../../../src/intensity/annual-average.js";
import { createFetcher, type Fetcher, ProviderError } from "../../../src/intensity/http.js";
import { ResponseShapeError } from "../../../src/intensity/providers/response-body.js";
import {
  fetchWattTime,
  LBS_PER_MWH_TO_G_PER_KWH,
  lbsPerMwhToGPerKwh,
  parseWattTimeBody,
  resolveWattTimeRegion,
  splitWattTimeWindow,
  WATTTIME_MAX_RANGE_MS,
} from "../../../src/intensity/providers/watttime.js";
import { WATTTIME_REGIONS } from "../../../src/intensity/providers/watttime-regions.js";
import { periodIndexAt } from "../../../src/intensity/series.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/providers/${name}`, import.meta.url), "utf8"));
const T = (iso: string) => Date.parse(iso);
const FIVE_MIN = 300_000;
const DAY = 24 * 3_600_000;
const USERNAME = "wt-user-Quokka42";
const PASSWORD = "pw-S3cret!äö:/?&";
const BASIC = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`, "utf8").toString("base64")}`;
const TOKENS = ["eyJ.first-bearer-TOKEN.sig1", "eyJ.second-bearer-TOKEN.sig2", "eyJ.third-bearer-TOKEN.sig3"];

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
    random: seededRandom(5),
    ...extra,
  });
const path = (req: IncomingMessage) => new URL(req.url ?? "", "http://x").pathname;
const query = (s: LocalServer, i: number) => new URL(`${s.base}${s.requests[i]?.url}`).searchParams;
const expectNoSecret = (e: unknown) => {
  expect(e).toBeInstanceOf(ProviderError);
  const text = `${(e as ProviderError).message} ${(e as ProviderError).url}`;
  for (const secret of [USERNAME, PASSWORD, encodeURIComponent(PASSWORD), BASIC.slice(6), ...TOKENS]) {
    expect(text).not.toContain(secret);
  }
};

/**
 * A WattTime stand-in: /login hands out TOKENS in turn to the right Basic credentials; /v3/historical
 * answers with `data` (or a status from `dataStatus`, by data request index) when the bearer token
 * is the latest one handed out.
 */
function wattTime(
  data: (req: IncomingMessage) => unknown,
  dataStatus: (n: number) => number | undefined = () => undefined,
) {
  let logins = 0;
  let dataRequests = 0;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (path(req) === "/login") {
      if (req.headers.authorization !== BASIC) return json(res, { error: "unauthorized" }, 401);
      return json(res, { token: TOKENS[logins++] });
    }
    if (path(req) === "/v3/historical") {
      const status = dataStatus(dataRequests++);
      if (status !== undefined) return json(res, { error: "refused" }, status);
      if (req.headers.authorization !== `Bearer ${TOKENS[logins - 1]}`)
        return json(res, { error: "bad token" }, 401);
      return json(res, data(req));
    }
    return json(res, { error: "not found" }, 404);
  };
}

/** /v3/historical for any range, in the documented shape: a point every 5 minutes, start and end inclusive. */
function historicalFor(req: IncomingMessage): unknown {
  const q = new URL(req.url ?? "", "http://x").searchParams;
  const start = T(q.get("start") ?? "");
  const end = T(q.get("end") ?? "");
  const data = [];
  for (let t = start; t <= end; t += FIVE_MIN) {
    data.push({
      point_time: new Date(t).toISOString().replace(".000Z", "+00:00"),
      value: 800 + ((t / FIVE_MIN) % 200),
    });
  }
  return {
    data,
    meta: {
      data_point_period_seconds: 300,
      region: q.get("region"),
      signal_type: "co2_moer",
      units: "lbs_co2_per_mwh",
      model: { date: "2023-03-01", type: "binned_regression" },
      warnings: [],
    },
  };
}

const WINDOW = { from: T("2025-06-03T10:00:00Z"), to: T("2025-06-03T10:30:00Z") };

describe("fetchWattTime", () => {
  it("logs in with Basic auth, asks /v3/historical with the bearer token, converts lbs/MWh to g/kWh", async () => {
    const s = await serve(wattTime(() => fixture("watttime-historical-caiso-north.json")));
    const f = fetcher();
    const r = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: f,
    });
    expect(s.requests.map((q) => new URL(q.url, "http://x").pathname)).toEqual(["/login", "/v3/historical"]);
    expect(s.requests[0]?.headers.authorization).toBe(BASIC);
    expect(s.requests[1]?.headers.authorization).toBe(`Bearer ${TOKENS[0]}`);
    expect(Object.fromEntries(query(s, 1))).toEqual({
      region: "CAISO_NORTH",
      start: "2025-06-03T10:00:00Z",
      end: "2025-06-03T10:30:00Z",
      signal_type: "co2_moer",
    });
    expect(r.region).toBe("CAISO_NORTH");
    expect(r.requests).toBe(2);
    expect(r.forecastPeriods).toBe(0);
    expect(r.series).toMatchObject({ factor: "direct", signal: "marginal" });
    expect(r.series.source).toBe("WattTime marginal emissions (MOER, co2_moer), region CAISO_NORTH");
    // 1000 lbs/MWh = 453.59237 g/kWh by hand: 1000 lb × 453.59237 g/lb ÷ 1000 kWh.
    expect(r.series.periods[0]).toEqual({
      start: T("2025-06-03T10:00:00Z"),
      end: T("2025-06-03T10:05:00Z"),
      gPerKwh: 453.59237,
      estimated: false,
      forecast: false,
    });
    // The null at 10:10 is a hole; 0 lbs/MWh is a real zero.
    expect(r.series.periods.map((p) => [(p.start - WINDOW.from) / FIVE_MIN, p.gPerKwh])).toEqual([
      [0, 453.59237],
      [1, 950.5 * 0.45359237],
      [3, 880 * 0.45359237],
      [4, 0],
      [5, 912 * 0.45359237],
    ]);
    expect(periodIndexAt(r.series.periods, T("2025-06-03T10:12:00Z"))).toBe(-1);
    // Username, password and the bearer token were registered with the fetcher.
    expect(f.redact(`${USERNAME} ${PASSWORD} ${TOKENS[0]}`)).toBe("*** *** ***");
  });

  it("converts by hand: × 0.45359237", () => {
    expect(LBS_PER_MWH_TO_G_PER_KWH).toBe(0.45359237);
    expect(lbsPerMwhToGPerKwh(1000)).toBeCloseTo(453.59237, 10);
    expect(lbsPerMwhToGPerKwh(2204.62262)).toBeCloseTo(1000, 4);
    expect(lbsPerMwhToGPerKwh(0)).toBe(0);
  });

  it("maps a zone to its region and says the mapping is approximate", async () => {
    const s = await serve(wattTime(historicalFor));
    const r = await fetchWattTime({
      zone: "US-MIDA-PJM",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(query(s, 1).get("region")).toBe("PJM_DC");
    expect(r.region).toBe("PJM_DC");
    expect(r.series.zone).toBe("US-MIDA-PJM");
    expect(r.series.source).toContain("region PJM_DC (approximate mapping from zone US-MIDA-PJM)");
  });

  it("a 401 on a data request: exactly one new login, then the same request again", async () => {
    const s = await serve(
      wattTime(
        () => fixture("watttime-historical-caiso-north.json"),
        (n) => (n === 0 ? 401 : undefined),
      ),
    );
    const r = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests.map((q) => new URL(q.url, "http://x").pathname)).toEqual([
      "/login",
      "/v3/historical",
      "/login",
      "/v3/historical",
    ]);
    expect(s.requests[2]?.headers.authorization).toBe(BASIC);
    expect(s.requests[3]?.headers.authorization).toBe(`Bearer ${TOKENS[1]}`);
    expect(s.requests[3]?.url).toBe(s.requests[1]?.url);
    expect(r.requests).toBe(4);
    expect(r.series.periods).toHaveLength(5);
  });

  it("a second 401 fails, after one re-login only, and names no secret", async () => {
    const s = await serve(wattTime(historicalFor, () => 401));
    const e = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).status).toBe(401);
    expect((e as ProviderError).message).toMatch(
      /^WattTime: HTTP 401 from http:\/\/127\.0\.0\.1:\d+\/v3\/historical: the token was refused again after a fresh login$/,
    );
    expect(s.requests.filter((q) => q.url === "/login")).toHaveLength(2);
    expect(s.requests).toHaveLength(4);
  });

  it("a refused login names the inputs to check, not their values", async () => {
    const s = await serve(wattTime(historicalFor));
    const e = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: `${PASSWORD}-wrong`,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).message).not.toContain(`${PASSWORD}-wrong`);
    expect((e as ProviderError).message).toContain("check watttime-username and watttime-password");
    expect(s.requests).toHaveLength(1);
  });

  it("a 403 on data (region outside the plan) is not retried and says so", async () => {
    const s = await serve(wattTime(historicalFor, () => 403));
    const e = await fetchWattTime({
      region: "PJM_DC",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).message).toContain("no access to the region");
    expect(s.requests).toHaveLength(2);
  });

  it("splits a 45-day window into requests of at most 30 days; each point once at the seams", async () => {
    const s = await serve(wattTime(historicalFor));
    const from = T("2025-01-01T00:00:00Z");
    const to = from + 45 * DAY;
    const r = await fetchWattTime({
      region: "CAISO_NORTH",
      from,
      to,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(s.requests.filter((q) => q.url.startsWith("/v3/historical"))).toHaveLength(2);
    expect([1, 2].map((i) => [query(s, i).get("start"), query(s, i).get("end")])).toEqual([
      ["2025-01-01T00:00:00Z", "2025-01-31T00:00:00Z"],
      ["2025-01-31T00:00:00Z", "2025-02-15T00:00:00Z"],
    ]);
    expect(r.requests).toBe(3);
    expect(r.series.periods).toHaveLength((45 * DAY) / FIVE_MIN);
    r.series.periods.forEach((p, i) => {
      expect(p.start).toBe(from + i * FIVE_MIN);
      expect(p.end).toBe(p.start + FIVE_MIN);
    });
  });

  it("refuses units other than lbs_co2_per_mwh rather than guess", async () => {
    const body = fixture("watttime-historical-caiso-north.json") as { meta: Record<string, unknown> };
    body.meta.units = "percentile";
    const s = await serve(wattTime(() => body));
    const e = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe("invalid-response");
    expect((e as ProviderError).message).toContain('meta.units is "percentile", not "lbs_co2_per_mwh"');
    expectNoSecret(e);
  });
});

describe("parseWattTimeBody", () => {
  it("refuses a data_point_period_seconds whose periods no Date holds, or that rounds to nothing", () => {
    // The pattern of known bug 6 (Energy-Charts): 1e300 s made periods ending at 1e303 ms.
    for (const seconds of [1e300, 1e14, 86_401, 1e-9, 0.5]) {
      const body = fixture("watttime-historical-caiso-north.json") as { meta: Record<string, unknown> };
      body.meta.data_point_period_seconds = seconds;
      expect(() => parseWattTimeBody(body), String(seconds)).toThrow(ResponseShapeError);
      expect(() => parseWattTimeBody(body), String(seconds)).toThrow(
        `meta.data_point_period_seconds is ${seconds}: expected the length of a period, from 1 s to a day (WattTime's are 300 s)`,
      );
    }
    for (const seconds of [300, 3600, 86_400]) {
      const body = fixture("watttime-historical-caiso-north.json") as { meta: Record<string, unknown> };
      body.meta.data_point_period_seconds = seconds;
      const periods = parseWattTimeBody(body).periods;
      expect(periods.length).toBeGreaterThan(0);
      for (const p of periods) expect(p.end - p.start).toBe(seconds * 1000);
    }
  });
});

describe("fetchWattTime through the shared fetcher", () => {
  it("a 5xx storm on data: three attempts, then a ProviderError without any secret", async () => {
    const s = await serve(wattTime(historicalFor, () => 502));
    const e = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expectNoSecret(e);
    expect((e as ProviderError).status).toBe(502);
    expect((e as ProviderError).message).toMatch(
      /^WattTime: HTTP 502 from .*\/v3\/historical \(3 attempts\)$/,
    );
    expect(s.requests).toHaveLength(4);
  });

  it("a 429 with Retry-After on login is waited out, then answered", async () => {
    const inner = wattTime(() => fixture("watttime-historical-caiso-north.json"));
    const s = await serve((req, res, n) => {
      if (n === 0) return json(res, { error: "too many logins" }, 429, { "retry-after": "0.05" });
      return inner(req, res);
    });
    const slept: number[] = [];
    const r = await fetchWattTime({
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
      fetcher: fetcher({
        sleep: (ms) => {
          slept.push(ms);
          return new Promise((resolve) => setTimeout(resolve, ms));
        },
      }),
    });
    expect(slept).toEqual([50]);
    expect(s.requests.map((q) => new URL(q.url, "http://x").pathname)).toEqual([
      "/login",
      "/login",
      "/v3/historical",
    ]);
    expect(r.requests).toBe(2);
    expect(r.series.periods).toHaveLength(5);
  });
});

describe("regions and windows", () => {
  it("an explicit region wins; a zone maps through the table; neither is a usage error", () => {
    expect(resolveWattTimeRegion("caiso_north", "DE")).toEqual({ region: "CAISO_NORTH", mapped: false });
    expect(resolveWattTimeRegion(undefined, "US-CAL-CISO")).toEqual({ region: "CAISO_NORTH", mapped: true });
    expect(resolveWattTimeRegion(" ", "GB")).toEqual({ region: "UK", mapped: true });
    expect(() => resolveWattTimeRegion(undefined, undefined)).toThrow(UsageError);
    expect(() => resolveWattTimeRegion(undefined, "XX-NOWHERE")).toThrow(
      /no WattTime region is known for zone/,
    );
    expect(() => resolveWattTimeRegion("../login", undefined)).toThrow(UsageError);
  });

  it("every zone in the table is an Electricity Maps zone id, every entry names its basis", () => {
    const zones = new Set(knownZones());
    for (const [zone, entry] of Object.entries(WATTTIME_REGIONS)) {
      expect(zones.has(zone), zone).toBe(true);
      expect(entry.region).toMatch(/^[A-Z0-9_]+$/);
      expect(entry.basis.length).toBeGreaterThan(0);
    }
  });

  it("never asks for more than 30 days at once", () => {
    const from = T("2025-01-05T07:13:00Z");
    const ranges = splitWattTimeWindow(from, from + 95 * DAY);
    expect(ranges).toHaveLength(4);
    expect(ranges[0]?.[0]).toBe(T("2025-01-05T07:10:00Z"));
    expect(ranges.at(-1)?.[1]).toBe(T("2025-04-10T07:15:00Z"));
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(WATTTIME_MAX_RANGE_MS);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
  });

  it("refuses missing credentials or an empty window before any request", async () => {
    const s = await serve((_req, res) => json(res, {}));
    const base = {
      region: "CAISO_NORTH",
      ...WINDOW,
      username: USERNAME,
      password: PASSWORD,
      baseUrl: s.base,
    };
    await expect(fetchWattTime({ ...base, password: "", fetcher: fetcher() })).rejects.toThrow(UsageError);
    await expect(fetchWattTime({ ...base, to: base.from, fetcher: fetcher() })).rejects.toThrow(UsageError);
    await expect(fetchWattTime({ ...base, region: undefined, fetcher: fetcher() })).rejects.toThrow(
      UsageError,
    );
    expect(s.requests).toHaveLength(0);
  });
});
