import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketHours, hourlyChart, niceCeil, plain, spark, sparklines } from "../../src/report/chart.js";
import type { Report } from "../../src/report/schema.js";
import { type Hour, hour, makeReport } from "./factory.js";

const HOUR = 3.6e6;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** `energies.length` consecutive hours from `from`, with intensities (null: no data, no energy). */
function run(from: string, energies: number[], intensities: Array<number | null> = []): Report {
  const t0 = Date.parse(from);
  return makeReport({
    hours: energies.map((e, i) => {
      const g = intensities[i] === undefined ? 200 : intensities[i];
      return g === null
        ? hour(iso(t0 + i * HOUR), e, 0, { intensityGPerKwh: null })
        : hour(iso(t0 + i * HOUR), e, e * g, e > 0 ? {} : { intensityGPerKwh: g });
    }),
  });
}

interface Parsed {
  title: string;
  xAxis: string;
  labels: string[] | undefined;
  yTop: number;
  bars: number[];
  line: number[] | undefined;
  numbers: string[];
}

/** The parts of an hourlyChart block, checked against the shape Mermaid's xychart grammar takes. */
function parse(block: string): Parsed {
  const lines = block.split("\n");
  expect(lines[0]).toBe("```mermaid");
  expect(lines[1]).toBe("xychart-beta");
  expect(lines[lines.length - 1]).toBe("```");
  const body = lines.slice(2, -1);
  const title = /^ {4}title "([^"\n]*)"$/.exec(body[0] ?? "")?.[1];
  const x = /^ {4}x-axis "([^"\n]*)" (?:\[((?:"[^"\n]*"(?:, )?)+)\]|0 --> (\d+))$/.exec(body[1] ?? "");
  const y = /^ {4}y-axis "Energy \(kWh\)" 0 --> (\d+(?:\.\d+)?)$/.exec(body[2] ?? "");
  const NUM = String.raw`\d+(?:\.\d+)?`;
  const list = new RegExp(String.raw`^ {4}(bar|line) \[(${NUM}(?:, ${NUM})*)\]$`);
  const bar = list.exec(body[3] ?? "");
  const line = body[4] === undefined ? undefined : list.exec(body[4]);
  expect(title, body[0]).toBeDefined();
  expect(x, body[1]).not.toBeNull();
  expect(y, body[2]).not.toBeNull();
  expect(bar?.[1], body[3]).toBe("bar");
  if (body[4] !== undefined) expect(line?.[1], body[4]).toBe("line");
  expect(body.length).toBeLessThanOrEqual(5);
  const split = (s: string | undefined) => (s ?? "").split(", ");
  return {
    title: title ?? "",
    xAxis: x?.[1] ?? "",
    labels: x?.[2] === undefined ? undefined : split(x[2]).map((l) => l.slice(1, -1)),
    yTop: Number(y?.[1]),
    bars: split(bar?.[2]).map(Number),
    line: line ? split(line[2]).map(Number) : undefined,
    numbers: [y?.[1] ?? "", ...split(bar?.[2]), ...(line ? split(line[2]) : [])],
  };
}

const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);

