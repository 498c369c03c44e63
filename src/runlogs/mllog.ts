/**
 * MLPerf Training logs (mlperf_logging's MLLOG): one event per line, `:::MLLOG {json}`, with
 * `time_ms` (epoch milliseconds), `key`, `value` and `metadata`. Whatever else the job printed
 * (framework noise, other ranks' output) is ignored and not counted; a line that carries
 * `:::MLLOG` but no JSON object after it is a skipped row. The tag may follow a prefix that
 * launchers add (`0: :::MLLOG`, `[1,0]<stdout>::::MLLOG`).
 *
 * What is read:
 * - the window: from the earliest `init_start` (energy is drawn while the job initialises, though
 *   MLPerf's timed run only starts at `run_start`) to the last `run_stop`; the timed run is kept as
 *   a fact. Without `init_start` the window opens at `run_start`; without `run_stop` (a crashed or
 *   cut-off log) it closes at the last event, with a warning;
 * - phases: `init`, then each `block_start`/`block_stop` ("block N") and `eval_start`/`eval_stop`
 *   ("eval N") pair; where a log has no blocks, its epochs;
 * - units: samples from the largest `metadata.samples_count` (or `train_samples` logged at the end
 *   of the run; logged before `run_stop` it is the data set's size), steps = samples /
 *   `global_batch_size`, tokens = samples × `max_sequence_length` (or `seq_length`, ...), epochs
 *   from `epoch_stop` events (distinct `epoch_num`s) or the blocks' `epoch_count`;
 * - devices from `submission_platform`: `8xH200` (count × accelerator), `DGX-H100`/`2xDGX-H100`
 *   (8 GPUs per DGX or HGX system), `1xXE9680x8H200-SXM-141GB`; `number_of_nodes` and
 *   `accelerators_per_node` where a log states them;
 * - facts: benchmark, platform, organization, division, status (run_stop's), timed_run.
 */

import { boardPower } from "../energy/board-power.js";
import { InputError } from "../errors.js";
import { quote } from "../text/csv.js";
import { isoUtc } from "../time/timestamp.js";
import { newStats, type ReadStats, skip } from "../traces/types.js";
import type { RunLog, RunLogReader, RunLogReadOptions, RunPhase } from "./types.js";

const TAG = ":::MLLOG";
/** Epoch ms before 1973 are not MLLOG times (seconds written as ms, or a broken clock). */
const MIN_TIME_MS = 1e11;
const MAX_TIME_MS = 8.64e15;
/** Phases kept at most; a log with more blocks than this is odd, and the report needs no more. */
const MAX_PHASES = 10_000;
/** GPUs on one DGX/HGX baseboard. */
const GPUS_PER_DGX = 8;

const SEQUENCE_KEYS = new Set([
  "max_sequence_length",
  "max_seq_length",
  "max_seq_len",
  "seq_length",
  "sequence_length",
]);

