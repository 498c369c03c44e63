import type { IncomingMessage, ServerResponse } from "node:http";
import { Octokit } from "@octokit/rest";
import { afterEach, describe, expect, it } from "vitest";
import {
  CommentForbiddenError,
  commentMarker,
  GitHubRateLimitError,
  sanitizeCommentKey,
  stickyCommentBody,
  tokenLogin,
  upsertStickyComment,
} from "../../src/github/comment.js";
import { GITHUB_COMMENT_LIMIT } from "../../src/github/truncate.js";
import { json, type LocalServer, startServer } from "../intensity/providers/local-server.js";

const OWNER = "acme";
const REPO = "train";
const PR = 7;
const BOT = "github-actions[bot]";
const LIST = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

interface Seen {
  method: string;
  url: string;
  /** The parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

/** A reply the test forces instead of the emulation, for the n-th request (0-based). */
type Fault = { status: number; headers?: Record<string, string>; body?: unknown };

/** A stateful emulation of the few GitHub REST endpoints we call, with Link-header pagination. */
class FakeGitHub {
  comments: Comment[] = [];
  seen: Seen[] = [];
  faults = new Map<number, Fault>();
  userLogin = "octo-user";
  private nextId = 1000;
  server!: LocalServer;

  add(login: string, body: string): Comment {
    const c = { id: this.nextId++, body, user: { login } };
    this.comments.push(c);
    return c;
  }

  view(c: Comment) {
    return {
      ...c,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${c.id}`,
      user: { ...c.user, type: c.user.login.endsWith("[bot]") ? "Bot" : "User" },
    };
  }

  async handle(req: IncomingMessage, res: ServerResponse, n: number) {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const method = req.method ?? "";
    const url = req.url ?? "";
    this.seen.push({ method, url, body: raw === "" ? undefined : JSON.parse(raw) });
    const fault = this.faults.get(n);
    if (fault) return json(res, fault.body ?? { message: "fault" }, fault.status, fault.headers);

    const u = new URL(url, this.server.base);
    const payload = this.seen.at(-1)?.body as { body?: unknown } | undefined;
    if (method === "GET" && u.pathname === "/user") return json(res, { login: this.userLogin, id: 1 });
    if (method === "GET" && u.pathname === LIST) {
      const perPage = Number(u.searchParams.get("per_page") ?? 30);
      const page = Number(u.searchParams.get("page") ?? 1);
      const pages = Math.max(1, Math.ceil(this.comments.length / perPage));
      const slice = this.comments.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c));
      const link = (p: number, rel: string) =>
        `<${this.server.base}${LIST}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = page < pages ? [link(page + 1, "next"), link(pages, "last")] : [];
      return json(res, slice, 200, links.length ? { link: links.join(", ") } : {});
    }
    if (method === "POST" && u.pathname === LIST && typeof payload?.body === "string") {
      return json(res, this.view(this.add(BOT, payload.body)), 201);
    }
    const patch = /^\/repos\/acme\/train\/issues\/comments\/(\d+)$/.exec(u.pathname);
    if (method === "PATCH" && patch && typeof payload?.body === "string") {
      const c = this.comments.find((x) => x.id === Number(patch[1]));
      if (!c) return json(res, { message: "Not Found" }, 404);
      c.body = payload.body;
      return json(res, this.view(c));
    }
    return json(res, { message: "Not Found" }, 404);
  }
}

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.server.close()));
});

