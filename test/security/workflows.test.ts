/**
 * Issue 7: "Every workflow in .github has least-privilege permissions, actions pinned by commit
 * sha, and no untrusted ${{ }} expression inside run:. The examples in the README follow the same
 * rules. A test lints them."
 *
 * The rules, for .github/workflows/*.yml and for every ```yaml block of README.md that is a
 * workflow (one with `jobs:`; a fragment without jobs is skipped, with the reason):
 * - permissions: set at the top level, or on every job; a mapping, never `read-all`/`write-all`;
 *   only the scopes gridprint needs (contents, pull-requests, actions), each read/write/none;
 *   `contents` never `write` (gridprint never pushes).
 * - uses: a local path (./...) or owner/repo[/path]@<40 hex commit sha>; no tag, no branch, no
 *   docker:// image.
 * - run: no `${{` at all. An expression in a script is spliced into the shell before it runs, so
 *   any untrusted value (a pull request's title or branch, a step's output, an input) becomes
 *   code; the safe way is env: (`FOO: ${{ ... }}`, then "$FOO" in the script). Forbidding every
 *   `${{` is simpler than deciding which contexts are trusted, and is never in the way.
 * - pull_request_target (or workflow_run) together with an actions/checkout of the pull
 *   request's head: that runs a fork's code with a write token and secrets.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url).pathname;

/** The scopes gridprint's workflows need: check out, comment, read the base branch's artifact. */
const ALLOWED_SCOPES = new Set(["contents", "pull-requests", "actions"]);
const LEVELS = new Set(["read", "write", "none"]);
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;

type YamlMap = Record<string, unknown>;
const isMap = (v: unknown): v is YamlMap => typeof v === "object" && v !== null && !Array.isArray(v);

function permissionProblems(where: string, permissions: unknown): string[] {
  if (typeof permissions === "string")
    return [
      `${where}: permissions "${permissions}" (name each scope instead: read-all and write-all grant every one)`,
    ];
  if (!isMap(permissions)) return [`${where}: permissions must be a mapping of scopes`];
  const problems: string[] = [];
  for (const [scope, level] of Object.entries(permissions)) {
    if (!ALLOWED_SCOPES.has(scope))
      problems.push(`${where}: permission scope "${scope}" is more than gridprint needs`);
    if (typeof level !== "string" || !LEVELS.has(level))
      problems.push(`${where}: permission ${scope}: ${JSON.stringify(level)} is not read, write or none`);
    if (scope === "contents" && level === "write")
      problems.push(`${where}: contents: write (nothing here pushes)`);
  }
  return problems;
}

function usesProblem(where: string, uses: unknown): string | undefined {
  if (typeof uses !== "string") return `${where}: uses is not a string`;
  if (uses.startsWith("./")) return undefined;
  if (uses.startsWith("docker://")) return `${where}: uses ${uses}: a docker image, not a pinned action`;
  if (!PINNED.test(uses)) return `${where}: uses ${uses}: not pinned to a 40-hex commit sha`;
  return undefined;
}

/** The event names a workflow's `on:` lists (a string, a list or a mapping). */
function events(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === "string");
  if (isMap(on)) return Object.keys(on);
  return [];
}

/** Everything wrong with one workflow document, each problem naming its place. */
function lintWorkflow(doc: unknown): string[] {
  if (!isMap(doc)) return ["not a YAML mapping"];
  const jobs = doc.jobs;
  if (!isMap(jobs) || Object.keys(jobs).length === 0) return ["no jobs"];
  const problems: string[] = [];
  const triggers = events(doc.on);
  const untrustedCheckout = triggers.includes("pull_request_target") || triggers.includes("workflow_run");

  if (doc.permissions !== undefined) problems.push(...permissionProblems("top level", doc.permissions));
  for (const [id, job] of Object.entries(jobs)) {
    const where = `jobs.${id}`;
    if (!isMap(job)) {
      problems.push(`${where}: not a mapping`);
      continue;
    }
    if (job.permissions !== undefined) problems.push(...permissionProblems(where, job.permissions));
    else if (doc.permissions === undefined)
      problems.push(`${where}: no permissions (set them at the top level or on every job)`);
    // A job calling a reusable workflow.
    if (job.uses !== undefined) {
      const p = usesProblem(where, job.uses);
      if (p) problems.push(p);
    }
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((step: unknown, i: number) => {
      const at = `${where}.steps[${i}]${isMap(step) && typeof step.name === "string" ? ` (${step.name})` : ""}`;
      if (!isMap(step)) {
        problems.push(`${at}: not a mapping`);
        return;
      }
      if (step.uses !== undefined) {
        const p = usesProblem(at, step.uses);
        if (p) problems.push(p);
      }
      if (typeof step.run === "string" && step.run.includes("${{"))
        problems.push(`${at}: \${{ }} inside run: (pass the value through env: instead)`);
      const uses = typeof step.uses === "string" ? step.uses : "";
      if (untrustedCheckout && /^actions\/checkout@/.test(uses) && isMap(step.with)) {
        const what = `${String(step.with.ref ?? "")} ${String(step.with.repository ?? "")}`;
        if (/github\.event\.(pull_request\.head|workflow_run\.head)|github\.head_ref/.test(what))
          problems.push(
            `${at}: checks out the pull request's head in a ${triggers.join("/")} workflow (runs untrusted code with a write token)`,
          );
      }
    });
  }
  return problems;
}

