/**
 * Hugging Face Trainer's `trainer_state.json`: one JSON document (pretty-printed with sorted keys
 * by the Trainer) with `global_step`, `max_steps`, `epoch`, `num_train_epochs`, `total_flos`,
 * `train_batch_size` and `log_history`, a list of logged entries whose last one, written when
 * `train()` returns, holds `train_runtime` (seconds) and `train_samples_per_second`.
 *
 * It has no wall-clock time at all. With `--run-start` the window is [runStart, runStart +
 * train_runtime]; without it the file cannot place the run in time and the reader refuses it,
 * unless the caller only wants units (a power trace gives the window). A checkpoint's
 * trainer_state.json, written before training ended, has no train_runtime either.
 *
 * The document is read whole (it is one JSON value), capped at {@link MAX_DOCUMENT_CHARS}. Python's
 * json module writes NaN and Infinity for a diverged loss or gradient norm, which JSON.parse
 * refuses: those are read as missing values.
 *
 * Units: steps = global_step, epochs = epoch (fractional when training stopped mid-epoch), samples
 * = round(train_samples_per_second × train_runtime), tokens = num_input_tokens_seen where the
 * Trainer counted them (include_num_input_tokens_seen).
 */

import { InputError } from "../errors.js";
import { quote } from "../text/csv.js";
import { newStats, type ReadStats, skip } from "../traces/types.js";
import type { RunLog, RunLogReader, RunLogReadOptions } from "./types.js";

/** 64 MiB of text: a trainer_state.json of a long run with dense logging is a few MB. */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

/** Ten years: a longer train_runtime is a corrupt file, not a run. */
export const MAX_RUNTIME_S = 10 * 31_557_600;

/** Keys the Trainer always writes besides global_step; one of them must be in the head. */
const COMPANION_KEYS = [
  '"log_history"',
  '"max_steps"',
  '"num_train_epochs"',
  '"is_world_process_zero"',
  '"total_flos"',
  '"train_batch_size"',
];

export const hfTrainerState: RunLogReader = {
  format: "hf-trainer-state",

  /** A JSON object whose first lines name "global_step" and another key the Trainer writes. */
  sniff(head: readonly string[]): boolean {
    const first = head.find((l) => l.trim() !== "");
    if (first === undefined || first.trimStart().charCodeAt(0) !== 123 /* { */) return false;
    const text = head.join("\n");
    return text.includes('"global_step"') && COMPANION_KEYS.some((k) => text.includes(k));
  },

  async read(
    lines: AsyncIterable<string>,
    options: RunLogReadOptions,
  ): Promise<{ log: RunLog; stats: ReadStats }> {
    const { file } = options;
    const parts: string[] = [];
    let size = 0;
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      size += line.length + 1;
      if (size > MAX_DOCUMENT_CHARS) {
        throw new InputError(
          `trainer_state.json is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MiB: expected one JSON ` +
            `document of a few MB (the Trainer's state and log history); is this the right file?`,
          file,
          lineNo,
        );
      }
      parts.push(line);
    }
    const text = parts.join("\n");
    if (text.trim() === "") {
      throw new InputError("the file is empty: expected trainer_state.json (one JSON object)", file, 1);
    }
    const stats = newStats();
    const doc = parseDocument(text, file, stats);
    return { log: readState(doc, text, options, stats), stats };
  },
};

// ---------------------------------------------------------------------------------------------
// JSON with Python's non-finite numbers

function parseDocument(text: string, file: string, stats: ReadStats): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (first) {
    const fixed = replaceNonFinite(text);
    if (fixed.count === 0) throw jsonError(first, text, file);
    try {
      value = JSON.parse(fixed.text);
    } catch (second) {
      throw jsonError(second, fixed.text, file);
    }
    stats.missingValues += fixed.count;
    stats.notes.push(
      `${fixed.count} NaN/Infinity value(s) (Python's json writes them for a diverged loss or gradient norm) read as missing`,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(
      `expected a JSON object (trainer_state.json), got ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`,
      file,
      1,
    );
  }
  return value as Record<string, unknown>;
}

