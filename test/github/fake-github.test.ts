import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "./fake-github.js";

const OWNER = "acme";
const REPO = "train";
const FULL = `${OWNER}/${REPO}`;
const TOKEN = "t0ken";
const WF = 101;

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

let fake: FakeGitHub;
let octokit: Octokit;

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: TOKEN });
  fake.addRepo({ owner: OWNER, name: REPO, id: 4242 });
  fake.addWorkflow(FULL, { id: WF, path: ".github/workflows/train.yml", name: "Train" });
  octokit = new Octokit({ auth: TOKEN, baseUrl: fake.apiUrl, log: quiet });
});

afterEach(async () => {
  await fake.close();
});

interface Failure {
  status: number;
  response: { data: unknown; headers: Record<string, string | number | undefined> };
}

/** The error a request failed with (Octokit's RequestError); fails the test if it succeeded. */
async function failure(p: Promise<unknown>): Promise<Failure> {
  try {
    await p;
  } catch (e) {
    return e as Failure;
  }
  throw new Error("expected the request to fail");
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

function addRuns() {
  const run = (over: Partial<Parameters<FakeGitHub["addRun"]>[1]> & { createdAt: string }) =>
    fake.addRun(FULL, {
      workflowId: WF,
      headBranch: "main",
      headSha: "a".repeat(40),
      event: "push",
      conclusion: "success",
      ...over,
    });
  const oldMain = run({ createdAt: "2025-06-01T10:00:00Z", headSha: "1".repeat(40) });
  const failed = run({ createdAt: "2025-06-01T11:00:00Z", conclusion: "failure" });
  const fork = run({
    createdAt: "2025-06-01T12:00:00Z",
    headBranch: "feature",
    headSha: "f".repeat(40),
    event: "pull_request",
    headRepository: "contrib/train",
  });
  const newMain = run({ createdAt: "2025-06-01T13:00:00Z", headSha: "2".repeat(40), pullRequests: [3] });
  const running = run({ createdAt: "2025-06-01T14:00:00Z", conclusion: null });
  return { oldMain, failed, fork, newMain, running };
}

describe("FakeGitHub workflow runs", () => {
  it("lists runs with filters, newest first, fork runs with their head_repository", async () => {
    const ids = addRuns();
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: WF,
      branch: "main",
      event: "push",
      status: "success",
      per_page: 10,
    });
    expect(data.total_count).toBe(2);
    expect(data.workflow_runs.map((r) => r.id)).toEqual([ids.newMain, ids.oldMain]);
    expect(data.workflow_runs[0]?.pull_requests?.[0]?.number).toBe(3);
    expect(data.workflow_runs[0]?.repository.full_name).toBe(FULL);

    const byFile = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: "train.yml",
      event: "pull_request",
    });
    expect(byFile.data.workflow_runs.map((r) => r.id)).toEqual([ids.fork]);
    const forkRun = byFile.data.workflow_runs[0];
    expect(forkRun?.head_repository.full_name).toBe("contrib/train");
    expect(forkRun?.head_repository.fork).toBe(true);
    expect(forkRun?.repository.full_name).toBe(FULL);
    expect(forkRun?.head_branch).toBe("feature");

    const bySha = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: WF,
      head_sha: "2".repeat(40),
      exclude_pull_requests: true,
    });
    expect(bySha.data.workflow_runs.map((r) => [r.id, r.pull_requests])).toEqual([[ids.newMain, []]]);

    const inProgress = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: WF,
      status: "in_progress",
    });
    expect(inProgress.data.workflow_runs.map((r) => [r.id, r.status, r.conclusion])).toEqual([
      [ids.running, "in_progress", null],
    ]);

    const page2 = await octokit.rest.actions.listWorkflowRuns({
      owner: OWNER,
      repo: REPO,
      workflow_id: WF,
      per_page: 2,
      page: 2,
    });
    expect(page2.data.total_count).toBe(5);
    expect(page2.data.workflow_runs.map((r) => r.id)).toEqual([ids.fork, ids.failed]);
    expect(page2.headers.link).toContain('rel="next"');

    const one = await octokit.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: ids.fork });
    expect(one.data.head_repository.full_name).toBe("contrib/train");
    expect(await status(octokit.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: 1 }))).toBe(
      404,
    );
    expect(fake.openApiProblems()).toEqual([]);
  });
});