interface Block {
  line: number;
  text: string;
}

/** The ```yaml (or ```yml) blocks of a markdown text, with the line their content starts on. */
function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] as string)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++;
    blocks.push({ line: start + 1, text: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

const workflowDir = join(root, ".github/workflows");
const workflowFiles = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

/** A `${{ e }}` expression, written so that no string literal looks like a template placeholder. */
const expr = (e: string) => ["$", "{{ ", e, " }}"].join("");

describe("the lint itself", () => {
  const good = {
    on: { pull_request: null },
    permissions: { contents: "read", "pull-requests": "write", actions: "read" },
    jobs: {
      a: {
        "runs-on": "ubuntu-latest",
        steps: [
          { uses: `actions/checkout@${"a".repeat(40)}`, with: { "persist-credentials": false } },
          { uses: "./" },
          { env: { T: expr("github.event.pull_request.title") }, run: 'echo "$T"' },
        ],
      },
    },
  };
  const withJob = (job: YamlMap, top: YamlMap = {}) => ({
    ...good,
    ...top,
    jobs: { a: { ...good.jobs.a, ...job } },
  });

  it("passes a workflow that keeps the rules", () => {
    expect(lintWorkflow(good)).toEqual([]);
    // Permissions on every job instead of the top level.
    const { permissions: _p, ...noTop } = good;
    expect(
      lintWorkflow({ ...noTop, jobs: { a: { ...good.jobs.a, permissions: { contents: "read" } } } }),
    ).toEqual([]);
  });

  it("finds each kind of breach", () => {
    const { permissions: _p, ...noTop } = good;
    const cases: [unknown, RegExp][] = [
      [noTop, /jobs\.a: no permissions/],
      [{ ...good, permissions: "write-all" }, /write-all/],
      [{ ...good, permissions: "read-all" }, /read-all/],
      [{ ...good, permissions: { contents: "write" } }, /contents: write/],
      [{ ...good, permissions: { issues: "write" } }, /scope "issues"/],
      [{ ...good, permissions: { "id-token": "write" } }, /scope "id-token"/],
      [withJob({ permissions: { packages: "read" } }), /jobs\.a: permission scope "packages"/],
      [withJob({ steps: [{ uses: "actions/checkout@v4" }] }), /not pinned/],
      [withJob({ steps: [{ uses: "actions/checkout@main" }] }), /not pinned/],
      [withJob({ steps: [{ uses: `actions/checkout@${"A".repeat(40)}` }] }), /not pinned/],
      [withJob({ steps: [{ uses: "docker://alpine:3" }] }), /docker image/],
      [{ ...good, jobs: { a: { uses: "acme/ci/.github/workflows/x.yml@v1" } } }, /not pinned/],
      [withJob({ steps: [{ run: `echo ${expr("github.event.pull_request.title")}` }] }), /inside run:/],
      [withJob({ steps: [{ run: `echo ${expr("github.head_ref")}` }] }), /inside run:/],
      [withJob({ steps: [{ run: `x="${expr("steps.s.outputs.v")}"` }] }), /inside run:/],
      [
        withJob(
          {
            steps: [
              {
                uses: `actions/checkout@${"a".repeat(40)}`,
                with: { ref: expr("github.event.pull_request.head.sha") },
              },
            ],
          },
          { on: { pull_request_target: null } },
        ),
        /checks out the pull request's head/,
      ],
      [
        withJob(
          {
            steps: [
              {
                uses: `actions/checkout@${"a".repeat(40)}`,
                with: { ref: expr("github.event.workflow_run.head_sha") },
              },
            ],
          },
          { on: { workflow_run: { workflows: ["x"] } } },
        ),
        /checks out the pull request's head/,
      ],
    ];
    for (const [doc, problem] of cases)
      expect(lintWorkflow(doc).join("\n"), JSON.stringify(doc)).toMatch(problem);
  });

  it("reads README blocks and workflows from YAML as GitHub does", () => {
    const doc = parse(
      "on:\n  push:\npermissions:\n  contents: read\njobs:\n  a:\n    steps:\n      - run: echo hi\n",
    );
    expect(Object.keys(doc)).toEqual(["on", "permissions", "jobs"]);
    expect(lintWorkflow(doc)).toEqual([]);
  });
});

describe(".github/workflows", () => {
  it("holds workflows", () => {
    expect(workflowFiles.length).toBeGreaterThan(0);
  });
  for (const file of workflowFiles) {
    it(`${file} keeps the rules`, () => {
      const doc = parse(readFileSync(join(workflowDir, file), "utf8"));
      expect(lintWorkflow(doc)).toEqual([]);
    });
  }
});

describe("README.md's workflow examples", () => {
  const blocks = yamlBlocks(readFileSync(join(root, "README.md"), "utf8"));
  it("has yaml blocks", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  blocks.forEach((block, i) => {
    const doc: unknown = parse(block.text);
    const title = `block ${i + 1} (README.md line ${block.line})`;
    if (!isMap(doc) || doc.jobs === undefined) {
      const first = block.text.split("\n")[0]?.trim() ?? "";
      it.skip(`${title}: not a workflow (no jobs:), a fragment: ${first.slice(0, 80)}`, () => {});
      return;
    }
    it(`${title} keeps the rules`, () => {
      expect(lintWorkflow(doc)).toEqual([]);
    });
  });
});