/** Replaces bare NaN, Infinity and -Infinity outside strings with null. */
function replaceNonFinite(text: string): { text: string; count: number } {
  const out: string[] = [];
  let count = 0;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    let length = 0;
    if (c === 78 /* N */ && text.startsWith("NaN", i)) length = 3;
    else if (c === 73 /* I */ && text.startsWith("Infinity", i)) length = 8;
    else if (c === 45 /* - */ && text.startsWith("-Infinity", i)) length = 9;
    if (length > 0 && !isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + length))) {
      out.push(text.slice(from, i), "null");
      from = i + length;
      i += length - 1;
      count++;
    }
  }
  out.push(text.slice(from));
  return { text: out.join(""), count };
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

/**
 * An InputError at the place the JSON breaks. JSON.parse's messages name no position on every
 * Node version, so the place is found by {@link jsonErrorOffset}.
 */
function jsonError(error: unknown, text: string, file: string): InputError {
  const offset = jsonErrorOffset(text);
  if (offset >= text.length || offset < 0) {
    return new InputError(
      offset < 0
        ? `not valid JSON (${quote(error instanceof Error ? error.message : String(error))}): expected trainer_state.json, one JSON object`
        : "the JSON ends too early (a truncated file?): expected trainer_state.json, one JSON object",
      file,
      lineOf(text, text.length),
    );
  }
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", lineStart);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
  return new InputError(
    `not valid JSON at column ${offset - lineStart + 1} (${quote(lineText)}): expected trainer_state.json, one JSON object`,
    file,
    lineOf(text, offset),
  );
}

enum Want {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  CommaOrClose,
  End,
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OBJECT = 1;
const ARRAY = 2;

/**
 * Where JSON text first goes wrong: the offset of the offending character, text.length when it
 * ends too early, -1 when it is valid. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const stack: number[] = [];
  const n = text.length;
  let want = Want.Value;
  let i = 0;
  const afterValue = () => (stack.length === 0 ? Want.End : Want.CommaOrClose);
  while (true) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    if (i >= n) return want === Want.End ? -1 : n;
    const c = text.charCodeAt(i);
    switch (want) {
      case Want.End:
        return i;
      case Want.Colon:
        if (c !== 58 /* : */) return i;
        i++;
        want = Want.Value;
        break;
      case Want.CommaOrClose: {
        const top = stack[stack.length - 1];
        if (c === 44 /* , */) {
          i++;
          want = top === OBJECT ? Want.Key : Want.Value;
        } else if ((c === 125 /* } */ && top === OBJECT) || (c === 93 /* ] */ && top === ARRAY)) {
          i++;
          stack.pop();
          want = afterValue();
        } else return i;
        break;
      }
      case Want.KeyOrClose:
      case Want.Key:
        if (want === Want.KeyOrClose && c === 125) {
          i++;
          stack.pop();
          want = afterValue();
        } else if (c === 34 /* " */) {
          i = scanString(text, i);
          if (i < 0) return -i;
          want = Want.Colon;
        } else return i;
        break;
      default:
        // Want.Value or Want.ValueOrClose
        if (want === Want.ValueOrClose && c === 93) {
          i++;
          stack.pop();
          want = afterValue();
        } else if (c === 123 /* { */) {
          i++;
          stack.push(OBJECT);
          want = Want.KeyOrClose;
        } else if (c === 91 /* [ */) {
          i++;
          stack.push(ARRAY);
          want = Want.ValueOrClose;
        } else if (c === 34) {
          i = scanString(text, i);
          if (i < 0) return -i;
          want = afterValue();
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return i;
          i = NUMBER.lastIndex;
          want = afterValue();
        } else {
          const word = text.startsWith("true", i)
            ? 4
            : text.startsWith("null", i)
              ? 4
              : text.startsWith("false", i)
                ? 5
                : 0;
          if (word === 0) return i;
          i += word;
          want = afterValue();
        }
    }
  }
}

