import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { readActionContext } from "../../src/github/context.js";

const HEAD = "b".repeat(40);
let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gridprint-context-"));
});

/** Writes `content` (JSON unless a string) to a fresh event file and returns its path. */
function eventFile(content: unknown): string {
  const path = join(dir, `event-${++counter}.json`);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function subdir(): string {
  const path = join(dir, `dir-${++counter}`);
  mkdirSync(path);
  return path;
}

function env(over: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { GITHUB_REPOSITORY: "acme/train", GITHUB_EVENT_NAME: "push", ...over };
}

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(UsageError);
  return e as UsageError;
}

const pullRequestPayload = (over: Record<string, unknown> = {}) => ({
  action: "synchronize",
  number: 42,
  pull_request: {
    number: 42,
    base: { ref: "main", sha: "a".repeat(40), repo: { full_name: "acme/train" } },
    head: { ref: "feature", sha: HEAD, repo: { full_name: "contrib/train" } },
    ...over,
  },
});

const workflowRunPayload = (over: Record<string, unknown> = {}) => ({
  action: "completed",
  workflow_run: {
    id: 15_000_000_007,
    workflow_id: 1001,
    event: "pull_request",
    head_sha: HEAD,
    head_branch: "feature",
    head_repository: { full_name: "contrib/train" },
    conclusion: "success",
    ...over,
  },
});

describe("readActionContext: repository", () => {
  it("splits GITHUB_REPOSITORY into owner and name", async () => {
    const ctx = await readActionContext(env());
    expect(ctx.repository).toEqual({ owner: "acme", repo: "train" });
    expect(ctx.fullName).toBe("acme/train");
    expect(ctx.eventName).toBe("push");
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["without a slash", "acme"],
    ["with three parts", "a/b/c"],
    ["without an owner", "/train"],
    ["without a name", "acme/"],
  ])("refuses a repository that is %s", async (_what, value) => {
    const e = await usageError(readActionContext(env({ GITHUB_REPOSITORY: value })));
    expect(e.message).toContain("GITHUB_REPOSITORY");
    expect(e.message).toContain(`"${value ?? ""}"`);
    expect(e.message).toContain("owner/name");
  });
});

describe("readActionContext: events", () => {
  it("reads a pull_request payload: number, base ref, head sha and head repository", async () => {
    const ctx = await readActionContext(
      env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile(pullRequestPayload()) }),
    );
    expect(ctx.pullRequest).toEqual({
      number: 42,
      baseRef: "main",
      headSha: HEAD,
      headRepo: "contrib/train",
    });
    expect(ctx.triggeringRun).toBeUndefined();
  });

  it("reads pull_request_target the same way", async () => {
    const ctx = await readActionContext(
      env({
        GITHUB_EVENT_NAME: "pull_request_target",
        GITHUB_EVENT_PATH: eventFile(pullRequestPayload({ base: { ref: "release/2" } })),
      }),
    );
    expect(ctx.pullRequest).toEqual({
      number: 42,
      baseRef: "release/2",
      headSha: HEAD,
      headRepo: "contrib/train",
    });
  });

  it("leaves headRepo undefined when the head repository is gone (null) or not given", async () => {
    for (const repo of [null, undefined]) {
      const ctx = await readActionContext(
        env({
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_EVENT_PATH: eventFile(pullRequestPayload({ head: { sha: HEAD, repo } })),
        }),
      );
      expect(ctx.pullRequest?.headRepo).toBeUndefined();
      expect(ctx.pullRequest?.headSha).toBe(HEAD);
    }
  });

  it("reads a workflow_run payload into triggeringRun", async () => {
    const ctx = await readActionContext(
      env({ GITHUB_EVENT_NAME: "workflow_run", GITHUB_EVENT_PATH: eventFile(workflowRunPayload()) }),
    );
    expect(ctx.triggeringRun).toEqual({
      id: 15_000_000_007,
      workflowId: 1001,
      event: "pull_request",
      headSha: HEAD,
      headBranch: "feature",
      headRepo: "contrib/train",
      conclusion: "success",
    });
    expect(ctx.pullRequest).toBeUndefined();
  });

  it("maps a workflow_run's null or absent branch, head repository and conclusion to undefined / null", async () => {
    const ctx = await readActionContext(
      env({
        GITHUB_EVENT_NAME: "workflow_run",
        GITHUB_EVENT_PATH: eventFile(
          workflowRunPayload({ head_branch: null, head_repository: null, conclusion: undefined }),
        ),
      }),
    );
    expect(ctx.triggeringRun).toMatchObject({
      headBranch: undefined,
      headRepo: undefined,
      conclusion: null,
    });
  });

  it("gives neither a pull request nor a triggering run for a push, whatever the payload holds", async () => {
    const ctx = await readActionContext(
      env({
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: eventFile({ ...pullRequestPayload(), ...workflowRunPayload() }),
      }),
    );
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.triggeringRun).toBeUndefined();
  });

  it("reads no file when GITHUB_EVENT_PATH is unset, for an event that needs none", async () => {
    const ctx = await readActionContext(env({ GITHUB_EVENT_NAME: "workflow_dispatch" }));
    expect(ctx.eventName).toBe("workflow_dispatch");
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.triggeringRun).toBeUndefined();
  });

  it("takes a missing GITHUB_EVENT_NAME as an empty event name", async () => {
    const ctx = await readActionContext({ GITHUB_REPOSITORY: "acme/train" });
    expect(ctx.eventName).toBe("");
    expect(ctx.pullRequest).toBeUndefined();
  });
});

