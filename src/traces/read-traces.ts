/**
 * From the user's trace patterns to samples: expand globs, refuse what is not a regular file,
 * sniff each file's format from its content (never its name), and read it with its reader.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { glob, isDynamicPattern } from "tinyglobby";
import { InputError } from "../errors.js";
import { assertRegularFile, headLines } from "../input-files.js";
import { LocalClock } from "../time/zone.js";
import { codeCarbon } from "./codecarbon.js";
import { dcgm } from "./dcgm.js";
import { genericCsv, genericJsonl, genericReaderFor } from "./generic-table.js";
import { intelPowerGadget } from "./intel-power-gadget.js";
import { fileLines } from "./lines.js";
import { nvidiaSmiCsv } from "./nvidia-smi.js";
import { nvidiaSmiDmon } from "./nvidia-smi-dmon.js";
import { raplCounters } from "./rapl.js";
import { type JoinedParts, readNvidiaSmiInParallel, worthReadingInParts } from "./read-parallel.js";
import type { ReadOptions, ReadStats, SampleTarget, TraceReader } from "./types.js";
import { wandbSystem } from "./wandb.js";

/** Sniffed in this order: the specific formats first, the generic tables last. */
export const TRACE_READERS: readonly TraceReader[] = [
  nvidiaSmiCsv,
  nvidiaSmiDmon,
  dcgm,
  codeCarbon,
  raplCounters,
  intelPowerGadget,
  wandbSystem,
  genericCsv,
  genericJsonl,
];
export const TRACE_FORMATS = ["auto", ...TRACE_READERS.map((r) => r.format)] as const;

export interface TraceFile<S = unknown> {
  file: string;
  format: string;
  sha256: string;
  synthetic: boolean;
  stats: ReadStats;
  sink: S;
  clock: LocalClock;
}

export interface ReadTracesOptions {
  patterns: readonly string[];
  format: string;
  timezone: string;
  nvidiaSmiQuery?: readonly string[];
  columns?: ReadOptions["columns"];
  runStart?: number;
  cwd?: string;
}

const HEAD_LINES = 20;

/** Expands patterns (globs or plain paths) into a sorted, de-duplicated list of files. */
export async function expandTracePatterns(
  patterns: readonly string[],
  cwd = process.cwd(),
  input = "traces",
): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
      if (matches.length === 0) throw new InputError(`no file matches the ${input} pattern "${pattern}"`);
      for (const m of matches.sort()) files.add(m);
    } else {
      files.add(pattern);
    }
  }
  return [...files];
}

/**
 * Reads one file into a sink made for it. The content hash is computed alongside, so duplicate
 * files can be told apart from files that merely share a name.
 */
export async function readTraceFile<S extends SampleTarget>(
  file: string,
  options: ReadTracesOptions,
  cwd: string,
  makeSink: () => S,
): Promise<TraceFile<S>> {
  const path = resolve(cwd, file);
  await assertRegularFile(path, file, "a trace file", cwd);
  const head = await headLines(path, HEAD_LINES);
  const preamble = leadingComments(head);
  const body = head.slice(preamble.length);
  if (body.every((l) => l.trim() === ""))
    throw new InputError("the file is empty: expected a power trace", file, 1);
  // Readers see the whole head: some formats' headers are "#" lines (dmon, Prometheus).
  const reader = pickReader(options.format, head, options, file, preamble.length + 1);
  const clock = new LocalClock(options.timezone);
  const sink = makeSink();
  const readOptions = {
    file,
    clock,
    nvidiaSmiQuery: options.nvidiaSmiQuery,
    columns: options.columns,
    runStart: options.runStart,
  };
  // The hash runs on another thread, reading the file alongside the parse.
  const [sha256, stats] = await Promise.all([
    sha256File(path),
    (reader.readBytes
      ? reader.readBytes(fileChunks(path), sink, readOptions)
      : reader.read(fileLines(path), sink, readOptions)
    ).catch((error: unknown) => {
      // The energy stage's refusals (a span of decades) know the device, not the file.
      if (error instanceof InputError && error.file === undefined) throw new InputError(error.message, file);
      throw error;
    }),
  ]);
  if (stats.rowsRead === 0)
    throw new InputError("no data rows: expected power samples after the header", file);
  return {
    file,
    format: reader.format,
    sha256,
    synthetic: preamble.some((l) => /synthetic/i.test(l)),
    stats,
    sink,
    clock,
  };
}

