/**
 * Issue 7: "A canary API key and password given as inputs never appear — raw, URL-encoded or
 * base64 — in stdout, stderr, outputs, summary, comment, report.json or any file the run writes."
 *
 * The built action (dist/index.js) runs as the runner runs it (INPUT_* variables, event payload,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), on a pull request, against the GitHub fake
 * (test/github/fake-github.ts) and a hostile intensity provider on 127.0.0.1 (intensity-api-url):
 * Electricity Maps and WattTime both answer errors whose bodies echo every header (the key, the
 * Basic credentials), the request URL and the decoded password back. Canaries go into
 * electricity-maps-token, watttime-username / watttime-password and github-token.
 *
 * Where a canary must not appear, in any of its forms (raw, encodeURIComponent, base64; and
 * "user:password", raw and base64 — the Basic header's payload):
 * - stdout and stderr, except in `::add-mask::<value>` lines. Those are how the runner learns what
 *   to mask: it swallows the command, never prints it, and replaces the value with *** in every
 *   later line of the log. They have to carry the secret, once per form.
 * - GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the comment bodies the fake received, report.json, and
 *   every file in the workspace and in the runner's temporary directory (walked).
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commentMarker } from "../../src/github/comment.js";
import { escapeMarkdown } from "../../src/report/format.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { FakeGitHub } from "../github/fake-github.js";
import { json, startServer } from "../intensity/providers/local-server.js";

const root = new URL("../../", import.meta.url).pathname;
const node = process.env.GRIDPRINT_TEST_NODE || process.execPath;
const REPO = "acme/train";
const WORKFLOW = 1001;
const HEAD_SHA = "b".repeat(40);

// Canaries with characters that URL-encoding and base64 change, so every form differs from raw.
const GITHUB_TOKEN = "ghs_Canary/GitHub+T0ken=7f3a9c";
const EM_TOKEN = "em-canary-K3y/7+q=Z&x";
const WT_USER = "wt-canary-user+ops@example.org";
const WT_PASSWORD = "wt-canary-P4ss:w0rd/!?=";

/** Every form of every secret that must not be written. */
function forbiddenForms(): { name: string; text: string }[] {
  const forms: { name: string; text: string }[] = [];
  const add = (what: string, secret: string) => {
    forms.push({ name: `${what} (raw)`, text: secret });
    forms.push({ name: `${what} (URL-encoded)`, text: encodeURIComponent(secret) });
    forms.push({ name: `${what} (base64)`, text: Buffer.from(secret).toString("base64") });
    // As the markdown writes it: escaped, still the secret to whoever reads the comment.
    const escaped = escapeMarkdown(secret);
    if (escaped !== secret) forms.push({ name: `${what} (markdown-escaped)`, text: escaped });
  };
  add("github-token", GITHUB_TOKEN);
  add("electricity-maps-token", EM_TOKEN);
  add("watttime-username", WT_USER);
  add("watttime-password", WT_PASSWORD);
  add("watttime user:password", `${WT_USER}:${WT_PASSWORD}`);
  return forms;
}
const FORBIDDEN = forbiddenForms();

/** The forms of the secrets found in `text`, by name. */
function leaks(text: string): string[] {
  return FORBIDDEN.filter((f) => text.includes(f.text)).map((f) => f.name);
}