describe("FakeGitHub artifacts", () => {
  it("lists artifacts by name and serves the zip through a 302 to the blob host", async () => {
    const { newMain } = addRuns();
    const zip = Buffer.from("PK\u0003\u0004 not really a zip", "latin1");
    const id = fake.addArtifact(FULL, newMain, { name: "gridprint-report", zip });
    fake.addArtifact(FULL, newMain, { name: "other", zip: Buffer.from("PK") });

    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: newMain,
      name: "gridprint-report",
    });
    expect(data.total_count).toBe(1);
    expect(data.artifacts[0]).toMatchObject({
      id,
      name: "gridprint-report",
      size_in_bytes: zip.length,
      expired: false,
    });
    expect(data.artifacts[0]?.workflow_run?.id).toBe(newMain);
    const all = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: OWNER,
      repo: REPO,
      run_id: newMain,
    });
    expect(all.data.total_count).toBe(2);

    const archive = data.artifacts[0]?.archive_download_url ?? "";
    expect(archive).toBe(`${fake.apiUrl}/repos/${FULL}/actions/artifacts/${id}/zip`);
    const redirect = await fetch(archive, {
      redirect: "manual",
      headers: { authorization: `token ${TOKEN}`, accept: "application/vnd.github+json" },
    });
    expect(redirect.status).toBe(302);
    expect(await redirect.text()).toBe("");
    const location = redirect.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^${fake.blobUrl}/_blobs/[A-Za-z0-9_-]{16,}$`));
    expect(new URL(location).origin).not.toBe(new URL(fake.apiUrl).origin);

    const blob = await fetch(location);
    expect(blob.status).toBe(200);
    expect(blob.headers.get("content-type")).toBe("application/zip");
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(zip);
    expect(fake.blobDownloads).toEqual([
      expect.objectContaining({ artifactId: id, authorization: undefined }),
    ]);

    // Octokit follows the redirect itself; fetch drops the token on the cross-origin hop.
    const viaOctokit = await octokit.rest.actions.downloadArtifact({
      owner: OWNER,
      repo: REPO,
      artifact_id: id,
      archive_format: "zip",
    });
    expect(Buffer.from(viaOctokit.data as ArrayBuffer)).toEqual(zip);
    expect(fake.blobDownloads.map((d) => d.authorization)).toEqual([undefined, undefined]);

    // A client that sends its token to the blob host is recorded (and refused when configured so).
    fake.blobRejectsAuthorization = true;
    const leaky = await fetch(location, { headers: { authorization: `token ${TOKEN}` } });
    expect(leaky.status).toBe(400);
    expect(fake.blobDownloads[2]?.authorization).toBe(`token ${TOKEN}`);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("answers 410 for an expired artifact", async () => {
    const { oldMain } = addRuns();
    const id = fake.addArtifact(FULL, oldMain, { name: "old", zip: Buffer.from("PK"), expired: true });
    const err = await failure(
      octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: id,
        archive_format: "zip",
      }),
    );
    expect(err).toMatchObject({ status: 410, response: { data: { message: "Artifact has expired" } } });
    expect(fake.blobDownloads).toEqual([]);
    expect(fake.openApiProblems()).toEqual([]);
  });
});

describe("FakeGitHub comments", () => {
  it("creates, lists over pages with Link headers, and updates comments", async () => {
    fake.addPull(FULL, {
      number: 7,
      headSha: "f".repeat(40),
      headRef: "feature",
      headRepo: FULL,
      baseRef: "main",
    });
    fake.addComment(FULL, 7, "alice", "first!");
    for (let i = 1; i <= 4; i++) {
      const { data, status: s } = await octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: `report ${i}`,
      });
      expect(s).toBe(201);
      expect(data.user?.login).toBe("github-actions[bot]");
      expect(data.user?.type).toBe("Bot");
      expect(data.html_url).toBe(`https://github.com/${FULL}/pull/7#issuecomment-${data.id}`);
    }

    const first = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      per_page: 2,
    });
    expect(first.data.map((c) => c.body)).toEqual(["first!", "report 1"]);
    const link = first.headers.link ?? "";
    expect(link).toMatch(/<[^>]*[?&]page=2[^>]*>; rel="next"/);
    expect(link).toMatch(/<[^>]*[?&]page=3[^>]*>; rel="last"/);
    expect(link.startsWith(`<${fake.apiUrl}/repos/${FULL}/issues/7/comments?`)).toBe(true);
    const last = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      per_page: 2,
      page: 3,
    });
    expect(last.data.map((c) => c.body)).toEqual(["report 4"]);
    expect(last.headers.link).toMatch(/rel="prev".*rel="first"/);
    expect(last.headers.link).not.toContain('rel="next"');

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(["first!", "report 1", "report 2", "report 3", "report 4"]);
    const pages = fake.requests.filter((r) => r.method === "GET" && r.path.endsWith("/issues/7/comments"));
    expect(pages.length).toBe(2 + 3);

    const target = all[2];
    const updated = await octokit.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: target?.id ?? 0,
      body: "report 2, revised",
    });
    expect(updated.data.body).toBe("report 2, revised");
    expect(updated.data.updated_at > updated.data.created_at).toBe(true);
    expect(fake.comments(FULL, 7).map((c) => [c.login, c.body])).toEqual([
      ["alice", "first!"],
      ["github-actions[bot]", "report 1"],
      ["github-actions[bot]", "report 2, revised"],
      ["github-actions[bot]", "report 3"],
      ["github-actions[bot]", "report 4"],
    ]);
    expect(
      await status(octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: 1, body: "x" })),
    ).toBe(404);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("refuses to write with a read-only token (403)", async () => {
    fake.readOnly = true;
    const id = fake.addComment(FULL, 7, "github-actions[bot]", "old");
    const create = await failure(
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: "x" }),
    );
    expect(create).toMatchObject({
      status: 403,
      response: { data: { message: "Resource not accessible by integration" } },
    });
    expect(
      await status(
        octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: id, body: "x" }),
      ),
    ).toBe(403);
    expect(fake.comments(FULL, 7).map((c) => c.body)).toEqual(["old"]);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("rejects comment bodies over GitHub's 65 536 characters with 422", async () => {
    const err = await failure(
      octokit.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: "x".repeat(65_537),
      }),
    );
    expect(err.status).toBe(422);
    expect(fake.comments(FULL, 7)).toEqual([]);
    expect(fake.openApiProblems()).toEqual([]);
  });
});