describe("readActionContext: malformed payloads", () => {
  const pr = pullRequestPayload().pull_request;
  it.each([
    ["no pull_request at all", { action: "opened" }],
    ["a pull_request that is null", { pull_request: null }],
    ["no number", { pull_request: { ...pr, number: undefined } }],
    ["a number as a string", { pull_request: { ...pr, number: "42" } }],
    ["a zero number", { pull_request: { ...pr, number: 0 } }],
    ["no base ref", { pull_request: { ...pr, base: {} } }],
    ["an empty base ref", { pull_request: { ...pr, base: { ref: "" } } }],
    ["no head sha", { pull_request: { ...pr, head: { ref: "feature" } } }],
    ["a short head sha", { pull_request: { ...pr, head: { sha: "abc1234" } } }],
    ["an upper-case head sha", { pull_request: { ...pr, head: { sha: HEAD.toUpperCase() } } }],
  ])("refuses a pull_request payload with %s, naming the fields it needs", async (_what, payload) => {
    const e = await usageError(
      readActionContext(env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile(payload) })),
    );
    expect(e.message).toContain("pull_request event payload has no usable pull_request");
    expect(e.message).toContain("number, base.ref, head.sha");
  });

  it("names pull_request_target in its message when that is the event", async () => {
    const e = await usageError(
      readActionContext(env({ GITHUB_EVENT_NAME: "pull_request_target", GITHUB_EVENT_PATH: eventFile({}) })),
    );
    expect(e.message).toContain("the pull_request_target event payload");
  });

  it("refuses a pull_request event without any event file", async () => {
    const e = await usageError(readActionContext(env({ GITHUB_EVENT_NAME: "pull_request" })));
    expect(e.message).toContain("no usable pull_request");
  });

  const run = workflowRunPayload().workflow_run;
  it.each([
    ["no workflow_run", { action: "completed" }],
    ["no id", { workflow_run: { ...run, id: undefined } }],
    ["no workflow_id", { workflow_run: { ...run, workflow_id: undefined } }],
    ["a negative workflow_id", { workflow_run: { ...run, workflow_id: -1 } }],
    ["no head_sha", { workflow_run: { ...run, head_sha: undefined } }],
    ["a head_sha that is no sha", { workflow_run: { ...run, head_sha: "main" } }],
  ])("refuses a workflow_run payload with %s, naming the fields it needs", async (_what, payload) => {
    const e = await usageError(
      readActionContext(env({ GITHUB_EVENT_NAME: "workflow_run", GITHUB_EVENT_PATH: eventFile(payload) })),
    );
    expect(e.message).toContain("workflow_run event payload has no usable workflow_run");
    expect(e.message).toContain("id, workflow_id, event, head_sha");
  });

  it("treats a payload that is JSON but not an object as empty", async () => {
    for (const text of ["null", "42", '"text"']) {
      const ctx = await readActionContext(env({ GITHUB_EVENT_PATH: eventFile(text) }));
      expect(ctx.pullRequest).toBeUndefined();
      const e = await usageError(
        readActionContext(env({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile(text) })),
      );
      expect(e.message).toContain("no usable pull_request");
    }
  });

  it.each([
    ["does not exist", () => join(dir, "no-such-event.json"), /ENOENT/],
    ["is a directory", () => subdir(), /EISDIR/],
    ["is not JSON", () => eventFile("{ not json"), /JSON/],
  ])("refuses an event file that %s, naming GITHUB_EVENT_PATH", async (_what, make, why) => {
    const path = make();
    const e = await usageError(readActionContext(env({ GITHUB_EVENT_PATH: path })));
    expect(e.message).toContain(`GITHUB_EVENT_PATH=${path}`);
    expect(e.message).toMatch(why);
  });
});

describe("readActionContext: run id, URLs, sha", () => {
  it.each([
    ["12345", 12345],
    ["15000000001", 15_000_000_001],
    [undefined, undefined],
    ["", undefined],
    ["abc", undefined],
    ["12abc", undefined],
    ["0", undefined],
    ["-5", undefined],
    ["1.5", undefined],
    ["99999999999999999999", undefined],
  ])("reads GITHUB_RUN_ID %j as %j", async (value, expected) => {
    const ctx = await readActionContext(env({ GITHUB_RUN_ID: value }));
    expect(ctx.runId).toBe(expected);
  });

  it("defaults the API and server URLs to github.com's", async () => {
    const ctx = await readActionContext(env());
    expect(ctx.apiUrl).toBe("https://api.github.com");
    expect(ctx.serverUrl).toBe("https://github.com");
    const empty = await readActionContext(env({ GITHUB_API_URL: "", GITHUB_SERVER_URL: "" }));
    expect(empty.apiUrl).toBe("https://api.github.com");
    expect(empty.serverUrl).toBe("https://github.com");
  });

  it("takes GitHub Enterprise URLs without their trailing slashes", async () => {
    const ctx = await readActionContext(
      env({
        GITHUB_API_URL: "https://ghe.example.com/api/v3//",
        GITHUB_SERVER_URL: "https://ghe.example.com/",
      }),
    );
    expect(ctx.apiUrl).toBe("https://ghe.example.com/api/v3");
    expect(ctx.serverUrl).toBe("https://ghe.example.com");
  });

  it("reads GITHUB_SHA, an empty one as none", async () => {
    expect((await readActionContext(env({ GITHUB_SHA: HEAD }))).sha).toBe(HEAD);
    expect((await readActionContext(env({ GITHUB_SHA: "" }))).sha).toBeUndefined();
    expect((await readActionContext(env())).sha).toBeUndefined();
  });
});
