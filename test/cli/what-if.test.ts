/**
 * The what-if section from the pipeline: other start times and pausing priced from the same
 * intensity answer (fetched for the run ± the window), other zones, and the cleanest start of the
 * next run from the provider's forecast. Against a real HTTP server on 127.0.0.1 in the shape of
 * the UK Carbon Intensity API: measured figures until "now", forecasts after.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunConfig, runReport } from "../../src/pipeline.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { json, type LocalServer, startServer } from "../intensity/providers/local-server.js";

const examples = new URL("../../examples/", import.meta.url).pathname;
// The example run: 2025-06-03 13:10–19:40 UTC. "Now" is the next morning.
const NOW = new Date("2025-06-04T06:20:00Z");
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Intensity by hour of day: clean at night (50), dirty 17:00–20:00 (300), 150 otherwise. */
const byHour = (t: number) => {
  const h = new Date(t).getUTCHours();
  return h < 6 ? 50 : h >= 17 && h < 20 ? 300 : 150;
};

/** UK-shaped answers over the asked window: actual until NOW, forecast only after. */
function ukAnswer(url: string) {
  const m = /\/intensity\/([^/]+)\/([^/?]+)/.exec(url);
  const from = Date.parse((m?.[1] ?? "").replace(/Z?$/, "Z"));
  const to = Date.parse((m?.[2] ?? "").replace(/Z?$/, "Z"));
  const data = [];
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).concat("Z");
  for (let t = from; t < to; t += 1_800_000) {
    const past = t + 1_800_000 <= NOW.getTime();
    data.push({
      from: iso(t),
      to: iso(t + 1_800_000),
      intensity: { forecast: byHour(t), actual: past ? byHour(t) : null, index: "moderate" },
    });
  }
  return { data };
}

/** Electricity Maps-shaped rows for hours [from, to), measured (past-range, history). */
function emRows(from: number, to: number) {
  const rows = [];
  for (let t = from; t < to; t += 3_600_000) {
    rows.push({
      zone: "DE",
      carbonIntensity: byHour(t),
      datetime: new Date(t).toISOString(),
      isEstimated: false,
    });
  }
  return rows;
}

/** A forecast valley: 80 g/kWh from 22:00 to 05:00 (7 h), 400 otherwise. */
const valley = (t: number) =>
  t >= Date.parse("2025-06-04T22:00:00Z") && t < Date.parse("2025-06-05T05:00:00Z") ? 80 : 400;
const EM_TOKEN = "em-PIPELINE-secret-93ac";

/**
 * Electricity Maps: past-range and history give measured hours before NOW only (nothing for the
 * future); the forecast endpoint gives 48 hourly rows from NOW's hour, or `forecastStatus`.
 */
function electricityMaps(forecastStatus?: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "", "http://x");
    const q = url.searchParams;
    const now = NOW.getTime();
    if (url.pathname === "/v3/carbon-intensity/past-range") {
      const from = Date.parse(q.get("start") ?? "");
      const to = Math.min(Date.parse(q.get("end") ?? "") + 1, now - (now % 3_600_000));
      return json(res, { zone: "DE", data: emRows(from, to) });
    }
    if (url.pathname === "/v3/carbon-intensity/history") {
      const hour = now - (now % 3_600_000);
      return json(res, { zone: "DE", history: emRows(hour - 24 * 3_600_000, hour) });
    }
    if (url.pathname === "/v3/carbon-intensity/forecast") {
      if (forecastStatus !== undefined) return json(res, { error: `refused ${EM_TOKEN}` }, forecastStatus);
      const hour = now - (now % 3_600_000);
      const forecast = [];
      for (let t = hour; t < hour + 48 * 3_600_000; t += 3_600_000) {
        forecast.push({ carbonIntensity: valley(t), datetime: new Date(t).toISOString() });
      }
      return json(res, { zone: "DE", forecast, updatedAt: NOW.toISOString() });
    }
    return json(res, { error: "not found" }, 404);
  };
}

function config(extra: Partial<RunConfig>): RunConfig {
  return {
    traces: [join(examples, "nvidia-smi-4xA100.csv")],
    format: "auto",
    zone: "GB",
    intensitySource: "uk",
    timezone: "Europe/London",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 0.8 },
    budgets: {},
    cwd: examples,
    version: "test",
    now: NOW,
    ...extra,
  };
}

