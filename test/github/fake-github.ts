/**
 * A stateful fake of the GitHub REST endpoints gridprint uses, served by real HTTP servers on
 * 127.0.0.1. Every API request is checked against GitHub's OpenAPI description, and so is every JSON
 * response the fake sends (so a wrong fake is caught too); tests assert `openApiProblems()` is empty.
 *
 * Artifact downloads answer 302 to a signed-looking URL on a second server (the "blob host", another
 * port, hence another origin, as GitHub's blob storage is), which records whether the client sent
 * it an authorization header: a client must not send its token there.
 */
import { createHash, randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { type LocalServer, startServer } from "../intensity/providers/local-server.js";
import { type GitHubOpenApi, loadGitHubOpenApi, type OpenApiProblem } from "./openapi-check.js";

export interface FakeGitHubOptions {
  /** When set, API requests must carry `authorization: token <t>` or `Bearer <t>`, else 401. */
  token?: string;
  /** The login GET /user returns (default "octocat"). */
  userLogin?: string;
  /** GET /user answers 403, as it does for a workflow's GITHUB_TOKEN. */
  userForbidden?: boolean;
  /** Author of comments created or updated through the API (default github-actions[bot]). */
  actorLogin?: string;
  /** Creating and updating comments answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** The blob host answers 400 when a request to it carries an authorization header. */
  blobRejectsAuthorization?: boolean;
}

export interface FakeRequest {
  /** "api" for the REST API, "blob" for the artifact blob host (not checked against OpenAPI). */
  host: "api" | "blob";
  method: string;
  /** Path and query as sent. */
  url: string;
  /** Path without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw request body ("" when none). */
  body: string;
  /** Problems with the request, per GitHub's OpenAPI description. */
  problems: OpenApiProblem[];
  /** Problems with the response the fake sent, per GitHub's OpenAPI description. */
  responseProblems: OpenApiProblem[];
  /** The status answered (0 while the request is in flight). */
  status: number;
}

export interface FaultRequest {
  host: "api" | "blob";
  method: string;
  path: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FaultReply {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
}

export interface BlobDownload {
  artifactId: number;
  token: string;
  /** The authorization header the client sent to the blob host, if any (it should send none). */
  authorization: string | undefined;
  status: number;
}

export interface AddRunInput {
  id?: number;
  workflowId: number;
  headBranch: string;
  headSha: string;
  event: string;
  conclusion: "success" | "failure" | "cancelled" | "skipped" | null;
  /** Default: "completed" when there is a conclusion, else "in_progress". */
  status?: "completed" | "in_progress" | "queued";
  /** Full name of the repository the head commit is in; a fork's run names the fork. Default: the repo. */
  headRepository?: string;
  /** ISO time; default a minute after the previously added run. */
  createdAt?: string;
  /** Numbers of pull requests listed in the run's pull_requests (GitHub lists none for fork PRs). */
  pullRequests?: number[];
  displayTitle?: string;
  actor?: string;
}

export interface AddPullInput {
  number: number;
  headSha: string;
  headRef: string;
  /** Full name of the head repository (a fork's, for a PR from a fork). */
  headRepo: string;
  baseRef: string;
  baseSha?: string;
  state?: "open" | "closed";
  merged?: boolean;
  title?: string;
  /** Author; default the head repository's owner. */
  user?: string;
  createdAt?: string;
}

export interface FakeComment {
  id: number;
  repo: string;
  issueNumber: number;
  login: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

interface Repo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  fork: boolean;
  createdAt: string;
}

interface Workflow {
  id: number;
  path: string;
  name: string;
  runCount: number;
}

interface Run {
  id: number;
  repo: string;
  workflowId: number;
  runNumber: number;
  headBranch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  headRepository: string;
  createdAt: string;
  pullRequests: number[];
  displayTitle: string;
  actor: string;
}

interface Artifact {
  id: number;
  repo: string;
  runId: number;
  name: string;
  zip: Buffer;
  expired: boolean;
  createdAt: string;
}

interface Pull {
  id: number;
  repo: string;
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  baseSha: string;
  state: "open" | "closed";
  merged: boolean;
  title: string;
  user: string;
  createdAt: string;
}

interface Fault {
  predicate: (req: FaultRequest) => boolean;
  reply: FaultReply;
  remaining: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  rec: FakeRequest;
  url: URL;
  params: string[];
  json: () => unknown;
}

type Route = [method: string, pattern: RegExp, handler: (ctx: Ctx) => Reply];

const DOCS = "https://docs.github.com/rest";
const BOT = "github-actions[bot]";
const EPOCH = Date.parse("2025-06-03T08:00:00Z");

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function idOf(text: string, base = 1_000_000): number {
  const h = createHash("sha256").update(text).digest();
  return base + (h.readUInt32BE(0) % 90_000_000);
}

function sha(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString("base64url")}`;
}

function error(status: number, message: string, documentation = DOCS): Reply {
  return { status, body: { message, documentation_url: documentation, status: String(status) } };
}

const NOT_FOUND: Reply = { status: 404, body: { message: "Not Found", documentation_url: DOCS } };

export class FakeGitHub {
  token: string | undefined;
  userLogin: string;
  userForbidden: boolean;
  actorLogin: string;
  readOnly: boolean;
  blobRejectsAuthorization: boolean;
  /** Every request seen, API and blob host, in arrival order. */
  readonly requests: FakeRequest[] = [];
  /** Every request to the blob host for a known blob. */
  readonly blobDownloads: BlobDownload[] = [];

  private readonly openapi: GitHubOpenApi = loadGitHubOpenApi();
  private api!: LocalServer;
  private blob!: LocalServer;
  private readonly repos = new Map<string, Repo>();
  private readonly workflows = new Map<string, Map<number, Workflow>>();
  private readonly runs: Run[] = [];
  private readonly artifacts = new Map<number, Artifact>();
  private readonly pulls: Pull[] = [];
  private readonly commentList: FakeComment[] = [];
  private readonly blobs = new Map<string, number>();
  private readonly faults: Fault[] = [];
  private readonly routes: Route[];
  private nextRepoId = 600_000_001;
  private nextRunId = 15_000_000_001;
  private nextArtifactId = 3_100_000_001;
  private nextCommentId = 2_900_000_001;
  private runClock = EPOCH;
  private clock = EPOCH + 86_400_000;
  private rateRemaining = 5000;

  private constructor(options: FakeGitHubOptions) {
    this.token = options.token;
    this.userLogin = options.userLogin ?? "octocat";
    this.userForbidden = options.userForbidden ?? false;
    this.actorLogin = options.actorLogin ?? BOT;
    this.readOnly = options.readOnly ?? false;
    this.blobRejectsAuthorization = options.blobRejectsAuthorization ?? false;
    const R = "/repos/([^/]+)/([^/]+)";
    this.routes = [
      ["GET", /^\/user$/, () => this.getUser()],
      ["GET", new RegExp(`^${R}/actions/runs/(\\d+)$`), (c) => this.getRun(c)],
      ["GET", new RegExp(`^${R}/actions/workflows/([^/]+)/runs$`), (c) => this.listRuns(c)],
      ["GET", new RegExp(`^${R}/actions/runs/(\\d+)/artifacts$`), (c) => this.listArtifacts(c)],
      ["GET", new RegExp(`^${R}/actions/artifacts/(\\d+)/([^/]+)$`), (c) => this.downloadArtifact(c)],
      ["GET", new RegExp(`^${R}/issues/(\\d+)/comments$`), (c) => this.listComments(c)],
      ["POST", new RegExp(`^${R}/issues/(\\d+)/comments$`), (c) => this.createComment(c)],
      ["PATCH", new RegExp(`^${R}/issues/comments/(\\d+)$`), (c) => this.updateComment(c)],
      ["GET", new RegExp(`^${R}/pulls$`), (c) => this.listPulls(c)],
      ["GET", new RegExp(`^${R}/commits/(.+)/pulls$`), (c) => this.commitPulls(c)],
    ];
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    fake.api = await startServer((req, res) => fake.handle("api", req, res));
    fake.blob = await startServer((req, res) => fake.handle("blob", req, res));
    return fake;
  }

  /** The API base to give as GITHUB_API_URL / Octokit's baseUrl, e.g. http://127.0.0.1:PORT */
  get apiUrl(): string {
    return this.api.base;
  }

  /** The blob host's base (another origin than apiUrl). */
  get blobUrl(): string {
    return this.blob.base;
  }

  async close(): Promise<void> {
    await Promise.all([this.api.close(), this.blob.close()]);
  }

  // ---- state ------------------------------------------------------------------------------------

  addRepo(input: { owner: string; name: string; id?: number; fork?: boolean }): void {
    const fullName = `${input.owner}/${input.name}`;
    this.repos.set(fullName.toLowerCase(), {
      id: input.id ?? this.nextRepoId++,
      owner: input.owner,
      name: input.name,
      fullName,
      fork: input.fork ?? false,
      createdAt: iso(EPOCH - 400 * 86_400_000),
    });
  }

  addWorkflow(repoFullName: string, workflow: { id: number; path: string; name: string }): void {
    const repo = this.ensureRepo(repoFullName);
    const key = repo.fullName.toLowerCase();
    const map = this.workflows.get(key) ?? new Map<number, Workflow>();
    map.set(workflow.id, { ...workflow, runCount: 0 });
    this.workflows.set(key, map);
  }

  /** Adds a workflow run; returns its id. */
  addRun(repoFullName: string, input: AddRunInput): number {
    const repo = this.ensureRepo(repoFullName);
    const workflow = this.workflows.get(repo.fullName.toLowerCase())?.get(input.workflowId);
    if (!workflow) throw new Error(`addRun: no workflow ${input.workflowId} in ${repo.fullName}`);
    const headRepository = input.headRepository ?? repo.fullName;
    if (!this.findRepo(headRepository)) {
      const [owner = "", name = ""] = headRepository.split("/");
      this.addRepo({ owner, name, fork: true });
    }
    this.runClock += 60_000;
    const createdAt = input.createdAt ?? iso(this.runClock);
    const id = input.id ?? this.nextRunId++;
    workflow.runCount += 1;
    this.runs.push({
      id,
      repo: repo.fullName,
      workflowId: workflow.id,
      runNumber: workflow.runCount,
      headBranch: input.headBranch,
      headSha: input.headSha,
      event: input.event,
      status: input.status ?? (input.conclusion === null ? "in_progress" : "completed"),
      conclusion: input.conclusion,
      headRepository: this.findRepo(headRepository)?.fullName ?? headRepository,
      createdAt,
      pullRequests: input.pullRequests ?? [],
      displayTitle: input.displayTitle ?? `Update ${input.headBranch}`,
      actor: input.actor ?? (this.findRepo(headRepository)?.owner || repo.owner),
    });
    return id;
  }

  /** Adds an artifact to a run; returns its id. */
  addArtifact(
    repoFullName: string,
    runId: number,
    input: { name: string; zip: Buffer; expired?: boolean; createdAt?: string },
  ): number {
    const repo = this.ensureRepo(repoFullName);
    const run = this.runs.find((r) => r.id === runId && r.repo === repo.fullName);
    if (!run) throw new Error(`addArtifact: no run ${runId} in ${repo.fullName}`);
    const id = this.nextArtifactId++;
    this.artifacts.set(id, {
      id,
      repo: repo.fullName,
      runId,
      name: input.name,
      zip: input.zip,
      expired: input.expired ?? false,
      createdAt: input.createdAt ?? iso(Date.parse(run.createdAt) + 5 * 60_000),
    });
    return id;
  }

  addPull(repoFullName: string, input: AddPullInput): void {
    const repo = this.ensureRepo(repoFullName);
    if (!this.findRepo(input.headRepo)) {
      const [owner = "", name = ""] = input.headRepo.split("/");
      this.addRepo({ owner, name, fork: input.headRepo.toLowerCase() !== repo.fullName.toLowerCase() });
    }
    const headRepo = this.findRepo(input.headRepo)?.fullName ?? input.headRepo;
    this.pulls.push({
      id: idOf(`pull:${repo.fullName}#${input.number}`, 1_800_000_000),
      repo: repo.fullName,
      number: input.number,
      headSha: input.headSha,
      headRef: input.headRef,
      headRepo,
      baseRef: input.baseRef,
      baseSha: input.baseSha ?? sha(`${repo.fullName}@${input.baseRef}`),
      state: input.state ?? "open",
      merged: input.merged ?? false,
      title: input.title ?? `Pull request #${input.number}`,
      user: input.user ?? headRepo.split("/")[0] ?? repo.owner,
      createdAt: input.createdAt ?? iso(EPOCH + input.number * 60_000),
    });
  }

  /** Adds a comment as `login`; returns its id. */
  addComment(repoFullName: string, issueNumber: number, login: string, body: string): number {
    const repo = this.ensureRepo(repoFullName);
    const at = this.tick();
    const c: FakeComment = {
      id: this.nextCommentId++,
      repo: repo.fullName,
      issueNumber,
      login,
      body,
      createdAt: at,
      updatedAt: at,
    };
    this.commentList.push(c);
    return c.id;
  }

  /** The issue's (or pull request's) comments now, oldest first. */
  comments(repoFullName: string, issueNumber: number): FakeComment[] {
    const full = this.findRepo(repoFullName)?.fullName;
    return this.commentList
      .filter((c) => c.repo === full && c.issueNumber === issueNumber)
      .map((c) => ({ ...c }));
  }

  /**
   * Answers the next `times` requests matching `predicate` (API or blob host) with `reply` instead of
   * the emulation: 5xx, rate limits (retry-after, x-ratelimit-remaining: 0), and so on.
   */
  fault(predicate: (req: FaultRequest) => boolean, reply: FaultReply, times = 1): void {
    this.faults.push({ predicate, reply, remaining: times });
  }

  /** All OpenAPI problems on all API requests (request and response), each prefixed "METHOD url: ". */
  openApiProblems(): string[] {
    return this.requests
      .filter((r) => r.host === "api")
      .flatMap((r) =>
        [
          ...r.problems,
          ...r.responseProblems.map((p) => ({ message: `response ${r.status}: ${p.message}` })),
        ].map((p) => `${r.method} ${r.url}: ${p.message}`),
      );
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  private async handle(host: "api" | "blob", req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rec: FakeRequest = {
      host,
      method: req.method ?? "",
      url: req.url ?? "",
      path: url.pathname,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      problems: [],
      responseProblems: [],
      status: 0,
    };
    this.requests.push(rec);
    if (host === "api") {
      rec.problems = this.openapi.checkRequest({
        method: rec.method,
        url: rec.url,
        headers: rec.headers,
        body: rec.body,
      });
    }
    const fault = this.faults.find((f) => f.remaining > 0 && f.predicate(rec));
    if (fault) {
      fault.remaining -= 1;
      this.send(rec, res, fault.reply);
      return;
    }
    if (host === "blob") {
      this.serveBlob(rec, res);
      return;
    }
    const auth = this.checkAuth(rec);
    if (auth) {
      this.send(rec, res, auth);
      return;
    }
    for (const [method, pattern, handler] of this.routes) {
      if (method !== rec.method) continue;
      const m = pattern.exec(rec.path);
      if (!m) continue;
      const params = m.slice(1).map((p) => decodeURIComponent(p));
      const ctx: Ctx = { rec, url, params, json: () => JSON.parse(rec.body) };
      this.send(rec, res, handler(ctx));
      return;
    }
    this.send(rec, res, NOT_FOUND);
  }

  private send(rec: FakeRequest, res: ServerResponse, reply: Reply): void {
    rec.status = reply.status;
    const headers: Record<string, string> = {};
    if (rec.host === "api") {
      this.rateRemaining = Math.max(0, this.rateRemaining - 1);
      Object.assign(headers, {
        "x-github-api-version-selected": "2022-11-28",
        "x-github-media-type": "github.v3; format=json",
        "x-github-request-id": randomBytes(8).toString("hex").toUpperCase(),
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": String(this.rateRemaining),
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        "x-ratelimit-used": String(5000 - this.rateRemaining),
        "x-ratelimit-resource": "core",
      });
    }
    let payload: string | Buffer = "";
    if (Buffer.isBuffer(reply.body) || typeof reply.body === "string") {
      payload = reply.body;
      headers["content-type"] = "text/plain; charset=utf-8";
    } else if (reply.body !== undefined) {
      payload = JSON.stringify(reply.body);
      headers["content-type"] = "application/json; charset=utf-8";
    }
    Object.assign(headers, reply.headers ?? {});
    headers["content-length"] = String(Buffer.byteLength(payload));
    if (
      rec.host === "api" &&
      !Buffer.isBuffer(reply.body) &&
      typeof reply.body !== "string" &&
      this.openapi.match(rec.method, rec.path)
    ) {
      rec.responseProblems = this.openapi.checkResponse(rec.method, rec.path, reply.status, reply.body);
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  private checkAuth(rec: FakeRequest): Reply | undefined {
    if (this.token === undefined) return undefined;
    const header = rec.headers.authorization;
    if (!header) return error(401, "Requires authentication");
    const m = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!m || m[2] !== this.token) return error(401, "Bad credentials");
    return undefined;
  }

  private serveBlob(rec: FakeRequest, res: ServerResponse): void {
    const token = /^\/_blobs\/([A-Za-z0-9_-]+)$/.exec(rec.path)?.[1];
    const artifact = token ? this.artifacts.get(this.blobs.get(token) ?? -1) : undefined;
    if (!token || !artifact) {
      this.send(rec, res, { status: 404, body: "The specified blob does not exist." });
      return;
    }
    const authorization = rec.headers.authorization;
    const download: BlobDownload = { artifactId: artifact.id, token, authorization, status: 200 };
    this.blobDownloads.push(download);
    if (authorization !== undefined && this.blobRejectsAuthorization) {
      download.status = 400;
      this.send(rec, res, {
        status: 400,
        body: "Authentication information is not given in the correct format.",
      });
      return;
    }
    rec.status = 200;
    res.writeHead(200, { "content-type": "application/zip", "content-length": String(artifact.zip.length) });
    res.end(artifact.zip);
  }

  // ---- endpoints --------------------------------------------------------------------------------

  private getUser(): Reply {
    if (this.userForbidden) {
      return error(
        403,
        "Resource not accessible by integration",
        "https://docs.github.com/rest/users/users#get-the-authenticated-user",
      );
    }
    const login = this.userLogin;
    return {
      status: 200,
      body: {
        ...this.simpleUser(login),
        name: login,
        company: null,
        blog: "",
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        notification_email: null,
        public_repos: 3,
        public_gists: 0,
        followers: 1,
        following: 0,
        created_at: iso(EPOCH - 900 * 86_400_000),
        updated_at: iso(EPOCH - 10 * 86_400_000),
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 1024,
        collaborators: 0,
        two_factor_authentication: true,
        plan: { name: "free", space: 976562499, collaborators: 0, private_repos: 10000 },
      },
    };
  }

  private getRun({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    const run = repo && this.runs.find((r) => r.repo === repo.fullName && r.id === Number(params[2]));
    if (!run) return NOT_FOUND;
    return {
      status: 200,
      body: this.runObject(run, url.searchParams.get("exclude_pull_requests") === "true"),
    };
  }

  private listRuns({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    if (!repo) return NOT_FOUND;
    const ref = params[2] ?? "";
    const workflows = [...(this.workflows.get(repo.fullName.toLowerCase())?.values() ?? [])];
    const workflow = /^\d+$/.test(ref)
      ? workflows.find((w) => w.id === Number(ref))
      : workflows.find((w) => w.path.split("/").pop() === ref);
    if (!workflow) return NOT_FOUND;
    const q = url.searchParams;
    const branch = q.get("branch");
    const event = q.get("event");
    const status = q.get("status");
    const headSha = q.get("head_sha");
    const actor = q.get("actor");
    const runs = this.runs
      .filter(
        (r) =>
          r.repo === repo.fullName &&
          r.workflowId === workflow.id &&
          (branch === null || r.headBranch === branch) &&
          (event === null || r.event === event) &&
          (status === null || r.status === status || r.conclusion === status) &&
          (headSha === null || r.headSha === headSha) &&
          (actor === null || r.actor.toLowerCase() === actor.toLowerCase()),
      )
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    const page = this.paginate(url, runs);
    const exclude = q.get("exclude_pull_requests") === "true";
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: runs.length, workflow_runs: page.items.map((r) => this.runObject(r, exclude)) },
    };
  }

  private listArtifacts({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    const run = repo && this.runs.find((r) => r.repo === repo.fullName && r.id === Number(params[2]));
    if (!run) return NOT_FOUND;
    const name = url.searchParams.get("name");
    const asc = url.searchParams.get("direction") === "asc";
    const artifacts = [...this.artifacts.values()]
      .filter((a) => a.runId === run.id && a.repo === run.repo && (name === null || a.name === name))
      .sort((a, b) => (asc ? a.id - b.id : b.id - a.id));
    const page = this.paginate(url, artifacts);
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: artifacts.length, artifacts: page.items.map((a) => this.artifactObject(a)) },
    };
  }

  private downloadArtifact({ params }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    const artifact = this.artifacts.get(Number(params[2]));
    if (!repo || !artifact || artifact.repo !== repo.fullName || params[3] !== "zip") return NOT_FOUND;
    if (artifact.expired) return { status: 410, body: { message: "Artifact has expired" } };
    const token = randomBytes(18).toString("base64url");
    this.blobs.set(token, artifact.id);
    return { status: 302, headers: { location: `${this.blob.base}/_blobs/${token}` } };
  }

  private listComments({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    if (!repo) return NOT_FOUND;
    const issue = Number(params[2]);
    const since = url.searchParams.get("since");
    const list = this.commentList.filter(
      (c) =>
        c.repo === repo.fullName &&
        c.issueNumber === issue &&
        (since === null || Date.parse(c.updatedAt) >= Date.parse(since)),
    );
    const page = this.paginate(url, list);
    return { status: 200, headers: page.headers, body: page.items.map((c) => this.commentObject(c)) };
  }

  private createComment(ctx: Ctx): Reply {
    const { params } = ctx;
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    if (!repo) return NOT_FOUND;
    const docs = "https://docs.github.com/rest/issues/comments#create-an-issue-comment";
    if (this.readOnly) return error(403, "Resource not accessible by integration", docs);
    const body = this.commentBody(ctx, docs);
    if (typeof body !== "string") return body;
    const id = this.addComment(repo.fullName, Number(params[2]), this.actorLogin, body);
    const c = this.commentList.find((x) => x.id === id) as FakeComment;
    const object = this.commentObject(c);
    return { status: 201, headers: { location: object.url }, body: object };
  }

  private updateComment(ctx: Ctx): Reply {
    const { params } = ctx;
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    const c = repo && this.commentList.find((x) => x.repo === repo.fullName && x.id === Number(params[2]));
    if (!c) return NOT_FOUND;
    const docs = "https://docs.github.com/rest/issues/comments#update-an-issue-comment";
    if (this.readOnly) return error(403, "Resource not accessible by integration", docs);
    const body = this.commentBody(ctx, docs);
    if (typeof body !== "string") return body;
    c.body = body;
    c.login = this.actorLogin;
    c.updatedAt = this.tick();
    return { status: 200, body: this.commentObject(c) };
  }

  /** The comment text of a create/update request, or GitHub's 422 (GitHub caps bodies at 65 536). */
  private commentBody(ctx: Ctx, docs: string): string | Reply {
    let parsed: unknown;
    try {
      parsed = ctx.json();
    } catch {
      return {
        status: 400,
        body: { message: "Problems parsing JSON", documentation_url: docs, status: "400" },
      };
    }
    const body = (parsed as { body?: unknown } | null)?.body;
    if (typeof body !== "string") {
      return {
        status: 422,
        body: {
          message: `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(body ?? null)} is not a string.`,
          documentation_url: docs,
          status: "422",
        },
      };
    }
    if (body.length > 65_536) {
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          errors: [
            {
              resource: "IssueComment",
              code: "custom",
              field: "body",
              message: "body is too long (maximum is 65536 characters)",
            },
          ],
          documentation_url: docs,
          status: "422",
        },
      };
    }
    return body;
  }

  private listPulls({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    if (!repo) return NOT_FOUND;
    const q = url.searchParams;
    const state = q.get("state") ?? "open";
    const head = q.get("head");
    const base = q.get("base");
    const asc = q.get("direction") === "asc";
    const list = this.pulls
      .filter((p) => {
        if (p.repo !== repo.fullName) return false;
        if (state !== "all" && p.state !== state) return false;
        if (base !== null && p.baseRef !== base) return false;
        if (head !== null) {
          const [owner, ref] = head.includes(":") ? head.split(":", 2) : [undefined, head];
          if (ref !== p.headRef) return false;
          if (owner !== undefined && owner.toLowerCase() !== (p.headRepo.split("/")[0] ?? "").toLowerCase()) {
            return false;
          }
        }
        return true;
      })
      .sort(
        (a, b) => (asc ? 1 : -1) * (Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number),
      );
    const page = this.paginate(url, list);
    return { status: 200, headers: page.headers, body: page.items.map((p) => this.pullObject(p)) };
  }

  /** Open pull requests whose head is the commit, and merged ones (GitHub: those that introduced it). */
  private commitPulls({ params, url }: Ctx): Reply {
    const repo = this.findRepo(`${params[0]}/${params[1]}`);
    if (!repo) return NOT_FOUND;
    const list = this.pulls
      .filter((p) => p.repo === repo.fullName && p.headSha === params[2] && (p.state === "open" || p.merged))
      .sort((a, b) => b.number - a.number);
    const page = this.paginate(url, list);
    return { status: 200, headers: page.headers, body: page.items.map((p) => this.pullObject(p)) };
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private tick(): string {
    this.clock += 1000;
    return iso(this.clock);
  }

  private findRepo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  private ensureRepo(fullName: string): Repo {
    const found = this.findRepo(fullName);
    if (found) return found;
    const [owner = "", name = ""] = fullName.split("/");
    if (!owner || !name) throw new Error(`not a repository full name: ${fullName}`);
    this.addRepo({ owner, name });
    return this.findRepo(fullName) as Repo;
  }

  /** GitHub's per_page (default 30, at most 100) / page, with a Link header like GitHub's. */
  private paginate<T>(url: URL, items: T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page") ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number) => {
      const u = new URL(url.pathname + url.search, this.api.base);
      u.searchParams.set("page", String(n));
      return `<${u.toString()}>`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) parts.push(`${link(1)}; rel="first"`);
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: parts.length > 0 ? { link: parts.join(", ") } : {},
    };
  }

  private simpleUser(login: string) {
    const bot = login.endsWith("[bot]");
    const id = login === BOT ? 41898282 : idOf(`user:${login}`);
    const u = `${this.api.base}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: nodeId(bot ? "BOT" : "U", id),
      avatar_url: bot
        ? `https://avatars.githubusercontent.com/in/${id % 100000}?v=4`
        : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: "",
      url: u,
      html_url: bot
        ? `https://github.com/apps/${login.replace(/\[bot\]$/, "")}`
        : `https://github.com/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: bot ? "Bot" : "User",
      user_view_type: "public",
      site_admin: false,
    };
  }

  /** minimal-repository (as in workflow runs); `full` adds what the repository schema requires. */
  private repoObject(fullName: string, full: boolean) {
    const repo = this.ensureRepo(fullName);
    const u = `${this.api.base}/repos/${repo.fullName}`;
    const minimal = {
      id: repo.id,
      node_id: nodeId("R", repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: false,
      owner: this.simpleUser(repo.owner),
      html_url: `https://github.com/${repo.fullName}`,
      description: null,
      fork: repo.fork,
      url: u,
      forks_url: `${u}/forks`,
      keys_url: `${u}/keys{/key_id}`,
      collaborators_url: `${u}/collaborators{/collaborator}`,
      teams_url: `${u}/teams`,
      hooks_url: `${u}/hooks`,
      issue_events_url: `${u}/issues/events{/number}`,
      events_url: `${u}/events`,
      assignees_url: `${u}/assignees{/user}`,
      branches_url: `${u}/branches{/branch}`,
      tags_url: `${u}/tags`,
      blobs_url: `${u}/git/blobs{/sha}`,
      git_tags_url: `${u}/git/tags{/sha}`,
      git_refs_url: `${u}/git/refs{/sha}`,
      trees_url: `${u}/git/trees{/sha}`,
      statuses_url: `${u}/statuses/{sha}`,
      languages_url: `${u}/languages`,
      stargazers_url: `${u}/stargazers`,
      contributors_url: `${u}/contributors`,
      subscribers_url: `${u}/subscribers`,
      subscription_url: `${u}/subscription`,
      commits_url: `${u}/commits{/sha}`,
      git_commits_url: `${u}/git/commits{/sha}`,
      comments_url: `${u}/comments{/number}`,
      issue_comment_url: `${u}/issues/comments{/number}`,
      contents_url: `${u}/contents/{+path}`,
      compare_url: `${u}/compare/{base}...{head}`,
      merges_url: `${u}/merges`,
      archive_url: `${u}/{archive_format}{/ref}`,
      downloads_url: `${u}/downloads`,
      issues_url: `${u}/issues{/number}`,
      pulls_url: `${u}/pulls{/number}`,
      milestones_url: `${u}/milestones{/number}`,
      notifications_url: `${u}/notifications{?since,all,participating}`,
      labels_url: `${u}/labels{/name}`,
      releases_url: `${u}/releases{/id}`,
      deployments_url: `${u}/deployments`,
    };
    if (!full) return minimal;
    return {
      ...minimal,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      pushed_at: repo.createdAt,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `https://github.com/${repo.fullName}.git`,
      svn_url: `https://github.com/${repo.fullName}`,
      homepage: null,
      size: 1024,
      stargazers_count: 0,
      watchers_count: 0,
      language: "Python",
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: 0,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: "public",
      forks: 0,
      open_issues: 0,
      watchers: 0,
      default_branch: "main",
    };
  }

  private runObject(run: Run, excludePullRequests: boolean) {
    const repo = this.ensureRepo(run.repo);
    const head = this.ensureRepo(run.headRepository);
    const workflow = this.workflows.get(repo.fullName.toLowerCase())?.get(run.workflowId);
    const u = `${this.api.base}/repos/${repo.fullName}/actions/runs/${run.id}`;
    const checkSuiteId = idOf(`suite:${run.id}`, 30_000_000_000);
    const author = { name: run.actor, email: `${run.actor}@users.noreply.github.com` };
    return {
      id: run.id,
      name: workflow?.name ?? null,
      node_id: nodeId("WFR", run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: workflow?.path ?? "",
      display_title: run.displayTitle,
      run_number: run.runNumber,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      check_suite_id: checkSuiteId,
      check_suite_node_id: nodeId("CS", checkSuiteId),
      url: u,
      html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: excludePullRequests ? [] : run.pullRequests.map((n) => this.pullMinimal(run, n)),
      created_at: run.createdAt,
      updated_at: iso(Date.parse(run.createdAt) + (run.status === "completed" ? 30 * 60_000 : 0)),
      actor: this.simpleUser(run.actor),
      run_attempt: 1,
      referenced_workflows: [],
      run_started_at: run.createdAt,
      triggering_actor: this.simpleUser(run.actor),
      jobs_url: `${u}/jobs`,
      logs_url: `${u}/logs`,
      check_suite_url: `${this.api.base}/repos/${repo.fullName}/check-suites/${checkSuiteId}`,
      artifacts_url: `${u}/artifacts`,
      cancel_url: `${u}/cancel`,
      rerun_url: `${u}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${this.api.base}/repos/${repo.fullName}/actions/workflows/${run.workflowId}`,
      head_commit: {
        id: run.headSha,
        tree_id: sha(`tree:${run.headSha}`),
        message: run.displayTitle,
        timestamp: iso(Date.parse(run.createdAt) - 60_000),
        author,
        committer: author,
      },
      repository: this.repoObject(repo.fullName, false),
      head_repository: this.repoObject(head.fullName, false),
      head_repository_id: head.id,
    };
  }

  private pullMinimal(run: Run, number: number) {
    const pull = this.pulls.find((p) => p.repo === run.repo && p.number === number);
    const repo = this.ensureRepo(run.repo);
    const head = this.ensureRepo(pull?.headRepo ?? run.headRepository);
    const small = (r: Repo) => ({ id: r.id, url: `${this.api.base}/repos/${r.fullName}`, name: r.name });
    return {
      id: pull?.id ?? idOf(`pull:${repo.fullName}#${number}`, 1_800_000_000),
      number,
      url: `${this.api.base}/repos/${repo.fullName}/pulls/${number}`,
      head: { ref: pull?.headRef ?? run.headBranch, sha: pull?.headSha ?? run.headSha, repo: small(head) },
      base: {
        ref: pull?.baseRef ?? "main",
        sha: pull?.baseSha ?? sha(`${repo.fullName}@main`),
        repo: small(repo),
      },
    };
  }

  private artifactObject(a: Artifact) {
    const run = this.runs.find((r) => r.id === a.runId);
    const repo = this.ensureRepo(a.repo);
    const head = this.ensureRepo(run?.headRepository ?? a.repo);
    const u = `${this.api.base}/repos/${repo.fullName}/actions/artifacts/${a.id}`;
    const created = Date.parse(a.createdAt);
    return {
      id: a.id,
      node_id: nodeId("MDg6QXJ0aWZhY3Q", a.id),
      name: a.name,
      size_in_bytes: a.zip.length,
      url: u,
      archive_download_url: `${u}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: iso(created + 90 * 86_400_000),
      digest: `sha256:${createHash("sha256").update(a.zip).digest("hex")}`,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: head.id,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          }
        : null,
    };
  }

  private commentObject(c: FakeComment) {
    const repo = this.ensureRepo(c.repo);
    const isPull = this.pulls.some((p) => p.repo === c.repo && p.number === c.issueNumber);
    const u = `${this.api.base}/repos/${repo.fullName}`;
    const association = c.login.toLowerCase() === repo.owner.toLowerCase() ? "OWNER" : "NONE";
    return {
      url: `${u}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repo.fullName}/${isPull ? "pull" : "issues"}/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${u}/issues/${c.issueNumber}`,
      id: c.id,
      node_id: nodeId("IC", c.id),
      user: this.simpleUser(c.login),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: association,
      body: c.body,
      reactions: {
        url: `${u}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    };
  }

  private pullObject(p: Pull) {
    const repo = this.ensureRepo(p.repo);
    const head = this.ensureRepo(p.headRepo);
    const u = `${this.api.base}/repos/${repo.fullName}`;
    const self = `${u}/pulls/${p.number}`;
    const html = `https://github.com/${repo.fullName}/pull/${p.number}`;
    const closedAt = p.state === "closed" ? iso(Date.parse(p.createdAt) + 3_600_000) : null;
    return {
      url: self,
      id: p.id,
      node_id: nodeId("PR", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${u}/issues/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.simpleUser(p.user),
      body: null,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: closedAt,
      merged_at: p.merged ? closedAt : null,
      merge_commit_sha: sha(`merge:${p.id}`),
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
      draft: false,
      commits_url: `${self}/commits`,
      review_comments_url: `${self}/comments`,
      review_comment_url: `${u}/pulls/comments{/number}`,
      comments_url: `${u}/issues/${p.number}/comments`,
      statuses_url: `${u}/statuses/${p.headSha}`,
      head: {
        label: `${head.owner}:${p.headRef}`,
        ref: p.headRef,
        sha: p.headSha,
        user: this.simpleUser(head.owner),
        repo: this.repoObject(head.fullName, true),
      },
      base: {
        label: `${repo.owner}:${p.baseRef}`,
        ref: p.baseRef,
        sha: p.baseSha,
        user: this.simpleUser(repo.owner),
        repo: this.repoObject(repo.fullName, true),
      },
      _links: {
        self: { href: self },
        html: { href: html },
        issue: { href: `${u}/issues/${p.number}` },
        comments: { href: `${u}/issues/${p.number}/comments` },
        review_comments: { href: `${self}/comments` },
        review_comment: { href: `${u}/pulls/comments{/number}` },
        commits: { href: `${self}/commits` },
        statuses: { href: `${u}/statuses/${p.headSha}` },
      },
      author_association: p.user.toLowerCase() === repo.owner.toLowerCase() ? "OWNER" : "CONTRIBUTOR",
      auto_merge: null,
      active_lock_reason: null,
    };
  }
}
