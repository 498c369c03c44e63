/**
 * The built action (dist/index.js), run as GitHub runs it: a Node process with INPUT_* variables
 * and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/report/schema.js";

const root = new URL("../../", import.meta.url).pathname;

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-action-"));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: root,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [join(root, "dist/index.js")], { env, encoding: "utf8" });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM\nvalue\nDELIM
  const text = readFileSync(outputFile, "utf8");
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] as string] = m[3] as string;
  return {
    status: result.status,
    stdout: result.stdout,
    outputs,
    summary: readFileSync(summaryFile, "utf8"),
    dir,
  };
}

const demoInputs = (dir: string) => ({
  traces: "examples/nvidia-smi-4xA100.csv",
  zone: "GB",
  "intensity-file": "examples/gb-intensity-2025-06-03.csv",
  timezone: "Europe/London",
  "report-path": join(dir, "report.json"),
});

describe("the action", () => {
  it("writes report.json, the outputs and the job summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-action-report-"));
    const r = runAction(demoInputs(dir));
    expect(r.stdout).not.toContain("::error::");
    expect(r.status).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
    expect(Number(r.outputs["energy-kwh"])).toBe(report.totals.energyKwh);
    expect(Number(r.outputs["emissions-g"])).toBe(report.totals.emissionsG);
    expect(Number(r.outputs["naive-emissions-g"])).toBe(report.totals.naiveEmissionsG);
    expect(r.outputs["report-path"]).toBe(join(dir, "report.json"));
    expect(r.outputs["over-budget"]).toBe("false");
    expect(r.summary).toContain("### gridprint:");
  });

  it("fails the step over budget, after writing the summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-action-budget-"));
    const r = runAction({ ...demoInputs(dir), "budget-g": "10" });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::Carbon budget broken: emissions .* exceed budget-g 10 gCO2e/);
    expect(r.summary).toContain("Budget: broken");
    expect(r.outputs["over-budget"]).toBe("true");
  });

  it("names the input that is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-action-bad-"));
    const r = runAction({ ...demoInputs(dir), "emission-factor": "sometimes" });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::emission-factor: .*sometimes/);
  });
});

describe("keys given to the action", () => {
  it("are masked for the runner and appear nowhere else", () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-action-secret-"));
    const token = "canary-em-token-93be1";
    const password = "canary-wt-pass-51c0d";
    const r = runAction({
      traces: "examples/nvidia-smi-4xA100.csv",
      zone: "US-CAL-CISO",
      timezone: "Europe/London",
      "intensity-source": "average",
      "electricity-maps-token": token,
      "watttime-username": "someone",
      "watttime-password": password,
      "report-path": join(dir, "report.json"),
    });
    expect(r.status).toBe(0);
    // The runner is told to mask each form; nothing else carries them.
    const masks = r.stdout.split("\n").filter((l) => l.startsWith("::add-mask::"));
    expect(masks).toEqual(
      expect.arrayContaining([
        `::add-mask::${token}`,
        `::add-mask::${password}`,
        `::add-mask::${Buffer.from(`someone:${password}`).toString("base64")}`,
      ]),
    );
    const rest = [
      r.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
      r.summary,
      JSON.stringify(r.outputs),
      readFileSync(join(dir, "report.json"), "utf8"),
    ];
    for (const text of rest) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(password);
    }
    expect(r.outputs["intensity-quality"]).toBe("fallback");
  });
});
