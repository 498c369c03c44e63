/**
 * PyTorch Lightning's CSVLogger `metrics.csv`: a header naming every metric ever logged (sorted
 * within each batch of new keys, e.g. `epoch,step,train_loss,val_loss`) and one sparse row per
 * `log_metrics` call, empty where a metric was not logged in that call. `step` is on every row
 * (the logger adds it); `epoch` is Lightning's 0-based current epoch.
 *
 * The CSVLogger writes no time. Some set-ups log one anyway, and it is used when present:
 * - absolute times (`timestamp`, `time`, `_timestamp`, `wall_time`, `datetime`: epoch seconds or
 *   ISO date-times) give the window from the first to the last logged row (the set-up before the
 *   first row is not covered; `--run-start`, when earlier, opens the window instead);
 * - elapsed seconds (`_runtime`, `runtime`, `elapsed`, `elapsed_time`, `time_elapsed`, or a `time`
 *   column of small numbers) give the duration, and `--run-start` places it.
 * Without a time column the file gives steps and epochs but no duration: it can add work units to
 * a power trace (options.unitsOnly), and otherwise it is refused with an InputError saying so.
 *
 * Units: steps = the largest logged `step` (a step count at the time of logging, so the run may
 * have gone a few steps past it), epochs = the largest `epoch` + 1.
 */
import { InputError } from "../errors.js";
import { parseDecimal, quote, splitCsvLine } from "../text/csv.js";
import { parseTimestamp } from "../time/timestamp.js";
import { newStats, type ReadStats, skip } from "../traces/types.js";
import type { RunLog, RunLogReader, RunLogReadOptions } from "./types.js";

const ABSOLUTE_NAMES = ["timestamp", "_timestamp", "wall_time", "walltime", "datetime", "date_time", "time"];
const ELAPSED_NAMES = ["_runtime", "runtime", "elapsed", "elapsed_time", "time_elapsed", "elapsed_s"];
/** Column words that mark a power, energy or emissions file, never a training metrics log. */
const FOREIGN = /power|energy|emission|watt|carbon|intensity|joule|kwh/i;
/** Below this a numeric time is elapsed seconds; epoch seconds passed it in 2001. */
const EPOCH_SECONDS_MIN = 1e9;

/** Ten years of elapsed seconds: more is a corrupt column, not a run. */
const MAX_ELAPSED_S = 10 * 31_557_600;

type TimeMode = "absolute" | "elapsed";

interface Layout {
  names: string[];
  step: number;
  epoch: number;
  time: number;
  /** From the column name; a "time" column decides on its first value. */
  mode: TimeMode | undefined;
}

function headerFields(line: string): string[] | undefined {
  const fields = splitCsvLine(line);
  for (const f of fields) {
    if (f.length === 0) return undefined;
    const c = f.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return undefined;
  }
  return fields;
}

function layoutOf(fields: readonly string[]): Layout | undefined {
  const lower = fields.map((f) => f.toLowerCase());
  const step = lower.indexOf("step");
  if (step === -1) return undefined;
  let time = -1;
  let mode: TimeMode | undefined;
  for (const name of ELAPSED_NAMES) {
    const i = lower.indexOf(name);
    if (i !== -1) {
      time = i;
      mode = "elapsed";
      break;
    }
  }
  if (time === -1) {
    for (const name of ABSOLUTE_NAMES) {
      const i = lower.indexOf(name);
      if (i !== -1) {
        time = i;
        mode = name === "time" ? undefined : "absolute";
        break;
      }
    }
  }
  return { names: [...fields], step, epoch: lower.indexOf("epoch"), time, mode };
}

