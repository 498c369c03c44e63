/**
 * Training logs by format: the readers, sniffing a file's format from its first lines (never its
 * name), and reading one file from disk.
 */
import { resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { assertRegularFile, headLines } from "../input-files.js";
import { parseTimestamp } from "../time/timestamp.js";
import { LocalClock } from "../time/zone.js";
import { fileLines } from "../traces/lines.js";
import type { ReadStats } from "../traces/types.js";
import { hfTrainerState } from "./hf-trainer-state.js";
import { lightningMetrics } from "./lightning-metrics.js";
import { mllog } from "./mllog.js";
import type { RunLog, RunLogReader } from "./types.js";

/** Sniffed in this order; each sniff rejects the others' files and every trace format. */
export const RUN_LOG_READERS: readonly RunLogReader[] = [mllog, hfTrainerState, lightningMetrics];
export const RUN_LOG_FORMATS = ["auto", ...RUN_LOG_READERS.map((r) => r.format)] as const;

/** Lines looked at to tell a log's format: real logs often open with launcher noise. */
export const RUN_LOG_HEAD_LINES = 200;
const HEAD_LINES = RUN_LOG_HEAD_LINES;

/** The reader whose format the first lines show, or undefined. */
export function sniffRunLog(head: readonly string[]): RunLogReader | undefined {
  return RUN_LOG_READERS.find((r) => r.sniff(head));
}

export interface ReadRunLogOptions {
  /** "auto" (sniff) or one of {@link RUN_LOG_FORMATS}. */
  format?: string;
  /** IANA zone for zone-less times in the log (and in runStart's text, see {@link parseRunStart}). */
  timezone: string;
  /** UTC ms, from `--run-start`. */
  runStart?: number;
  /** See RunLogReadOptions.unitsOnly: true when a power trace gives the window. */
  unitsOnly?: boolean;
  cwd?: string;
}

export interface RunLogFile {
  file: string;
  format: string;
  log: RunLog;
  stats: ReadStats;
}

export async function readRunLog(file: string, options: ReadRunLogOptions): Promise<RunLogFile> {
  const cwd = options.cwd ?? process.cwd();
  const path = resolve(cwd, file);
  await assertRegularFile(path, file, "a training log", cwd);
  const head = await headLines(path, HEAD_LINES);
  if (head.every((l) => l.trim() === "")) {
    throw new InputError("the file is empty: expected a training log", file, 1);
  }
  const reader = pickReader(options.format ?? "auto", head, file);
  const { log, stats } = await reader.read(fileLines(path), {
    file,
    clock: new LocalClock(options.timezone),
    ...(options.runStart === undefined ? {} : { runStart: options.runStart }),
    ...(options.unitsOnly ? { unitsOnly: true } : {}),
  });
  return { file, format: reader.format, log, stats };
}

function pickReader(format: string, head: readonly string[], file: string): RunLogReader {
  if (format !== "auto") {
    const reader = RUN_LOG_READERS.find((r) => r.format === format);
    if (!reader) {
      throw new UsageError(
        `unknown run log format "${format}" (expected one of ${RUN_LOG_FORMATS.join(", ")})`,
      );
    }
    return reader;
  }
  const reader = sniffRunLog(head);
  if (reader) return reader;
  const first = head.find((l) => l.trim() !== "") ?? "";
  throw new InputError(
    `not a known training log (first line: ${JSON.stringify(first.slice(0, 120))}); expected an MLPerf ` +
      `log (":::MLLOG {...}" lines), a Hugging Face trainer_state.json, or a Lightning metrics.csv`,
    file,
    head.indexOf(first) + 1,
  );
}

/**
 * `--run-start`: an ISO date-time (or epoch seconds/ms); one without a zone is wall-clock time in
 * the given timezone. Throws a UsageError naming the flag.
 */
export function parseRunStart(text: string, timezone: string): number {
  const parsed = parseTimestamp(text);
  if (parsed === undefined) {
    throw new UsageError(
      `--run-start: expected an ISO date-time when training started (e.g. 2025-06-03T09:30:00Z), got ${JSON.stringify(text)}`,
    );
  }
  return new LocalClock(timezone).toUtc(parsed);
}
