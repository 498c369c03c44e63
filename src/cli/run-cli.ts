/**
 * The CLI shell: flags in, report out, exit code back. Testable without a process: streams and
 * the working directory are passed in.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { OPTIONS } from "../config/options.js";
import {
  budgetLimitsFrom,
  parseSettings,
  type RawOptions,
  runConfigFrom,
  type Settings,
} from "../config/settings.js";
import { InputError, UsageError } from "../errors.js";
import { writeOutputFile } from "../output-files.js";
import { runReport } from "../pipeline.js";
import { applyBaseline } from "../report/baseline.js";
import { renderMarkdown } from "../report/markdown.js";
import { describeMerge, type LabelledReport, mergeReports } from "../report/merge.js";
import { readReportFile } from "../report/read-report.js";
import type { Report } from "../report/schema.js";
import { expandTracePatterns } from "../traces/read-traces.js";
import { VERSION } from "../version.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_BUDGET = 1;
export const EXIT_USAGE = 2;

const ALIASES: Record<string, string> = { json: "report-path", markdown: "markdown-path" };

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(helpText());
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (command !== "report") {
    io.stderr(`gridprint: unknown command "${command}" (expected: report)\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(helpText());
    return EXIT_OK;
  }

  let settings: Settings;
  try {
    const raw = parseFlags(rest);
    for (const o of OPTIONS) {
      if (o.actionOnly && raw[o.name] !== undefined) {
        throw new UsageError(
          `--${o.name} is an input of the GitHub Action; the CLI does not talk to GitHub (the report goes to files or standard output)`,
        );
      }
    }
    if (raw.baseline === "auto") {
      throw new UsageError(
        "--baseline auto looks up the base branch's artifact, which only the GitHub Action does; give the path of a report.json (or none)",
      );
    }
    if (raw.mode === "comment") {
      throw new UsageError("--mode comment posts a pull-request comment, which only the GitHub Action does");
    }
    settings = parseSettings(raw);
  } catch (error) {
    io.stderr(`gridprint: ${(error as Error).message}\nRun "gridprint --help" for the flags.\n`);
    return EXIT_USAGE;
  }

  try {
    const report =
      settings.mode === "aggregate"
        ? await aggregateReportFiles(settings, io.cwd)
        : await runReport(runConfigFrom(settings, { cwd: io.cwd, version: VERSION }));
    const markdown = renderMarkdown(report);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const reportPath = settings["report-path"];
    const markdownPath = settings["markdown-path"] ?? (reportPath === "-" ? undefined : "-");
    if (reportPath) await emit(reportPath, json, io);
    if (markdownPath) await emit(markdownPath, markdown, io);
    for (const check of report.budget.checks.filter((c) => !c.passed))
      io.stderr(`gridprint: ${check.message}\n`);
    return report.budget.passed ? EXIT_OK : EXIT_BUDGET;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr(`gridprint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** mode aggregate: the node reports named by --reports merged into one, compared with --baseline. */
async function aggregateReportFiles(settings: Settings, cwd: string): Promise<Report> {
  const parts: LabelledReport[] = [];
  if (settings.reports.length === 0)
    throw new UsageError("--mode aggregate needs --reports (report.json files or globs)");
  for (const file of await expandTracePatterns(settings.reports, cwd, "reports")) {
    parts.push({ label: file, report: await readReportFile(resolve(cwd, file), file, cwd) });
  }
  const summary = describeMerge(parts);
  const merged = {
    ...mergeReports(parts, { version: VERSION, now: new Date() }),
    merged: { reports: parts.map((p) => p.label), summary },
  };
  const base = typeof settings.baseline === "object" ? settings.baseline.path : undefined;
  return applyBaseline(
    merged,
    base ? { report: await readReportFile(resolve(cwd, base), base, cwd), label: base } : undefined,
    budgetLimitsFrom(settings),
  );
}

function parseFlags(args: readonly string[]): RawOptions {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
  for (const o of OPTIONS) options[o.name] = { type: "string", ...(o.multiple ? { multiple: true } : {}) };
  for (const alias of Object.keys(ALIASES)) options[alias] = { type: "string" };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify .*$/s, ""));
  }
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(parsed.values)) {
    const name = ALIASES[key] ?? key;
    if (raw[name] !== undefined && ALIASES[key])
      throw new UsageError(`--${key} and --${name} are the same flag; give one`);
    raw[name] = value as string | string[];
  }
  return raw;
}

async function emit(path: string, text: string, io: CliIo): Promise<void> {
  if (path === "-") io.stdout(text);
  else await writeOutputFile(resolve(io.cwd, path), path, text, io.cwd);
}

export function helpText(): string {
  const lines = [
    `gridprint ${VERSION}: the carbon footprint of a training run, hour by hour.`,
    "",
    "Usage: gridprint report --traces FILE_OR_GLOB [--zone ZONE] [--intensity-file FILE] [flags]",
    "",
    "       gridprint report --mode aggregate --reports 'node-*/gridprint-report.json' [--baseline FILE]",
    "",
    "Flags (each is also an input of the GitHub Action, with the same name):",
  ];
  for (const o of OPTIONS.filter((x) => !x.actionOnly)) {
    const def = o.cliDefault === null ? "" : o.default !== undefined ? ` (default: ${o.default})` : "";
    const alias = Object.entries(ALIASES).find(([, n]) => n === o.name)?.[0];
    lines.push(`  --${o.name}${alias ? `, --${alias}` : ""}${o.multiple ? " (repeatable)" : ""}${def}`);
    lines.push(`      ${o.description}`);
  }
  lines.push(
    "",
    `Inputs of the GitHub Action only (the CLI does not talk to GitHub): ${OPTIONS.filter((o) => o.actionOnly)
      .map((o) => o.name)
      .join(", ")}.`,
    "",
    "Without --markdown-path the markdown report goes to standard output.",
    "Exit codes: 0 ok, 1 a budget was broken, 2 bad usage or unusable input.",
    "",
  );
  return lines.join("\n");
}