export const lightningMetrics: RunLogReader = {
  format: "lightning-metrics",

  /**
   * The first non-blank line is a CSV header with a `step` column and an `epoch` column or a loss
   * (`train_loss`, `val_loss`, ...), and no column naming power, energy or emissions.
   */
  sniff(head: readonly string[]): boolean {
    const first = head.find((l) => l.trim() !== "");
    if (first === undefined) return false;
    const fields = headerFields(first.trim());
    if (!fields || fields.some((f) => FOREIGN.test(f))) return false;
    const lower = fields.map((f) => f.toLowerCase());
    return lower.includes("step") && (lower.includes("epoch") || lower.some((f) => f.includes("loss")));
  },

  async read(
    lines: AsyncIterable<string>,
    options: RunLogReadOptions,
  ): Promise<{ log: RunLog; stats: ReadStats }> {
    const parser = new Parser(options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

class Parser {
  readonly stats = newStats();
  private layout: Layout | undefined;
  private headerText = "";
  private maxStep: number | undefined;
  private maxEpoch: number | undefined;
  private firstTime = Number.POSITIVE_INFINITY;
  private lastTime = Number.NEGATIVE_INFINITY;
  private maxElapsed: number | undefined;
  private timedRows = 0;
  private localTimes = false;

  constructor(private readonly options: RunLogReadOptions) {}

  line(rawLine: string, lineNo: number): void {
    const line = rawLine.trim();
    if (line.length === 0) return;
    const layout = this.layout;
    if (layout === undefined) {
      this.start(line, lineNo);
      return;
    }
    if (line === this.headerText) return; // a repeated header
    const stats = this.stats;
    const fields = splitCsvLine(line);
    if (isLetter(line.charCodeAt(0)) && this.newHeader(line, lineNo)) return;
    if (fields.length !== layout.names.length) {
      skip(stats, lineNo, `expected ${layout.names.length} fields, got ${fields.length}`);
      return;
    }
    const stepText = fields[layout.step] as string;
    const step = parseDecimal(stepText);
    if (stepText !== "" && (step === undefined || step < 0)) {
      skip(stats, lineNo, `step: expected a step number ≥ 0, got ${quote(stepText)}`);
      return;
    }
    let epoch: number | undefined;
    if (layout.epoch !== -1) {
      const epochText = fields[layout.epoch] as string;
      epoch = parseDecimal(epochText);
      if (epochText !== "" && (epoch === undefined || epoch < 0)) {
        skip(stats, lineNo, `epoch: expected an epoch number ≥ 0, got ${quote(epochText)}`);
        return;
      }
    }
    if (layout.time !== -1) {
      const timeText = fields[layout.time] as string;
      if (timeText !== "" && !this.time(timeText, layout, lineNo)) return;
    }
    if (fields.every((f) => f === "")) return; // an empty record, as blank as a blank line
    stats.rowsRead++;
    if (step !== undefined && (this.maxStep === undefined || step > this.maxStep)) this.maxStep = step;
    if (epoch !== undefined && (this.maxEpoch === undefined || epoch > this.maxEpoch)) this.maxEpoch = epoch;
  }

  private start(line: string, lineNo: number): void {
    const fields = headerFields(line);
    const layout = fields ? layoutOf(fields) : undefined;
    if (!fields || !layout) {
      throw new InputError(
        `expected a Lightning metrics.csv header with a "step" column (e.g. "epoch,step,train_loss,val_loss"), got ${quote(line)}`,
        this.options.file,
        lineNo,
      );
    }
    this.layout = layout;
    this.headerText = line;
  }

  /** A header in the middle of the file (metrics added by an appended run): its rows are read by it. */
  private newHeader(line: string, lineNo: number): boolean {
    const fields = headerFields(line);
    const layout = fields ? layoutOf(fields) : undefined;
    if (!layout) return false;
    const old = this.layout;
    if (old && old.time !== -1 && layout.time !== -1 && old.mode !== undefined) {
      layout.mode = layout.mode ?? old.mode;
    }
    this.layout = layout;
    this.headerText = line;
    this.stats.notes.push(
      `line ${lineNo}: a new header (${layout.names.join(", ")}); the rows after it are read by it`,
    );
    return true;
  }

  /** Reads a row's time; false (and the row skipped) when it is not one. */
  private time(text: string, layout: Layout, lineNo: number): boolean {
    const name = layout.names[layout.time];
    const number = parseDecimal(text);
    if (layout.mode === undefined)
      layout.mode = number !== undefined && number < EPOCH_SECONDS_MIN ? "elapsed" : "absolute";
    if (layout.mode === "elapsed") {
      if (number === undefined || number < 0) {
        skip(this.stats, lineNo, `${name}: expected elapsed seconds ≥ 0, got ${quote(text)}`);
        return false;
      }
      if (this.maxElapsed === undefined || number > this.maxElapsed) this.maxElapsed = number;
    } else {
      const parsed = parseTimestamp(text);
      if (parsed === undefined) {
        skip(this.stats, lineNo, `${name}: expected a date and time or epoch seconds, got ${quote(text)}`);
        return false;
      }
      if (parsed.kind === "local") this.localTimes = true;
      const ms = this.options.clock.toUtc(parsed);
      if (ms < this.firstTime) this.firstTime = ms;
      if (ms > this.lastTime) this.lastTime = ms;
    }
    this.timedRows++;
    return true;
  }

  finish(): { log: RunLog; stats: ReadStats } {
    const { stats, options } = this;
    const layout = this.layout;
    if (layout === undefined) {
      throw new InputError(
        'the file is empty: expected a Lightning metrics.csv (a header such as "epoch,step,train_loss" and rows)',
        options.file,
        1,
      );
    }
    if (stats.rowsRead === 0) {
      throw new InputError("no data rows: expected logged metrics after the header", options.file);
    }
    const log: RunLog = { phases: [], units: {}, facts: {} };
    if (this.maxStep !== undefined) {
      log.units.steps = this.maxStep;
      stats.notes.push("steps: the largest logged step (the run may have gone a few steps past it)");
    }
    if (this.maxEpoch !== undefined) {
      log.units.epochs = this.maxEpoch + 1;
      stats.notes.push("epochs: the largest logged epoch + 1 (Lightning counts epochs from 0)");
    }
    const timeName = layout.time === -1 ? undefined : layout.names[layout.time];
    const file = options.file;

    if (timeName !== undefined && layout.mode === "absolute" && this.timedRows > 0) {
      log.start =
        options.runStart !== undefined && options.runStart < this.firstTime
          ? options.runStart
          : this.firstTime;
      log.end = this.lastTime;
      stats.notes.push(
        log.start === options.runStart
          ? `window from --run-start to the last "${timeName}"`
          : `window from the first to the last "${timeName}": time before the first logged row is not covered`,
      );
      if (this.localTimes)
        stats.notes.push(`times without a zone read as wall-clock time in ${options.clock.zone}`);
      if (log.end <= log.start && !options.unitsOnly) {
        throw new InputError(`the logged times span no time (all rows at ${this.firstTime})`, file);
      }
      return { log, stats };
    }

    if (timeName !== undefined && layout.mode === "elapsed" && this.maxElapsed !== undefined) {
      if (options.runStart === undefined) {
        if (!options.unitsOnly) {
          throw new InputError(
            `metrics.csv has no wall-clock time, only elapsed seconds in "${timeName}": give --run-start (ISO date-time when training started)`,
            file,
          );
        }
        stats.notes.push(`no wall-clock time, only elapsed seconds in "${timeName}": units only`);
        return { log, stats };
      }
      if (this.maxElapsed > MAX_ELAPSED_S) {
        throw new InputError(
          `"${timeName}" reaches ${this.maxElapsed} s, which is not a plausible training time (more than ten years)`,
          file,
        );
      }
      log.start = options.runStart;
      log.end = options.runStart + this.maxElapsed * 1000;
      stats.notes.push(`window from --run-start plus the largest "${timeName}" (${this.maxElapsed} s)`);
      return { log, stats };
    }

    if (!options.unitsOnly) {
      throw new InputError(
        "metrics.csv gives steps and epochs but no time or duration (no time, timestamp or _runtime column): " +
          "it can only add work units to a power trace, so give one too (--traces)",
        file,
      );
    }
    if (options.runStart !== undefined) log.start = options.runStart;
    stats.notes.push("no time column: units only; the window comes from the power trace");
    return { log, stats };
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