describe("hourlyChart", () => {
  it("is empty for a report without hours", () => {
    const report = makeReport({ hours: [] });
    expect(hourlyChart(report)).toBe("");
    expect(sparklines(report)).toBe("");
  });

  it("draws one bar per hour, labelled by UTC hour of day, with the intensity line", () => {
    const report = run("2025-06-03T13:00:00Z", [1.169, 1.415, 0.719], [63, 256, 231]);
    const block = hourlyChart(report);
    expect(block).toBe(
      [
        "```mermaid",
        "xychart-beta",
        '    title "Energy per hour (bars), intensity (line, scaled: max 256 g/kWh)"',
        '    x-axis "Hour (UTC)" ["13h", "14h", "15h"]',
        '    y-axis "Energy (kWh)" 0 --> 1.5',
        "    bar [1.169, 1.415, 0.719]",
        "    line [0.348, 1.415, 1.277]",
        "```",
      ].join("\n"),
    );
    const c = parse(block);
    expect(c.labels).toEqual(["13h", "14h", "15h"]);
  });

  it("scales the line so the highest intensity is as tall as the tallest bar", () => {
    const intensities = [100, 300, 150, 50];
    const c = parse(hourlyChart(run("2025-01-01T00:00:00Z", [2, 4, 3, 1], intensities)));
    expect(c.title).toContain("max 300 g/kWh");
    expect(Math.max(...(c.line ?? []))).toBe(Math.max(...c.bars));
    // Proportional to intensity: line ÷ intensity is the same factor (max energy ÷ max intensity) everywhere.
    for (const [i, v] of (c.line ?? []).entries())
      expect(v).toBeCloseTo(((intensities[i] ?? 0) * 4) / 300, 3);
    expect(c.yTop).toBeGreaterThanOrEqual(Math.max(...c.bars));
  });

  it("keeps hour-of-day labels for a run under a day that crosses midnight, and fits 24 of them", () => {
    const c = parse(hourlyChart(run("2025-06-03T20:00:00Z", Array(24).fill(1))));
    expect(c.labels?.[0]).toBe("20h");
    expect(c.labels?.[4]).toBe("00h");
    expect(new Set(c.labels).size).toBe(24);
  });

  it("puts a run of more than a day on an axis of hours from its first hour", () => {
    const c = parse(hourlyChart(run("2025-06-03T20:00:00Z", Array(30).fill(1))));
    expect(c.labels).toBeUndefined();
    expect(c.xAxis).toBe("Hours from 2025-06-03 20h UTC");
    expect(hourlyChart(run("2025-06-03T20:00:00Z", Array(30).fill(1)))).toContain(
      '"Hours from 2025-06-03 20h UTC" 0 --> 29',
    );
    expect(c.bars).toHaveLength(30);
  });

  it("buckets 100 hours into 3-hour buckets (≤ 48 points), energy sums preserved", () => {
    const energies = Array.from({ length: 100 }, (_, i) => 0.5 + ((i * 37) % 11) / 7);
    const report = run("2025-06-01T00:00:00Z", energies);
    const block = hourlyChart(report);
    const c = parse(block);
    expect(c.bars).toHaveLength(34);
    expect(c.line).toHaveLength(34);
    expect(c.title).toBe("Energy per 3 h (bars), intensity (line, scaled: max 200 g/kWh)");
    expect(c.xAxis).toBe("Hours from 2025-06-01 00h UTC · 3-hour buckets");
    expect(block).toContain("0 --> 99");
    // Bars carry 4 significant digits of the largest: each is off by at most half a unit of the last.
    expect(Math.abs(sum(c.bars) - report.totals.energyKwh)).toBeLessThanOrEqual(34 * 0.0005 + 1e-9);
    expect(c.bars[0]).toBeCloseTo((energies[0] ?? 0) + (energies[1] ?? 0) + (energies[2] ?? 0), 3);
  });

  it("averages intensity over a bucket weighted by energy, or over time where no energy was drawn", () => {
    const t0 = Date.parse("2025-01-01T00:00:00Z");
    const hours: Hour[] = [
      hour(iso(t0), 1, 100),
      hour(iso(t0 + HOUR), 3, 900), // 300 g/kWh
      hour(iso(t0 + 2 * HOUR), 0, 0, { intensityGPerKwh: 50 }),
      hour(iso(t0 + 3 * HOUR), 0, 0, { intensityGPerKwh: 150 }),
      hour(iso(t0 + 4 * HOUR), 0, 0, { intensityGPerKwh: null }),
      hour(iso(t0 + 5 * HOUR), 0, 0, { intensityGPerKwh: null }),
    ];
    const { hours: k, buckets } = bucketHours(makeReport({ hours }), 3);
    expect(k).toBe(2);
    expect(buckets.map((b) => [iso(b.start), b.energyKwh, b.intensityGPerKwh])).toEqual([
      ["2025-01-01T00:00:00Z", 4, 250], // (1×100 + 3×300) ÷ 4, not the plain mean 200
      ["2025-01-01T02:00:00Z", 0, 100],
      ["2025-01-01T04:00:00Z", 0, null],
    ]);
  });

  it("places buckets on the time line: missing hours are empty buckets, unsorted hours are sorted", () => {
    const t0 = Date.parse("2025-01-01T00:00:00Z");
    const hours = [hour(iso(t0 + 3 * HOUR), 2, 800), hour(iso(t0), 1, 100)];
    const window = { start: iso(t0), end: iso(t0 + 4 * HOUR) };
    const c = parse(hourlyChart(makeReport({ hours, window })));
    expect(c.labels).toEqual(["00h", "01h", "02h", "03h"]);
    expect(c.bars).toEqual([1, 0, 0, 2]);
    expect(c.line).toEqual([0.5, 0, 0, 2]);
    expect(c.xAxis).toBe("Hour (UTC) · n/a intensity drawn as 0");
  });

  it("draws hours without intensity data at 0 and says so; says nothing when every hour has data", () => {
    const withGap = parse(hourlyChart(run("2025-01-01T00:00:00Z", [1, 0, 1], [200, null, 100])));
    expect(withGap.line).toEqual([1, 0, 0.5]);
    expect(withGap.xAxis).toContain("n/a intensity drawn as 0");
    const full = parse(hourlyChart(run("2025-01-01T00:00:00Z", [1, 1], [200, 100])));
    expect(full.xAxis).toBe("Hour (UTC)");
  });

  it("draws no line and says so when no hour has intensity data", () => {
    const block = hourlyChart(run("2025-01-01T00:00:00Z", [0, 0], [null, null]));
    const c = parse(block);
    expect(c.line).toBeUndefined();
    expect(c.title).toBe("Energy per hour (bars); no intensity data");
    expect(block).not.toContain("line [");
  });

  it("handles a run that drew no energy: axis 0 to 1, the line scaled to the axis top", () => {
    const c = parse(hourlyChart(run("2025-01-01T00:00:00Z", [0, 0, 0], [100, 200, 50])));
    expect(c.bars).toEqual([0, 0, 0]);
    expect(c.yTop).toBe(1);
    expect(c.line).toEqual([0.5, 1, 0.25]);
  });

  it("writes tiny and huge numbers in plain notation", () => {
    for (const scale of [1e-9, 1e-7, 1e-3, 1, 1e6, 1e12, 1e22]) {
      const block = hourlyChart(run("2025-01-01T00:00:00Z", [1 * scale, 3 * scale, 2 * scale], [10, 1e6, 5]));
      expect(block, `scale ${scale}`).not.toMatch(/\d[eE][+-]?\d|NaN|Infinity/);
      const c = parse(block);
      expect(Math.max(...c.bars) / (3 * scale)).toBeCloseTo(1, 3);
      expect(c.bars[0] ?? 0).toBeGreaterThan(0);
      expect(c.yTop).toBeGreaterThanOrEqual(Math.max(...c.bars));
    }
  });

  it("takes nothing from the report's free text: the block is a function of the hours alone", () => {
    const hours = [hour("2025-01-01T00:00:00Z", 1, 100), hour("2025-01-01T01:00:00Z", 2, 300)];
    const plainReport = makeReport({ hours });
    const evil = '"]\n```\n<script>alert(1)</script>%%{init: {}}%%';
    const hostile = makeReport({
      hours,
      zone: evil,
      warnings: [evil],
      intensity: { source: evil, summary: evil, file: evil },
    });
    expect(hourlyChart(hostile)).toBe(hourlyChart(plainReport));
    expect(sparklines(hostile)).toBe(sparklines(plainReport));
  });

  it("stays small: 48 points fit in well under 2,000 characters", () => {
    const report = run(
      "2025-01-01T00:00:00Z",
      Array.from({ length: 480 }, (_, i) => 123.456789 + i),
    );
    const block = hourlyChart(report);
    expect(parse(block).bars).toHaveLength(48);
    expect(block.length).toBeLessThan(2_000);
  });

  it("property: ≤ 48 points, valid numbers only, bars sum to the total energy", () => {
    const hourArb = fc.record({
      energy: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e4, noNaN: true })),
      intensity: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 2000, noNaN: true })),
      skip: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(hourArb, { minLength: 1, maxLength: 300 }), (spec) => {
        const t0 = Date.parse("2025-03-30T00:00:00Z");
        const hours = spec.flatMap((h, i) =>
          h.skip && i > 0
            ? []
            : [
                h.intensity === null
                  ? hour(iso(t0 + i * HOUR), 0, 0, { intensityGPerKwh: null })
                  : hour(iso(t0 + i * HOUR), h.energy, h.energy * h.intensity, {
                      intensityGPerKwh: h.intensity,
                    }),
              ],
        );
        const report = makeReport({ hours });
        const block = hourlyChart(report);
        expect(block).not.toMatch(/\d[eE][+-]?\d|NaN|Infinity|undefined|null/);
        const c = parse(block);
        expect(c.bars.length).toBeLessThanOrEqual(48);
        expect(c.bars.length).toBeGreaterThan(0);
        if (c.line) expect(c.line).toHaveLength(c.bars.length);
        if (c.labels) expect(c.labels).toHaveLength(c.bars.length);
        const maxBar = Math.max(...c.bars);
        const unit = maxBar > 0 ? 10 ** (Math.floor(Math.log10(maxBar)) - 3) : 1e-3;
        expect(Math.abs(sum(c.bars) - report.totals.energyKwh)).toBeLessThanOrEqual(
          c.bars.length * unit + report.totals.energyKwh * 1e-9,
        );
        const lines = sparklines(report).split("\n");
        expect(lines[1]).toMatch(/^Energy {4}[▁▂▃▄▅▆▇█]+ {2}kWh per/);
        expect(lines[1]?.split(" ").filter(Boolean)[1]).toHaveLength(c.bars.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe("sparklines", () => {
  it("draws energy and intensity in a code block, min → ▁ and max → █", () => {
    const s = sparklines(
      run("2025-06-03T13:00:00Z", [0.2, 0.6, 1.42, 1.42, 1.1, 0.8, 0.3], [63, 70, 100, 160, 230, 256, 256]),
    );
    expect(s).toBe(
      [
        "```text",
        "Energy    ▁▃██▆▄▂  kWh per hour, 0.200–1.42",
        "Intensity ▁▁▂▅▇██  g/kWh, 63–256",
        "```",
      ].join("\n"),
    );
  });

  it("maps the minimum to ▁ and the maximum to █", () => {
    expect(spark([5, 1, 9, 1.5])).toBe("▅▁█▁");
    expect(spark([-1, 0, 1])).toBe("▁▅█");
  });

  it("draws an all-zero series as ▁ and a flat non-zero one at mid height", () => {
    expect(spark([0, 0, 0])).toBe("▁▁▁");
    expect(spark([2, 2])).toBe("▄▄");
    const s = sparklines(run("2025-01-01T00:00:00Z", [0, 0, 0], [100, 100, 100]));
    expect(s).toContain("Energy    ▁▁▁  kWh per hour, all 0");
    expect(s).toContain("Intensity ▄▄▄  g/kWh, all 100");
  });

  it("marks hours without intensity with ·, and says when there is none at all", () => {
    expect(sparklines(run("2025-01-01T00:00:00Z", [1, 0, 2], [100, null, 300]))).toContain(
      "Intensity ▁·█  g/kWh, 100–300 (· n/a)",
    );
    expect(sparklines(run("2025-01-01T00:00:00Z", [0, 0], [null, null]))).toContain(
      "Intensity ··  g/kWh, no data",
    );
  });

  it("uses the chart's buckets for long runs", () => {
    const s = sparklines(run("2025-01-01T00:00:00Z", Array(100).fill(1)));
    const energy = s.split("\n")[1] ?? "";
    expect(energy).toContain("kWh per 3 h");
    expect(energy.split(" ").filter(Boolean)[1]).toHaveLength(34);
  });

  it("writes tiny values in plain notation", () => {
    const s = sparklines(run("2025-01-01T00:00:00Z", [1e-9, 3e-9]));
    expect(s).not.toMatch(/\d[eE][+-]?\d|NaN/);
    expect(s).toContain("0.00000000100–0.00000000300");
  });
});

describe("chart number helpers", () => {
  it("plain never writes an exponent", () => {
    expect(plain(1e-7, 10)).toBe("0.0000001");
    expect(plain(1.5e22, 2)).toBe("15000000000000000000000");
    expect(plain(2.5, 3)).toBe("2.5");
    expect(plain(-0.0001, 2)).toBe("0");
    expect(plain(Number.NaN, 2)).toBe("0");
  });

  it("niceCeil rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ", () => {
    expect(niceCeil(1.416)).toBe(1.5);
    expect(niceCeil(16.2)).toBe(20);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(8.5e-7)).toBeCloseTo(1e-6, 15);
    expect(niceCeil(0.0042)).toBeCloseTo(0.005, 12);
  });
});
