/**
 * Issue 7: "500 injection strings (markdown links and images, HTML, @mentions, backticks, pipes,
 * newlines, our own marker) placed in every field that reaches the comment: the rendered comment,
 * parsed with a markdown parser, has no link, image, HTML or mention node built from data and no
 * forged marker."
 *
 * A report.json is untrusted (mode comment reads a fork's artifact), so every free-text field of
 * the schema is filled with the hostile string — the printed ones and the others alike — the
 * report is validated with parseReport, rendered with renderMarkdown, wrapped as the comment is
 * posted (stickyCommentBody), and both are parsed with micromark + GFM into an mdast tree.
 *
 * What must hold, for every string:
 * - no link, image, linkReference, imageReference, definition or footnote node (GFM autolink
 *   literals — bare https://, www., e-mail addresses — are link nodes too);
 * - no html node but the fixed ones renderMarkdown itself writes (found by rendering the same
 *   report with harmless strings), plus the marker line in the posted body;
 * - every "@" in text is followed by U+200B or by no login character (GitHub makes mentions and
 *   team pings of "@login" and "@org/team"; they are not mdast nodes);
 * - no "<!--" anywhere but the marker, which is the body's first line and its only marker line
 *   (the words "gridprint:comment" may show as visible, escaped text: "&lt;!-- gridprint:comment
 *   ... --&gt;" is not a comment, and our comment finder compares the whole first line);
 * - the block structure (headings, tables, lists, code, rules, quotes) and the inline formatting
 *   are those of the harmless rendering: data starts no block and makes no emphasis or code.
 *
 * KNOWN LEAK (renderMarkdown, src/report/markdown.ts — not fixed here): three fields are written
 * at the start of a line — warnings[] and estimates[].explanation as "- <text>" list items,
 * merged.summary as a paragraph of its own — and escapeMarkdown does not neutralise what starts
 * a block there: "# x" (heading), "- x" / "+ x" / "1. x" / "1) x" (lists), "---" (rule), four
 * spaces or a tab (indented code); an empty or blank estimates[].explanation leaves "- " under the
 * bold line above it, which turns that line into a setext heading. Those cases are it.fails below;
 * the structure check of every other field passes.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { commentMarker, stickyCommentBody } from "../../src/github/comment.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { device, hour, makeReport, SHA_A, SHA_B, source } from "../report/factory.js";
import { hostileStrings } from "./hostile-strings.js";

type Tree = ReturnType<typeof fromMarkdown>;
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const CORPUS = hostileStrings(500);
/** The corpus without its few long strings: rotated through the fields, one string per field. */
const SHORT = CORPUS.filter((s) => s.length <= 200);
const HARMLESS = "harmless";

