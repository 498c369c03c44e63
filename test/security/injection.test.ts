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
 * - no comment but the marker, which is the body's first line and its only marker line (the
 *   words "gridprint:comment" may show as visible, escaped text — "&lt;!-- gridprint:comment
 *   ... --&gt;" is no comment — or inside the model card's code block; our comment finder
 *   compares the whole first line);
 * - the block structure (headings, tables, lists, code, rules, quotes) and the inline formatting
 *   are those of the harmless rendering: data starts no block and makes no emphasis or code.
 *
 * Four fields are written at the start of a line — warnings[] and estimates[].explanation as
 * "- <text>" list items, merged.summary as a paragraph of its own, insight.sentence as the last
 * line of the headline's paragraph — so escapeMarkdown also neutralises what would start a block
 * there: "# x" (heading), "- x" / "+ x" / "1. x" / "1) x" (lists), "---" / "===" (rule, setext
 * heading), leading spaces or tabs (indented code), and an empty text (an empty "- " item would
 * underline the bold line above it into a heading). Each is checked below.
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

// Made once: building the GFM extensions is a large part of a parse's cost.
const GFM = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function parse(markdown: string): Tree {
  return fromMarkdown(markdown, GFM);
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
    insight: {
      gridMeanGPerKwh: 140,
      gridVsAnnualPercent: -30,
      dirtierHalfEnergyShare: 0.4,
      dirtierHours: [{ start: "2025-01-01T11:00:00Z", end: "2025-01-01T12:00:00Z" }],
      sentence: "The grid was cleaner than its annual average.",
    },
    work: {
      units: { steps: 100 },
      perUnit: { steps: { gPerUnit: 4, kwhPerUnit: 0.03 } },
      basis: "steps from mllog.txt",
    },
    modelCard: {
      co2_eq_emissions: {
        emissions: 400,
        source: "gridprint",
        training_type: "fine-tuning",
        geographical_location: "GB",
        hardware_used: "2 x A100",
      },
    },
    whatIf: {
      actualG: 400,
      flexibleStart: {
        windowHours: 12,
        stepMinutes: 15,
        candidatesWithData: 10,
        candidatesTotal: 97,
        best: {
          start: "2025-01-01T14:00:00Z",
          offsetMinutes: 240,
          emissionsG: 300,
          savingG: 100,
          savingPercent: 25,
          forecast: false,
          estimated: false,
        },
      },
      pauseResume: [
        {
          stretch: 0.5,
          windowEnd: "2025-01-01T13:00:00Z",
          emissionsG: 350,
          savingG: 50,
          savingPercent: 12.5,
          dataShare: 1,
          segments: 2,
        },
      ],
      places: [
        {
          zone: "FR",
          basis: "hourly",
          source: "the FR series",
          emissionsG: 50,
          savingG: 350,
          savingPercent: 87.5,
          coveredEnergyShare: 1,
        },
        {
          zone: "SE",
          basis: "annual-average",
          source: "no figures for SE",
          emissionsG: null,
          savingG: null,
          savingPercent: null,
          coveredEnergyShare: 0,
        },
      ],
      // With a comparison: a forecast start; with the note: no start, so the note is printed.
      nextRun: comparison
        ? {
            start: "2025-01-02T03:00:00Z",
            emissionsG: 250,
            savingPercent: 10,
            source: "the forecast",
            candidatesWithData: 90,
          }
        : { source: "the forecast", candidatesWithData: 0, note: "no forecast for this zone" },
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

/** The fields renderMarkdown writes at the start of a line (see above). */
const LINE_START = /^(warnings\.\d+|estimates\.\d+\.explanation|merged\.summary|insight\.sentence)$/;

const VARIANTS = [
  { name: "with a comparison", report: fullReport(true) },
  { name: "with a baseline note", report: fullReport(false) },
].map((v) => {
  const fields = freeFields(v.report);
  const harmless = renderMarkdown(fill(v.report, fields, () => HARMLESS));
  return { ...v, fields, harmless, harmlessTree: parse(harmless) };
});
type Variant = (typeof VARIANTS)[number];

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
      "insight.sentence",
      "work.basis",
      "whatIf.places.0.zone",
      "whatIf.places.1.zone",
      "whatIf.places.1.source",
      "whatIf.nextRun.source",
      "whatIf.nextRun.note",
      "modelCard.co2_eq_emissions.source",
      "modelCard.co2_eq_emissions.training_type",
      "modelCard.co2_eq_emissions.geographical_location",
      "modelCard.co2_eq_emissions.hardware_used",
    ];
    for (const field of expected) expect(printed, field).toContain(field);
    // The longest strings make a comment over GitHub's limit: the cut comment is checked too.
    const longest = CORPUS.reduce((a, b) => (b.length > a.length ? b : a));
    const v = VARIANTS[0] as Variant;
    const cut = stickyCommentBody(renderMarkdown(fill(v.report, v.fields, () => longest)));
    expect(cut).toContain("The comment was cut");
    // The harmless renderings have only fixed <details> tags, and nothing else of the kind we forbid.
    for (const v of VARIANTS) {
      const html = [...ourHtml(v.harmlessTree)];
      expect(html).toContain("<details><summary>Warnings (2)</summary>");
      for (const tag of html) expect(tag).toMatch(/^(<details><summary>[\w ().-]+<\/summary>|<\/details>)$/);
      expect(problems(v.harmlessTree, ourHtml(v.harmlessTree))).toEqual([]);
      expect(v.harmless).not.toContain("<!--");
    }
  });

  it("the checks see what they look for, in unescaped markdown", () => {
    const none = new Set<string>();
    const seen = (md: string) => problems(parse(md), none).join("; ");
    expect(seen("[x](https://evil.example/)")).toMatch(/link node/);
    expect(seen("![i](https://evil.example/p.png)")).toMatch(/image node/);
    expect(seen("[x][1]\n\n[1]: https://evil.example/")).toMatch(/linkReference node.*definition node/);
    expect(seen("see www.evil.example or https://evil.example")).toMatch(/link node; link node/);
    expect(seen("<img src=x onerror=alert(1)>")).toMatch(/html node/);
    expect(seen("text <b>bold</b>")).toMatch(/html node/);
    expect(seen("hi @octocat and @org/team")).toMatch(/mention .*mention/);
    expect(seen("hi @\u200boctocat, mail me @ noon")).toBe("");
    const harmless = (VARIANTS[0] as Variant).harmlessTree;
    expect(shapeChanges(parse("# big\n\n## bigger"), harmless).join(" ")).toMatch(/heading/);
    expect(shapeChanges(parse("`code` **b** _e_"), harmless).join(" ")).toMatch(/inlineCode/);
  });

  it.each(CORPUS.map((s, i) => [i, JSON.stringify(s).slice(0, 60), s] as const))(
    "#%i %s: no link, image, HTML, mention or forged marker, in the markdown and the posted comment",
    (i, _shown, text) => {
      const [withComparison, withNote] = VARIANTS as [Variant, Variant];
      // The same string in every field of both variants; and, with a comparison, the short
      // strings rotated through the fields so that each field gets a different one.
      const cases = [
        { v: withComparison, report: fill(withComparison.report, withComparison.fields, () => text) },
        { v: withNote, report: fill(withNote.report, withNote.fields, () => text) },
        {
          v: withComparison,
          report: fill(withComparison.report, withComparison.fields, (f) => {
            const at = withComparison.fields.findIndex((p) => key(p) === f);
            return SHORT[(i + at + 1) % SHORT.length] ?? "";
          }),
        },
      ];
      for (const { v, report } of cases) {
        const markdown = renderMarkdown(report);
        // The comment as posted; the key is hostile too (every other string).
        const commentKey = i % 2 === 0 ? "default" : text;
        const marker = commentMarker(commentKey);
        expect(marker).toMatch(/^<!-- gridprint:comment key=[A-Za-z0-9._-]{1,100} -->$/);
        const body = stickyCommentBody(markdown, commentKey);
        expect(body.length).toBeLessThanOrEqual(65_536);
        const lines = body.split(/\r\n|\r|\n/);
        expect(lines[0]).toBe(marker);
        // The only marker line is the first: no other line is (or starts) a gridprint marker, and
        // no html node but our tags and the marker (problems() below) — a "<!--" from data is
        // either escaped text or inside the model card's code block, where it is inert.
        expect(lines.slice(1).filter((l) => /^\s*<!--\s*gridprint:comment/.test(l))).toEqual([]);
        // The body is the markdown after the marker line (or its cut prefix): one parse checks both.
        expect(problems(parse(body), new Set([...ourHtml(v.harmlessTree), marker])), v.name).toEqual([]);
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
  const v = VARIANTS[0] as Variant;
  const report = fill(v.report, v.fields, (f) => (f === field ? text : HARMLESS));
  return shapeChanges(parse(renderMarkdown(report)), v.harmlessTree).length > 0;
}

/** Texts that start a block when they begin a line. */
const BLOCK_STARTS: Record<string, string> = {
  "# big": "an ATX heading",
  "\n# big": "an ATX heading (the line break becomes a space, which does not stop it)",
  "- item": "a bullet list",
  "+ item": "a bullet list",
  "1. item": "an ordered list",
  "1) item": "an ordered list",
  "2. item": "an ordered list (one not starting at 1 cannot interrupt a paragraph)",
  "---": "a thematic break or a setext heading underline",
  "===": "a setext heading underline",
  "    indented code": "indented code",
  "\t\t\t\tindented code": "indented code (tabs become spaces)",
  "": "an empty list item, or a setext underline when the item is empty",
  " ": "an empty list item, or a setext underline when the item is empty",
  "> q": "a block quote",
  "<div>": "an HTML block",
  "| a |\n| - |": "a table",
};

/**
 * Fields written at the start of a line: warnings[] and estimates[].explanation follow "- " (a
 * list item's first line); merged.summary is a paragraph of its own; insight.sentence is the last
 * line of the headline's paragraph, where a heading or a list would interrupt the paragraph and
 * "---" or "===" would underline it into a setext heading. escapeMarkdown neutralises line starts.
 */
const LINE_START_FIELDS = ["warnings.0", "estimates.0.explanation", "merged.summary", "insight.sentence"];

describe("fields written at the start of a line start no block", () => {
  for (const field of LINE_START_FIELDS) {
    for (const [text, what] of Object.entries(BLOCK_STARTS)) {
      it(`${field} = ${JSON.stringify(text)} starts no ${what}`, () => {
        expect(changesShape(field, text)).toBe(false);
      });
    }
  }
});
