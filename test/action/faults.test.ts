/**
 * Faults around the built action: an intensity API that only fails or asks to wait an hour, and
 * GitHub failing or rate-limiting the comment. The step ends in bounded time, the report says what
 * fell back and why, and nothing but a budget (or on-degraded: fail) turns the build red.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-github.js";
import { json, type LocalServer, startServer } from "../intensity/providers/local-server.js";
import { HEAD_SHA, offline, pullRequestPayload, REPO, runAction, TOKEN, WORKFLOW } from "./harness.js";

let fake: FakeGitHub | undefined;
let provider: LocalServer | undefined;
afterEach(async () => {
  if (fake) expect(fake.openApiProblems()).toEqual([]);
  await fake?.close();
  await provider?.close();
  fake = undefined;
  provider = undefined;
});

async function github() {
  fake = await FakeGitHub.start({ token: TOKEN });
  fake.addRepo({ owner: "acme", name: "train" });
  fake.addWorkflow(REPO, { id: WORKFLOW, path: ".github/workflows/train.yml", name: "train" });
  const runId = fake.addRun(REPO, {
    workflowId: WORKFLOW,
    headBranch: "feature",
    headSha: HEAD_SHA,
    event: "pull_request",
    conclusion: null,
  });
  return { fake, runId };
}

/** The example run priced by the "UK API" at `url`, with the file left out. */
const online = (url: string) => ({
  traces: offline.traces,
  zone: "GB",
  timezone: offline.timezone,
  "intensity-source": "uk",
  "intensity-api-url": url,
});

describe("intensity API faults", () => {
  it("a storm of 503s: the run ends in seconds, priced with the annual average, and the comment says why", async () => {
    provider = await startServer((_req, res) => json(res, { error: "down" }, 503));
    const { fake: f, runId } = await github();
    const t0 = performance.now();
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: online(provider.base),
      runId,
    });
    const seconds = (performance.now() - t0) / 1000;
    expect(r.code, r.stdout).toBe(0);
    expect(seconds).toBeLessThan(60);
    expect(r.outputs["intensity-quality"]).toBe("fallback");
    expect(r.outputs.degraded).toBe("true");
    const body = f.comments(REPO, 7)[0]?.body ?? "";
    expect(body).toMatch(/\*\*Fallback:\*\* UK Carbon Intensity API \(NESO\) gave no figures \(.*HTTP 503/);
    // Bounded: a few attempts, not a retry loop.
    expect(provider.requests.length).toBeLessThanOrEqual(3);
  });

  it("429 with an hour's Retry-After: not waited for, said so, and on-degraded: fail turns it red", async () => {
    provider = await startServer((_req, res) =>
      json(res, { error: "slow down" }, 429, { "retry-after": "3600" }),
    );
    const t0 = performance.now();
    const r = await runAction({
      event: "push",
      payload: {},
      inputs: { ...online(provider.base), "on-degraded": "fail" },
    });
    expect((performance.now() - t0) / 1000).toBeLessThan(30);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Intensity degraded \(fallback\): UK Carbon Intensity API \(NESO\) gave no figures/,
    );
    expect(r.report?.intensity.attempts[0]?.failure).toMatch(/429/);
    expect(r.summary).toContain("**Fallback:**");
  });
});

describe("GitHub faults on the comment", () => {
  it("5xx on every attempt: bounded retries, then a warning; the step does not fail", async () => {
    const { fake: f, runId } = await github();
    f.fault(
      (q) => q.method === "POST" && q.path.endsWith("/comments"),
      { status: 502, body: { message: "Server Error" } },
      100,
    );
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, baseline: "none" },
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::Could not write the pull-request comment \(Server Error\)/);
    const posts = f.requests.filter((q) => q.method === "POST");
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.length).toBeLessThanOrEqual(3);
    expect(r.summary).toContain("### gridprint:");
    expect(r.outputs["comment-url"]).toBe("");
  });

  it("a secondary rate limit is waited out as asked, then the comment is written once", async () => {
    const { fake: f, runId } = await github();
    f.fault(
      (q) => q.method === "POST" && q.path.endsWith("/comments"),
      {
        status: 403,
        headers: { "retry-after": "1" },
        body: { message: "You have exceeded a secondary rate limit." },
      },
      1,
    );
    const t0 = performance.now();
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, baseline: "none" },
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(performance.now() - t0).toBeGreaterThan(1000);
    expect(f.comments(REPO, 7)).toHaveLength(1);
    expect(r.outputs["comment-url"]).toContain("issuecomment");
  });
});