async function fake(): Promise<FakeGitHub> {
  const f = new FakeGitHub();
  f.server = await startServer((req, res, n) => f.handle(req, res, n));
  fakes.push(f);
  return f;
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const client = (f: FakeGitHub) => new Octokit({ baseUrl: f.server.base, auth: "ghs_test", log: quiet });
const fast = { backoffMs: 5 };

function upsert(f: FakeGitHub, body: string, extra: Partial<Parameters<typeof upsertStickyComment>[0]> = {}) {
  return upsertStickyComment({
    octokit: client(f),
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    body,
    retry: fast,
    ...extra,
  });
}

/** Every request as "METHOD path", and checks each JSON body is exactly what the REST API documents. */
function requests(f: FakeGitHub): string[] {
  for (const r of f.seen) {
    if (r.method === "POST" || r.method === "PATCH") {
      expect(Object.keys(r.body as object)).toEqual(["body"]);
      expect(typeof (r.body as { body: unknown }).body).toBe("string");
    } else {
      expect(r.body).toBeUndefined();
    }
  }
  return f.seen.map((r) => `${r.method} ${r.url}`);
}

const page = (n: number) => `GET ${LIST}?per_page=100${n === 1 ? "" : `&page=${n}`}`;
const marker = commentMarker();

describe("markers and keys", () => {
  it("sanitises the key and puts the marker on the first line", () => {
    expect(sanitizeCommentKey(undefined)).toBe("default");
    expect(sanitizeCommentKey("  ")).toBe("default");
    expect(sanitizeCommentKey("gpu node-1.a_b")).toBe("gpu-node-1.a_b");
    expect(commentMarker("x --> <img src=x>")).toBe("<!-- gridprint:comment key=x------img-src-x- -->");
    expect(stickyCommentBody("report", "k").split("\n")).toEqual([
      "<!-- gridprint:comment key=k -->",
      "report",
    ]);
    const long = stickyCommentBody("x".repeat(100_000));
    expect(long.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(long.startsWith(`${marker}\n`)).toBe(true);
    expect(long).toContain("cut at 65,536 characters");
  });
});

describe("upsertStickyComment against a GitHub emulation", () => {
  it("creates the comment when there is none", async () => {
    const f = await fake();
    f.add("alice", "LGTM");
    const result = await upsert(f, "## gridprint\n\n1.2 kWh");
    expect(result).toEqual({
      action: "created",
      id: 1001,
      url: `https://github.com/acme/train/pull/7#issuecomment-1001`,
      duplicates: [],
    });
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`]);
    expect(f.seen[1]?.body).toEqual({ body: `${marker}\n## gridprint\n\n1.2 kWh` });
    expect(f.server.requests[1]?.headers.authorization).toBe("token ghs_test");
  });

  it("updates ours in place when it is on page 3 of 3, leaving later duplicates alone", async () => {
    const f = await fake();
    for (let i = 0; i < 230; i++) f.add(i % 2 ? "alice" : BOT, `comment ${i}`);
    const ours = f.add(BOT, `${marker}\nold report`);
    for (let i = 0; i < 10; i++) f.add("bob", "more");
    const older = f.add(BOT, `${marker}\nolder run`);
    const result = await upsert(f, "new report");
    expect(result).toMatchObject({ action: "updated", id: ours.id, duplicates: [older.id] });
    expect(requests(f)).toEqual([
      page(1),
      page(2),
      page(3),
      `PATCH /repos/acme/train/issues/comments/${ours.id}`,
    ]);
    expect(f.seen[3]?.body).toEqual({ body: `${marker}\nnew report` });
    expect(older.body).toBe(`${marker}\nolder run`);
  });

  it("never edits a marker in someone else's comment: creates its own", async () => {
    const f = await fake();
    const forged = f.add("mallory", `${marker}\nfake numbers`);
    f.add(BOT, `unrelated\n${marker}`); // ours, but the marker is not the first line
    const result = await upsert(f, "real report");
    expect(result.action).toBe("created");
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`]);
    expect(forged.body).toBe(`${marker}\nfake numbers`);
  });

  it("matches the login given as botLogin, case-insensitively (a user token)", async () => {
    const f = await fake();
    const login = await tokenLogin(client(f), fast);
    expect(login).toBe("octo-user");
    f.add(BOT, `${marker}\nby the bot`);
    const mine = f.add("Octo-User", `${marker}\nby me`);
    const result = await upsert(f, "by me, again", { botLogin: login });
    expect(result).toMatchObject({ action: "updated", id: mine.id });
    expect(requests(f)).toEqual(["GET /user", page(1), `PATCH /repos/acme/train/issues/comments/${mine.id}`]);
  });

  it("returns unchanged without a PATCH when the body is identical", async () => {
    const f = await fake();
    const first = await upsert(f, "same report");
    const second = await upsert(f, "same report");
    expect(second).toEqual({ ...first, action: "unchanged" });
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`, page(1)]);
  });

  it("keeps one comment per key", async () => {
    const f = await fake();
    const a = await upsert(f, "node A", { key: "node-a" });
    const b = await upsert(f, "node B", { key: "node-b" });
    const a2 = await upsert(f, "node A v2", { key: "node-a" });
    expect([a.action, b.action, a2.action]).toEqual(["created", "created", "updated"]);
    expect(a2.id).toBe(a.id);
    expect(f.comments.map((c) => c.body)).toEqual([
      `${commentMarker("node-a")}\nnode A v2`,
      `${commentMarker("node-b")}\nnode B`,
    ]);
    expect(requests(f)).toEqual([
      page(1),
      `POST ${LIST}`,
      page(1),
      `POST ${LIST}`,
      page(1),
      `PATCH /repos/acme/train/issues/comments/${a.id}`,
    ]);
  });

  it("turns a 403 on create into CommentForbiddenError with guidance", async () => {
    const f = await fake();
    f.faults.set(1, { status: 403, body: { message: "Resource not accessible by integration" } });
    const error = await upsert(f, "report").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommentForbiddenError);
    const message = (error as Error).message;
    expect(message).toContain("HTTP 403: Resource not accessible by integration");
    expect(message).toContain("fork");
    expect(message).toContain("workflow_run");
    expect(message).toContain("pull-requests: write");
    expect(message).toMatch(/not switch to pull_request_target/);
    expect(message).toContain("summary");
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`]); // no retry
  });

  it("turns a 403 on update into CommentForbiddenError too", async () => {
    const f = await fake();
    const ours = f.add(BOT, `${marker}\nold`);
    f.faults.set(1, { status: 403, body: { message: "Resource not accessible by integration" } });
    await expect(upsert(f, "new")).rejects.toBeInstanceOf(CommentForbiddenError);
    expect(requests(f)).toEqual([page(1), `PATCH /repos/acme/train/issues/comments/${ours.id}`]);
  });

  it("retries 502, 502 then succeeds, on a page read", async () => {
    const f = await fake();
    for (let i = 0; i < 150; i++) f.add("alice", "x");
    f.faults.set(1, { status: 502 });
    f.faults.set(2, { status: 502 });
    const result = await upsert(f, "report");
    expect(result.action).toBe("created");
    expect(requests(f)).toEqual([page(1), page(2), page(2), page(2), `POST ${LIST}`]);
  });

  it("retries a PATCH after 502, 502", async () => {
    const f = await fake();
    const ours = f.add(BOT, `${marker}\nold`);
    f.faults.set(1, { status: 502 });
    f.faults.set(2, { status: 502 });
    const result = await upsert(f, "new");
    expect(result).toMatchObject({ action: "updated", id: ours.id });
    const patch = `PATCH /repos/acme/train/issues/comments/${ours.id}`;
    expect(requests(f)).toEqual([page(1), patch, patch, patch]);
  });

  it("re-reads the comments before retrying a failed create, so a 502 that did create is not duplicated", async () => {
    const f = await fake();
    // The first create succeeds on GitHub's side but the gateway answers 502.
    let n = 0;
    const original = f.handle.bind(f);
    f.handle = async (req, res, i) => {
      if (i === 1) {
        n++;
        let raw = "";
        for await (const chunk of req) raw += chunk;
        f.seen.push({ method: req.method ?? "", url: req.url ?? "", body: JSON.parse(raw) });
        f.add(BOT, (JSON.parse(raw) as { body: string }).body);
        return json(res, { message: "Bad Gateway" }, 502);
      }
      return original(req, res, i);
    };
    const result = await upsert(f, "report");
    expect(n).toBe(1);
    expect(result.action).toBe("unchanged");
    expect(f.comments).toHaveLength(1);
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`, page(1)]);
  });

  it("gives up after 3 attempts of 5xx", async () => {
    const f = await fake();
    for (const i of [0, 1, 2]) f.faults.set(i, { status: 503 });
    await expect(upsert(f, "report")).rejects.toMatchObject({ status: 503 });
    expect(requests(f)).toEqual([page(1), page(1), page(1)]);
  });

  it("waits out a secondary rate limit with retry-after: 1, then succeeds", async () => {
    const f = await fake();
    f.faults.set(1, {
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const result = await upsertStickyComment({
      octokit: client(f),
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: "report",
    });
    expect(result.action).toBe("created");
    expect(requests(f)).toEqual([page(1), `POST ${LIST}`, `POST ${LIST}`]);
    const [, limited, retried] = f.server.requests;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("throws a clear error when the rate limit asks for longer than the bound", async () => {
    const f = await fake();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    f.faults.set(0, {
      status: 429,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: "API rate limit exceeded" },
    });
    const error = await upsert(f, "report").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect((error as Error).message).toMatch(/asks to wait \d+ s, more than the 60 s/);
    expect(requests(f)).toEqual([page(1)]);
  });

  it("tokenLogin returns undefined when the token may not read /user (GITHUB_TOKEN)", async () => {
    const f = await fake();
    f.faults.set(0, { status: 403, body: { message: "Resource not accessible by integration" } });
    expect(await tokenLogin(client(f), fast)).toBeUndefined();
    expect(requests(f)).toEqual(["GET /user"]);
  });
});
