/** One authenticated REST client for a step: octokit for JSON calls, the raw token for downloads. */
import { Octokit } from "@octokit/rest";
import { type RetryOptions, type SettledRetry, settle } from "./retry.js";

export interface GitHubClient {
  octokit: Octokit;
  token: string;
  /** e.g. https://api.github.com (GITHUB_API_URL on GitHub Enterprise). */
  apiUrl: string;
  userAgent: string;
  retry: SettledRetry;
}

export const GITHUB_API_VERSION = "2022-11-28";

export function createGitHubClient(options: {
  token: string;
  apiUrl: string;
  version: string;
  retry?: RetryOptions;
}): GitHubClient {
  const userAgent = `gridprint/${options.version}`;
  return {
    octokit: new Octokit({
      auth: options.token,
      baseUrl: options.apiUrl,
      userAgent,
      headers: { "x-github-api-version": GITHUB_API_VERSION },
      // Requests are logged by nobody: octokit's default logger would print warnings to stdout.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    }),
    token: options.token,
    apiUrl: options.apiUrl,
    userAgent,
    retry: settle(options.retry),
  };
}
