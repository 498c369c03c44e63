import { afterEach, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/intensity/http.js";
import { fetchOnline, sourcesFor } from "../../src/intensity/online.js";
import { json, type LocalServer, startServer } from "./providers/local-server.js";

let servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const T = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).concat("Z");

describe("choosing intensity sources", () => {
  it("orders keyed providers before the key-free one serving the zone", () => {
    expect(sourcesFor("auto", "GB", {})).toEqual(["uk"]);
    expect(sourcesFor("auto", "GB", { electricityMapsToken: "t" })).toEqual(["electricity-maps", "uk"]);
    expect(sourcesFor("auto", "DE", {})).toEqual(["energy-charts"]);
    expect(sourcesFor("auto", "DK-DK2", {})).toEqual(["energi-data-service"]);
    expect(sourcesFor("auto", "US-CAL-CISO", {})).toEqual([]);
    expect(sourcesFor("auto", "US-CAL-CISO", { wattTimeUsername: "u", wattTimePassword: "p" })).toEqual([
      "watttime",
    ]);
  });

  it("refuses a keyed provider asked for by name without its key", () => {
    expect(() => sourcesFor("electricity-maps", "DE", {})).toThrow(/electricity-maps-token/);
  });
});

describe("filling one provider's holes", () => {
  it("takes measured hours from the next provider before anyone's forecasts", async () => {
    // Electricity Maps (past-range) answers 10:00 and 11:00 but not 12:00; the UK API has 12:00
    // measured and 13:00 only as a forecast. Window 10:00–14:00.
    const em = await startServer((_req, res) =>
      json(res, {
        zone: "GB",
        data: [10, 11].map((h) => ({
          zone: "GB",
          carbonIntensity: 200,
          datetime: `2025-06-03T${h}:00:00.000Z`,
          updatedAt: "2025-06-03T15:00:00.000Z",
          createdAt: "2025-06-03T09:00:00.000Z",
          emissionFactorType: "lifecycle",
          isEstimated: false,
          estimationMethod: null,
        })),
      }),
    );
    const uk = await startServer((_req, res) => {
      const data = [];
      for (let t = T("2025-06-03T10:00Z"); t < T("2025-06-03T14:00Z"); t += 1_800_000) {
        const settled = t < T("2025-06-03T13:00Z");
        data.push({
          from: iso(t),
          to: iso(t + 1_800_000),
          intensity: { forecast: 90, actual: settled ? 100 : null, index: "low" },
        });
      }
      json(res, { data });
    });
    servers = [em, uk];
    const r = await fetchOnline(["electricity-maps", "uk"], {
      zone: "GB",
      from: T("2025-06-03T10:00Z"),
      to: T("2025-06-03T14:00Z"),
      factor: "lifecycle",
      credentials: { electricityMapsToken: "t" },
      baseUrls: { "electricity-maps": em.base, uk: uk.base },
      fetcher: createFetcher({ secrets: ["t"] }),
    });
    const periods = (r.series?.periods ?? []).map((p) => [iso(p.start), p.gPerKwh, p.forecast]);
    expect(periods).toEqual([
      ["2025-06-03T10:00Z", 200, false],
      ["2025-06-03T11:00Z", 200, false],
      ["2025-06-03T12:00Z", 100, false],
      ["2025-06-03T12:30Z", 100, false],
      ["2025-06-03T13:00Z", 90, true],
      ["2025-06-03T13:30Z", 90, true],
    ]);
    expect(r.attempts.map((a) => [a.source, a.periodsUsed])).toEqual([
      ["electricity-maps", 2],
      ["uk", 4],
    ]);
    expect(r.series?.source).toBe("Electricity Maps + UK Carbon Intensity API (NESO)");
  });
});
