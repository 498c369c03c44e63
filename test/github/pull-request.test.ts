import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import type { TriggeringRun } from "../../src/github/context.js";
import { pullRequestForRun } from "../../src/github/pull-request.js";
import { type AddPullInput, FakeGitHub } from "./fake-github.js";

const OWNER = "acme";
const NAME = "train";
const FULL = `${OWNER}/${NAME}`;
const REPO = { owner: OWNER, repo: NAME };
const FORK = "contrib/train";
const TOKEN = "ghs_pullRequestTestToken1";
const SHA = "b".repeat(40);
const MOVED = "d".repeat(40);

let fake: FakeGitHub;
let client: GitHubClient;
let sleeps: number[];

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: TOKEN });
  fake.addRepo({ owner: OWNER, name: NAME });
  sleeps = [];
  client = createGitHubClient({
    token: TOKEN,
    apiUrl: fake.apiUrl,
    version: "test",
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      backoffMs: 1,
    },
  });
});

afterEach(async () => {
  expect(fake.openApiProblems()).toEqual([]);
  await fake.close();
});

function run(over: Partial<TriggeringRun> = {}): TriggeringRun {
  return {
    id: 15_000_000_099,
    workflowId: 1001,
    event: "pull_request",
    headSha: SHA,
    headBranch: "feature",
    headRepo: FORK,
    conclusion: "success",
    ...over,
  };
}

function pull(over: Partial<AddPullInput> & { number: number }): void {
  fake.addPull(FULL, { headSha: SHA, headRef: "feature", headRepo: FORK, baseRef: "main", ...over });
}

/** The API calls made, as "pulls?head=..." or "commits/<sha>/pulls". */
function calls(): string[] {
  return fake.requests.map((r) => {
    const url = new URL(r.url, fake.apiUrl);
    if (url.pathname === `/repos/${FULL}/pulls`) {
      return `pulls?${["state", "head", "per_page"].map((k) => `${k}=${url.searchParams.get(k)}`).join("&")}`;
    }
    return url.pathname.replace(`/repos/${FULL}/`, "");
  });
}

describe("pullRequestForRun", () => {
  it("finds a fork's pull request by head owner:branch, without the commit endpoint", async () => {
    // A pull request of the base repository from a branch of the same name, at another commit.
    pull({ number: 3, headRepo: FULL, headSha: MOVED });
    pull({ number: 7 });
    const pr = await pullRequestForRun(client, REPO, run());
    expect(pr).toEqual({ number: 7, baseRef: "main", headSha: SHA, headRepo: FORK });
    expect(calls()).toEqual(["pulls?state=open&head=contrib:feature&per_page=100"]);
  });

  it("finds a same-repository pull request by head branch too", async () => {
    pull({ number: 4, headRepo: FULL, baseRef: "develop" });
    const pr = await pullRequestForRun(client, REPO, run({ headRepo: FULL }));
    expect(pr).toEqual({ number: 4, baseRef: "develop", headSha: SHA, headRepo: FULL });
    expect(calls()).toEqual(["pulls?state=open&head=acme:feature&per_page=100"]);
  });

  it("finds a same-repository pull request through the commit when no head branch is known", async () => {
    pull({ number: 5, headRepo: FULL });
    const pr = await pullRequestForRun(client, REPO, run({ headRepo: FULL, headBranch: undefined }));
    expect(pr).toEqual({ number: 5, baseRef: "main", headSha: SHA, headRepo: FULL });
    expect(calls()).toEqual([`commits/${SHA}/pulls`]);
    expect(new URL(fake.requests[0]?.url ?? "", fake.apiUrl).searchParams.get("per_page")).toBe("100");
  });

  it("goes to the commit endpoint when the head repository is unknown", async () => {
    pull({ number: 6 });
    const pr = await pullRequestForRun(client, REPO, run({ headRepo: undefined }));
    expect(pr?.number).toBe(6);
    expect(calls()).toEqual([`commits/${SHA}/pulls`]);
  });

  it("falls back to the commit endpoint when the head branch lists no match", async () => {
    pull({ number: 8, headRef: "renamed" });
    const pr = await pullRequestForRun(client, REPO, run());
    expect(pr?.number).toBe(8);
    expect(calls()).toEqual(["pulls?state=open&head=contrib:feature&per_page=100", `commits/${SHA}/pulls`]);
  });

  it("does not return a pull request whose head moved on to another commit", async () => {
    pull({ number: 9, headSha: MOVED });
    // The head branch lists it; its sha is not the run's, so the commit endpoint is asked too.
    const listed = await client.octokit.rest.pulls.list({ ...REPO, head: "contrib:feature" });
    expect(listed.data.map((p) => p.number)).toEqual([9]);
    fake.requests.length = 0;

    expect(await pullRequestForRun(client, REPO, run())).toBeUndefined();
    expect(calls()).toEqual(["pulls?state=open&head=contrib:feature&per_page=100", `commits/${SHA}/pulls`]);
  });

  it("ignores closed pull requests, merged ones the commit endpoint lists included", async () => {
    pull({ number: 10, headRepo: FULL, state: "closed", merged: true });
    pull({ number: 11, state: "closed" });
    const viaCommit = await client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...REPO,
      commit_sha: SHA,
    });
    expect(viaCommit.data.map((p) => [p.number, p.state])).toEqual([[10, "closed"]]);

    expect(await pullRequestForRun(client, REPO, run())).toBeUndefined();
    expect(await pullRequestForRun(client, REPO, run({ headRepo: FULL }))).toBeUndefined();
    expect(await pullRequestForRun(client, REPO, run({ headBranch: undefined }))).toBeUndefined();
  });

  it("takes the open pull request when a closed one had the same head", async () => {
    pull({ number: 12, state: "closed" });
    pull({ number: 13 });
    expect((await pullRequestForRun(client, REPO, run()))?.number).toBe(13);
  });

  it("gives undefined when no pull request has the run's commit", async () => {
    expect(await pullRequestForRun(client, REPO, run())).toBeUndefined();
    expect(await pullRequestForRun(client, REPO, run({ headBranch: undefined, headRepo: undefined }))).toBe(
      undefined,
    );
    expect(calls()).toEqual([
      "pulls?state=open&head=contrib:feature&per_page=100",
      `commits/${SHA}/pulls`,
      `commits/${SHA}/pulls`,
    ]);
  });

  it("matches the commit endpoint's pull requests by sha alone, whatever their head repository", async () => {
    pull({ number: 14, headRepo: "mallory/train" });
    // By owner:branch nothing matches (another owner); the commit endpoint lists it (same sha).
    const pr = await pullRequestForRun(client, REPO, run());
    expect(calls()).toEqual(["pulls?state=open&head=contrib:feature&per_page=100", `commits/${SHA}/pulls`]);
    expect(pr).toEqual({ number: 14, baseRef: "main", headSha: SHA, headRepo: "mallory/train" });
  });

  it("retries a 5xx while listing", async () => {
    pull({ number: 15 });
    fake.fault((r) => r.path === `/repos/${FULL}/pulls`, { status: 502, body: "Bad Gateway" });
    expect((await pullRequestForRun(client, REPO, run()))?.number).toBe(15);
    expect(sleeps).toEqual([1]);
  });
});
