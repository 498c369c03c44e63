/**
 * Running the built action (dist/index.js) as the runner runs it: a Node process with INPUT_*
 * variables (hyphens kept), a GITHUB_EVENT_PATH payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, GITHUB_API_URL pointing at a GitHub fake. GRIDPRINT_TEST_NODE names another Node binary
 * to run it with (CI runs the end-to-end files again under Node 24).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport, type Report } from "../../src/report/schema.js";
import type { FakeGitHub } from "../github/fake-github.js";

export const root = new URL("../../", import.meta.url).pathname;
export const node = process.env.GRIDPRINT_TEST_NODE || process.execPath;
export const REPO = "acme/train";
export const WORKFLOW = 1001;
export const TOKEN = "ghs_e2eTestToken0123456789";
export const sha = (c: string) => c.repeat(40).slice(0, 40);
export const HEAD_SHA = sha("b");

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  report: Report | undefined;
}

/** A workspace holding the example traces, plus a shorter "base" trace (the first 60 % of rows). */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-e2e-"));
  copyFileSync(join(root, "examples/nvidia-smi-4xA100.csv"), join(dir, "gpu-power.csv"));
  copyFileSync(join(root, "examples/gb-intensity-2025-06-03.csv"), join(dir, "gb-intensity.csv"));
  const lines = readFileSync(join(dir, "gpu-power.csv"), "utf8").split("\n");
  writeFileSync(join(dir, "base-power.csv"), lines.slice(0, Math.floor(lines.length * 0.6)).join("\n"));
  return dir;
}

export const offline = {
  traces: "gpu-power.csv",
  zone: "GB",
  "intensity-file": "gb-intensity.csv",
  timezone: "Europe/London",
};

export async function runAction(opts: {
  fake?: FakeGitHub;
  event: string;
  payload: unknown;
  inputs: Record<string, string>;
  runId?: number;
  dir?: string;
}): Promise<ActionRun> {
  const dir = opts.dir ?? workspace();
  const files = mkdtempSync(join(tmpdir(), "gridprint-e2e-runner-"));
  const eventPath = join(files, "event.json");
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(join(files, "output"), "");
  writeFileSync(join(files, "summary"), "");
  const inputs: Record<string, string> = {
    "github-token": TOKEN,
    baseline: "auto",
    comment: "true",
    "comment-key": "default",
    "report-artifact": "gridprint-report",
    mode: "report",
    "report-path": "gridprint-report.json",
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: String(opts.runId ?? 9_000),
    GITHUB_API_URL: opts.fake?.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_SHA: HEAD_SHA,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(files, "output"),
    GITHUB_STEP_SUMMARY: join(files, "summary"),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(node, [join(root, "dist/index.js")], { env, cwd: dir, timeout: 60_000 }, (error, out, err) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: `${out}${err}` }),
    );
  });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(join(files, "output"), "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] as string] = m[3] as string;
  const reportFile = join(dir, "gridprint-report.json");
  return {
    code,
    stdout,
    outputs,
    summary: readFileSync(join(files, "summary"), "utf8"),
    workspace: dir,
    report: existsSync(reportFile) ? parseReport(JSON.parse(readFileSync(reportFile, "utf8"))) : undefined,
  };
}

export const pullRequestPayload = (number: number, headRepo = REPO) => ({
  action: "synchronize",
  number,
  pull_request: {
    number,
    base: { ref: "main", sha: sha("a"), repo: { full_name: REPO } },
    head: { ref: "feature", sha: HEAD_SHA, repo: { full_name: headRepo } },
  },
  repository: { full_name: REPO },
});

/** The base branch's report, made by the action itself on a push to main from the shorter trace. */
