/** The CLI lists the action's GitHub inputs as flags too, but refuses them: it never talks to GitHub. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { OPTIONS } from "../../src/config/options.js";
import { parseReport } from "../../src/report/schema.js";

const root = new URL("../../", import.meta.url).pathname;

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root });
  return { code, stdout, stderr };
}

const demo = [
  "report",
  "--traces",
  "examples/nvidia-smi-4xA100.csv",
  "--zone",
  "GB",
  "--intensity-file",
  "examples/gb-intensity-2025-06-03.csv",
  "--timezone",
  "Europe/London",
];

describe("GitHub-only inputs on the CLI", () => {
  const actionOnly = OPTIONS.filter((o) => o.actionOnly).map((o) => o.name);

  it("are exactly the GitHub ones", () => {
    expect(actionOnly.sort()).toEqual(["comment", "comment-key", "github-token", "report-artifact"]);
  });

  for (const name of actionOnly) {
    it(`--${name} is refused with a message, exit 2`, async () => {
      const r = await cli([...demo, `--${name}`, "x"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--${name} is an input of the GitHub Action`);
    });
  }

  it("--baseline auto and --mode comment are the action's", async () => {
    const auto = await cli([...demo, "--baseline", "auto"]);
    expect(auto.code).toBe(2);
    expect(auto.stderr).toContain("--baseline auto looks up the base branch's artifact");
    const comment = await cli(["report", "--mode", "comment"]);
    expect(comment.code).toBe(2);
    expect(comment.stderr).toContain("--mode comment posts a pull-request comment");
  });

  it("--help names them as action-only and does not list them as flags", async () => {
    const r = await cli(["--help"]);
    expect(r.stdout).toContain("Inputs of the GitHub Action only");
    expect(r.stdout).not.toContain("--github-token");
  });
});

describe("gridprint report --mode aggregate", () => {
  it("merges report files, compares with --baseline and checks budgets", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-agg-"));
    for (const name of ["a", "b"]) {
      const r = await cli([
        ...demo,
        "--json",
        join(dir, `node-${name}.json`),
        "--markdown",
        join(dir, `${name}.md`),
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    const one = parseReport(JSON.parse(readFileSync(join(dir, "node-a.json"), "utf8")));
    const r = await cli([
      "report",
      "--mode",
      "aggregate",
      "--reports",
      join(dir, "node-a.json"),
      "--reports",
      join(dir, "node-b.json"),
      "--baseline",
      join(dir, "node-a.json"),
      "--max-increase-percent",
      "50",
      "--json",
      join(dir, "merged.json"),
    ]);
    expect(r.code, r.stderr).toBe(1);
    const merged = parseReport(JSON.parse(readFileSync(join(dir, "merged.json"), "utf8")));
    expect(merged.totals.energyKwh).toBeCloseTo(2 * one.totals.energyKwh, 9);
    expect(merged.comparison?.energyDeltaPercent).toBeCloseTo(100, 9);
    expect(r.stderr).toContain("energy change +100.0% against the baseline exceeds max-increase-percent 50%");
    // The same trace in both node reports is counted twice, and said so.
    expect(merged.warnings.join("\n")).toMatch(/counted twice/);
    expect(r.stdout).toContain("Merged 2 node reports");
  });

  it("needs --reports, and refuses --traces", async () => {
    expect((await cli(["report", "--mode", "aggregate"])).stderr).toContain("needs --reports");
    const both = await cli(["report", "--mode", "aggregate", "--traces", "x.csv", "--reports", "y.json"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("mode aggregate reads reports, not traces");
  });

  it("names the file of a report that is not one", async () => {
    const r = await cli(["report", "--mode", "aggregate", "--reports", "examples/nvidia-smi-4xA100.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("examples/nvidia-smi-4xA100.csv: not JSON");
  });
});
