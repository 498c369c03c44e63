/**
 * The comment reads its numbers from report.json: every number printed outside the chart is a
 * field of the report (as formatted: rounded, scaled to kg or %, or a minutes-to-hours offset), a
 * number inside one of the report's own strings, or a sum of consecutive hours in a long run's
 * table. And the comment's shape: folded tables, bucketed long runs, the model card fenced safely.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type RunConfig, runReport } from "../../src/pipeline.js";
import { applyBaseline } from "../../src/report/baseline.js";
import { withDerived } from "../../src/report/derive.js";
import { MAX_TABLE_ROWS, modelCardYaml, OPEN_TABLE_ROWS, renderMarkdown } from "../../src/report/markdown.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { hour, makeReport } from "./factory.js";

const examples = new URL("../../examples/", import.meta.url).pathname;

function exampleConfig(extra: Partial<RunConfig> = {}): RunConfig {
  return {
    traces: [join(examples, "nvidia-smi-4xA100.csv")],
    format: "auto",
    zone: "GB",
    intensitySource: "file",
    intensityFile: join(examples, "gb-intensity-2025-06-03.csv"),
    timezone: "Europe/London",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 0.8 },
    budgets: { budgetG: 5000, maxIncreasePercent: 10 },
    cwd: examples,
    version: "test",
    now: new Date("2025-06-10T00:00:00Z"),
    compareZones: ["FR"],
    ...extra,
  };
}

const en = (digits: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Every way the markdown may print a number v taken from the report. */
function renderings(v: number, into: Set<string>) {
  for (const scaled of [v, v * 100, v / 1000, v / 1e6, v / 60, v * 1000]) {
    const a = Math.abs(scaled);
    for (let d = 0; d <= 3; d++) into.add(en(d).format(a));
    into.add(String(a));
  }
}

