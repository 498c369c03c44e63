import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors.js";
import { createFetcher, ProviderError } from "../../../src/intensity/http.js";
import {
  type DanishPriceArea,
  danishTime,
  fetchEnergiDataService,
} from "../../../src/intensity/providers/energi-data-service.js";
import { json, type LocalServer, seededRandom, startServer } from "./local-server.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/providers/${name}`, import.meta.url), "utf8"));
const T = (iso: string) => Date.parse(iso);
const FIVE = 5 * 60_000;

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
    random: seededRandom(5),
  });
const params = (req: { url: string } | undefined) =>
  Object.fromEntries(new URL(`http://x${req?.url}`).searchParams);

/**
 * A small CO2Emis: every 5 minutes of a UTC range for both areas, answering start/end (Danish
 * time), filter, sort, offset and limit as the API guide describes.
 */
function co2emis(from: number, to: number) {
  const rows: Array<{
    Minutes5UTC: string;
    Minutes5DK: string;
    PriceArea: DanishPriceArea;
    CO2Emission: number;
  }> = [];
  for (let t = from; t < to; t += FIVE) {
    for (const area of ["DK1", "DK2"] as const) {
      rows.push({
        Minutes5UTC: new Date(t).toISOString().slice(0, 19),
        Minutes5DK: `${danishTime(t)}:00`,
        PriceArea: area,
        CO2Emission: 100 + ((t / FIVE) % 60),
      });
    }
  }
  return (req: IncomingMessage) => {
    const q = new URL(`http://x${req.url}`).searchParams;
    const filter = JSON.parse(q.get("filter") ?? "{}") as { PriceArea?: string[] };
    const start = q.get("start") ?? "";
    const end = q.get("end") ?? "";
    const selected = rows.filter(
      (r) =>
        (!filter.PriceArea || filter.PriceArea.includes(r.PriceArea)) &&
        r.Minutes5DK.slice(0, 16) >= start &&
        r.Minutes5DK.slice(0, 16) < end,
    );
    const offset = Number(q.get("offset") ?? 0);
    const limit = Number(q.get("limit") ?? 100);
    return { total: selected.length, dataset: "CO2Emis", records: selected.slice(offset, offset + limit) };
  };
}