function parse(markdown: string): Tree {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodes(tree: Tree): Node[] {
  const all: Node[] = [];
  const visit = (n: Node) => {
    all.push(n);
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree as Node);
  return all;
}

/**
 * A report in which every section renderMarkdown prints is present (several hosts, merged
 * reports, estimates, training logs, fallback reasons, licences, budget checks, warnings) and every
 * optional free-text field of the schema is set. With `comparison: false` the baseline note is
 * printed instead of the comparison.
 */
function fullReport(comparison: boolean): Report {
  const base = makeReport({
    hours: [hour("2025-01-01T10:00:00Z", 1, 100), hour("2025-01-01T11:00:00Z", 2, 300)],
    devices: [
      device("0", "node-a", 1.5, { kind: "gpu", name: "NVIDIA A100", uuid: "GPU-1" }),
      device("1", "node-b", 1.5, { kind: "gpu", name: "NVIDIA A100", uuid: "GPU-2" }),
    ],
    sources: [
      { ...source("a.csv", SHA_A), skippedExamples: [{ line: 3, reason: "bad row" }], notes: ["a note"] },
      source("b.csv", SHA_B),
    ],
    warnings: ["first warning", "second warning"],
  });
  const report: Record<string, unknown> = {
    ...base,
    merged: { reports: ["node-a.json", "node-b.json"], summary: "Merged 2 node reports." },
    baselineNote: "No baseline found.",
    runs: [
      {
        file: "mllog.txt",
        format: "mllog",
        start: "2025-01-01T10:00:00Z",
        end: "2025-01-01T12:00:00Z",
        phases: [{ name: "train", start: "2025-01-01T10:00:00Z", end: "2025-01-01T12:00:00Z" }],
        units: { steps: 100, samples: 1000 },
        deviceCount: 2,
        deviceModel: "A100",
        facts: { submitter: "someone" },
        rowsRead: 10,
        rowsSkipped: 1,
        skippedExamples: [{ line: 2, reason: "not json" }],
        notes: ["a run note"],
      },
    ],
    estimates: [
      {
        start: "2025-01-01T10:00:00Z",
        end: "2025-01-01T11:00:00Z",
        devices: 1,
        model: "H100",
        boardWatts: 700,
        boardSource: "datasheet",
        utilization: 0.8,
        wattsPerDevice: 560,
        energyKwh: 0.56,
        explanation: "1 device × 700 W × 0.8 for 1 h.",
      },
    ],
    intensity: {
      ...base.intensity,
      format: "electricity-maps-csv",
      requested: "auto",
      skippedExamples: [{ line: 5, reason: "no value" }],
      fallback: { gPerKwh: 200, source: "bundled average", year: 2024 },
      attempts: [
        {
          source: "electricity-maps",
          title: "Electricity Maps",
          licence: "ODbL",
          periodsUsed: 0,
          requests: 1,
          failure: "HTTP 500",
          estimationMethods: ["TIME_SLICER_AVERAGE"],
        },
      ],
      licences: ["CC BY 4.0"],
      degraded: ["a provider failed"],
    },
    budget: {
      passed: false,
      checks: [
        { name: "budget-g", limit: 1, value: 2, passed: false, message: "over the budget" },
        { name: "budget-kwh", limit: 10, value: null, passed: true, message: "no value" },
      ],
    },
  };
  if (comparison) {
    report.comparison = {
      ...base.comparison,
      baseFile: "base.json",
      baseRun: {
        id: 1,
        url: "https://github.com/acme/train/actions/runs/1",
        sha: "abc1234",
        branch: "main",
        artifact: "gridprint-report",
        createdAt: "2025-01-01T00:00:00Z",
      },
      baseGeneratedAt: "2025-01-01T00:00:00Z",
    };
  } else {
    delete report.comparison;
  }
  return parseReport(report);
}

type Path = (string | number)[];

/** Every path to a string leaf (record keys are not leaves: they are handled by `fill`). */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function setPath(value: unknown, path: Path, to: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return to;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setPath(v, rest, to) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: setPath(record[head], rest, to) };
}

const key = (path: Path) => path.join(".");

/**
 * The free-text fields: string leaves the schema lets hold anything (found by trying "<[x]>" in
 * each; timestamps, hashes and enums are refused and stay as they are).
 */
function freeFields(report: Report): Path[] {
  return stringPaths(report).filter((path) => {
    try {
      parseReport(setPath(report, path, "<[x]>"));
      return true;
    } catch {
      return false;
    }
  });
}

/** The report with `text(field)` in each free field, and hostile keys in the free-form record. */
function fill(report: Report, fields: readonly Path[], text: (field: string) => string): Report {
  let out: unknown = report;
  for (const path of fields) out = setPath(out, path, text(key(path)));
  const filled = out as Report;
  const runs = filled.runs.map((run) => ({ ...run, facts: { ...run.facts, [text("runs.facts.key")]: "x" } }));
  return parseReport({ ...filled, runs });
}

/** The fields renderMarkdown writes at the start of a line (see KNOWN LEAK above). */
const LINE_START = /^(warnings\.\d+|estimates\.\d+\.explanation|merged\.summary)$/;

const VARIANTS = [
  { name: "with a comparison", report: fullReport(true) },
  { name: "with a baseline note", report: fullReport(false) },
].map((v) => {
  const fields = freeFields(v.report);
  const harmless = renderMarkdown(fill(v.report, fields, () => HARMLESS));
  return { ...v, fields, harmless, harmlessTree: parse(harmless) };
});

/** Counts of block-level nodes and of inline formatting: what data must not add to. */
const BLOCKS = [
  "heading",
  "table",
  "tableRow",
  "tableCell",
  "list",
  "listItem",
  "code",
  "blockquote",
  "thematicBreak",
  "html",
];
const FORMATTING = ["strong", "emphasis", "delete", "inlineCode", "break"];

interface Shape {
  blocks: Record<string, number>;
  formatting: Record<string, number>;
}

