/**
 * What the action does with validated settings, mode by mode. The runner's world (inputs, outputs,
 * summary, log) comes in through ActionIo, so this file holds the decisions and main.ts the wiring.
 *
 *   report     traces → report; on a pull request, compared with the base branch's report artifact
 *   aggregate  node reports (files, or this run's <report-artifact>-* artifacts) → one report
 *   comment    (workflow_run) the triggering run's report artifact → its pull request's comment
 */
import { resolve } from "node:path";
import { budgetLimitsFrom, runConfigFrom, type Settings } from "../config/settings.js";
import { UsageError } from "../errors.js";
import { ArtifactError, listRunArtifacts, readReportArtifact } from "../github/artifacts.js";
import { findBaseReport, workflowIdOfRun } from "../github/base-report.js";
import { createGitHubClient, type GitHubClient } from "../github/client.js";
import { CommentForbiddenError, upsertStickyComment } from "../github/comment.js";
import { type ActionContext, type PullRequestRef, readActionContext } from "../github/context.js";
import { pullRequestForRun } from "../github/pull-request.js";
import { messageOf } from "../github/retry.js";
import { fitComment } from "../github/truncate.js";
import { Redactor } from "../intensity/http.js";
import { writeOutputFile } from "../output-files.js";
import { runReport } from "../pipeline.js";
import { applyBaseline, type BaseReport } from "../report/baseline.js";
import { modelCardYaml, renderMarkdown } from "../report/markdown.js";
import { describeMerge, type LabelledReport, mergeReports } from "../report/merge.js";
import { readReportFile } from "../report/read-report.js";
import { parseReport, type Report } from "../report/schema.js";
import { expandTracePatterns } from "../traces/read-traces.js";

export interface ActionIo {
  info(message: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface ActionEnvironment {
  env: NodeJS.ProcessEnv;
  workspace: string;
  version: string;
  now?: Date;
}

/** GitHub keeps a job summary up to 1 MiB (of UTF-8); ours stays inside 1,000,000 bytes. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** The markdown cut (on code-point boundaries, with a note) to fit the job summary's byte limit. */
export function fitSummary(markdown: string): string {
  const note = "… The summary was cut to fit GitHub's limit: the full report is in report.json.";
  let limit = SUMMARY_LIMIT_BYTES;
  let fitted = fitComment(markdown, limit, note);
  // fitComment counts UTF-16 units; a unit can take up to 3 bytes, so shrink until the bytes fit.
  while (Buffer.byteLength(fitted, "utf8") > SUMMARY_LIMIT_BYTES) {
    limit = Math.floor(limit * 0.9);
    fitted = fitComment(markdown, limit, note);
  }
  return fitted;
}

/** The secrets among the settings, for redaction (the runner masks its log; files are ours to keep clean). */
export function secretsOf(
  settings: Pick<
    Settings,
    "github-token" | "electricity-maps-token" | "watttime-username" | "watttime-password"
  >,
): string[] {
  const user = settings["watttime-username"];
  const password = settings["watttime-password"];
  return [
    settings["github-token"],
    settings["electricity-maps-token"],
    password,
    user && password ? `${user}:${password}` : undefined,
  ].filter((s): s is string => typeof s === "string" && s.length > 0);
}

/** Every string in a JSON-shaped value with the secrets replaced. */
export function redactDeep<T>(value: T, redactor: Redactor): T {
  if (typeof value === "string") return redactor.redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redactor)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redactor.redact(k), redactDeep(v, redactor)]),
    ) as T;
  }
  return value;
}

