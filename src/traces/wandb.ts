/**
 * Weights & Biases system metrics: `wandb-events.jsonl` (one JSON object per line, written by the
 * wandb client's system monitor) or the same rows exported from a run's system stream.
 *
 *     {"system.gpu.0.gpu": 97.2, "system.gpu.0.powerWatts": 301.4, "system.gpu.0.powerPercent": 75.3,
 *      "system.cpu": 12.5, "_wandb": true, "_timestamp": 1717243200.123, "_runtime": 30.5}
 *
 * `_timestamp` is epoch seconds (UTC). Each line gives one power sample per GPU N from
 * `system.gpu.N.powerWatts` (also spelt `gpu.N.powerWatts` or `system/gpu.N.powerWatts`).
 * `system.gpu.process.N.powerWatts` is the same GPU seen from the training process: it is used
 * only on lines without the device's own reading, never added to it.
 */

import { InputError } from "../errors.js";
import { quote } from "../text/csv.js";
import { parseTimestamp } from "../time/timestamp.js";
import {
  type DeviceChannel,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

/** No single GPU draws more; a larger figure is a corrupt value. */
const MAX_WATTS = 5000;
/** Lines longer than this are skipped unparsed (no system-metrics line comes near it). */
const MAX_LINE = 1_000_000;
/** GPU indices beyond this are not GPUs but garbage keys. */
const MAX_GPU = 4096;
/** Distinct keys remembered; a file of ever-new keys (garbage) is still read, just uncached. */
const MAX_CACHED_KEYS = 10_000;

interface PowerKey {
  gpu: number;
  /** `gpu.process.N`: the GPU seen from the process. */
  process: boolean;
  /** powerWatts (true) or powerPercent (false, of the power limit: not usable as watts). */
  watts: boolean;
}

/** `system.gpu.0.powerWatts`, `gpu.process.3.powerWatts`, `system/gpu.1.powerPercent` → what it names. */
function parseKey(key: string): PowerKey | null {
  let i = 0;
  if (key.startsWith("system.") || key.startsWith("system/")) i = 7;
  if (!key.startsWith("gpu.", i)) return null;
  i += 4;
  let process = false;
  if (key.startsWith("process.", i)) {
    process = true;
    i += 8;
  }
  const digitsStart = i;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === digitsStart || i - digitsStart > 4 || key.charCodeAt(i) !== 46 /* . */) return null;
  const gpu = Number(key.slice(digitsStart, i));
  if (gpu > MAX_GPU) return null;
  const metric = key.slice(i + 1);
  if (metric === "powerWatts") return { gpu, process, watts: true };
  if (metric === "powerPercent") return { gpu, process, watts: false };
  return null;
}

const POWER_KEY_TEXT = /"(?:system[./])?gpu\.(?:process\.)?\d+\.power(?:Watts|Percent)"/;

/** Python's json writes NaN and ±Infinity, which JSON does not allow: read them as null. */
const NON_FINITE = /(?<=[:,[]\s*)(?:-?Infinity|NaN)(?=\s*[,}\]])/g;

/** UTC ms from `_timestamp`: epoch seconds (wandb), or milliseconds by magnitude; undefined otherwise. */
function timestampMs(value: unknown): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    if (value >= 1e8 && value < 1e11) return Math.round(value * 1e6) / 1e3;
    if (value >= 1e11 && value < 1e14) return value;
    return undefined;
  }
  if (typeof value === "string") {
    const parsed = parseTimestamp(value);
    return parsed?.kind === "instant" ? parsed.ms : undefined;
  }
  return undefined;
}

