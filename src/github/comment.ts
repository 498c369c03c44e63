/**
 * One sticky pull-request comment per comment key, through GitHub's REST issue-comment endpoints:
 * found by a hidden marker on its first line AND by its author, created once, then updated in place.
 */
import type { Octokit } from "@octokit/rest";
import {
  isRetryableServerError,
  messageOf,
  type RetryOptions,
  type SettledRetry,
  settle,
  statusOf,
  withRetries,
} from "./retry.js";
import { defaultCutNote, fitComment, GITHUB_COMMENT_LIMIT } from "./truncate.js";

export { GitHubRateLimitError, type RetryOptions } from "./retry.js";

/** The default author of our comments: the workflow's GITHUB_TOKEN posts as this bot. */
export const GITHUB_ACTIONS_BOT = "github-actions[bot]";

export interface UpsertStickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The pull request's (or issue's) number. */
  issueNumber: number;
  /** Several gridprint steps on one PR each keep their own comment; sanitised to [A-Za-z0-9._-]. */
  key?: string;
  /** The Markdown report, without the marker (added here). Cut to fit GitHub's limit if needed. */
  body: string;
  /** Whose comments count as ours (case-insensitive). Default: github-actions[bot]. */
  botLogin?: string;
  retry?: RetryOptions;
}

export interface UpsertStickyCommentResult {
  action: "created" | "updated" | "unchanged";
  url: string;
  id: number;
  /** Further comments of ours with the same marker (left by older runs); left alone. */
  duplicates: number[];
}

/** Creating or updating the comment was refused (403): typically a read-only token on a fork PR. */
export class CommentForbiddenError extends Error {
  override readonly name = "CommentForbiddenError";
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(
      `GitHub refused to write the pull-request comment (HTTP ${status}${detail ? `: ${detail}` : ""}). ` +
        "The token is read-only here; this is what GitHub does for pull requests from forks and from Dependabot. " +
        "The job summary and outputs still carry the report. To get the comment, do not switch to " +
        "pull_request_target (it runs the fork's code with a write token); instead run gridprint with " +
        "mode: comment in a separate workflow triggered by workflow_run, with permissions " +
        "pull-requests: write, which takes the report artifact of the pull_request run. " +
        "Or accept the summary only. Otherwise give the job `permissions: pull-requests: write`.",
    );
  }
}

/** Keeps [A-Za-z0-9._-], replaces anything else by "-", at most 100 characters; empty → "default". */
export function sanitizeCommentKey(key: string | undefined): string {
  const clean = (key ?? "")
    .trim()
    .replace(/[^A-Za-z0-9._-]/g, "-")
    .slice(0, 100);
  return clean === "" ? "default" : clean;
}

/** The hidden first line that identifies our comment for this key. */
export function commentMarker(key?: string): string {
  return `<!-- gridprint:comment key=${sanitizeCommentKey(key)} -->`;
}

/** The full comment body: marker, newline, then the report cut so that the whole stays within the limit. */
export function stickyCommentBody(body: string, key?: string): string {
  const marker = commentMarker(key);
  return `${marker}\n${fitComment(body, GITHUB_COMMENT_LIMIT - marker.length - 1, defaultCutNote(GITHUB_COMMENT_LIMIT))}`;
}

/**
 * The login of the token's user through GET /user (for a personal access token or an app user
 * token), or undefined when the token may not read it (the workflow's GITHUB_TOKEN gets 403):
 * then pass nothing as botLogin and the default github-actions[bot] applies.
 */
export async function tokenLogin(octokit: Octokit, retry: RetryOptions = {}): Promise<string | undefined> {
  try {
    const { data } = await withRetries(() => octokit.rest.users.getAuthenticated(), settle(retry));
    return data.login;
  } catch (e) {
    const status = statusOf(e);
    if (status === 401 || status === 403 || status === 404) return undefined;
    throw e;
  }
}

export async function upsertStickyComment(
  options: UpsertStickyCommentOptions,
): Promise<UpsertStickyCommentResult> {
  const { octokit, owner, repo, issueNumber } = options;
  const retry = settle(options.retry);
  const marker = commentMarker(options.key);
  const author = (options.botLogin ?? GITHUB_ACTIONS_BOT).toLowerCase();
  const body = stickyCommentBody(options.body, options.key);

  // A create that failed with 5xx may still have created the comment; so a retried create starts
  // over from the listing, which then finds it, instead of posting twice.
  for (let attempt = 1; ; attempt++) {
    const ours = await findOurComments(octokit, owner, repo, issueNumber, marker, author, retry);
    const [first, ...rest] = ours;
    const duplicates = rest.map((c) => c.id);
    try {
      if (first !== undefined) {
        if (normalizeNewlines(first.body ?? "") === normalizeNewlines(body)) {
          return { action: "unchanged", url: first.html_url, id: first.id, duplicates };
        }
        const { data } = await withRetries(
          () => octokit.rest.issues.updateComment({ owner, repo, comment_id: first.id, body }),
          retry,
        );
        return { action: "updated", url: data.html_url, id: data.id, duplicates };
      }
      const { data } = await withRetries(
        () => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
        { ...retry, retryServerErrors: false },
      );
      return { action: "created", url: data.html_url, id: data.id, duplicates };
    } catch (e) {
      const status = statusOf(e);
      if (status === 403) throw new CommentForbiddenError(status, messageOf(e));
      if (first === undefined && isRetryableServerError(status) && attempt < retry.attempts) {
        await retry.sleep(retry.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw e;
    }
  }
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

/** Every comment of `author` whose first line is `marker`, oldest first, reading every page. */
async function findOurComments(
  octokit: Octokit,
  owner: string,
  repo: string,
  issueNumber: number,
  marker: string,
  author: string,
  retry: SettledRetry,
): Promise<ListedComment[]> {
  const route = octokit.rest.issues.listComments;
  // Each page request goes through the same bounded retries; paginate follows the Link headers.
  const retrying = Object.assign(
    (params: Parameters<typeof route>[0]) => withRetries(() => route(params), retry),
    { endpoint: route.endpoint },
  ) as unknown as typeof route;
  const found: ListedComment[] = [];
  for await (const page of octokit.paginate.iterator(retrying, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (c.user?.login.toLowerCase() !== author) continue;
      const firstLine = (c.body ?? "").split("\n", 1)[0]?.trim();
      if (firstLine === marker) found.push(c);
    }
  }
  return found;
}

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n/g, "\n");
}