/** The offset after a string starting at i, or minus the offset where it breaks. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) j++;
    else if (c < 32) return -j;
  }
  return -text.length;
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------
// The state

function readState(
  doc: Record<string, unknown>,
  text: string,
  options: RunLogReadOptions,
  stats: ReadStats,
): RunLog {
  const { file } = options;
  if (!("global_step" in doc) && !("log_history" in doc)) {
    const keys = Object.keys(doc).slice(0, 8);
    throw new InputError(
      `not a trainer_state.json: expected "global_step" and "log_history", found ${keys.length === 0 ? "no keys" : keys.map((k) => JSON.stringify(k)).join(", ")}`,
      file,
      1,
    );
  }
  const historyLine = lineOf(text, Math.max(0, text.indexOf('"log_history"')));
  const entries: Record<string, unknown>[] = [];
  const history = doc.log_history;
  if (Array.isArray(history)) {
    for (let i = 0; i < history.length; i++) {
      const entry: unknown = history[i];
      if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
        entries.push(entry as Record<string, unknown>);
        stats.rowsRead++;
      } else skip(stats, historyLine, `log_history[${i}]: expected an object, got ${describe(entry)}`);
    }
  } else if (history !== undefined) {
    stats.warnings.push(`log_history is ${describe(history)}, not a list: no logged entries read`);
  }

  const final = findLast(entries, (e) => positive(e.train_runtime) !== undefined);
  const runtime = final === undefined ? undefined : positive(final.train_runtime);
  const facts: Record<string, string> = {};
  const units: RunLog["units"] = {};

  const globalStep = nonNegative(doc.global_step);
  let steps = globalStep;
  if (steps === undefined) {
    for (const e of entries) {
      const s = nonNegative(e.step);
      if (s !== undefined && (steps === undefined || s > steps)) steps = s;
    }
    if (steps !== undefined) stats.notes.push("no global_step: steps from the largest logged step");
  }
  if (steps !== undefined) units.steps = steps;
  const epoch = nonNegative(doc.epoch) ?? (final ? nonNegative(final.epoch) : undefined);
  if (epoch !== undefined) units.epochs = epoch;
  const sps = final === undefined ? undefined : positive(final.train_samples_per_second);
  if (sps !== undefined && runtime !== undefined && Number.isFinite(sps * runtime)) {
    units.samples = Math.round(sps * runtime);
    stats.notes.push(
      `samples = train_samples_per_second × train_runtime = ${sps} × ${runtime} s ≈ ${units.samples} (the Trainer rounds the rate)`,
    );
  }
  const tokens =
    positive(doc.num_input_tokens_seen) ?? (final ? positive(final.num_input_tokens_seen) : undefined);
  if (tokens !== undefined) units.tokens = tokens;

  for (const key of ["global_step", "max_steps", "num_train_epochs", "train_batch_size", "total_flos"]) {
    const v = finite(doc[key]) ?? (final ? finite(final[key]) : undefined);
    if (v !== undefined) facts[key] = String(v);
  }
  const trainLoss = final ? finite(final.train_loss) : undefined;
  if (trainLoss !== undefined) facts.train_loss = String(trainLoss);
  const maxSteps = positive(doc.max_steps);
  if (globalStep !== undefined && maxSteps !== undefined && globalStep < maxSteps) {
    stats.warnings.push(
      `global_step ${globalStep} of max_steps ${maxSteps}: training stopped early, or this is a checkpoint's trainer_state.json`,
    );
  }

  const log: RunLog = { phases: [], units, facts };
  if (options.runStart === undefined) {
    if (!options.unitsOnly) {
      throw new InputError(
        "trainer_state.json has no wall-clock time: give --run-start (ISO date-time when training started)",
        file,
      );
    }
    stats.notes.push("no wall-clock time in trainer_state.json: units only");
    return log;
  }
  log.start = options.runStart;
  if (runtime === undefined) {
    if (!options.unitsOnly) {
      throw new InputError(
        "trainer_state.json has no train_runtime, so the run's duration is unknown (the Trainer writes it " +
          "when training ends; a checkpoint's trainer_state.json lacks it): use the one in the output " +
          "directory after training, or give a power trace for the window",
        file,
        historyLine,
      );
    }
    stats.notes.push("no train_runtime: the run's end is unknown");
    return log;
  }
  if (runtime > MAX_RUNTIME_S) {
    throw new InputError(
      `train_runtime ${runtime} s is not a plausible training time (more than ${MAX_RUNTIME_S / 31_557_600} years)`,
      file,
      historyLine,
    );
  }
  log.end = options.runStart + runtime * 1000;
  stats.notes.push(`window from --run-start plus train_runtime (${runtime} s)`);
  return log;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (test(item)) return item;
  }
  return undefined;
}

function finite(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function nonNegative(v: unknown): number | undefined {
  const n = finite(v);
  return n !== undefined && n >= 0 ? n : undefined;
}

function positive(v: unknown): number | undefined {
  const n = finite(v);
  return n !== undefined && n > 0 ? n : undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return quote(value);
  return typeof value === "object" ? "an object" : quote(String(value));
}