describe("FakeGitHub pulls and the user", () => {
  it("lists pull requests by head, base and state, and by commit", async () => {
    fake.addPull(FULL, {
      number: 3,
      headSha: "2".repeat(40),
      headRef: "main-fix",
      headRepo: FULL,
      baseRef: "main",
    });
    fake.addPull(FULL, {
      number: 8,
      headSha: "f".repeat(40),
      headRef: "feature",
      headRepo: "contrib/train",
      baseRef: "main",
    });
    fake.addPull(FULL, {
      number: 9,
      headSha: "e".repeat(40),
      headRef: "feature",
      headRepo: "contrib/train",
      baseRef: "dev",
      state: "closed",
    });
    const fromFork = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, head: "contrib:feature" });
    expect(fromFork.data.map((p) => p.number)).toEqual([8]);
    expect(fromFork.data[0]?.head.repo?.full_name).toBe("contrib/train");
    expect(fromFork.data[0]?.head.repo?.fork).toBe(true);
    expect(fromFork.data[0]?.head.label).toBe("contrib:feature");
    expect(fromFork.data[0]?.base.repo.full_name).toBe(FULL);

    const all = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, state: "all" });
    expect(all.data.map((p) => p.number)).toEqual([9, 8, 3]);
    const dev = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, state: "closed", base: "dev" });
    expect(dev.data.map((p) => p.number)).toEqual([9]);
    const paged = await octokit.rest.pulls.list({ owner: OWNER, repo: REPO, per_page: 1, page: 2 });
    expect(paged.data.map((p) => p.number)).toEqual([3]);

    const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: OWNER,
      repo: REPO,
      commit_sha: "f".repeat(40),
    });
    expect(byCommit.data.map((p) => p.number)).toEqual([8]);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("answers GET /user with the login, or 403 for a workflow token", async () => {
    const me = await octokit.rest.users.getAuthenticated();
    expect(me.data.login).toBe("octocat");
    fake.userForbidden = true;
    const err = await failure(octokit.rest.users.getAuthenticated());
    expect(err).toMatchObject({
      status: 403,
      response: { data: { message: "Resource not accessible by integration" } },
    });
    expect(fake.openApiProblems()).toEqual([]);
  });
});

