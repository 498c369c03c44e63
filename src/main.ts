/**
 * The action shell: inputs in, report.json, outputs and the job summary out. Validation happens
 * inside run(), never at import time, so a bad input fails the step with a message naming it.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { OPTIONS } from "./config/options.js";
import { parseSettings, type RawOptions, runConfigFrom } from "./config/settings.js";
import { InputError, UsageError } from "./errors.js";
import { runReport } from "./pipeline.js";
import { renderMarkdown } from "./report/markdown.js";
import { VERSION } from "./version.js";

export async function run(): Promise<void> {
  try {
    const raw: RawOptions = {};
    for (const o of OPTIONS) {
      raw[o.name] = o.multiple ? core.getMultilineInput(o.name) : core.getInput(o.name);
    }
    // Keys never reach a log line, whatever prints them: raw, URL-encoded, and in Basic auth.
    for (const name of ["electricity-maps-token", "watttime-password"]) {
      const value = raw[name];
      if (typeof value === "string" && value.trim() !== "") {
        core.setSecret(value.trim());
        core.setSecret(encodeURIComponent(value.trim()));
      }
    }
    const user = typeof raw["watttime-username"] === "string" ? raw["watttime-username"].trim() : "";
    const password = typeof raw["watttime-password"] === "string" ? raw["watttime-password"].trim() : "";
    if (user && password) core.setSecret(Buffer.from(`${user}:${password}`).toString("base64"));
    const settings = parseSettings(raw);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const report = await runReport(runConfigFrom(settings, { cwd: workspace, version: VERSION }));

    const reportPath = resolve(workspace, settings["report-path"] ?? "gridprint-report.json");
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const markdown = renderMarkdown(report);
    if (settings["markdown-path"]) await writeFile(resolve(workspace, settings["markdown-path"]), markdown);

    core.setOutput("energy-kwh", report.totals.energyKwh);
    core.setOutput("emissions-g", report.totals.emissionsG);
    core.setOutput("naive-emissions-g", report.totals.naiveEmissionsG);
    core.setOutput("report-path", reportPath);
    core.setOutput("over-budget", String(!report.budget.passed));
    core.setOutput("intensity-quality", report.intensity.quality);
    for (const warning of report.warnings) core.warning(warning);
    await core.summary.addRaw(markdown).write();

    const broken = report.budget.checks.filter((c) => !c.passed);
    if (broken.length > 0) core.setFailed(`Carbon budget broken: ${broken.map((c) => c.message).join("; ")}`);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) core.setFailed(error.message);
    else
      core.setFailed(
        `gridprint internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
  }
}
