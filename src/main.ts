/**
 * The action shell: inputs in through @actions/core, everything else in src/action/run-action.ts.
 * Validation happens inside run(), never at import time, so a bad input fails the step with a
 * message naming it.
 */
import * as core from "@actions/core";
import { runAction, secretsOf } from "./action/run-action.js";
import { OPTIONS } from "./config/options.js";
import { parseSettings, type RawOptions } from "./config/settings.js";
import { InputError, UsageError } from "./errors.js";
import { ArtifactError } from "./github/artifacts.js";
import { GitHubRateLimitError, messageOf, statusOf } from "./github/retry.js";
import { Redactor } from "./intensity/http.js";
import { VERSION } from "./version.js";

/** Inputs whose values are masked in the log, raw, URL-encoded and base64-encoded. */
const SECRET_INPUTS = ["github-token", "electricity-maps-token", "watttime-password"];

export async function run(): Promise<void> {
  let redactor = new Redactor([]);
  try {
    const raw: RawOptions = {};
    for (const o of OPTIONS) {
      raw[o.name] = o.multiple ? core.getMultilineInput(o.name) : core.getInput(o.name);
    }
    maskSecrets(raw);
    const text = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string).trim() : undefined);
    redactor = new Redactor(
      secretsOf({
        "github-token": text("github-token"),
        "electricity-maps-token": text("electricity-maps-token"),
        "watttime-username": text("watttime-username"),
        "watttime-password": text("watttime-password"),
      }),
    );
    const settings = parseSettings(raw);
    await runAction(
      settings,
      {
        info: (m) => core.info(m),
        warning: (m) => core.warning(m),
        setOutput: (name, value) => core.setOutput(name, value),
        setFailed: (m) => core.setFailed(m),
        writeSummary: async (markdown) => {
          await core.summary.addRaw(markdown).write();
        },
      },
      { env: process.env, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(), version: VERSION },
    );
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof UsageError ||
      error instanceof ArtifactError ||
      error instanceof GitHubRateLimitError
    )
      core.setFailed(redactor.redact(error.message));
    else if (statusOf(error) !== undefined)
      core.setFailed(
        redactor.redact(`GitHub API request failed (HTTP ${statusOf(error)}): ${messageOf(error)}`),
      );
    else
      core.setFailed(
        redactor.redact(
          `gridprint internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
  }
}

function maskSecrets(raw: RawOptions): void {
  const value = (name: string) => {
    const v = raw[name];
    return typeof v === "string" ? v.trim() : "";
  };
  const mask = (secret: string) => {
    if (secret === "") return;
    core.setSecret(secret);
    core.setSecret(encodeURIComponent(secret));
    core.setSecret(Buffer.from(secret).toString("base64"));
  };
  for (const name of SECRET_INPUTS) mask(value(name));
  const user = value("watttime-username");
  const password = value("watttime-password");
  if (user && password) mask(`${user}:${password}`);
}