describe("FakeGitHub authentication, faults and unknown endpoints", () => {
  it("answers 401 without the token or with a wrong one", async () => {
    const anonymous = new Octokit({ baseUrl: fake.apiUrl, log: quiet });
    const err = await failure(
      anonymous.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 7 }),
    );
    expect(err).toMatchObject({ status: 401, response: { data: { message: "Requires authentication" } } });
    const wrong = new Octokit({ auth: "nope", baseUrl: fake.apiUrl, log: quiet });
    expect(await status(wrong.rest.users.getAuthenticated())).toBe(401);
    const bearer = await fetch(`${fake.apiUrl}/user`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("injects faults the given number of times, then answers normally", async () => {
    const isComments = (r: { method: string; path: string }) =>
      r.method === "GET" && r.path === `/repos/${FULL}/issues/7/comments`;
    fake.fault(isComments, { status: 502, body: { message: "Server Error" } }, 2);
    fake.fault(isComments, {
      status: 403,
      headers: { "retry-after": "1", "x-ratelimit-remaining": "0" },
      body: {
        message: "You have exceeded a secondary rate limit.",
        documentation_url: "https://docs.github.com/rest",
      },
    });
    const params = { owner: OWNER, repo: REPO, issue_number: 7 };
    expect(await status(octokit.rest.issues.listComments(params))).toBe(502);
    expect(await status(octokit.rest.issues.listComments(params))).toBe(502);
    const limited = await failure(octokit.rest.issues.listComments(params));
    expect(limited.status).toBe(403);
    expect(limited.response.headers["retry-after"]).toBe("1");
    expect(limited.response.headers["x-ratelimit-remaining"]).toBe("0");
    const ok = await octokit.rest.issues.listComments(params);
    expect(ok.status).toBe(200);
    expect(fake.requests.map((r) => r.status)).toEqual([502, 502, 403, 200]);
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("answers 404 for endpoints it does not emulate", async () => {
    const res = await fetch(`${fake.apiUrl}/repos/${FULL}/releases`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
    });
    expect(fake.openApiProblems()).toEqual([]);
  });

  it("records a request GitHub's description does not allow, with its problem", async () => {
    await status(
      octokit.request("GET /repos/{owner}/{repo}/actions/runs", { owner: OWNER, repo: REPO, bogus_param: 1 }),
    );
    await status(
      octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: OWNER,
        repo: REPO,
        issue_number: 7,
        body: 5 as unknown as string,
      }),
    );
    expect(fake.requests[0]?.problems).toEqual([
      {
        message: expect.stringMatching(
          /^query parameter bogus_param is not declared for actions\/list-workflow-runs-for-repo/,
        ),
      },
    ]);
    expect(fake.requests[1]?.status).toBe(422);
    expect(fake.openApiProblems()).toEqual([
      expect.stringMatching(
        /^GET \/repos\/acme\/train\/actions\/runs\?bogus_param=1: query parameter bogus_param/,
      ),
      "POST /repos/acme/train/issues/7/comments: request body at /body must be string",
    ]);
  });
});