function allowedNumbers(report: Report): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown) => {
    if (typeof x === "number" && Number.isFinite(x)) renderings(x, out);
    else if (typeof x === "string") for (const m of x.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(m[0]);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(report);
  return out;
}

/** The comment's numbers, outside the chart (checked by the chart's own tests) and date-times. */
function printedNumbers(markdown: string): string[] {
  const text = markdown
    .replace(/```mermaid[\s\S]*?```/g, "")
    .replace(/<details><summary>Text chart<\/summary>[\s\S]*?<\/details>/g, "")
    .replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?/g, "")
    .replace(/\d{2}:\d{2}/g, "");
  return [...text.matchAll(/(?<![\w.])\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
}

describe("every number in the comment comes from report.json", () => {
  it("for the example run compared with a baseline, with what-if and budgets", async () => {
    const head = await runReport(exampleConfig());
    const base = await runReport(exampleConfig({ utilization: 0.5 } as Partial<RunConfig>));
    const shorter = parseReport({
      ...base,
      totals: {
        ...base.totals,
        energyKwh: base.totals.energyKwh * 0.8,
        emissionsG: base.totals.emissionsG * 0.7,
      },
    });
    const report = applyBaseline(
      head,
      { report: shorter, label: "run 12 of main (abc1234)" },
      exampleConfig().budgets,
    );
    // Through JSON, as the comment mode reads it.
    const fromJson = parseReport(JSON.parse(JSON.stringify(report)));
    const markdown = renderMarkdown(fromJson);
    const allowed = allowedNumbers(fromJson);
    const printed = printedNumbers(markdown);
    expect(printed.length).toBeGreaterThan(40);
    const strays = printed.filter((n) => !allowed.has(n));
    expect(strays).toEqual([]);
  });

  it("a long run's table sums its hours into rows that add up to the totals", () => {
    const hours = Array.from({ length: 400 }, (_, i) =>
      hour(
        new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().replace(".000Z", "Z"),
        1 + (i % 5) * 0.1,
        100 + i,
      ),
    );
    const r = withDerived(makeReport({ hours }));
    const md = renderMarkdown(r);
    const k = Math.ceil(400 / MAX_TABLE_ROWS);
    expect(md).toContain(
      `<details><summary>Hour by hour (400 hours in ${Math.ceil(400 / k)} rows of ${k})</summary>`,
    );
    const rows = [...md.matchAll(/^\| (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) +\| +([\d,.]+) \|/gm)];
    expect(rows).toHaveLength(Math.ceil(400 / k));
    const sum = rows.reduce((s, m) => s + Number((m[2] as string).replace(/,/g, "")), 0);
    expect(sum).toBeCloseTo(r.totals.energyKwh, 0);
    expect(md.length).toBeLessThan(65_536);
  });

  it("folds a table longer than a day and keeps a short one open", () => {
    const mk = (n: number) =>
      withDerived(
        makeReport({
          hours: Array.from({ length: n }, (_, i) =>
            hour(new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().replace(".000Z", "Z"), 1, 100),
          ),
        }),
      );
    expect(renderMarkdown(mk(OPEN_TABLE_ROWS))).not.toContain("<summary>Hour by hour");
    expect(renderMarkdown(mk(OPEN_TABLE_ROWS + 1))).toContain(
      `<summary>Hour by hour (${OPEN_TABLE_ROWS + 1} hours)</summary>`,
    );
  });
});

describe("per unit of work", () => {
  const withRun = (emissionsG: number, steps: number) => {
    const r = makeReport({ hours: [hour("2025-01-01T10:00:00Z", emissionsG / 100, emissionsG)] });
    return withDerived(
      parseReport({
        ...r,
        runs: [
          {
            file: "trainer_state.json",
            format: "hf-trainer-state",
            start: "2025-01-01T10:00:00Z",
            end: "2025-01-01T11:00:00Z",
            phases: [],
            units: { steps },
            facts: {},
            rowsRead: 1,
            rowsSkipped: 0,
            skippedExamples: [],
            notes: [],
          },
        ],
      }),
    );
  };

  it("is emissions ÷ units, and a longer run that is cleaner per step reads as such", () => {
    const base = withRun(1000, 1000); // 1 g per step
    const head = withRun(1500, 2000); // more emissions, 0.75 g per step
    expect(head.work?.perUnit.steps).toEqual({ gPerUnit: 0.75, kwhPerUnit: 15 / 2000 });
    const r = applyBaseline(head, { report: base, label: "base" }, {});
    expect(r.comparison?.emissionsDeltaPercent).toBe(50);
    expect(r.comparison?.perUnit?.steps).toEqual({ baseGPerUnit: 1, headGPerUnit: 0.75, deltaPercent: -25 });
    expect(renderMarkdown(r)).toContain(
      "**Per unit of work:** 0.750 gCO2e per step (2,000 steps), −25.0% against the baseline",
    );
  });
});

describe("the model-card block", () => {
  it("is YAML with JSON-quoted strings, fenced longer than any backticks inside", async () => {
    const r = await runReport(exampleConfig({ trainingType: "fine-tuning" }));
    expect(modelCardYaml(r)).toBe(
      [
        "co2_eq_emissions:",
        `  emissions: ${Math.round(r.totals.emissionsG * 100) / 100}`,
        '  source: "gridprint test: measured power traces priced hour by hour with the intensity file"',
        '  training_type: "fine-tuning"',
        '  geographical_location: "Great Britain, GB"',
        '  hardware_used: "4 x NVIDIA A100-SXM4-80GB"',
        "",
      ].join("\n"),
    );
    const hostile = parseReport({
      ...r,
      modelCard: {
        co2_eq_emissions: { ...r.modelCard?.co2_eq_emissions, hardware_used: "x ```` y\n</details>" },
      },
    });
    const md = renderMarkdown(hostile);
    expect(md).toContain("`````yaml");
    expect(md).toContain('hardware_used: "x ```` y\\n</details>"');
  });
});