/** Where the JSON of an MLLOG line starts, or -1 when the line is no MLLOG line. */
function jsonStart(line: string): number {
  const at = line.indexOf(TAG);
  if (at === -1) return -1;
  let i = at + TAG.length;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

export const mllog: RunLogReader = {
  format: "mlperf-mllog",

  /** True when any of the first lines carries `:::MLLOG` followed by a JSON object with keys (`{"`). */
  sniff(head: readonly string[]): boolean {
    return head.some((line) => {
      let i = jsonStart(line);
      if (i === -1 || line.charCodeAt(i) !== 123 /* { */) return false;
      i++;
      while (line.charCodeAt(i) === 32) i++;
      return line.charCodeAt(i) === 34; /* " */
    });
  },

  async read(
    lines: AsyncIterable<string>,
    options: RunLogReadOptions,
  ): Promise<{ log: RunLog; stats: ReadStats }> {
    const parser = new MllogParser(options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish(lineNo);
  },
};

interface Open {
  start: number;
}

class MllogParser {
  readonly stats = newStats();
  private taggedLines = 0;
  private firstTime = Number.POSITIVE_INFINITY;
  private lastTime = Number.NEGATIVE_INFINITY;
  private initStart = Number.POSITIVE_INFINITY;
  private initStarts = 0;
  private initStop = Number.NEGATIVE_INFINITY;
  private runStart = Number.POSITIVE_INFINITY;
  private runStarts = 0;
  private runStop = Number.NEGATIVE_INFINITY;
  private runStops = 0;
  private status: string | undefined;
  private block: Open | undefined;
  private blocks = 0;
  private evalOpen: Open | undefined;
  private evals = 0;
  private epochOpen: (Open & { num: number | undefined }) | undefined;
  private epochStops = 0;
  private readonly epochNums = new Set<number>();
  private blockEpochs = 0;
  private unmatchedStops = 0;
  private readonly phases: RunPhase[] = [];
  private readonly epochPhases: RunPhase[] = [];
  private phasesCapped = false;
  private maxSamplesCount: number | undefined;
  private finalTrainSamples: number | undefined;
  private datasetSamples: number | undefined;
  private globalBatchSize: number | undefined;
  private sequenceLength: { key: string; value: number } | undefined;
  private nodes: number | undefined;
  private acceleratorsPerNode: number | undefined;
  private readonly facts: Record<string, string> = {};

  constructor(private readonly options: RunLogReadOptions) {}

  line(line: string, lineNo: number): void {
    const start = jsonStart(line);
    if (start === -1) return;
    this.taggedLines++;
    const stats = this.stats;
    if (line.charCodeAt(start) !== 123 /* { */) {
      skip(stats, lineNo, `expected a JSON object after ${TAG}, got ${quote(line.slice(start))}`);
      return;
    }
    let event: unknown;
    try {
      event = JSON.parse(line.slice(start));
    } catch (error) {
      skip(
        stats,
        lineNo,
        `expected JSON after ${TAG} (${firstLine((error as Error).message)}), got ${quote(line.slice(start))}`,
      );
      return;
    }
    if (typeof event !== "object" || event === null || Array.isArray(event)) {
      skip(stats, lineNo, `expected a JSON object after ${TAG}, got ${quote(line.slice(start))}`);
      return;
    }
    const e = event as Record<string, unknown>;
    const key = e.key;
    if (typeof key !== "string" || key.length === 0) {
      skip(stats, lineNo, `key: expected an event name such as "run_start", got ${describe(key)}`);
      return;
    }
    const t = e.time_ms;
    if (typeof t !== "number" || !Number.isFinite(t) || t < MIN_TIME_MS || t > MAX_TIME_MS) {
      skip(stats, lineNo, `time_ms: expected epoch milliseconds (e.g. 1717000000000), got ${describe(t)}`);
      return;
    }
    const metadata =
      typeof e.metadata === "object" && e.metadata !== null && !Array.isArray(e.metadata)
        ? (e.metadata as Record<string, unknown>)
        : {};
    if (!this.event(key, t, e.value, metadata, lineNo)) return;
    stats.rowsRead++;
    if (t < this.firstTime) this.firstTime = t;
    if (t > this.lastTime) this.lastTime = t;
    const count = metadata.samples_count;
    if (typeof count === "number" && Number.isFinite(count) && count >= 0) {
      if (this.maxSamplesCount === undefined || count > this.maxSamplesCount) this.maxSamplesCount = count;
    }
  }

  /** Takes one event; false when its value is unusable (the row is skipped). */
  private event(
    key: string,
    t: number,
    value: unknown,
    metadata: Record<string, unknown>,
    lineNo: number,
  ): boolean {
    switch (key) {
      case "init_start":
        this.initStarts++;
        if (t < this.initStart) this.initStart = t;
        return true;
      case "init_stop":
        if (t > this.initStop) this.initStop = t;
        return true;
      case "run_start":
        this.runStarts++;
        if (t < this.runStart) this.runStart = t;
        return true;
      case "run_stop": {
        this.runStops++;
        if (t > this.runStop) this.runStop = t;
        const status = metadata.status;
        if (typeof status === "string" && status.length > 0) this.status = status;
        return true;
      }
      case "block_start":
        this.block = { start: t };
        return true;
      case "block_stop": {
        const count = metadata.epoch_count;
        if (typeof count === "number" && Number.isFinite(count) && count > 0) this.blockEpochs += count;
        if (!this.block) {
          this.unmatchedStops++;
          return true;
        }
        this.blocks++;
        this.addPhase(this.phases, `block ${this.blocks}`, this.block.start, t);
        this.block = undefined;
        return true;
      }
      case "eval_start":
        this.evalOpen = { start: t };
        return true;
      case "eval_stop":
        if (!this.evalOpen) {
          this.unmatchedStops++;
          return true;
        }
        this.evals++;
        this.addPhase(this.phases, `eval ${this.evals}`, this.evalOpen.start, t);
        this.evalOpen = undefined;
        return true;
      case "epoch_start": {
        const num = metadata.epoch_num;
        this.epochOpen = { start: t, num: typeof num === "number" && Number.isFinite(num) ? num : undefined };
        return true;
      }
      case "epoch_stop": {
        this.epochStops++;
        const num = metadata.epoch_num;
        if (typeof num === "number" && Number.isFinite(num)) this.epochNums.add(num);
        if (this.epochOpen) {
          const n = this.epochOpen.num ?? (typeof num === "number" ? num : this.epochStops);
          this.addPhase(this.epochPhases, `epoch ${n}`, this.epochOpen.start, t);
          this.epochOpen = undefined;
        }
        return true;
      }
      case "global_batch_size":
        return this.positive(key, value, lineNo, (v) => {
          this.globalBatchSize = v;
        });
      case "train_samples":
        return this.positive(key, value, lineNo, (v) => {
          // Logged at the end of a run it counts the samples trained on; logged before, the data set.
          if (this.runStops > 0) this.finalTrainSamples = v;
          else this.datasetSamples = v;
        });
      case "number_of_nodes":
      case "num_nodes":
        return this.positive(key, value, lineNo, (v) => {
          this.nodes = v;
        });
      case "accelerators_per_node":
      case "num_accelerators_per_node":
        return this.positive(key, value, lineNo, (v) => {
          this.acceleratorsPerNode = v;
        });
      case "submission_benchmark":
        return this.fact("benchmark", value);
      case "submission_platform":
        return this.fact("platform", value);
      case "submission_org":
        return this.fact("organization", value);
      case "submission_division":
        return this.fact("division", value);
      default:
        if (SEQUENCE_KEYS.has(key)) {
          return this.positive(key, value, lineNo, (v) => {
            this.sequenceLength = { key, value: v };
          });
        }
        return true;
    }
  }

  private positive(key: string, value: unknown, lineNo: number, use: (v: number) => void): boolean {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      skip(this.stats, lineNo, `${key}: expected a positive number, got ${describe(value)}`);
      return false;
    }
    use(value);
    return true;
  }

  private fact(name: string, value: unknown): boolean {
    if (typeof value === "string" && value.trim() !== "") this.facts[name] = value.trim();
    else if (typeof value === "number" && Number.isFinite(value)) this.facts[name] = String(value);
    return true;
  }

  private addPhase(into: RunPhase[], name: string, start: number, end: number): void {
    if (this.phases.length + this.epochPhases.length >= MAX_PHASES) {
      this.phasesCapped = true;
      return;
    }
    into.push({ name, start, end: Math.max(start, end) });
  }

  finish(lines: number): { log: RunLog; stats: ReadStats } {
    const { stats, options } = this;
    if (stats.rowsRead === 0) {
      if (this.taggedLines === 0) {
        throw new InputError(
          `no ${TAG} lines in ${lines} line(s): expected MLPerf logging output such as ` +
            `:::MLLOG {"time_ms": 1717000000000, "key": "run_start", ...}`,
          options.file,
          lines === 0 ? undefined : 1,
        );
      }
      const example = stats.skippedExamples[0];
      throw new InputError(
        `none of the ${this.taggedLines} ${TAG} line(s) could be read` +
          (example ? ` (line ${example.line}: ${example.reason})` : ""),
        options.file,
        example?.line,
      );
    }

    const notes = stats.notes;
    const warnings = stats.warnings;
    let start: number;
    if (this.initStarts > 0 || this.runStarts > 0) {
      start = Math.min(this.initStart, this.runStart);
      notes.push(
        this.initStarts > 0
          ? `the run's window opens at the earliest init_start (energy is drawn during initialisation too), ` +
              `not at run_start where MLPerf's timed run begins`
          : "no init_start: the run's window opens at run_start",
      );
      if (this.initStarts > 1)
        notes.push(`init_start logged ${this.initStarts} times (one per process?): the earliest is taken`);
    } else {
      start = this.firstTime;
      warnings.push(
        `no init_start or run_start event: the run's window opens at the first event (${isoUtc(start)})`,
      );
    }
    let end: number;
    if (this.runStops > 0) end = this.runStop;
    else {
      end = this.lastTime;
      warnings.push(
        `no run_stop event (a crashed or cut-off run?): the run's window closes at the last event (${isoUtc(end)})`,
      );
    }
    if (this.runStarts > 1 && this.runStops > 1) {
      warnings.push(
        `${this.runStarts} run_start and ${this.runStops} run_stop events: several runs in one file? ` +
          `The window spans from the first start to the last stop`,
      );
    }
    if (end <= start && !options.unitsOnly) {
      throw new InputError(
        `the log spans no time (its events run from ${isoUtc(start)} to ${isoUtc(end)}): expected run_start and run_stop events`,
        options.file,
      );
    }

    const facts = this.facts;
    if (this.runStarts > 0 && this.runStops > 0 && this.runStop > this.runStart) {
      facts.timed_run = `${isoUtc(this.runStart)} to ${isoUtc(this.runStop)} (${(this.runStop - this.runStart) / 1000} s)`;
    }
    if (this.status !== undefined) {
      facts.status = this.status;
      if (this.status.toLowerCase() !== "success")
        warnings.push(`run_stop status is "${this.status}": the run did not finish successfully`);
    }

    const phases: RunPhase[] = [];
    if (this.initStarts > 0 && this.initStop > this.initStart)
      phases.push({ name: "init", start: this.initStart, end: this.initStop });
    phases.push(...(this.phases.length > 0 ? this.phases : this.epochPhases));
    phases.sort((a, b) => a.start - b.start);
    if (this.phasesCapped)
      warnings.push(`more than ${MAX_PHASES} blocks and evals: only the first are listed`);
    if (this.unmatchedStops > 0)
      notes.push(
        `${this.unmatchedStops} block_stop/eval_stop event(s) without a start: not listed as phases`,
      );

    const log: RunLog = { start, end, phases, units: {}, facts };
    this.units(log);
    this.devices(log);
    return { log, stats };
  }

  private units(log: RunLog): void {
    const notes = this.stats.notes;
    const units = log.units;
    const samples = this.finalTrainSamples ?? this.maxSamplesCount;
    if (samples !== undefined && samples > 0) {
      units.samples = samples;
      notes.push(
        this.finalTrainSamples !== undefined
          ? `samples from train_samples logged at the end of the run (${samples})`
          : `samples from the largest samples_count (${samples})`,
      );
      if (this.globalBatchSize !== undefined) {
        const steps = samples / this.globalBatchSize;
        units.steps = Math.round(steps);
        notes.push(
          `steps = samples / global_batch_size = ${samples} / ${this.globalBatchSize}` +
            (Number.isInteger(steps) ? "" : ` ≈ ${units.steps} (not a whole number)`),
        );
      }
      if (this.sequenceLength !== undefined && Number.isFinite(samples * this.sequenceLength.value)) {
        units.tokens = samples * this.sequenceLength.value;
        notes.push(
          `tokens = samples × ${this.sequenceLength.key} (${this.sequenceLength.value}): counts padding where sequences are shorter`,
        );
      }
    }
    if (this.datasetSamples !== undefined) log.facts.dataset_samples = String(this.datasetSamples);
    if (this.epochNums.size > 0) units.epochs = this.epochNums.size;
    else if (this.epochStops > 0) units.epochs = this.epochStops;
    else if (this.blockEpochs > 0) units.epochs = this.blockEpochs;
  }

  private devices(log: RunLog): void {
    const platform = log.facts.platform;
    const parsed = platform === undefined ? undefined : parsePlatform(platform);
    let count = parsed?.count;
    const model = parsed?.model;
    if (this.nodes !== undefined && this.acceleratorsPerNode !== undefined) {
      count = this.nodes * this.acceleratorsPerNode;
      this.stats.notes.push(
        `devices: number_of_nodes × accelerators_per_node = ${this.nodes} × ${this.acceleratorsPerNode}`,
      );
    } else if (parsed !== undefined) {
      this.stats.notes.push(`devices from submission_platform "${platform}": ${parsed.how}`);
    } else if (platform !== undefined) {
      this.stats.notes.push(
        `submission_platform "${platform}" names no accelerator gridprint knows: devices unknown`,
      );
    }
    if (count !== undefined) log.deviceCount = count;
    if (model !== undefined) log.deviceModel = model;
  }
}

interface Platform {
  /** Undefined where the platform names the accelerator but not how many. */
  count?: number;
  model: string;
  how: string;
}

const COUNT_X = /^(\d{1,6})\s*[xX×*]\s*(.+)$/;
const SYSTEM = /(?<![a-z])([dh]gx[\s_-]*(a100|h100|h200|b200))(?![0-9])/i;
const INNER_COUNT = /[xX×*](\d{1,4})\s*[xX×*]?\s*([A-Za-z][A-Za-z0-9-]*)/g;

/**
 * Devices from MLPerf's submission_platform: "8xH200" (count × accelerator), "DGX-H100" and
 * "2xDGX-H100" (systems of 8 GPUs), "1xXE9680x8H200-SXM-141GB" (systems × accelerators each).
 * Undefined when the string names no accelerator in the board-power table.
 */
export function parsePlatform(platform: string): Platform | undefined {
  const text = platform.trim();
  const m = COUNT_X.exec(text);
  const systems = m ? Number(m[1]) : 1;
  const rest = m ? (m[2] as string).trim() : text;
  const dgx = SYSTEM.exec(rest);
  if (dgx) {
    const gpu = (dgx[2] as string).toUpperCase();
    const count = systems * GPUS_PER_DGX;
    return {
      count,
      model: gpu,
      how: `${systems === 1 ? "a" : `${systems} ×`} ${dgx[1]} system${systems === 1 ? "" : "s"} of ${GPUS_PER_DGX} ${gpu} GPUs = ${count} (as the submitter named the platform)`,
    };
  }
  for (const inner of rest.matchAll(INNER_COUNT)) {
    const each = Number(inner[1]);
    const model = inner[2] as string;
    const board = boardPower(model);
    if (each > 0 && board) {
      const count = systems * each;
      return { count, model, how: `${systems} system(s) × ${each} ${board.name} = ${count}` };
    }
  }
  if (m && systems > 0) {
    const board = boardPower(rest);
    if (board) return { count: systems, model: rest, how: `${systems} × ${board.name}` };
  }
  const board = m ? undefined : boardPower(text);
  if (board) return { model: text, how: `${board.name}, count not stated` };
  return undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return quote(value);
  try {
    return quote(JSON.stringify(value) ?? String(value));
  } catch {
    return quote(String(value));
  }
}

function firstLine(text: string): string {
  const nl = text.indexOf("\n");
  return nl === -1 ? text : text.slice(0, nl);
}