describe("what-if from the pipeline", () => {
  it("prices other starts, pausing, other zones and the next run, and says which is which", async () => {
    server = await startServer((req, res) => json(res, ukAnswer(req.url ?? "")));
    const r = await runReport(
      config({ intensityApiUrl: server.base, compareZones: ["FR", "aws:eu-north-1"], whatIfWindowHours: 12 }),
    );
    const w = r.whatIf;
    expect(w?.actualG).toBeCloseTo(r.totals.emissionsG, 6);
    // 13:10 + 12 h reaches 01:10 next day: the clean night (50) is within reach.
    const best = w?.flexibleStart.best;
    expect(best?.offsetMinutes).toBeGreaterThan(0);
    expect(best?.savingG).toBeGreaterThan(0);
    // The +12 h start would end at 07:40, past the data fetched (up to the current hour, 07:00).
    expect(w?.flexibleStart.candidatesWithData).toBe(24);
    expect(w?.flexibleStart.candidatesTotal).toBe(25);
    // Pausing: +100% lets the run wait for the night; all windows are within the fetched answer.
    const full = w?.pauseResume.find((p) => p.stretch === 1);
    expect(full?.dataShare).toBe(1);
    expect(full?.savingG).toBeGreaterThan(0);
    // Other zones have no UK figures: priced at their annual average, said so.
    expect(w?.places.map((p) => [p.zone, p.basis])).toEqual([
      ["FR", "annual-average"],
      ["SE-SE3", "annual-average"],
    ]);
    expect(w?.places[0]?.source).toMatch(/no hourly data for FR/);
    // Next run: from the forecast after NOW, the cleanest start is before 06:00 (the clean hours).
    const next = w?.nextRun;
    expect(next?.start).toBeDefined();
    const startHour = new Date(next?.start ?? "").getUTCHours();
    expect(startHour < 6 || startHour >= 20).toBe(true);
    expect(Date.parse(next?.start ?? "")).toBeGreaterThanOrEqual(NOW.getTime());
    expect(Date.parse(next?.start ?? "")).toBeLessThanOrEqual(NOW.getTime() + 25 * 3_600_000);
    const md = renderMarkdown(r);
    expect(md).toContain("**What if** (in hindsight");
    expect(md).toContain("**In FR** (at its annual average (no hourly data))");
    expect(md).toMatch(/\*\*Next run:\*\* by UK Carbon Intensity API.*forecast, the cleanest start/);
  });

  it("claims no saving when the window lacks data, and turns off with a zero window", async () => {
    // Data only for the run's own hours: other starts and longer pauses have none.
    server = await startServer((req, res) => {
      const answer = ukAnswer(req.url ?? "");
      answer.data = answer.data.filter((d) => {
        const t = Date.parse(d.from);
        return t >= Date.parse("2025-06-03T13:00:00Z") && t < Date.parse("2025-06-03T20:00:00Z");
      });
      json(res, answer);
    });
    const r = await runReport(config({ intensityApiUrl: server.base, nextRun: false }));
    const f = r.whatIf?.flexibleStart;
    expect(f?.candidatesWithData).toBe(1);
    expect(f?.best?.savingG).toBe(0);
    expect(r.whatIf?.pauseResume.every((p) => p.emissionsG === null && p.dataShare < 1)).toBe(true);
    expect(r.whatIf?.nextRun).toBeUndefined();
    expect(renderMarkdown(r)).toContain("no cleaner start within 12 h either side (1 of 25 starts had data)");

    const off = await runReport(
      config({ intensityApiUrl: server.base, nextRun: false, whatIfWindowHours: 0 }),
    );
    expect(off.whatIf?.flexibleStart.candidatesTotal).toBe(1);
  });

  it("with Electricity Maps, the next run comes from its separate forecast endpoint", async () => {
    server = await startServer(electricityMaps());
    const r = await runReport(
      config({
        zone: "DE",
        intensitySource: "electricity-maps",
        credentials: { electricityMapsToken: EM_TOKEN },
        intensityApiUrl: server.base,
      }),
    );
    expect(r.totals.emissionsG).toBeGreaterThan(0);
    expect(server.requests.some((q) => q.url.startsWith("/v3/carbon-intensity/forecast?"))).toBe(true);
    const next = r.whatIf?.nextRun;
    // The run lasts 6.5 h: only a start at 22:00 keeps it inside the 7-hour valley.
    expect(next?.start).toBe("2025-06-04T22:00:00Z");
    expect(next?.source).toMatch(/^Electricity Maps API \(forecast\), zone DE/);
    expect(next?.savingPercent).toBeGreaterThan(0);
    expect(renderMarkdown(r)).toMatch(
      /\*\*Next run:\*\* by Electricity Maps API \(forecast\).*the cleanest start/,
    );
    expect(JSON.stringify(r)).not.toContain(EM_TOKEN);

    // A key without forecasts: the note names the endpoint tried and why, never the key.
    await server.close();
    server = await startServer(electricityMaps(403));
    const refused = await runReport(
      config({
        zone: "DE",
        intensitySource: "electricity-maps",
        credentials: { electricityMapsToken: EM_TOKEN },
        intensityApiUrl: server.base,
      }),
    );
    expect(refused.whatIf?.nextRun?.start).toBeUndefined();
    expect(refused.whatIf?.nextRun?.note).toMatch(
      /offers no forecast for DE \(forecast endpoints tried: Electricity Maps: HTTP 403\)/,
    );
    expect(JSON.stringify(refused)).not.toContain(EM_TOKEN);
    expect(renderMarkdown(refused)).not.toContain(EM_TOKEN);
  });

  it("with the annual average only, no what-if figure is claimed", async () => {
    const r = await runReport(config({ intensitySource: "average", compareZones: ["FR"] }));
    expect(r.whatIf?.actualG).toBeNull();
    expect(r.whatIf?.flexibleStart.best).toBeUndefined();
    expect(r.whatIf?.places[0]?.savingG).toBeNull();
    expect(renderMarkdown(r)).toContain("No what-if savings");
  });
});