export async function runAction(
  settings: Settings,
  rawIo: ActionIo,
  where: ActionEnvironment,
): Promise<void> {
  const mode = settings.mode;
  // Messages from GitHub or a provider (a proxy, a GHES server) could quote a token back.
  const redactor = new Redactor(secretsOf(settings));
  const io: ActionIo = {
    ...rawIo,
    info: (m) => rawIo.info(redactor.redact(m)),
    warning: (m) => rawIo.warning(redactor.redact(m)),
    setFailed: (m) => rawIo.setFailed(redactor.redact(m)),
  };
  const context = await contextFor(mode, where.env, io);
  const token = settings["github-token"];
  const client =
    context && token
      ? createGitHubClient({ token, apiUrl: context.apiUrl, version: where.version })
      : undefined;
  const needs = (what: string) => {
    if (!context) throw new UsageError(`${what} needs the GitHub Actions context (GITHUB_REPOSITORY)`);
    if (!client) throw new UsageError(`${what} needs a github-token`);
    return { context, client };
  };

  // 1. The head report and the pull request it belongs to.
  let head: Report;
  let pullRequest: PullRequestRef | undefined = context?.pullRequest;
  let workflowId: number | undefined;
  if (mode === "report") {
    head = await runReport(
      runConfigFrom({ ...settings, baseline: "none" }, { cwd: where.workspace, version: where.version }),
    );
  } else if (mode === "aggregate") {
    head = await aggregate(settings, where, io, () => needs("mode aggregate without reports"));
  } else {
    const { context: ctx, client: gh } = needs("mode comment");
    const run = ctx.triggeringRun;
    if (!run) {
      throw new UsageError(
        `mode comment runs in a workflow triggered by workflow_run (this event is ${ctx.eventName || "unknown"})`,
      );
    }
    const name = settings["report-artifact"];
    const [artifact] = (await listRunArtifacts(gh, ctx.repository, run.id, { name })).filter(
      (a) => a.name === name && !a.expired,
    );
    if (!artifact) {
      throw new UsageError(
        `the triggering run ${run.id} has no artifact named "${name}": upload the report with actions/upload-artifact under that name (report-artifact)`,
      );
    }
    head = (await readReportArtifact(gh, ctx.repository, artifact)).report;
    pullRequest = await pullRequestForRun(gh, ctx.repository, run);
    workflowId = run.workflowId;
    if (!pullRequest) {
      io.info(
        `The triggering run ${run.id} (${run.headSha.slice(0, 7)}) belongs to no open pull request: no comment.`,
      );
    }
  }

  // 2. The baseline.
  const { base, note } = await baselineFor(settings, where, io, {
    context,
    client,
    pullRequest,
    workflowId,
  });
  const report = parseReport(
    redactDeep(applyBaseline(head, base, budgetLimitsFrom(settings), note), redactor),
  );

  // 3. Files, outputs, summary, comment; failures last, so the reader always gets the report.
  const reportPath = resolve(where.workspace, settings["report-path"] ?? "gridprint-report.json");
  await writeOutputFile(
    reportPath,
    settings["report-path"] ?? "gridprint-report.json",
    `${JSON.stringify(report, null, 2)}\n`,
    where.workspace,
  );
  const markdown = renderMarkdown(report);
  const markdownPath = settings["markdown-path"];
  if (markdownPath) {
    await writeOutputFile(resolve(where.workspace, markdownPath), markdownPath, markdown, where.workspace);
  }
  for (const warning of report.warnings) io.warning(warning);
  setOutputs(io, report, reportPath);
  await io.writeSummary(fitSummary(markdown));

  let commentUrl = "";
  if (settings.comment && pullRequest && context) {
    if (!client) io.warning("No comment: github-token is empty.");
    else commentUrl = (await postComment(client, context, pullRequest, settings, markdown, io)) ?? "";
  } else if (settings.comment && mode !== "comment") {
    io.info(`No pull request in this ${context?.eventName || "run"}: the report is in the job summary only.`);
  }
  io.setOutput("comment-url", commentUrl);

  const degraded = report.intensity.degraded ?? [];
  const broken = report.budget.checks.filter((c) => !c.passed);
  const failures: string[] = [];
  if (broken.length > 0) failures.push(`Carbon budget broken: ${broken.map((c) => c.message).join("; ")}`);
  if (degraded.length > 0) {
    const text = `Intensity degraded (${report.intensity.quality}): ${degraded.join("; ")}`;
    if (settings["on-degraded"] === "fail") failures.push(`${text} (on-degraded: fail)`);
    else io.warning(text);
  }
  if (failures.length > 0) io.setFailed(failures.join("\n"));
}

async function contextFor(
  mode: Settings["mode"],
  env: NodeJS.ProcessEnv,
  io: ActionIo,
): Promise<ActionContext | undefined> {
  if (!env.GITHUB_REPOSITORY && mode === "report") {
    io.info("Not running in GitHub Actions (no GITHUB_REPOSITORY): no comment and no base-branch lookup.");
    return undefined;
  }
  return readActionContext(env);
}