function shape(tree: Tree): Shape {
  const all = nodes(tree);
  const count = (types: string[]) =>
    Object.fromEntries(types.map((t) => [t, all.filter((n) => n.type === t).length]));
  return { blocks: count(BLOCKS), formatting: count(FORMATTING) };
}

/**
 * How `tree` differs from the harmless rendering: any change in the block counts, and any
 * formatting beyond ours. (Formatting may be lost, not gained: a baseline note that starts with a
 * space leaves "_ note_", which is no emphasis; that hides nothing and builds nothing.)
 */
function shapeChanges(tree: Tree, harmless: Tree): string[] {
  const got = shape(tree);
  const want = shape(harmless);
  const changes: string[] = [];
  for (const t of BLOCKS)
    if (got.blocks[t] !== want.blocks[t]) changes.push(`${t}: ${want.blocks[t]} → ${got.blocks[t]}`);
  for (const t of FORMATTING)
    if ((got.formatting[t] ?? 0) > (want.formatting[t] ?? 0))
      changes.push(`${t}: ${want.formatting[t]} → ${got.formatting[t]}`);
  return changes;
}

const FORBIDDEN = new Set([
  "link",
  "image",
  "linkReference",
  "imageReference",
  "definition",
  "footnoteReference",
  "footnoteDefinition",
]);

/** What is wrong in `tree`, in words (empty when nothing is). `allowedHtml`: our own tags. */
function problems(tree: Tree, allowedHtml: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const n of nodes(tree)) {
    if (FORBIDDEN.has(n.type)) found.push(`${n.type} node`);
    if (n.type === "html" && !allowedHtml.has(n.value ?? ""))
      found.push(`html node ${JSON.stringify(n.value)}`);
    if (n.type === "text" || n.type === "inlineCode") {
      const value = n.value ?? "";
      for (const m of value.matchAll(/@(?!\u200b)(?=[A-Za-z0-9])/g))
        found.push(`mention at ${JSON.stringify(value.slice(m.index, m.index + 20))}`);
    }
  }
  return found;
}

const ourHtml = (tree: Tree) =>
  new Set(
    nodes(tree)
      .filter((n) => n.type === "html")
      .map((n) => n.value ?? ""),
  );

describe("the report's markdown with 500 hostile strings in every free-text field", () => {
  it("covers the corpus and every field the markdown prints", () => {
    expect(new Set(CORPUS).size).toBe(500);
    // Which fields reach the markdown: a distinct token per field shows where each lands.
    const printed = new Set<string>();
    for (const v of VARIANTS) {
      const md = renderMarkdown(fill(v.report, v.fields, (f) => `TOKEN${f.replace(/\W/g, "Z")}END`));
      for (const m of md.matchAll(/TOKEN(\w+?)END/g)) printed.add((m[1] as string).replace(/Z/g, "."));
    }
    const expected = [
      "naive.source",
      "hosts.0.host",
      "hosts.1.host",
      "sources.0.file",
      "sources.0.format",
      "sources.1.file",
      "sources.1.format",
      "runs.0.file",
      "runs.0.format",
      "estimates.0.explanation",
      "intensity.source",
      "intensity.file",
      "intensity.zone",
      "intensity.summary",
      "intensity.licences.0",
      "intensity.degraded.0",
      "comparison.baseFile",
      "budget.checks.0.message",
      "budget.checks.1.message",
      "warnings.0",
      "warnings.1",
      "baselineNote",
      "merged.summary",
    ];
    for (const field of expected) expect(printed, field).toContain(field);
    // The harmless renderings have our two fixed tags and nothing else of the kind we forbid.
    for (const v of VARIANTS) {
      expect([...ourHtml(v.harmlessTree)]).toEqual([
        "<details><summary>Warnings (2)</summary>",
        "</details>",
      ]);
      expect(problems(v.harmlessTree, ourHtml(v.harmlessTree))).toEqual([]);
      expect(v.harmless).not.toContain("<!--");
    }
  });

  it.each(CORPUS.map((s, i) => [i, JSON.stringify(s).slice(0, 60), s] as const))(
    "#%i %s: no link, image, HTML, mention or forged marker, in the markdown and the posted comment",
    (i, _shown, text) => {
      for (const v of VARIANTS) {
        const allowed = ourHtml(v.harmlessTree);
        // The same string everywhere, and the corpus rotated so that each field gets another one.
        const reports = [
          fill(v.report, v.fields, () => text),
          fill(
            v.report,
            v.fields,
            (f) => CORPUS[(i + v.fields.findIndex((p) => key(p) === f) + 1) % 500] ?? "",
          ),
        ];
        for (const report of reports) {
          const markdown = renderMarkdown(report);
          expect(problems(parse(markdown), allowed), v.name).toEqual([]);
          expect(markdown, v.name).not.toContain("<!--");

          const commentKey = i % 2 === 0 ? "default" : text;
          const marker = commentMarker(commentKey);
          const body = stickyCommentBody(markdown, commentKey);
          expect(body.length).toBeLessThanOrEqual(65_536);
          const lines = body.split(/\r\n|\r|\n/);
          expect(lines[0]).toBe(marker);
          expect(marker).toMatch(/^<!-- gridprint:comment key=[A-Za-z0-9._-]{1,100} -->$/);
          // The only marker line, and the only "<!--" of the body, is the first line.
          expect(lines.slice(1).filter((l) => /<!--|^\s*<!--\s*gridprint:comment/.test(l))).toEqual([]);
          expect(body.indexOf("<!--", 1)).toBe(-1);
          expect(problems(parse(body), new Set([...allowed, marker])), v.name).toEqual([]);
        }
      }
    },
  );

  it.each(CORPUS.map((s, i) => [i, JSON.stringify(s).slice(0, 60), s] as const))(
    "#%i %s: starts no block and makes no formatting in any field written mid-line",
    (_i, _shown, text) => {
      for (const v of VARIANTS) {
        const report = fill(v.report, v.fields, (f) => (LINE_START.test(f) ? HARMLESS : text));
        expect(shapeChanges(parse(renderMarkdown(report)), v.harmlessTree), v.name).toEqual([]);
      }
    },
  );
});