export const wandbSystem: TraceReader = {
  format: "wandb-system",

  /**
   * JSON lines (the first non-blank line starts with `{`) where some line of the head has
   * `"_timestamp"` and either a GPU power key or wandb's `"system.` keys (a training history line,
   * `{"loss": …, "_step": …, "_timestamp": …}`, has neither).
   */
  sniff(head: readonly string[]): boolean {
    const lines = head.map((l) => l.trim()).filter((l) => l !== "");
    if (lines.length === 0 || !(lines[0] as string).startsWith("{")) return false;
    return lines.some(
      (l) =>
        l.startsWith("{") && l.includes('"_timestamp"') && (POWER_KEY_TEXT.test(l) || l.includes('"system.')),
    );
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new WandbParser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

class WandbParser {
  readonly stats = newStats();
  private readonly keys = new Map<string, PowerKey | null>();
  private readonly devices: (DeviceChannel | undefined)[] = [];
  /** Per GPU, this line's reading from the device key and from the process key (NaN: none). */
  private readonly own: number[] = [];
  private readonly viaProcess: number[] = [];
  private readonly touched: number[] = [];
  /** Per GPU, the line whose readings own and viaProcess hold. */
  private readonly seenAt: number[] = [];
  /** Per GPU, the last line where a power reading was null. */
  private readonly nullAt: number[] = [];
  private linesWithoutPower = 0;
  private processSamples = 0;
  private processKeysSeen = false;
  private readonly percentOnly = new Set<number>();
  private readonly wattsGpus = new Set<number>();
  private sampleCount = 0;
  private objects = 0;
  private readonly otherKeys = new Set<string>();

  constructor(
    private readonly sink: SampleTarget,
    private readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    const stats = this.stats;
    if (rawLine.length > MAX_LINE) {
      skip(stats, lineNo, `expected a line of at most 1 MB, got ${rawLine.length} characters (not parsed)`);
      return;
    }
    const line = rawLine.trim();
    if (line.length === 0) return;
    if (line.charCodeAt(0) !== 123 /* { */) {
      skip(stats, lineNo, `expected a JSON object, got ${quote(line)}`);
      return;
    }
    const value = parseLine(line);
    if (typeof value === "string") {
      skip(stats, lineNo, `expected a JSON object, got invalid JSON (${value})`);
      return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      skip(stats, lineNo, "expected a JSON object");
      return;
    }
    const obj = value as Record<string, unknown>;
    this.objects++;
    const raw = obj._timestamp;
    const timeMs = timestampMs(raw);
    if (timeMs === undefined) {
      skip(
        stats,
        lineNo,
        `_timestamp: expected epoch seconds, got ${raw === undefined ? "none" : quote(JSON.stringify(raw) ?? "")}`,
      );
      return;
    }

    const { own, viaProcess, touched } = this;
    touched.length = 0;
    let sawPower = false;
    for (const key in obj) {
      // Only keys ending in Watts or Percent (s, t) can be power: a cheap test before the lookup.
      const last = key.charCodeAt(key.length - 1);
      if ((last === 115 || last === 116) && this.visit(key, obj[key], lineNo)) sawPower = true;
    }

    let samples = 0;
    for (const gpu of touched) {
      const mine = own[gpu];
      const theirs = viaProcess[gpu];
      let watts: number;
      if (mine !== undefined && !Number.isNaN(mine)) watts = mine;
      else if (theirs !== undefined && !Number.isNaN(theirs)) {
        watts = theirs;
        this.processSamples++;
      } else {
        if (this.nullAt[gpu] === lineNo) stats.missingValues++;
        continue;
      }
      let device = this.devices[gpu];
      if (device === undefined) {
        device = this.sink.device({ id: `gpu${gpu}`, kind: "gpu" });
        this.devices[gpu] = device;
        this.wattsGpus.add(gpu);
        this.percentOnly.delete(gpu);
      }
      device.push(timeMs, watts);
      samples++;
    }
    this.sampleCount += samples;
    if (!sawPower) this.linesWithoutPower++;
    stats.rowsRead++;
  }

  /** One key that may be a GPU's power: its reading is kept for the line. True when it names GPU power. */
  private visit(key: string, v: unknown, lineNo: number): boolean {
    let info = this.keys.get(key);
    if (info === undefined) {
      info = parseKey(key);
      if (this.keys.size < MAX_CACHED_KEYS) this.keys.set(key, info);
      if (info === null && key.endsWith("Watts") && this.otherKeys.size < MAX_DISTINCT_OTHER)
        this.otherKeys.add(key);
    }
    if (info === null) return false;
    const gpu = info.gpu;
    if (!info.watts) {
      if (!this.wattsGpus.has(gpu)) this.percentOnly.add(gpu);
      return true;
    }
    if (this.seenAt[gpu] !== lineNo) {
      this.seenAt[gpu] = lineNo;
      this.own[gpu] = Number.NaN;
      this.viaProcess[gpu] = Number.NaN;
      this.touched.push(gpu);
    }
    if (info.process) this.processKeysSeen = true;
    if (v === null) {
      // A reading the monitor could not take (or NaN written by Python): missing, never 0 W.
      this.nullAt[gpu] = lineNo;
      return true;
    }
    if (typeof v !== "number" || v < 0 || v > MAX_WATTS) {
      skip(
        this.stats,
        lineNo,
        `${key}: expected watts between 0 and ${MAX_WATTS}, got ${quote(JSON.stringify(v) ?? "")}`,
      );
      return true;
    }
    if (info.process) this.viaProcess[gpu] = v;
    else this.own[gpu] = v;
    return true;
  }

  finish(): ReadStats {
    const { stats, options } = this;
    if (this.sampleCount === 0) {
      const percent =
        this.percentOnly.size > 0
          ? ` (only powerPercent, a share of the power limit, for GPU ${[...this.percentOnly].join(", ")})`
          : "";
      const what =
        this.objects === 0
          ? "no JSON object lines"
          : stats.missingValues > 0
            ? `every GPU power reading is null (${stats.missingValues})`
            : `no GPU power in any line${percent}`;
      throw new InputError(
        `${what}: expected wandb system metrics with "_timestamp" and keys such as "system.gpu.0.powerWatts"`,
        options.file,
        stats.skippedExamples[0]?.line ?? 1,
      );
    }
    const gpus = [...this.wattsGpus].sort((a, b) => a - b);
    stats.notes.push(
      `power from system.gpu.N.powerWatts (W) for ${gpus.length} GPU(s) (${gpus.map((g) => `gpu${g}`).join(", ")}); times from _timestamp (epoch seconds, UTC)`,
    );
    if (this.processKeysSeen) {
      stats.notes.push(
        this.processSamples > 0
          ? `system.gpu.process.N.powerWatts (the same GPU seen from the process) used for ${this.processSamples} sample(s) where the device's own reading was absent; never added to it`
          : "system.gpu.process.N.powerWatts (the same GPU seen from the process) not counted again",
      );
    }
    if (this.percentOnly.size > 0) {
      stats.warnings.push(
        `GPU ${[...this.percentOnly].join(", ")}: only powerPercent (a share of the power limit), which is not watts; not used`,
      );
    }
    if (this.linesWithoutPower > 0) {
      stats.notes.push(`${this.linesWithoutPower} line(s) carry no GPU power key`);
    }
    if (this.otherKeys.size > 0) {
      stats.notes.push(`other power keys not read as GPU draw: ${[...this.otherKeys].sort().join(", ")}`);
    }
    return stats;
  }
}

const MAX_DISTINCT_OTHER = 10;

/** The parsed line, or the parser's complaint as a string. */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    if (line.includes("NaN") || line.includes("Infinity")) {
      try {
        return JSON.parse(line.replace(NON_FINITE, "null"));
      } catch {
        // fall through to the first complaint
      }
    }
    const message = error instanceof Error ? error.message : String(error);
    return message.length > 80 ? `${message.slice(0, 80)}…` : message;
  }
}
