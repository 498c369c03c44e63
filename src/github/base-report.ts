/**
 * The base branch's report for a pull request: the report artifact of the latest successful push
 * run of the same workflow on the base branch, walking back over a few runs when the newest has
 * none, it expired or it is unusable. Only runs of this repository count: a fork can name a branch
 * main too, and its runs must never become our baseline.
 */
import type { BaseReport } from "../report/baseline.js";
import { ArtifactError, listRunArtifacts, readReportArtifact } from "./artifacts.js";
import type { GitHubClient } from "./client.js";
import type { RepoRef } from "./context.js";
import { messageOf, withRetries } from "./retry.js";

export interface BaseReportSearch {
  repo: RepoRef;
  workflowId: number;
  baseBranch: string;
  artifactName: string;
  /** Eligible runs tried before giving up (default 5). */
  maxRuns?: number;
}

export interface BaseReportResult {
  base?: BaseReport;
  /** Why there is none, for the comment; undefined when found. */
  note?: string;
  /** What was tried, run by run, for the log. */
  steps: string[];
}

export const DEFAULT_BASE_RUNS = 5;

/** The workflow a run belongs to. */
export async function workflowIdOfRun(client: GitHubClient, repo: RepoRef, runId: number): Promise<number> {
  const { data } = await withRetries(
    () => client.octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId }),
    client.retry,
  );
  return data.workflow_id;
}

export async function findBaseReport(
  client: GitHubClient,
  search: BaseReportSearch,
): Promise<BaseReportResult> {
  const { repo, baseBranch, artifactName } = search;
  const maxRuns = search.maxRuns ?? DEFAULT_BASE_RUNS;
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  const steps: string[] = [];
  const { data } = await withRetries(
    () =>
      client.octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: search.workflowId,
        branch: baseBranch,
        event: "push",
        status: "success",
        exclude_pull_requests: true,
        per_page: 30,
      }),
    client.retry,
  );
  const ours = data.workflow_runs.filter((run) => {
    const mine = run.head_repository?.full_name?.toLowerCase() === fullName && run.head_branch === baseBranch;
    if (!mine)
      steps.push(
        `run ${run.id}: skipped, its head is ${run.head_repository?.full_name ?? "unknown"}:${run.head_branch ?? "?"}`,
      );
    return mine;
  });
  for (const run of ours.slice(0, maxRuns)) {
    const short = run.head_sha.slice(0, 7);
    const label = `run ${run.run_number ?? run.id} of ${baseBranch} (${short})`;
    try {
      const artifacts = (await listRunArtifacts(client, repo, run.id, { name: artifactName })).filter(
        (a) => a.name === artifactName,
      );
      const live = artifacts.find((a) => !a.expired);
      if (!live) {
        steps.push(
          `${label}: ${artifacts.length > 0 ? `artifact "${artifactName}" expired` : `no artifact "${artifactName}"`}`,
        );
        continue;
      }
      const { report } = await readReportArtifact(client, repo, live);
      steps.push(`${label}: report found in artifact "${artifactName}"`);
      return {
        base: {
          report,
          label,
          run: {
            id: run.id,
            url: run.html_url,
            sha: run.head_sha,
            branch: baseBranch,
            artifact: artifactName,
            createdAt: run.created_at,
          },
        },
        steps,
      };
    } catch (error) {
      if (!(error instanceof ArtifactError)) throw error;
      steps.push(`${label}: ${messageOf(error)}`);
    }
  }
  const tried = ours.length === 0 ? "" : ` (${steps.slice(-Math.min(ours.length, maxRuns)).join("; ")})`;
  return {
    note:
      ours.length === 0
        ? `No baseline: no successful push run of this workflow on ${baseBranch} yet. It appears once ${baseBranch} has run this workflow with the report uploaded as artifact "${artifactName}".`
        : `No baseline: none of the last ${Math.min(ours.length, maxRuns)} successful push run(s) on ${baseBranch} left a usable artifact "${artifactName}"${tried}.`,
    steps,
  };
}