const CHUNK_BYTES = 1 << 20;

async function* fileChunks(path: string): AsyncIterable<Buffer> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    yield* stream as AsyncIterable<Buffer>;
  } finally {
    stream.destroy();
  }
}

const HASH_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const hash = require("node:crypto").createHash("sha256");
require("node:fs").createReadStream(workerData, { highWaterMark: 1 << 20 })
  .on("data", (chunk) => hash.update(chunk))
  .on("error", (error) => parentPort.postMessage({ error: String(error && error.message) }))
  .on("end", () => parentPort.postMessage({ hex: hash.digest("hex") }));
`;

/** Below this, starting a thread costs more than hashing the file here. */
const HASH_ON_THREAD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The SHA-256 of a file, to recognise the same trace given twice under different names. A large
 * file is hashed on a worker thread, so it is hashed and parsed at the same time on two cores.
 */
export async function sha256File(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size < HASH_ON_THREAD_MIN_BYTES) return sha256OnThisThread(path);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(HASH_WORKER, { eval: true, workerData: path });
    } catch {
      sha256OnThisThread(path).then(resolve, reject);
      return;
    }
    worker.once("message", (m: { hex?: string; error?: string }) => {
      if (m.hex) resolve(m.hex);
      else reject(new InputError(`cannot read the file (${m.error ?? "unknown error"})`, path));
      void worker.terminate();
    });
    worker.once("error", (error) => reject(error));
  });
}

function sha256OnThisThread(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

function pickReader(
  format: string,
  head: readonly string[],
  options: ReadTracesOptions,
  file: string,
  firstLine: number,
): TraceReader {
  if (format !== "auto") {
    const reader = TRACE_READERS.find((r) => r.format === format);
    if (!reader)
      throw new InputError(`unknown trace format "${format}" (expected one of ${TRACE_FORMATS.join(", ")})`);
    return reader;
  }
  // A column mapping names a generic table's columns: no other reader would use it.
  const mapping = options.columns;
  if (mapping && (mapping.time || mapping.power || mapping.energy || mapping.device))
    return genericReaderFor(head);
  const sniffed = TRACE_READERS.find((r) => r.sniff(head));
  if (sniffed) return sniffed;
  // A header-less nvidia-smi file cannot be told from other CSV by content; the query list says it is one.
  if (options.nvidiaSmiQuery && options.nvidiaSmiQuery.length > 0) return nvidiaSmiCsv;
  const firstText = head.find((l) => l.trim() !== "") ?? "";
  throw new InputError(
    `not a known trace format (first line: ${JSON.stringify(firstText.slice(0, 120))}); expected one of: ${TRACE_READERS.map((r) => r.format).join(", ")}. A header-less nvidia-smi CSV needs --nvidia-smi-query`,
    file,
    firstLine,
  );
}

/** Comment lines ("# ...") before the first data line: a place for provenance notes such as "synthetic". */
function leadingComments(head: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of head) {
    if (!line.startsWith("#")) break;
    out.push(line);
  }
  return out;
}

/**
 * A large native nvidia-smi trace read on several cores (see read-parallel.ts), or undefined when
 * the file is not one or must be read in one piece.
 */
export async function readTraceFileInParallel(
  file: string,
  options: ReadTracesOptions,
  cwd: string,
  gapLimitMs: number | undefined,
): Promise<TraceFile<JoinedParts> | undefined> {
  const path = resolve(cwd, file);
  if (!(await worthReadingInParts(path))) return undefined;
  const head = await headLines(path, HEAD_LINES);
  if (options.nvidiaSmiQuery || (options.format !== "auto" && options.format !== nvidiaSmiCsv.format))
    return undefined;
  if (options.format === "auto" && TRACE_READERS.find((r) => r.sniff(head)) !== nvidiaSmiCsv)
    return undefined;
  const reader = nvidiaSmiCsv;
  const [sha256, read] = await Promise.all([
    sha256File(path),
    readNvidiaSmiInParallel(path, file, head, options.timezone, gapLimitMs),
  ]);
  if (!read) return undefined;
  if (read.stats.rowsRead === 0)
    throw new InputError("no data rows: expected power samples after the header", file);
  return {
    file,
    format: reader.format,
    sha256,
    synthetic: leadingComments(head).some((l) => /synthetic/i.test(l)),
    stats: read.stats,
    sink: read.sink,
    clock: read.clock,
  };
}
