/**
 * The pull request a workflow run was for, found through the API from the run's head commit
 * (mode comment). Never from anything inside the run's artifact: a fork's workflow writes that and
 * could name any pull request.
 */
import type { GitHubClient } from "./client.js";
import type { PullRequestRef, RepoRef, TriggeringRun } from "./context.js";
import { withRetries } from "./retry.js";

interface ListedPull {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { ref: string };
}

export async function pullRequestForRun(
  client: GitHubClient,
  repo: RepoRef,
  run: TriggeringRun,
): Promise<PullRequestRef | undefined> {
  const matches = (pulls: readonly ListedPull[]) =>
    pulls.filter((p) => p.state === "open" && p.head.sha === run.headSha);
  let found: ListedPull[] = [];
  // By head branch first: this finds fork pull requests, whose commits the base repository's
  // commit endpoints may not know.
  const headOwner = run.headRepo?.split("/")[0];
  if (headOwner && run.headBranch) {
    const { data } = await withRetries(
      () =>
        client.octokit.rest.pulls.list({
          ...repo,
          state: "open",
          head: `${headOwner}:${run.headBranch}`,
          per_page: 100,
        }),
      client.retry,
    );
    found = matches(data);
  }
  if (found.length === 0) {
    const { data } = await withRetries(
      () =>
        client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo,
          commit_sha: run.headSha,
          per_page: 100,
        }),
      client.retry,
    );
    found = matches(data);
  }
  const pr = found[0];
  if (!pr) return undefined;
  return { number: pr.number, baseRef: pr.base.ref, headSha: pr.head.sha, headRepo: pr.head.repo?.full_name };
}