/** Every regular file under `dir`, recursively. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  workspace: string;
  runnerTemp: string;
  output: string;
  summary: string;
  report: Report | undefined;
}

async function runAction(inputs: Record<string, string>, apiUrl: string): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), "gridprint-secrets-ws-"));
  copyFileSync(join(root, "examples/nvidia-smi-4xA100.csv"), join(workspace, "gpu-power.csv"));
  const runnerTemp = mkdtempSync(join(tmpdir(), "gridprint-secrets-runner-"));
  const eventPath = join(runnerTemp, "event.json");
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: "synchronize",
      number: 7,
      pull_request: {
        number: 7,
        base: { ref: "main", sha: "a".repeat(40), repo: { full_name: REPO } },
        head: { ref: "feature", sha: HEAD_SHA, repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    }),
  );
  // Every file command the runner offers, so that whatever the action writes is walked.
  for (const f of ["output", "summary", "env", "path", "state"]) writeFileSync(join(runnerTemp, f), "");
  const all: Record<string, string> = {
    "github-token": GITHUB_TOKEN,
    mode: "report",
    baseline: "auto",
    comment: "true",
    "comment-key": "default",
    "report-artifact": "gridprint-report",
    "report-path": "gridprint-report.json",
    "markdown-path": "gridprint-report.md",
    traces: "gpu-power.csv",
    timezone: "Europe/London",
    "on-degraded": "warn",
    ...inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: "9000",
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_SHA: HEAD_SHA,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: join(runnerTemp, "output"),
    GITHUB_STEP_SUMMARY: join(runnerTemp, "summary"),
    GITHUB_ENV: join(runnerTemp, "env"),
    GITHUB_PATH: join(runnerTemp, "path"),
    GITHUB_STATE: join(runnerTemp, "state"),
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        node,
        [join(root, "dist/index.js")],
        { env, cwd: workspace, timeout: 60_000 },
        (error, out, err) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out, stderr: err }),
      );
    },
  );
  const reportFile = join(workspace, "gridprint-report.json");
  let report: Report | undefined;
  try {
    report = parseReport(JSON.parse(readFileSync(reportFile, "utf8")));
  } catch {
    report = undefined;
  }
  return {
    code,
    stdout,
    stderr,
    workspace,
    runnerTemp,
    output: readFileSync(join(runnerTemp, "output"), "utf8"),
    summary: readFileSync(join(runnerTemp, "summary"), "utf8"),
    report,
  };
}

/** Where a canary appears, by place, outside the runner's mask commands. Empty: nowhere. */
function whereLeaked(run: ActionRun, fake: FakeGitHub): Record<string, string[]> {
  const places: Record<string, string> = {
    // The runner hides ::add-mask:: lines and masks their value in every later line.
    stdout: run.stdout
      .split(/\r?\n/)
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n"),
    stderr: run.stderr,
    GITHUB_OUTPUT: run.output,
    GITHUB_STEP_SUMMARY: run.summary,
    "comment bodies": fake
      .comments(REPO, 7)
      .map((c) => c.body)
      .join("\n"),
  };
  for (const dir of [run.workspace, run.runnerTemp]) {
    for (const file of walk(dir)) places[file] = readFileSync(file).toString("utf8");
  }
  const found: Record<string, string[]> = {};
  for (const [place, text] of Object.entries(places)) {
    const forms = leaks(text);
    if (forms.length > 0) found[place] = forms;
  }
  return found;
}

/** The GitHub fake for this pull request's run; no base-branch runs (so: no baseline, a note). */
async function github(): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start({ token: GITHUB_TOKEN });
  fake.addRepo({ owner: "acme", name: "train" });
  fake.addWorkflow(REPO, { id: WORKFLOW, path: ".github/workflows/train.yml", name: "train" });
  fake.addRun(REPO, {
    id: 9000,
    workflowId: WORKFLOW,
    headBranch: "feature",
    headSha: HEAD_SHA,
    event: "pull_request",
    conclusion: null,
  });
  return fake;
}

/** Everything the request carried, secrets included, as a hostile server would echo it back. */
function echo(req: IncomingMessage): Record<string, unknown> {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  return {
    message: `refused ${req.method} ${req.url} with auth-token=${req.headers["auth-token"] ?? ""} authorization=${req.headers.authorization ?? ""}`,
    url: req.url,
    headers: req.headers,
    ...(basic ? { credentials: Buffer.from(basic, "base64").toString("utf8") } : {}),
  };
}