describe("fetchEnergiDataService", () => {
  it("reads CO2Emis records for one price area into 5-minute periods", async () => {
    const s = await serve((_req, res) => json(res, fixture("energi-data-service-co2emis.json")));
    const r = await fetchEnergiDataService({
      area: "DK1",
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    const q = params(s.requests[0]);
    expect(s.requests[0]?.url.startsWith("/dataset/CO2Emis?")).toBe(true);
    // Danish summer time is UTC+2; the window is widened by 2 h on each side.
    expect(q).toEqual({
      start: "2025-06-03T10:00",
      end: "2025-06-03T14:30",
      filter: '{"PriceArea":["DK1"]}',
      columns: "Minutes5UTC,PriceArea,CO2Emission",
      sort: "Minutes5UTC ASC",
      offset: "0",
      limit: "78",
    });
    expect(r.requests).toBe(1);
    expect(r.series).toMatchObject({ zone: "DK-DK1", factor: "direct", signal: "average" });
    expect(r.series.source).toBe("Energi Data Service (Energinet), CO2Emis DK1");
    // Newest-first in the response, sorted in the series; the DK2 rows ignored.
    expect(
      r.series.periods.map((p) => [(p.start - T("2025-06-03T10:00:00Z")) / FIVE, p.end - p.start, p.gPerKwh]),
    ).toEqual([
      [0, FIVE, 112],
      [1, FIVE, 110],
      [2, FIVE, 109],
      [3, FIVE, 111],
      [4, FIVE, 114],
      [5, FIVE, 117],
    ]);
    expect(r.forecastPeriods).toBe(0);
    expect(r.series.periods.every((p) => !p.forecast && !p.estimated)).toBe(true);
  });

  it("sends Danish winter time in January", async () => {
    const s = await serve((_req, res) => json(res, { total: 0, dataset: "CO2Emis", records: [] }));
    await fetchEnergiDataService({
      area: "DK2",
      from: T("2025-01-15T08:00:00Z"),
      to: T("2025-01-15T09:00:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    const q = params(s.requests[0]);
    expect([q.start, q.end, q.filter]).toEqual([
      "2025-01-15T07:00",
      "2025-01-15T12:00",
      '{"PriceArea":["DK2"]}',
    ]);
  });

  it("pages with offset and limit until total records have come", async () => {
    const from = T("2025-06-03T00:00:00Z");
    const to = from + 6 * 3_600_000;
    const answer = co2emis(from - 3 * 3_600_000, to + 3 * 3_600_000);
    const s = await serve((req, res) => json(res, answer(req)));
    const r = await fetchEnergiDataService({
      area: "DK1",
      from,
      to,
      baseUrl: s.base,
      fetcher: fetcher(),
      pageSize: 50,
    });
    // 10 h asked (6 h + 2 h each side) = 120 records of DK1, in pages of 50.
    expect(s.requests.map((q) => params(q).offset)).toEqual(["0", "50", "100"]);
    expect(r.requests).toBe(3);
    expect(r.series.periods).toHaveLength(72);
    r.series.periods.forEach((p, i) => {
      expect(p.start).toBe(from + i * FIVE);
    });
  });

  it("leaves holes for missing 5-minute records, and skips records without a value", async () => {
    const body = {
      total: 3,
      dataset: "CO2Emis",
      records: [
        {
          Minutes5UTC: "2025-06-03T10:00:00",
          Minutes5DK: "2025-06-03T12:00:00",
          PriceArea: "DK1",
          CO2Emission: 90,
        },
        {
          Minutes5UTC: "2025-06-03T10:05:00",
          Minutes5DK: "2025-06-03T12:05:00",
          PriceArea: "DK1",
          CO2Emission: null,
        },
        {
          Minutes5UTC: "2025-06-03T10:20:00",
          Minutes5DK: "2025-06-03T12:20:00",
          PriceArea: "DK1",
          CO2Emission: 95,
        },
      ],
    };
    const s = await serve((_req, res) => json(res, body));
    const r = await fetchEnergiDataService({
      area: "DK1",
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(r.series.periods.map((p) => [p.start - T("2025-06-03T10:00:00Z"), p.gPerKwh])).toEqual([
      [0, 90],
      [4 * FIVE, 95],
    ]);
  });

  it("stops paging when the server ignores offset", async () => {
    const body = fixture("energi-data-service-co2emis.json") as { records: unknown[] };
    const s = await serve((_req, res) =>
      json(res, { total: 1000, dataset: "CO2Emis", records: body.records }),
    );
    const r = await fetchEnergiDataService({
      area: "DK1",
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T10:30:00Z"),
      baseUrl: s.base,
      fetcher: fetcher(),
      pageSize: 12,
    });
    expect(s.requests).toHaveLength(2);
    expect(r.series.periods).toHaveLength(6);
  });

  it("rejects a body without records, and unknown areas before asking", async () => {
    const s = await serve((_req, res) => json(res, { error: "x" }));
    const e = await fetchEnergiDataService({
      area: "DK1",
      from: 0,
      to: 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).status).toBe("invalid-response");
    await expect(
      fetchEnergiDataService({
        area: "DK3" as DanishPriceArea,
        from: 0,
        to: 1,
        baseUrl: s.base,
        fetcher: fetcher(),
      }),
    ).rejects.toThrow(UsageError);
    expect(s.requests).toHaveLength(1);
  });

  it("retries a 503 and gives up after 3 attempts", async () => {
    const s = await serve((_req, res) => json(res, {}, 503));
    const e = await fetchEnergiDataService({
      area: "DK2",
      from: 0,
      to: 3_600_000,
      baseUrl: s.base,
      fetcher: fetcher(),
    }).catch((x: unknown) => x);
    expect((e as ProviderError).status).toBe(503);
    expect((e as ProviderError).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dataset\/CO2Emis$/);
    expect(s.requests).toHaveLength(3);
  });
});

describe("danishTime", () => {
  it("is Copenhagen wall time, across both DST changes", () => {
    expect(danishTime(T("2025-06-03T10:00:00Z"))).toBe("2025-06-03T12:00");
    expect(danishTime(T("2025-01-03T10:00:00Z"))).toBe("2025-01-03T11:00");
    expect(danishTime(T("2025-03-30T00:59:00Z"))).toBe("2025-03-30T01:59");
    expect(danishTime(T("2025-03-30T01:00:00Z"))).toBe("2025-03-30T03:00");
    expect(danishTime(T("2025-10-26T00:30:00Z"))).toBe("2025-10-26T02:30");
    expect(danishTime(T("2025-10-26T01:30:00Z"))).toBe("2025-10-26T02:30");
  });
});
