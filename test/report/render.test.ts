/**
 * The comment as a reader sees it: the markdown (with the hourly chart) rendered to HTML as GFM,
 * every ```mermaid block rendered by the real Mermaid in a headless Chromium. A chart GitHub could
 * not draw fails here, not on a pull request. Leaves test-output/comment.png for a human to look at.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunConfig, runReport } from "../../src/pipeline.js";
import { hourlyChart, sparklines } from "../../src/report/chart.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import type { Report } from "../../src/report/schema.js";
import {
  CHROMIUM_ARGS,
  commentPage,
  findChromium,
  mermaidBlocks,
  renderMarkdownToHtml,
  renderMermaidInBrowser,
  xychartLayoutProblems,
} from "./browser.js";
import { hour, META, makeReport } from "./factory.js";

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log(
    "render.test.ts skipped: no Chromium found (set CHROMIUM_PATH, or install /usr/bin/chromium) to render the Mermaid chart",
  );
}

const root = new URL("../../", import.meta.url).pathname;
const example = join(root, "examples");
const outDir = join(root, "test-output");
const BLANK = "<!doctype html><html><body></body></html>";

/** The comment: the report's markdown, plus the chart and sparklines unless renderMarkdown has them. */
function commentMarkdown(report: Report): string {
  const md = renderMarkdown(report);
  if (md.includes("```mermaid")) return md;
  return `${md}\n\n${hourlyChart(report)}\n\n${sparklines(report)}\n`;
}

async function exampleReport(): Promise<Report> {
  const config: RunConfig = {
    traces: [join(example, "nvidia-smi-4xA100.csv")],
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
    cwd: mkdtempSync(join(tmpdir(), "gridprint-render-")),
    version: "test",
    now: META.now,
  };
  return runReport(config);
}

/** `count` hours from `from`: a daily energy and intensity cycle; hours in `gap` drew nothing and have no intensity. */
function cycleReport(from: string, count: number, gap: [number, number] = [0, 0]): Report {
  const t0 = Date.parse(from);
  return makeReport({
    hours: Array.from({ length: count }, (_, i) => {
      const start = new Date(t0 + i * 3.6e6).toISOString().replace(/\.000Z$/, "Z");
      if (i >= gap[0] && i < gap[1]) return hour(start, 0, 0, { intensityGPerKwh: null });
      const energy = 2 + Math.sin(i / 5) + (i % 24 < 6 ? 0.5 : 0);
      const intensity = 180 + 90 * Math.sin(((i % 24) / 24) * 2 * Math.PI);
      return hour(start, energy, energy * intensity);
    }),
  });
}

const barsIn = (svg: string) =>
  svg.match(/<g class="bar-plot-\d+">([\s\S]*?)<\/g>/)?.[1]?.match(/<rect/g)?.length ?? 0;

describe.skipIf(!chromiumPath)("the comment rendered in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 960, height: 800 } });
    await page.setContent(BLANK);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Renders the comment's mermaid blocks, checks each, and returns the HTML with the SVGs in place. */
  async function renderComment(report: Report): Promise<{ html: string; svgs: string[] }> {
    const html = renderMarkdownToHtml(commentMarkdown(report));
    const blocks = mermaidBlocks(html);
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    const results = await renderMermaidInBrowser(
      page,
      blocks.map((b) => b.definition),
    );
    let withSvg = html;
    const svgs: string[] = [];
    for (const [i, r] of results.entries()) {
      expect(r.error).toBeUndefined();
      expect(r.ok).toBe(true);
      const svg = r.svg ?? "";
      // Mermaid's stylesheet always names .error-icon; an error diagram uses it (and says "Syntax error").
      expect(svg.startsWith("<svg"), "an <svg> element").toBe(true);
      expect(svg.includes('aria-roledescription="xychart"'), "an xychart, not an error diagram").toBe(true);
      expect(/Syntax error|class="error-(icon|text)"/i.test(svg), "no Mermaid error").toBe(false);
      expect(/<g class="bar-plot-\d+"><rect/.test(svg), "a bar plot with bars").toBe(true);
      expect(/<g class="line-plot-\d+"><path d="M/.test(svg), "a line plot with a path").toBe(true);
      expect(await xychartLayoutProblems(page, svg)).toEqual([]);
      svgs.push(svg);
      const block = blocks[i];
      if (block) withSvg = withSvg.replace(block.html, () => `<div class="mermaid-chart">${svg}</div>`);
    }
    return { html: withSvg, svgs };
  }

  it("draws the example run: one bar per hour, the intensity line; saves a screenshot", async () => {
    const report = await exampleReport();
    expect(report.hours.length).toBeGreaterThan(1);
    const { html, svgs } = await renderComment(report);
    expect(barsIn(svgs[0] ?? "")).toBe(report.hours.length);
    mkdirSync(outDir, { recursive: true });
    await page.setContent(commentPage(html));
    await page.screenshot({ path: join(outDir, "comment.png"), fullPage: true });
    await page.setContent(BLANK);
  });

  it("fits 24 hour-of-day labels side by side", async () => {
    const { svgs } = await renderComment(cycleReport("2025-03-01T06:00:00Z", 24));
    expect(barsIn(svgs[0] ?? "")).toBe(24);
    expect(svgs[0]).toContain(">05h</text>");
  });

  it("draws a 200-hour run in at most 48 buckets on an hours axis", async () => {
    const { html, svgs } = await renderComment(cycleReport("2025-03-01T00:00:00Z", 200, [90, 96]));
    const bars = barsIn(svgs[0] ?? "");
    expect(bars).toBeGreaterThan(24);
    expect(bars).toBeLessThanOrEqual(48);
    expect(svgs[0]).toContain("Hours from 2025-03-01 00h UTC");
    mkdirSync(outDir, { recursive: true });
    await page.setContent(commentPage(html));
    // The page is long (200 table rows): only the chart.
    await page.locator(".mermaid-chart").screenshot({ path: join(outDir, "chart-long.png") });
    await page.setContent(BLANK);
  });

  it("keeps the longest title and axis title inside the picture (1,000 hours, 4-digit intensity, gaps)", async () => {
    const t0 = Date.parse("2025-01-01T00:00:00Z");
    const report = makeReport({
      hours: Array.from({ length: 1000 }, (_, i) => {
        const start = new Date(t0 + i * 3.6e6).toISOString().replace(/\.000Z$/, "Z");
        if (i >= 600 && i < 660) return hour(start, 0, 0, { intensityGPerKwh: null });
        return hour(start, 1.5, 1.5 * (900 + (i % 400)));
      }),
    });
    const chart = hourlyChart(report);
    expect(chart).toMatch(/title "Energy per 21 h \(bars\), intensity \(line, scaled: max 1,\d{3} g\/kWh\)"/);
    expect(chart).toContain("21-hour buckets · n/a intensity drawn as 0");
    const [result] = await renderMermaidInBrowser(page, [chart.replace(/^```mermaid\n|\n```$/g, "")]);
    expect(result?.error).toBeUndefined();
    expect(await xychartLayoutProblems(page, result?.svg ?? "")).toEqual([]);
  });
});