const secretInputs = (intensityApiUrl: string) => ({
  // A zone both Electricity Maps and WattTime serve (and no key-free API does), so that with both
  // refusing, the annual average is used and every failure is reported.
  zone: "US-CAL-CISO",
  "intensity-api-url": intensityApiUrl,
  "electricity-maps-token": EM_TOKEN,
  "watttime-username": WT_USER,
  "watttime-password": WT_PASSWORD,
});

interface Outcome {
  run: ActionRun;
  /** Where a canary was found (see whereLeaked). */
  leaked: Record<string, string[]>;
  comments: string[];
  providerRequests: { path: string; headers: IncomingMessage["headers"] }[];
  githubRequests: { path: string; status: number }[];
  openApiProblems: string[];
}

/**
 * Runs the action once against a fresh GitHub fake (prepared by `prepare`) and a provider answering
 * with `answer`; memoised, so that a scenario's checks and its leak check (an it.fails while the
 * leak is known) share one run.
 */
function scenario(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
  prepare: (fake: FakeGitHub) => void = () => {},
): () => Promise<Outcome> {
  let outcome: Promise<Outcome> | undefined;
  return () => {
    outcome ??= (async () => {
      const fake = await github();
      const provider = await startServer(answer);
      try {
        prepare(fake);
        const run = await runAction(secretInputs(provider.base), fake.apiUrl);
        return {
          run,
          leaked: whereLeaked(run, fake),
          comments: fake.comments(REPO, 7).map((c) => c.body),
          providerRequests: provider.requests.map((r) => ({
            path: new URL(r.url, "http://x").pathname,
            headers: r.headers,
          })),
          githubRequests: fake.requests.map((r) => ({ path: r.path, status: r.status })),
          openApiProblems: fake.openApiProblems(),
        };
      } finally {
        await Promise.all([fake.close(), provider.close()]);
      }
    })();
    return outcome;
  };
}

/** Both providers refuse: Electricity Maps 401; WattTime's login 500 (retried, then given up). */
const refusing = scenario((req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  json(res, echo(req), path === "/login" ? 500 : 401, { "www-authenticate": `Basic realm="${EM_TOKEN}"` });
});

/** Electricity Maps answers 200 in the documented shape, every free-text field echoing the key. */
const echoingData = scenario((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const key = String(req.headers["auth-token"] ?? "");
  const zone = url.searchParams.get("zone") ?? "";
  const start = Date.parse(url.searchParams.get("start") ?? "");
  const end = Date.parse(url.searchParams.get("end") ?? "");
  const data = [];
  for (let t = start; t <= end; t += 3_600_000) {
    data.push({
      zone,
      carbonIntensity: 250,
      datetime: new Date(t).toISOString(),
      updatedAt: key,
      createdAt: key,
      emissionFactorType: "lifecycle",
      isEstimated: true,
      estimationMethod: `MODEL_${key}`,
    });
  }
  json(res, { zone, data, note: key });
});

/** The GitHub API answers the base-branch lookup with 403 and a message quoting the token. */
const githubEchoing = scenario(
  (req, res) => json(res, echo(req), 401),
  (fake) =>
    fake.fault(
      (r) => r.method === "GET" && /\/actions\/runs\/9000$/.test(r.path),
      {
        status: 403,
        body: {
          message: `Resource not accessible by integration (authorization: token ${GITHUB_TOKEN})`,
          documentation_url: "https://docs.github.com/rest",
        },
      },
      10,
    ),
);