/** `text` in `field` only, every other free field harmless: does the structure change? */
function changesShape(field: string, text: string): boolean {
  const v = VARIANTS[0] as (typeof VARIANTS)[number];
  const report = fill(v.report, v.fields, (f) => (f === field ? text : HARMLESS));
  return shapeChanges(parse(renderMarkdown(report)), v.harmlessTree).length > 0;
}

describe("KNOWN LEAK: fields written at the start of a line start blocks (renderMarkdown does not escape them)", () => {
  // Each of these fails today: the string changes the comment's structure. When renderMarkdown
  // neutralises line starts (e.g. a backslash before a leading #, -, +, digits followed by . or ),
  // a leading run of spaces or tabs as &#32;/&#9;, an empty text as a placeholder), they pass and
  // the `.fails` must go.
  const blockStarts: [string, string][] = [
    ["an ATX heading", "# big"],
    ["an ATX heading after a line break (which becomes a space)", "\n# big"],
    ["a bullet list (-)", "- item"],
    ["a bullet list (+)", "+ item"],
    ["an ordered list (1.)", "1. item"],
    ["an ordered list (1))", "1) item"],
    ["a thematic break", "---"],
    ["indented code", "    indented code"],
    ["indented code from tabs (which become spaces)", "\t\t\t\tindented code"],
  ];
  for (const field of ["warnings.0", "estimates.0.explanation", "merged.summary"]) {
    for (const [what, text] of blockStarts) {
      it.fails(`${field} = ${JSON.stringify(text)} makes ${what}`, () => {
        expect(changesShape(field, text)).toBe(false);
      });
    }
    it.fails(`${field}: the whole corpus keeps the structure`, () => {
      expect(CORPUS.filter((text) => changesShape(field, text))).toEqual([]);
    });
  }
  for (const text of ["", " "]) {
    it.fails(`estimates.0.explanation = ${JSON.stringify(text)} turns the bold line above into a heading`, () => {
      expect(changesShape("estimates.0.explanation", text)).toBe(false);
    });
  }
  it("every other printed field keeps the structure with those block starts", () => {
    const v = VARIANTS[0] as (typeof VARIANTS)[number];
    for (const path of v.fields) {
      const field = key(path);
      if (LINE_START.test(field)) continue;
      for (const [, text] of blockStarts) expect(changesShape(field, text), `${field} ${text}`).toBe(false);
    }
  });
});
