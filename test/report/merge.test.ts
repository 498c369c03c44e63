import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type RunConfig, runReport } from "../../src/pipeline.js";
import { describeMerge, type LabelledReport, mergeReports } from "../../src/report/merge.js";
import type { Report } from "../../src/report/schema.js";

import { device, type Hour, hour, META, makeReport, SHA_A, SHA_B, SHA_C, source } from "./factory.js";

const part = (label: string, report: Report): LabelledReport => ({ label, report });

/** Every number anywhere in the value is finite (no NaN or Infinity leaked). */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

describe("mergeReports: hand-computed cases", () => {
  it("adds energy and emissions of overlapping hours; intensity is emissions ÷ energy; fallback share weighted", () => {
    const a = makeReport({
      hours: [
        hour("2025-01-01T10:00:00Z", 1, 100),
        hour("2025-01-01T11:00:00Z", 2, 300, { fallbackEnergyShare: 0.5 }),
      ],
      devices: [device("0", "node-a", 3)],
      sources: [source("a.csv", SHA_A)],
    });
    const b = makeReport({
      hours: [
        hour("2025-01-01T11:00:00Z", 1, 200, { estimated: true }),
        hour("2025-01-01T12:00:00Z", 3, 150, { forecast: true, fallbackEnergyShare: 1 }),
      ],
      devices: [device("0", "node-b", 4)],
      sources: [source("b.csv", SHA_B)],
      window: { start: "2025-01-01T11:15:00Z", end: "2025-01-01T12:45:00Z" },
    });
    const m = mergeReports([part("a", a), part("b", b)], META);

    expect(m.tool).toEqual({ name: "gridprint", version: "9.9.9-test" });
    expect(m.generatedAt).toBe("2025-01-02T03:04:05Z");
    expect(m.window.start).toBe("2025-01-01T10:00:00Z");
    expect(m.window.end).toBe("2025-01-01T12:45:00Z");
    expect(m.window.durationHours).toBeCloseTo(2.75, 12);

    expect(m.hours.map((h) => h.start)).toEqual([
      "2025-01-01T10:00:00Z",
      "2025-01-01T11:00:00Z",
      "2025-01-01T12:00:00Z",
    ]);
    const h11 = m.hours[1] as Hour;
    expect(h11.energyKwh).toBe(3);
    expect(h11.emissionsG).toBe(500);
    expect(h11.intensityGPerKwh).toBeCloseTo(500 / 3, 12);
    // 2 kWh half on fallback + 1 kWh none: 1 of 3 kWh.
    expect(h11.fallbackEnergyShare).toBeCloseTo(1 / 3, 12);
    expect(h11.estimated).toBe(true);
    expect(h11.forecast).toBe(false);
    expect(h11.observedDeviceSeconds).toBe(7200);
    expect(m.hours[2]?.forecast).toBe(true);

    expect(m.totals.energyKwh).toBe(7);
    expect(m.totals.emissionsG).toBe(750);
    expect(m.totals.intensityGPerKwh).toBeCloseTo(750 / 7, 12);
    expect(m.totals.naiveEmissionsG).toBe(1400);
    expect(m.totals.naiveIntensityGPerKwh).toBe(200);
    expect(m.totals.naiveDifferencePercent).toBeCloseTo(((750 - 1400) / 1400) * 100, 10);
    expect(m.naive).toEqual(a.naive);

    // Coverage from the merged hours: 3 with energy, 11:00 and 12:00 in part on fallback.
    expect(m.intensity.coverage).toEqual({
      hoursWithEnergy: 3,
      hoursMeasured: 1,
      hoursWithFallback: 2,
      energyShare: expect.closeTo(1 - (1 + 3) / 7, 12),
    });
    expect(m.intensity.estimatedHours).toBe(1);
    expect(m.intensity.forecastHours).toBe(1);

    expect(m.devices.map((d) => `${d.host}/${d.id}`)).toEqual(["node-a/0", "node-b/0"]);
    expect(m.hosts).toEqual([
      { host: "node-a", devices: 1, energyKwh: 3 },
      { host: "node-b", devices: 1, energyKwh: 4 },
    ]);
    expect(m.sources.map((s) => s.file)).toEqual(["a.csv", "b.csv"]);
    expect(m.comparison).toBeUndefined();
    expect(m.budget).toEqual({ passed: true, checks: [] });
    expect(m.timezone).toEqual({ zone: "UTC", ambiguousReadings: 2, nonexistentReadings: 4 });
    // Same intensity file in both: read once.
    expect(m.intensity.rowsRead).toBe(24);
    expect(m.warnings).toEqual([]);
    // Identical summaries are told once, with both labels.
    expect(m.intensity.summary).toBe("2 node reports merged: [a, b] 2/2 h from test series");
  });

  it("keeps disjoint windows' hours without inventing the ones between", () => {
    const a = makeReport({ hours: [hour("2025-01-01T08:00:00Z", 1, 100)] });
    const b = makeReport({
      hours: [hour("2025-01-01T12:00:00Z", 2, 100), hour("2025-01-01T13:00:00Z", 0, 0)],
      devices: [device("0", "node-b", 2)],
    });
    const m = mergeReports([part("b", b), part("a", a)], META);
    expect(m.hours.map((h) => [h.start, h.energyKwh])).toEqual([
      ["2025-01-01T08:00:00Z", 1],
      ["2025-01-01T12:00:00Z", 2],
      ["2025-01-01T13:00:00Z", 0],
    ]);
    expect(m.window).toEqual({
      start: "2025-01-01T08:00:00Z",
      end: "2025-01-01T14:00:00.000Z",
      durationHours: 6,
    });
    expect(m.intensity.coverage.hoursWithEnergy).toBe(2);
  });

  it("weights the estimated energy share by energy", () => {
    const measured = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 3, 300)] });
    const estimated = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      estimatedEnergyShare: 1,
      devices: [device("0", "node-e", 1, { estimated: true })],
    });
    const m = mergeReports([part("m", measured), part("e", estimated)], META);
    expect(m.totals.estimatedEnergyShare).toBeCloseTo(0.25, 12);
  });

  it("warns when nodes ran in different zones, naming them", () => {
    const gb = (l: string) =>
      part(l, makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], devices: [device("0", l, 1)] }));
    const de = part(
      "c",
      makeReport({
        hours: [hour("2025-01-01T10:00:00Z", 1, 400)],
        zone: "DE",
        devices: [device("0", "c", 1)],
      }),
    );
    const m = mergeReports([gb("a"), gb("b"), de], META);
    expect(m.intensity.zone).toBe("GB");
    expect(m.warnings.some((w) => w.startsWith("nodes ran in different zones: GB (a, b), DE (c)"))).toBe(
      true,
    );
  });

  it("warns, and still counts, when the same trace file comes from two parts", () => {
    const a = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      sources: [source("gpu.csv", SHA_C)],
    });
    const b = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      sources: [source("gpu.csv", SHA_C)],
      devices: [device("0", "node-y", 1)],
    });
    const m = mergeReports([part("node-1", a), part("node-2", b)], META);
    expect(m.totals.energyKwh).toBe(2);
    expect(m.sources).toHaveLength(2);
    const w = m.warnings.filter((x) => x.includes("the same trace file"));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(
      /the same trace file \(gpu\.csv, sha256 c+…\) was reported by node-1 and node-2; its energy is counted twice/,
    );
  });

  it("keeps a repeated host and device id twice, with a warning", () => {
    const a = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      devices: [device("0", "gpu-host", 1)],
    });
    const b = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 2, 100)],
      devices: [device("0", "gpu-host", 2)],
      sources: [source("trace.csv", SHA_B)],
    });
    const m = mergeReports([part("a", a), part("b", b)], META);
    expect(m.devices).toHaveLength(2);
    expect(m.hosts).toEqual([{ host: "gpu-host", devices: 2, energyKwh: 3 }]);
    expect(m.warnings.join("\n")).toMatch(
      /host gpu-host appears in node reports a and b .*mis-configured matrix/,
    );
  });

  it("takes the worst quality of the parts", () => {
    const q = (quality: Report["intensity"]["quality"], l: string) =>
      part(
        l,
        makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], quality, devices: [device("0", l, 1)] }),
      );
    expect(mergeReports([q("measured", "a"), q("partial", "b")], META).intensity.quality).toBe("partial");
    expect(
      mergeReports([q("partial", "a"), q("fallback", "b"), q("measured", "c")], META).intensity.quality,
    ).toBe("fallback");
    expect(mergeReports([q("measured", "a"), q("measured", "b")], META).intensity.quality).toBe("measured");
  });

  it("returns a single part as it is, under the new version and time", () => {
    const a = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], warnings: ["w1"] });
    const m = mergeReports([part("only", a)], META);
    expect(m).toEqual({
      ...a,
      tool: { name: "gridprint", version: "9.9.9-test" },
      generatedAt: "2025-01-02T03:04:05Z",
    });
  });

  it("throws on no parts", () => {
    expect(() => mergeReports([], META)).toThrow(/no reports/);
  });

  it("merges parts that drew no energy without a NaN anywhere", () => {
    const idle = (l: string, g: number | null) =>
      part(
        l,
        makeReport({
          hours: [hour("2025-01-01T10:00:00Z", 0, 0, { intensityGPerKwh: g })],
          devices: [device("0", l, 0)],
          naiveGPerKwh: l === "a" ? 200 : 300,
        }),
      );
    const m = mergeReports([idle("a", 100), idle("b", 200), idle("c", null)], META);
    expect(allFinite(m)).toBe(true);
    expect(m.totals.energyKwh).toBe(0);
    expect(m.totals.intensityGPerKwh).toBeNull();
    expect(m.totals.naiveDifferencePercent).toBeNull();
    expect(m.totals.estimatedEnergyShare).toBe(0);
    // Different naive bases and no energy to weight them: the first part's figure, with a warning.
    expect(m.totals.naiveIntensityGPerKwh).toBe(200);
    expect(m.warnings.some((w) => w.startsWith("nodes used different naive annual averages"))).toBe(true);
    expect(m.hours[0]?.intensityGPerKwh).toBe(150);
    expect(m.hours[0]?.fallbackEnergyShare).toBe(0);
    expect(m.intensity.coverage).toEqual({
      hoursWithEnergy: 0,
      hoursMeasured: 0,
      hoursWithFallback: 0,
      energyShare: 1,
    });
  });

  it("weights differing naive bases by energy", () => {
    const a = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], naiveGPerKwh: 100 });
    const b = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 3, 100)],
      naiveGPerKwh: 500,
      devices: [device("0", "node-b", 3)],
    });
    const m = mergeReports([part("a", a), part("b", b)], META);
    expect(m.totals.naiveEmissionsG).toBe(1600);
    expect(m.naive.gPerKwh).toBe(400);
    expect(m.totals.naiveIntensityGPerKwh).toBe(400);
    expect(m.naive.method).toBe(a.naive.method);
    expect(m.warnings.join("\n")).toMatch(
      /100 gCO2e\/kWh lifecycle 2024 \(a\), 500 gCO2e\/kWh lifecycle 2024 \(b\)/,
    );
  });

  it("prefixes the parts' warnings with their labels and drops exact repeats", () => {
    const a = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      warnings: ["gap", "gap", "other"],
    });
    const b = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      warnings: ["gap"],
      devices: [device("0", "node-b", 1)],
      sources: [source("trace.csv", SHA_B)],
      timezone: "Europe/London",
    });
    const m = mergeReports([part("a", a), part("b", b)], META);
    expect(m.warnings[0]).toBe("[a] gap");
    expect(m.warnings[1]).toBe("[a] other");
    expect(m.warnings[2]).toBe("[b] gap");
    expect(m.warnings[3]).toMatch(/different time zones: UTC \(a\), Europe\/London \(b\)/);
    expect(m.warnings).toHaveLength(4);
  });

  it("merges attempts without repeats, licences as a union, and caps the summary", () => {
    const attempt = { source: "uk", title: "UK", licence: "CC-BY", periodsUsed: 3, requests: 1 };
    const long = "x".repeat(400);
    const a = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      intensity: { attempts: [attempt], licences: ["CC-BY", "ODbL"], summary: long },
    });
    const b = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      devices: [device("0", "node-b", 1)],
      intensity: {
        attempts: [attempt, { ...attempt, failure: "timeout" }],
        licences: ["ODbL", "OGL"],
        summary: `${long}y`,
      },
    });
    const m = mergeReports([part("a", a), part("b", b)], META);
    expect(m.intensity.attempts).toHaveLength(2);
    expect(m.intensity.licences).toEqual(["CC-BY", "ODbL", "OGL"]);
    expect(m.intensity.summary.length).toBeLessThanOrEqual(500);
    expect(m.intensity.summary.endsWith("…")).toBe(true);
    expect(m.intensity.summary.startsWith("2 node reports merged: [a] xxx")).toBe(true);
  });

  it("describes the merge in one sentence", () => {
    const a = makeReport({
      hours: [hour("2025-01-01T10:00:00Z", 1, 100)],
      devices: [device("0", "h1", 0.5), device("1", "h1", 0.5)],
    });
    const b = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], devices: [device("0", "h2", 1)] });
    expect(describeMerge([part("node-1", a), part("node-2", b)])).toBe(
      "Merged 2 node reports (node-1, node-2): 3 devices on 2 hosts.",
    );
  });
});