describe("secrets given as inputs are written nowhere (built action, hostile servers echoing them)", () => {
  it("the canaries are distinct in every form, and the check finds them", () => {
    expect(new Set(FORBIDDEN.map((f) => f.text)).size).toBe(FORBIDDEN.length);
    for (const f of FORBIDDEN) expect(leaks(`x${f.text}x`)).toContain(f.name);
    expect(leaks("nothing here")).toEqual([]);
  });

  describe("providers answering 401 and 500 with bodies echoing the key, the credentials and the URL", () => {
    it("runs as meant: both providers asked with the secrets, both refused, report and comment written", async () => {
      const { run, comments, providerRequests, openApiProblems } = await refusing();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const paths = providerRequests.map((r) => r.path);
      expect(paths.some((p) => p.startsWith("/v3/carbon-intensity/"))).toBe(true);
      expect(paths.filter((p) => p === "/login").length).toBeGreaterThan(1); // retried
      expect(providerRequests.some((r) => r.headers["auth-token"] === EM_TOKEN)).toBe(true);
      const report = run.report as Report;
      expect(report.intensity.attempts.map((a) => [a.source, a.failure !== undefined])).toEqual([
        ["electricity-maps", true],
        ["watttime", true],
      ]);
      expect(report.intensity.quality).toBe("fallback");
      expect(comments).toHaveLength(1);
      expect(comments[0]?.split("\n")[0]).toBe(commentMarker("default"));
      expect(run.summary).toContain("### gridprint:");
      expect(openApiProblems).toEqual([]);
    }, 60_000);

    it("asks the runner to mask each secret: raw, URL-encoded, base64, and user:password", async () => {
      const { run } = await refusing();
      // The command's data is escaped (% → %25, CR → %0D, LF → %0A); the runner unescapes it.
      const masks = run.stdout
        .split(/\r?\n/)
        .filter((l) => l.startsWith("::add-mask::"))
        .map((l) =>
          l.slice("::add-mask::".length).replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%"),
        );
      // The username alone is not a secret (it is masked inside user:password).
      for (const f of FORBIDDEN.filter((f) => !/markdown|watttime-username/.test(f.name)))
        expect(masks, f.name).toContain(f.text);
    }, 60_000);

    it("no canary in stdout/stderr (mask commands aside), outputs, summary, comment, report.json or any file", async () => {
      expect((await refusing()).leaked).toEqual({});
    }, 60_000);
  });

  describe("a provider answering 200, in the documented shape, with every free-text field echoing the key", () => {
    it("runs as meant: Electricity Maps' figures are used", async () => {
      const { run } = await echoingData();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const report = run.report as Report;
      expect(report.intensity.attempts[0]?.source).toBe("electricity-maps");
      expect(report.intensity.attempts[0]?.periodsUsed).toBeGreaterThan(0);
    }, 60_000);

    // Electricity Maps' `estimationMethod` strings reach report.json: a provider (or an
    // intensity-api-url proxy) that reflects the auth-token header into them must not get the key
    // written there; they pass through the fetcher's redaction.
    it("no canary anywhere (a provider echoing the key in estimationMethods)", async () => {
      expect((await echoingData()).leaked).toEqual({});
    }, 60_000);
  });

  describe("the GitHub API answering 403 with a message that echoes the token", () => {
    it("runs as meant: the lookup was refused, the comment still written", async () => {
      const { run, comments, githubRequests } = await githubEchoing();
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(githubRequests.some((r) => /\/actions\/runs\/9000$/.test(r.path) && r.status === 403)).toBe(
        true,
      );
      expect(run.report?.baselineNote).toMatch(
        /^No baseline: the base branch's report could not be looked up/,
      );
      expect(comments).toHaveLength(1);
    }, 60_000);

    // GitHub's error messages reach the baseline note, warnings and failures. GitHub itself does
    // not echo tokens, but GITHUB_API_URL may be a GHES server or a proxy: every message and the
    // whole report pass through the action's redaction of its secrets.
    it("no canary anywhere (GitHub quoting the token in an error)", async () => {
      expect((await githubEchoing()).leaked).toEqual({});
    }, 60_000);
  });
});

// Keep the file system walk honest: it sees files in nested folders.
it("the walk sees nested files", () => {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-secrets-walk-"));
  writeFileSync(join(dir, "a"), "");
  const sub = mkdtempSync(join(dir, "sub-"));
  writeFileSync(join(sub, "b"), "");
  expect(walk(dir).map((p) => statSync(p).isFile())).toEqual([true, true]);
});
