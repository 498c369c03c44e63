/**
 * The built action (dist/index.js) end to end against a stateful GitHub fake on 127.0.0.1 that
 * checks every request against GitHub's OpenAPI description (see harness.ts for how it is run).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { commentMarker } from "../../src/github/comment.js";
import { parseReport, type Report } from "../../src/report/schema.js";
import { FakeGitHub } from "../github/fake-github.js";
import { buildZip, deflateBomb } from "../github/zip-writer.js";
import {
  HEAD_SHA,
  offline,
  pullRequestPayload,
  REPO,
  runAction,
  sha,
  TOKEN,
  WORKFLOW,
  workspace,
} from "./harness.js";

let baseReportText = "";
let baseReport: Report;
let fake: FakeGitHub | undefined;

beforeAll(async () => {
  const push = await runAction({
    event: "push",
    payload: { ref: "refs/heads/main", after: sha("a") },
    inputs: { ...offline, traces: "base-power.csv" },
  });
  expect(push.code, push.stdout).toBe(0);
  baseReportText = readFileSync(join(push.workspace, "gridprint-report.json"), "utf8");
  baseReport = parseReport(JSON.parse(baseReportText));
}, 60_000);

afterEach(async () => {
  if (fake) {
    // Every request the action made is one GitHub's OpenAPI description allows.
    expect(fake.openApiProblems()).toEqual([]);
    await fake.close();
    fake = undefined;
  }
});

const reportZip = (text = baseReportText, name = "gridprint-report.json") =>
  buildZip([{ name, data: Buffer.from(text) }]);

async function github(options: { readOnly?: boolean } = {}) {
  fake = await FakeGitHub.start({ token: TOKEN, ...options });
  fake.addRepo({ owner: "acme", name: "train" });
  fake.addWorkflow(REPO, { id: WORKFLOW, path: ".github/workflows/train.yml", name: "train" });
  // This pull request run.
  const runId = fake.addRun(REPO, {
    workflowId: WORKFLOW,
    headBranch: "feature",
    headSha: HEAD_SHA,
    event: "pull_request",
    conclusion: null,
  });
  return { fake, runId };
}

function addMainRun(
  f: FakeGitHub,
  zip: Buffer | undefined,
  extra: { expired?: boolean; headRepository?: string } = {},
) {
  const id = f.addRun(REPO, {
    workflowId: WORKFLOW,
    headBranch: "main",
    headSha: sha(String((f.requests.length % 9) + 1)),
    event: "push",
    conclusion: "success",
    ...(extra.headRepository ? { headRepository: extra.headRepository } : {}),
  });
  if (zip) f.addArtifact(REPO, id, { name: "gridprint-report", zip, expired: extra.expired ?? false });
  return id;
}

describe("the action on GitHub (built dist/index.js against a GitHub fake)", () => {
  it("on a push to main writes the report and outputs, asks GitHub nothing and comments nowhere", async () => {
    const { fake: f } = await github();
    const r = await runAction({
      fake: f,
      event: "push",
      payload: { ref: "refs/heads/main" },
      inputs: offline,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(f.requests).toEqual([]);
    expect(r.outputs["comment-url"]).toBe("");
    expect(r.outputs["baseline-emissions-g"]).toBe("");
    expect(Number(r.outputs["emissions-g"])).toBe(r.report?.totals.emissionsG);
    expect(r.summary).toContain("### gridprint:");
  });

  it("on a pull request compares with the base branch's artifact and creates one sticky comment", async () => {
    const { fake: f, runId } = await github();
    const mainRun = addMainRun(f, reportZip());
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    const report = r.report as Report;
    const c = report.comparison;
    expect(c?.baseRun?.id).toBe(mainRun);
    expect(c?.base.emissionsG).toBe(baseReport.totals.emissionsG);
    expect(c?.energyDeltaKwh).toBeCloseTo(report.totals.energyKwh - baseReport.totals.energyKwh, 9);
    expect(c?.energyEffectG).toBeCloseTo(
      (report.totals.energyKwh - baseReport.totals.energyKwh) *
        (baseReport.totals.emissionsG / baseReport.totals.energyKwh),
      6,
    );
    expect((c?.energyEffectG ?? 0) + (c?.gridEffectG ?? 0)).toBeCloseTo(c?.emissionsDeltaG ?? Number.NaN, 6);
    expect(Number(r.outputs["baseline-emissions-g"])).toBe(baseReport.totals.emissionsG);
    expect(Number(r.outputs["delta-percent"])).toBe(c?.emissionsDeltaPercent);
    const comments = f.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split("\n")[0]).toBe(commentMarker("default"));
    expect(comments[0]?.body).toContain("**Against the baseline**");
    expect(r.outputs["comment-url"]).toMatch(/#issuecomment-\d+$/);
    // The summary carries the same report as the comment.
    expect(comments[0]?.body.slice(commentMarker("default").length + 1).trim()).toBe(r.summary.trim());
    // The artifact was fetched from the blob host without our token.
    expect(f.blobDownloads.length).toBe(1);
    expect(f.blobDownloads[0]?.authorization).toBeUndefined();
    // The token appears only in the runner's mask commands (which hide it from the log).
    const logged = r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain(TOKEN);
  });

  it("a second run on the same pull request updates the same comment in place", async () => {
    const { fake: f, runId } = await github();
    addMainRun(f, reportZip());
    f.addComment(REPO, 7, "someone", `${commentMarker("default")}\nforged by a person, not ours`);
    const first = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId,
    });
    expect(first.code, first.stdout).toBe(0);
    const second = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, "budget-kwh": "1000" },
      runId,
    });
    expect(second.code, second.stdout).toBe(0);
    const ours = f.comments(REPO, 7).filter((c) => c.login === "github-actions[bot]");
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain("budget-kwh 1000");
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
    expect(f.comments(REPO, 7).find((c) => c.login === "someone")?.body).toContain("forged by a person");
    // A different comment-key keeps its own comment.
    const other = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, "comment-key": "eval" },
      runId,
    });
    expect(other.code, other.stdout).toBe(0);
    expect(f.comments(REPO, 7).filter((c) => c.login === "github-actions[bot]")).toHaveLength(2);
  });

  it("a broken budget fails the step after the comment, summary and outputs are written", async () => {
    const { fake: f, runId } = await github();
    addMainRun(f, reportZip());
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, "budget-g": "1", "max-increase-percent": "5" },
      runId,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Carbon budget broken: emissions [\d.]+ gCO2e exceed budget-g 1 gCO2e/);
    // Workflow commands escape "%" as "%25".
    expect(r.stdout).toMatch(
      /energy change \+[\d.]+%25 against the baseline exceeds max-increase-percent 5%25/,
    );
    expect(r.outputs["over-budget"]).toBe("true");
    expect(f.comments(REPO, 7)).toHaveLength(1);
    expect(f.comments(REPO, 7)[0]?.body).toContain("**Budget: broken**");
    expect(r.summary).toContain("**Budget: broken**");
  });

  it("a 403 on commenting (read-only token) is a warning; summary and outputs are still written", async () => {
    const { fake: f, runId } = await github({ readOnly: true });
    addMainRun(f, reportZip());
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::GitHub refused to write the pull-request comment \(HTTP 403/);
    expect(r.stdout).toContain("workflow_run");
    expect(r.outputs["comment-url"]).toBe("");
    expect(r.outputs["emissions-g"]).not.toBe("");
    expect(r.summary).toContain("**Against the baseline**");
  });

  it("a fork pull request never takes a fork's run as the baseline, and warns on the read-only token", async () => {
    const { fake: f, runId } = await github({ readOnly: true });
    const realMain = addMainRun(f, reportZip());
    // A newer "main" run whose head is the fork: its artifact must not be used.
    const forged = JSON.parse(baseReportText) as Report;
    forged.totals.emissionsG = 1;
    addMainRun(f, reportZip(JSON.stringify(forged)), { headRepository: "mallory/train" });
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(8, "mallory/train"),
      inputs: offline,
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.report?.comparison?.baseRun?.id).toBe(realMain);
    expect(r.report?.comparison?.base.emissionsG).toBe(baseReport.totals.emissionsG);
    expect(r.stdout).toContain("::warning::GitHub refused to write the pull-request comment");
  });

  it("no baseline yet is a note in the comment, not a failure", async () => {
    const { fake: f, runId } = await github();
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { ...offline, "max-increase-percent": "5" },
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.report?.comparison).toBeUndefined();
    expect(r.report?.baselineNote).toMatch(
      /^No baseline: no successful push run of this workflow on main yet/,
    );
    expect(f.comments(REPO, 7)[0]?.body).toContain("No baseline: no successful push run");
    expect(r.report?.budget.checks[0]?.message).toBe("max-increase-percent not checked: no baseline report");
  });

  it("walks back past a run whose artifact expired or is missing, and says so when none is left", async () => {
    const { fake: f, runId } = await github();
    const good = addMainRun(f, reportZip());
    addMainRun(f, undefined);
    addMainRun(f, reportZip(), { expired: true });
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.report?.comparison?.baseRun?.id).toBe(good);
    expect(r.stdout).toMatch(/baseline: run \d+ of main \(\w+\): artifact "gridprint-report" expired/);

    const { fake: g, runId: runId2 } = await github();
    addMainRun(g, reportZip(), { expired: true });
    const none = await runAction({
      fake: g,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId: runId2,
    });
    expect(none.code, none.stdout).toBe(0);
    expect(none.report?.baselineNote).toMatch(
      /none of the last 1 successful push run\(s\) on main left a usable artifact/,
    );
    expect(none.report?.baselineNote).toContain("expired");
    await g.close();
  });

  it("rejects hostile artifact zips (path traversal, symlink, zip bomb) and writes nothing outside", async () => {
    const { fake: f, runId } = await github();
    const bomb = deflateBomb(2 * 1024 ** 3);
    addMainRun(f, buildZip([{ name: "../../gridprint-report.json", data: Buffer.from(baseReportText) }]));
    addMainRun(
      f,
      buildZip([{ name: "gridprint-report.json", data: Buffer.from("/etc/passwd"), symlink: true }]),
    );
    addMainRun(f, buildZip([{ name: "gridprint-report.json", deflated: bomb, declaredSize: 1000 }]));
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: offline,
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.report?.comparison).toBeUndefined();
    const note = r.report?.baselineNote ?? "";
    expect(note).toContain('"../../gridprint-report.json"');
    expect(note).toMatch(/symbolic link/);
    expect(note).toMatch(/expands beyond|declares/);
    // "../../gridprint-report.json" from the workspace (or from anywhere the zip could be unpacked).
    expect(existsSync(join(r.workspace, "..", "gridprint-report.json"))).toBe(false);
    expect(existsSync(join(r.workspace, "..", "..", "gridprint-report.json"))).toBe(false);
    expect(readdirSync(r.workspace).sort()).toEqual(
      ["base-power.csv", "gb-intensity.csv", "gpu-power.csv", "gridprint-report.json"].sort(),
    );
  });
});

describe("mode comment (the fork-safe workflow_run half)", () => {
  const workflowRunPayload = (runId: number, headRepo: string) => ({
    action: "completed",
    workflow_run: {
      id: runId,
      workflow_id: WORKFLOW,
      event: "pull_request",
      head_sha: HEAD_SHA,
      head_branch: "feature",
      head_repository: { full_name: headRepo },
      conclusion: "success",
      // GitHub lists no pull requests here for forks; a number here would not be trusted anyway.
      pull_requests: [],
    },
  });

  it("comments on the pull request found from the run's head commit, with the base branch compared", async () => {
    const { fake: f } = await github();
    addMainRun(f, reportZip());
    f.addPull(REPO, {
      number: 12,
      headSha: HEAD_SHA,
      headRef: "feature",
      headRepo: "mallory/train",
      baseRef: "main",
    });
    f.addPull(REPO, {
      number: 13,
      headSha: sha("c"),
      headRef: "feature",
      headRepo: "mallory/train",
      baseRef: "main",
    });
    // The fork's pull_request run, with the head report it uploaded.
    const forkRun = f.addRun(REPO, {
      workflowId: WORKFLOW,
      headBranch: "feature",
      headSha: HEAD_SHA,
      event: "pull_request",
      conclusion: "success",
      headRepository: "mallory/train",
    });
    const head = await runAction({ event: "push", payload: {}, inputs: offline });
    f.addArtifact(REPO, forkRun, {
      name: "gridprint-report",
      zip: reportZip(readFileSync(join(head.workspace, "gridprint-report.json"), "utf8")),
    });
    const r = await runAction({
      fake: f,
      event: "workflow_run",
      payload: workflowRunPayload(forkRun, "mallory/train"),
      inputs: { mode: "comment", "max-increase-percent": "100" },
      runId: 777,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(f.comments(REPO, 13)).toHaveLength(0);
    const [comment] = f.comments(REPO, 12);
    expect(comment?.body).toContain("**Against the baseline**");
    expect(r.report?.totals.emissionsG).toBe(head.report?.totals.emissionsG);
    expect(r.report?.comparison?.base.emissionsG).toBe(baseReport.totals.emissionsG);
    expect(r.report?.budget.checks[0]?.name).toBe("max-increase-percent");
    expect(r.outputs["comment-url"]).toContain("issuecomment");
  });

  it("an artifact that is not a gridprint report fails the step with the reason, and nothing is posted", async () => {
    const { fake: f } = await github();
    f.addPull(REPO, {
      number: 12,
      headSha: HEAD_SHA,
      headRef: "feature",
      headRepo: "mallory/train",
      baseRef: "main",
    });
    const forkRun = f.addRun(REPO, {
      workflowId: WORKFLOW,
      headBranch: "feature",
      headSha: HEAD_SHA,
      event: "pull_request",
      conclusion: "success",
      headRepository: "mallory/train",
    });
    const hostile = { ...baseReport, totals: { ...baseReport.totals, emissionsG: -5 } };
    f.addArtifact(REPO, forkRun, { name: "gridprint-report", zip: reportZip(JSON.stringify(hostile)) });
    const r = await runAction({
      fake: f,
      event: "workflow_run",
      payload: workflowRunPayload(forkRun, "mallory/train"),
      inputs: { mode: "comment" },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*totals\.emissionsG/);
    expect(r.stdout).not.toContain("internal error");
    expect(f.comments(REPO, 12)).toHaveLength(0);
  });

  it("outside workflow_run it says what mode comment is for", async () => {
    const { fake: f } = await github();
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { mode: "comment" },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("mode comment runs in a workflow triggered by workflow_run");
  });
});

describe("mode aggregate (a matrix of nodes, one comment)", () => {
  it("merges this run's gridprint-report-* artifacts into one report and one comment", async () => {
    const { fake: f, runId } = await github();
    const node1 = await runAction({ event: "push", payload: {}, inputs: offline });
    const node2 = await runAction({
      event: "push",
      payload: {},
      inputs: { ...offline, traces: "base-power.csv" },
    });
    for (const [name, node] of [
      ["gridprint-report-node-1", node1],
      ["gridprint-report-node-2", node2],
    ] as const) {
      f.addArtifact(REPO, runId, {
        name,
        zip: reportZip(readFileSync(join(node.workspace, "gridprint-report.json"), "utf8")),
      });
    }
    f.addArtifact(REPO, runId, {
      name: "unrelated-logs",
      zip: buildZip([{ name: "x.txt", data: Buffer.from("x") }]),
    });
    const r = await runAction({
      fake: f,
      event: "pull_request",
      payload: pullRequestPayload(7),
      inputs: { mode: "aggregate", baseline: "none" },
      runId,
    });
    expect(r.code, r.stdout).toBe(0);
    const total = (node1.report?.totals.energyKwh ?? 0) + (node2.report?.totals.energyKwh ?? 0);
    expect(r.report?.totals.energyKwh).toBeCloseTo(total, 9);
    expect(r.report?.merged?.reports).toEqual(["gridprint-report-node-1", "gridprint-report-node-2"]);
    expect(f.comments(REPO, 7)).toHaveLength(1);
    expect(f.comments(REPO, 7)[0]?.body).toContain("Merged 2 node reports");
  });

  it("merges report files named in reports", async () => {
    const dir = workspace();
    const a = await runAction({
      event: "push",
      payload: {},
      inputs: { ...offline, "report-path": "node-a.json" },
      dir,
    });
    const b = await runAction({
      event: "push",
      payload: {},
      inputs: { ...offline, traces: "base-power.csv", "report-path": "node-b.json" },
      dir,
    });
    expect([a.code, b.code]).toEqual([0, 0]);
    const r = await runAction({
      event: "push",
      payload: {},
      inputs: { mode: "aggregate", reports: "node-*.json", "report-path": "merged.json" },
      dir,
    });
    expect(r.code, r.stdout).toBe(0);
    const merged = parseReport(JSON.parse(readFileSync(join(dir, "merged.json"), "utf8")));
    const one = parseReport(JSON.parse(readFileSync(join(dir, "node-a.json"), "utf8")));
    const two = parseReport(JSON.parse(readFileSync(join(dir, "node-b.json"), "utf8")));
    expect(merged.totals.emissionsG).toBeCloseTo(one.totals.emissionsG + two.totals.emissionsG, 6);
    expect(merged.merged?.reports).toEqual(["node-a.json", "node-b.json"]);
  });
});

describe("on-degraded", () => {
  it("fail: intensity that fell back to the annual average fails the step after the report is written", async () => {
    const dir = workspace();
    // An intensity file covering only the first hours of the run: later hours fall back.
    const lines = readFileSync(join(dir, "gb-intensity.csv"), "utf8").split("\n");
    writeFileSync(join(dir, "gb-intensity.csv"), lines.slice(0, 40).join("\n"));
    const warn = await runAction({ event: "push", payload: {}, inputs: offline, dir });
    expect(warn.code, warn.stdout).toBe(0);
    expect(warn.outputs.degraded).toBe("true");
    expect(warn.stdout).toMatch(/::warning::Intensity degraded \(partial\): \d+ of \d+ hour\(s\) priced/);
    const fail = await runAction({
      event: "push",
      payload: {},
      inputs: { ...offline, "on-degraded": "fail" },
      dir,
    });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/::error::Intensity degraded .*on-degraded: fail/);
    expect(fail.report).toBeDefined();
  });
});
