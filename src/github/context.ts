/**
 * What the runner tells a step about where it runs: repository, run, event and its payload. Read
 * from the environment and the event file only, validated, with nothing taken on trust that a
 * pull request's author could set (numbers come from GitHub's own payload or its API).
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { UsageError } from "../errors.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef {
  number: number;
  baseRef: string;
  headSha: string;
  /** owner/name of the head repository; differs from the base repository for a fork. */
  headRepo: string | undefined;
}

/** The run that triggered a workflow_run workflow (mode comment). */
export interface TriggeringRun {
  id: number;
  workflowId: number;
  event: string;
  headSha: string;
  headBranch: string | undefined;
  headRepo: string | undefined;
  conclusion: string | null;
}

export interface ActionContext {
  eventName: string;
  repository: RepoRef;
  /** owner/name */
  fullName: string;
  runId: number | undefined;
  apiUrl: string;
  serverUrl: string;
  sha: string | undefined;
  pullRequest: PullRequestRef | undefined;
  triggeringRun: TriggeringRun | undefined;
}

const PullRequestPayload = z.object({
  number: z.number().int().positive(),
  base: z.object({ ref: z.string().min(1) }),
  head: z.object({
    sha: z.string().regex(/^[0-9a-f]{40}$/),
    repo: z.object({ full_name: z.string() }).nullable().optional(),
  }),
});

const WorkflowRunPayload = z.object({
  id: z.number().int().positive(),
  workflow_id: z.number().int().positive(),
  event: z.string(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/),
  head_branch: z.string().nullable().optional(),
  head_repository: z.object({ full_name: z.string() }).nullable().optional(),
  conclusion: z.string().nullable().optional(),
});

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

export async function readActionContext(env: NodeJS.ProcessEnv = process.env): Promise<ActionContext> {
  const fullName = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...extra] = fullName.split("/");
  if (!owner || !repo || extra.length > 0) {
    throw new UsageError(
      `GITHUB_REPOSITORY is "${fullName}", expected owner/name: is this running as a GitHub Actions step?`,
    );
  }
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const runId = /^\d{1,16}$/.test(env.GITHUB_RUN_ID ?? "") ? Number(env.GITHUB_RUN_ID) : Number.NaN;

  let pullRequest: PullRequestRef | undefined;
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = PullRequestPayload.safeParse((payload as { pull_request?: unknown }).pull_request);
    if (!pr.success) {
      throw new UsageError(
        `the ${eventName} event payload has no usable pull_request (number, base.ref, head.sha)`,
      );
    }
    pullRequest = {
      number: pr.data.number,
      baseRef: pr.data.base.ref,
      headSha: pr.data.head.sha,
      headRepo: pr.data.head.repo?.full_name,
    };
  }
  let triggeringRun: TriggeringRun | undefined;
  if (eventName === "workflow_run") {
    const run = WorkflowRunPayload.safeParse((payload as { workflow_run?: unknown }).workflow_run);
    if (!run.success) {
      throw new UsageError(
        "the workflow_run event payload has no usable workflow_run (id, workflow_id, event, head_sha)",
      );
    }
    triggeringRun = {
      id: run.data.id,
      workflowId: run.data.workflow_id,
      event: run.data.event,
      headSha: run.data.head_sha,
      headBranch: run.data.head_branch ?? undefined,
      headRepo: run.data.head_repository?.full_name,
      conclusion: run.data.conclusion ?? null,
    };
  }
  return {
    eventName,
    repository: { owner, repo },
    fullName,
    runId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    sha: env.GITHUB_SHA || undefined,
    pullRequest,
    triggeringRun,
  };
}

async function readEventPayload(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  try {
    const data: unknown = JSON.parse(await readFile(path, "utf8"));
    return typeof data === "object" && data !== null ? data : {};
  } catch (error) {
    throw new UsageError(
      `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
    );
  }
}
