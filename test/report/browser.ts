/**
 * Rendering a report the way a reader sees it, for tests: GitHub-flavoured markdown to HTML
 * (micromark), and Mermaid blocks to SVG in a headless Chromium (playwright-core, no download: a
 * system Chromium is used when there is one). Nothing here touches the network.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import type { Page } from "playwright-core";

/** A Chromium executable: $CHROMIUM_PATH, else the Debian/Ubuntu locations; undefined when none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
}

/** Arguments Chromium needs here: as root it refuses to start without --no-sandbox. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu"];

/** GFM to HTML as GitHub does it in spirit: tables, strikethrough, autolinks, and raw HTML (<details>). */
export function renderMarkdownToHtml(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const MERMAID_BLOCK = /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g;

/** The text of every ```mermaid block in rendered HTML, HTML-unescaped, with where each sits. */
export function mermaidBlocks(html: string): Array<{ html: string; definition: string }> {
  return [...html.matchAll(MERMAID_BLOCK)].map((m) => ({ html: m[0], definition: unescapeHtml(m[1] ?? "") }));
}

export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** node_modules/mermaid/dist/mermaid.min.js, the browser bundle (an IIFE defining window.mermaid). */
export function mermaidBundlePath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve("mermaid/dist/mermaid.min.js");
}

export interface MermaidResult {
  ok: boolean;
  svg?: string;
  error?: string;
}

/**
 * Renders each definition with the real Mermaid in `page` (loaded from node_modules once per
 * page), parse first and then render, so a syntax error comes back as `error` rather than as
 * Mermaid's "Syntax error" picture.
 */
export async function renderMermaidInBrowser(page: Page, definitions: string[]): Promise<MermaidResult[]> {
  const loaded = await page.evaluate(() => "mermaid" in globalThis);
  if (!loaded) {
    await page.addScriptTag({ path: mermaidBundlePath() });
    await page.evaluate(() => {
      const g = globalThis as unknown as { mermaid: { initialize(c: object): void } };
      g.mermaid.initialize({ startOnLoad: false });
    });
  }
  return page.evaluate(async (defs) => {
    const g = globalThis as unknown as {
      mermaid: {
        parse(text: string): Promise<unknown>;
        render(id: string, text: string): Promise<{ svg: string }>;
      };
    };
    const results: Array<{ ok: boolean; svg?: string; error?: string }> = [];
    for (const [i, def] of defs.entries()) {
      try {
        await g.mermaid.parse(def);
        const { svg } = await g.mermaid.render(`gridprint-chart-${Date.now()}-${i}`, def);
        results.push({ ok: true, svg });
      } catch (e) {
        results.push({ ok: false, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return results;
  }, definitions);
}

// Just enough of the DOM's shape for code run in the page (the project's lib has no DOM types).
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface DomElement {
  innerHTML: string;
  textContent: string | null;
  style: { width: string };
  getBoundingClientRect(): Box;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  appendChild(child: DomElement): void;
  remove(): void;
}
interface DomDocument {
  body: DomElement;
  createElement(tag: string): DomElement;
}

/**
 * What would look broken in an xychart drawn `width` px wide (GitHub shows it at most 700 px, its
 * natural size): a title or axis title that sticks out of the picture, x-axis labels that overlap
 * each other. Empty when none.
 */
export async function xychartLayoutProblems(page: Page, svg: string, width = 700): Promise<string[]> {
  return page.evaluate(
    ({ svg, width }) => {
      const doc = (globalThis as unknown as { document: DomDocument }).document;
      const holder = doc.createElement("div");
      holder.style.width = `${width}px`;
      holder.innerHTML = svg;
      doc.body.appendChild(holder);
      const problems: string[] = [];
      try {
        const frame = holder.querySelector("svg")?.getBoundingClientRect();
        if (!frame) return ["no <svg> element"];
        // No named functions in here: some transpilers (tsx/esbuild keepNames) wrap them in a
        // __name() helper that does not exist in the page.
        const texts = [".chart-title text", ".bottom-axis .title text", ".left-axis .title text"].flatMap(
          (selector) =>
            [...holder.querySelectorAll(selector)].map((t) => ({
              what: selector,
              text: t.textContent,
              box: t.getBoundingClientRect(),
            })),
        );
        const labels = [...holder.querySelectorAll(".bottom-axis .label text")]
          .map((t) => ({ what: "x-axis label", text: t.textContent, box: t.getBoundingClientRect() }))
          .sort((a, b) => a.box.left - b.box.left);
        for (const { what, text, box } of [...texts, ...labels]) {
          if (
            box.left < frame.left - 0.5 ||
            box.right > frame.right + 0.5 ||
            box.top < frame.top - 0.5 ||
            box.bottom > frame.bottom + 0.5
          )
            problems.push(`${what} "${text}" sticks out`);
        }
        for (const [i, l] of labels.entries()) {
          const next = labels[i + 1];
          if (next && l.box.right > next.box.left)
            problems.push(`x-axis labels "${l.text}" and "${next.text}" overlap`);
        }
      } finally {
        holder.remove();
      }
      return problems;
    },
    { svg, width },
  );
}

/** A page frame with GitHub-like type and table styling, for screenshots of a rendered comment. */
export function commentPage(bodyHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328;
  max-width: 880px; margin: 16px; padding: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d0d7de; padding: 4px 10px; }
tr:nth-child(2n) { background: #f6f8fa; } pre { background: #f6f8fa; padding: 12px; border-radius: 6px; overflow: auto; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.mermaid-chart { margin: 12px 0; } h3 { margin-top: 0; }
</style></head><body>${bodyHtml}</body></html>`;
}