describe("mergeReports on real pipeline reports", () => {
  // The example 4×A100 trace cut in two by GPU (0–1 and 2–3), each half reported as one node would,
  // priced with the example intensity file: the merged report is the whole file's report.
  const example = new URL("../../examples/", import.meta.url).pathname;
  const config = (cwd: string, trace: string): RunConfig => ({
    traces: [trace],
    format: "auto",
    zone: "GB",
    intensitySource: "file",
    intensityFile: join(example, "gb-intensity-2025-06-03.csv"),
    timezone: "Europe/London",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 1 },
    budgets: {},
    cwd,
    version: "test",
    now: META.now,
  });

  it("gives back the whole run's totals and hours (sum invariance)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-merge-"));
    const lines = readFileSync(join(example, "nvidia-smi-4xA100.csv"), "utf8").trimEnd().split("\n");
    const header = lines.filter((l) => !/^\d/.test(l));
    const rows = lines.filter((l) => /^\d/.test(l));
    const index = (l: string) => Number(l.split(",")[2]);
    writeFileSync(join(dir, "all.csv"), `${lines.join("\n")}\n`);
    writeFileSync(join(dir, "n1.csv"), `${[...header, ...rows.filter((l) => index(l) < 2)].join("\n")}\n`);
    writeFileSync(join(dir, "n2.csv"), `${[...header, ...rows.filter((l) => index(l) >= 2)].join("\n")}\n`);

    const whole = await runReport(config(dir, "all.csv"));
    const n1 = await runReport(config(dir, "n1.csv"));
    const n2 = await runReport(config(dir, "n2.csv"));
    expect(n1.devices).toHaveLength(2);
    expect(n2.devices).toHaveLength(2);

    const m = mergeReports([part("node-1", n1), part("node-2", n2)], META);
    const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);
    close(m.totals.energyKwh, n1.totals.energyKwh + n2.totals.energyKwh);
    close(m.totals.emissionsG, n1.totals.emissionsG + n2.totals.emissionsG);
    close(m.totals.naiveEmissionsG, n1.totals.naiveEmissionsG + n2.totals.naiveEmissionsG);
    close(m.totals.energyKwh, whole.totals.energyKwh);
    close(m.totals.emissionsG, whole.totals.emissionsG);
    close(m.totals.intensityGPerKwh ?? Number.NaN, whole.totals.intensityGPerKwh ?? Number.NaN);
    close(m.totals.naiveDifferencePercent ?? Number.NaN, whole.totals.naiveDifferencePercent ?? Number.NaN);
    expect(m.naive).toEqual(whole.naive);
    expect(m.window).toEqual(whole.window);

    expect(m.hours.map((h) => h.start)).toEqual(whole.hours.map((h) => h.start));
    m.hours.forEach((h, i) => {
      const a = n1.hours.find((x) => x.start === h.start);
      const b = n2.hours.find((x) => x.start === h.start);
      const w = whole.hours[i] as Hour;
      close(h.energyKwh, (a?.energyKwh ?? 0) + (b?.energyKwh ?? 0));
      close(h.emissionsG, (a?.emissionsG ?? 0) + (b?.emissionsG ?? 0));
      close(h.energyKwh, w.energyKwh);
      close(h.emissionsG, w.emissionsG);
      close(h.observedDeviceSeconds, w.observedDeviceSeconds);
      close(h.fallbackEnergyShare, w.fallbackEnergyShare);
      if (w.intensityGPerKwh === null) expect(h.intensityGPerKwh).toBeNull();
      else close(h.intensityGPerKwh ?? Number.NaN, w.intensityGPerKwh);
      expect([h.estimated, h.forecast]).toEqual([w.estimated, w.forecast]);
    });
    expect(m.intensity.coverage).toEqual(whole.intensity.coverage);
    expect(m.intensity.estimatedHours).toBe(whole.intensity.estimatedHours);
    expect(m.intensity.forecastHours).toBe(whole.intensity.forecastHours);
    expect(m.intensity.quality).toBe(whole.intensity.quality);
    expect(m.intensity.rowsRead).toBe(whole.intensity.rowsRead);
    expect(m.hosts).toEqual([
      { host: "(unnamed)", devices: 4, energyKwh: expect.closeTo(whole.totals.energyKwh, 9) },
    ]);
    expect(m.sources.map((s) => s.file)).toEqual(["n1.csv", "n2.csv"]);
    // Different files, different device ids: nothing to warn about beyond what the parts said.
    expect(m.warnings.every((w) => w.startsWith("[node-"))).toBe(true);
  });
});
