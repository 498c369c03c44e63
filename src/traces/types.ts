/**
 * The contract every trace reader fulfils: whatever the format, it yields power samples per
 * device, (UTC instant, watts), and accounts for every row it could not use.
 */
import type { LocalClock } from "../time/zone.js";

export interface DeviceInfo {
  /** Stable key within one host, e.g. "gpu0", "package-0" or "GPU-eced1bd8-…". */
  id: string;
  /** The machine, where the trace names it (DCGM's Hostname label, a BMC node column). */
  host?: string;
  /** What kind of device: "gpu", "cpu", "dram", "node" (whole server), "system". */
  kind?: string;
  /** Marketing name where the trace gives one ("NVIDIA H100 80GB HBM3"). */
  name?: string;
  /** Hardware identity where the trace gives one (GPU UUID). */
  uuid?: string;
  /** Energy estimated from board power × utilization over a run log's window, not measured. */
  estimated?: boolean;
}

/** One skipped row, kept for the first few per file so users can find them. */
export interface SkippedRow {
  line: number;
  reason: string;
}

/** Where a reader puts what it reads: one channel per device. */
export interface DeviceChannel {
  readonly device: DeviceInfo;
  /** A power sample: UTC ms, watts. */
  push(timeMs: number, watts: number): void;
  /** Energy drawn between two instants (UTC ms, end > start), in joules. */
  pushEnergy(startMs: number, endMs: number, joules: number): void;
}

export interface SampleTarget {
  /** The channel for a device (keyed by host and id), created on first use. */
  device(info: DeviceInfo): DeviceChannel;
}

export interface ReadOptions {
  /** File name as the user gave it; used in every message. */
  file: string;
  /** Places timestamps that carry no zone. */
  clock: LocalClock;
  /** nvidia-smi `--query-gpu` field list, for traces written with `--format=csv,noheader`. */
  nvidiaSmiQuery?: readonly string[];
  /** Column mapping for generic CSV / JSON Lines (flags --time-column, --power-columns, ...). */
  columns?: ColumnMapping;
  /** `--run-start`: UTC ms of the first row, for logs that carry no date (Intel Power Gadget). */
  runStart?: number;
}

export interface ColumnMapping {
  time?: string;
  /** Power columns, each a device (or a node); units from the header, else `powerUnit`. */
  power?: readonly string[];
  /** Cumulative energy counter columns, or per-row energy columns. */
  energy?: readonly string[];
  /** A column naming the device of each row (long format). */
  device?: string;
  /** "W", "kW" or "mW" when the header names no unit. */
  powerUnit?: string;
  /** "J", "kJ", "Wh", "kWh", "mJ", "uJ" when the header names no unit. */
  energyUnit?: string;
  /** Energy columns: "cumulative" counters, "per-row" energy, or "auto" (from names and values). */
  energyKind?: "auto" | "cumulative" | "per-row";
}

export interface ReadStats {
  rowsRead: number;
  rowsSkipped: number;
  /** The first few skipped rows (at most {@link MAX_SKIPPED_EXAMPLES}). */
  skippedExamples: SkippedRow[];
  /** Missing readings the format marks as such ("[N/A]", "[Not Supported]"): not rows skipped for bad input. */
  missingValues: number;
  /** Problems the user should know of (shown in the report's warnings). */
  warnings: string[];
  /** Neutral facts about how the file was read ("power from power.draw.average"). */
  notes: string[];
}

export const MAX_SKIPPED_EXAMPLES = 5;

export interface TraceReader {
  /** Name shown in the report, e.g. "nvidia-smi-csv". */
  readonly format: string;
  /** True when the first lines of a file look like this format. */
  sniff(head: readonly string[]): boolean;
  /** Reads every line, pushing samples into the sink; throws InputError when the file is unusable. */
  read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats>;
  /**
   * The same, from raw byte chunks: for formats whose large files have a fast byte-level path.
   * Readers that have it must read every file exactly as `read` does.
   */
  readBytes?(chunks: AsyncIterable<Buffer>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats>;
}

export function newStats(): ReadStats {
  return { rowsRead: 0, rowsSkipped: 0, skippedExamples: [], missingValues: 0, warnings: [], notes: [] };
}

export function skip(stats: ReadStats, line: number, reason: string): void {
  stats.rowsSkipped++;
  if (stats.skippedExamples.length < MAX_SKIPPED_EXAMPLES) stats.skippedExamples.push({ line, reason });
}