async function aggregate(
  settings: Settings,
  where: ActionEnvironment,
  io: ActionIo,
  github: () => { context: ActionContext; client: GitHubClient },
): Promise<Report> {
  const parts: LabelledReport[] = [];
  if (settings.reports.length > 0) {
    for (const file of await expandTracePatterns(settings.reports, where.workspace, "reports")) {
      parts.push({
        label: file,
        report: await readReportFile(resolve(where.workspace, file), file, where.workspace),
      });
    }
  } else {
    const { context, client } = github();
    if (!context.runId) throw new UsageError("mode aggregate without reports needs GITHUB_RUN_ID");
    const prefix = `${settings["report-artifact"]}-`;
    const artifacts = await listRunArtifacts(client, context.repository, context.runId, { prefix });
    if (artifacts.length === 0) {
      throw new UsageError(
        `mode aggregate: this run has no artifacts named ${prefix}*; upload each node's report under such a name, or give reports`,
      );
    }
    for (const a of artifacts.sort((x, y) => x.name.localeCompare(y.name))) {
      if (a.expired) throw new UsageError(`mode aggregate: artifact "${a.name}" has expired`);
      parts.push({ label: a.name, report: (await readReportArtifact(client, context.repository, a)).report });
    }
  }
  const merged = mergeReports(parts, { version: where.version, now: where.now ?? new Date() });
  io.info(describeMerge(parts));
  return { ...merged, merged: { reports: parts.map((p) => p.label), summary: describeMerge(parts) } };
}

async function baselineFor(
  settings: Settings,
  where: ActionEnvironment,
  io: ActionIo,
  gh: {
    context: ActionContext | undefined;
    client: GitHubClient | undefined;
    pullRequest: PullRequestRef | undefined;
    workflowId: number | undefined;
  },
): Promise<{ base?: BaseReport; note?: string }> {
  const choice = settings.baseline;
  if (choice === "none") return {};
  if (typeof choice === "object") {
    return {
      base: {
        report: await readReportFile(resolve(where.workspace, choice.path), choice.path, where.workspace),
        label: choice.path,
      },
    };
  }
  // auto: a pull request compares with its base branch; anything else has nothing to compare with.
  const { context, client, pullRequest } = gh;
  if (!pullRequest || !context) return {};
  if (!client)
    return {
      note: "No baseline: github-token is empty, so the base branch's report could not be looked up.",
    };
  try {
    const workflowId =
      gh.workflowId ??
      (context.runId ? await workflowIdOfRun(client, context.repository, context.runId) : undefined);
    if (workflowId === undefined) return { note: "No baseline: GITHUB_RUN_ID is not set." };
    const found = await findBaseReport(client, {
      repo: context.repository,
      workflowId,
      baseBranch: pullRequest.baseRef,
      artifactName: settings["report-artifact"],
    });
    for (const step of found.steps) io.info(`baseline: ${step}`);
    return found.base ? { base: found.base } : { note: found.note };
  } catch (error) {
    if (
      error instanceof ArtifactError ||
      (typeof error === "object" && error !== null && "status" in error)
    ) {
      const text = `No baseline: the base branch's report could not be looked up (${messageOf(error)}). The token needs actions: read.`;
      io.warning(text);
      return { note: text };
    }
    throw error;
  }
}

async function postComment(
  client: GitHubClient,
  context: ActionContext,
  pullRequest: PullRequestRef,
  settings: Settings,
  markdown: string,
  io: ActionIo,
): Promise<string | undefined> {
  try {
    const result = await upsertStickyComment({
      octokit: client.octokit,
      ...context.repository,
      issueNumber: pullRequest.number,
      key: settings["comment-key"],
      body: markdown,
      retry: client.retry,
    });
    io.info(`Pull request #${pullRequest.number}: comment ${result.action} (${result.url}).`);
    if (result.duplicates.length > 0) {
      io.info(`Older duplicate gridprint comments left alone: ${result.duplicates.join(", ")}.`);
    }
    return result.url;
  } catch (error) {
    if (error instanceof CommentForbiddenError) io.warning(error.message);
    else if (typeof error === "object" && error !== null && ("status" in error || error instanceof Error)) {
      io.warning(
        `Could not write the pull-request comment (${messageOf(error)}); the report is in the job summary and report.json.`,
      );
    } else throw error;
    return undefined;
  }
}

function setOutputs(io: ActionIo, report: Report, reportPath: string): void {
  const c = report.comparison;
  io.setOutput("energy-kwh", String(report.totals.energyKwh));
  io.setOutput("emissions-g", String(report.totals.emissionsG));
  io.setOutput("naive-emissions-g", String(report.totals.naiveEmissionsG));
  io.setOutput("baseline-emissions-g", c ? String(c.base.emissionsG) : "");
  io.setOutput("delta-percent", c?.emissionsDeltaPercent != null ? String(c.emissionsDeltaPercent) : "");
  io.setOutput("energy-delta-percent", c?.energyDeltaPercent != null ? String(c.energyDeltaPercent) : "");
  io.setOutput("over-budget", String(!report.budget.passed));
  io.setOutput("intensity-quality", report.intensity.quality);
  io.setOutput("degraded", String((report.intensity.degraded ?? []).length > 0));
  io.setOutput("report-path", reportPath);
  io.setOutput("model-card", modelCardYaml(report));
}
