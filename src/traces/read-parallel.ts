/**
 * Large native nvidia-smi traces read on several cores: the file is cut at line starts into one
 * byte range per worker thread; each worker reads the header lines and then its range, integrating
 * as it goes; the main thread joins the parts as if one reader had read them in order (the seam
 * between two parts is integrated like any other interval, counts add up, line numbers shift).
 *
 * Where parts cannot be read on their own exactly, the caller reads the file in one piece:
 * no worker script (tests run from source), a header-less or prefixed file, a header that changes
 * mid-file, or a repeated DST hour in a later part (placed by order, which needs the earlier part).
 */

import { existsSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type DeviceEnergy, DeviceIntegrator, type IntegratorState } from "../energy/device-integrator.js";
import { MinuteBins } from "../energy/minute-bins.js";
import { InputError } from "../errors.js";
import { LocalClock } from "../time/zone.js";
import { headerContext, joinParts } from "./nvidia-smi.js";
import type { PartRequest, PartResult } from "./parallel-part.js";
import type { ReadStats } from "./types.js";

/** Files smaller than this are read in one piece (workers cost more than they save). */
const DEFAULT_MIN_BYTES = 64 * 1024 * 1024;

/** The joined parts, shaped like a StreamingSink for the pipeline. */
export class JoinedParts {
  readonly bins = new MinuteBins();
  outOfOrder = false;
  private readonly integrators: DeviceIntegrator[] = [];

  constructor(results: readonly PartResult[], gapLimitMs: number | undefined) {
    const byKey = new Map<string, IntegratorState[]>();
    for (const r of results) {
      this.bins.addDays(r.days, r.first, r.last);
      for (const state of r.devices) {
        const key =
          state.device.host === undefined ? state.device.id : `${state.device.host}/${state.device.id}`;
        const list = byKey.get(key) ?? [];
        list.push(state);
        byKey.set(key, list);
      }
    }
    for (const states of byKey.values()) {
      const joined = DeviceIntegrator.join(states, this.bins, gapLimitMs);
      this.outOfOrder ||= joined.outOfOrder;
      this.integrators.push(joined);
    }
  }

  finish(): DeviceEnergy[] {
    return this.integrators.map((i) => i.finish());
  }
}

export interface ParallelRead {
  stats: ReadStats;
  sink: JoinedParts;
  clock: LocalClock;
}

export function workerCount(): number {
  const asked = Number(process.env.GRIDPRINT_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.max(1, Math.min(4, availableParallelism()));
}

const WORKER_SCRIPT = new URL("./trace-worker.js", import.meta.url);

/**
 * Whether a file is large enough for parts to pay, and parts can be read here: the worker script
 * exists (the built action and CLI; not tests run from source) and more than one thread is allowed.
 */
export async function worthReadingInParts(path: string): Promise<boolean> {
  if (WORKER_SCRIPT.protocol !== "file:" || !existsSync(fileURLToPath(WORKER_SCRIPT))) return false;
  if (workerCount() < 2) return false;
  const minBytes = Number(process.env.GRIDPRINT_PARALLEL_MIN_BYTES) || DEFAULT_MIN_BYTES;
  try {
    const info = await stat(path);
    return info.isFile() && info.size >= minBytes;
  } catch {
    return false;
  }
}

/** The parts read in parallel and joined, or undefined where the file must be read in one piece. */
export async function readNvidiaSmiInParallel(
  path: string,
  file: string,
  head: readonly string[],
  timezone: string,
  gapLimitMs: number | undefined,
): Promise<ParallelRead | undefined> {
  if (!(await worthReadingInParts(path))) return undefined;
  const workers = workerCount();
  const { size } = await stat(path);
  const context = headerContext(head);
  if (!context) return undefined;

  const cuts = await lineStartsNear(
    path,
    size,
    workers,
    Buffer.byteLength(context.join("\n")) + context.length,
  );
  const ranges = cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1] as number }));
  const settled = await Promise.allSettled(
    ranges.map((range, i) =>
      runWorker(WORKER_SCRIPT, {
        path,
        file,
        ...range,
        context: i === 0 ? [] : context,
        timezone,
        gapLimitMs,
      }),
    ),
  );
  // The first part fails as the whole file would; a later part's error is read again in one
  // piece, so that its message carries the file's own line numbers.
  const results: PartResult[] = [];
  for (const [i, s] of settled.entries()) {
    if (s.status === "fulfilled") results.push(s.value);
    else if (i === 0) throw s.reason;
    else return undefined;
  }
  if (results.some((r) => r.part.headerChanged)) return undefined;
  if (results.some((r, i) => i > 0 && r.clock.ambiguous > 0)) return undefined;

  // Part i's line n is the file's line n − (context lines) + (lines of the parts before it).
  const shifts: number[] = [];
  let before = 0;
  results.forEach((r, i) => {
    shifts.push(i === 0 ? 0 : before - context.length);
    before += r.rangeLines;
  });
  const stats = joinParts(
    results.map((r) => r.part),
    shifts,
  );
  stats.notes.push(`read in ${results.length} parts on worker threads`);
  const clock = new LocalClock(timezone);
  for (const r of results) {
    clock.localReadings += r.clock.localReadings;
    clock.ambiguous += r.clock.ambiguous;
    clock.nonexistent += r.clock.nonexistent;
  }
  return { stats, sink: new JoinedParts(results, gapLimitMs), clock };
}

/** Byte offsets 0 = c0 < c1 < … < cn = size, each ci a line start near i × size / n. */
async function lineStartsNear(path: string, size: number, parts: number, after: number): Promise<number[]> {
  const cuts = [0];
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let i = 1; i < parts; i++) {
      let at = Math.max(Math.floor((size * i) / parts), after, (cuts[cuts.length - 1] as number) + 1);
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, at);
        if (bytesRead === 0) {
          at = size;
          break;
        }
        const newline = buf.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) {
          at += newline + 1;
          break;
        }
        at += bytesRead;
      }
      if (at < size && at > (cuts[cuts.length - 1] as number)) cuts.push(at);
    }
  } finally {
    await handle.close();
  }
  cuts.push(size);
  return cuts;
}

function runWorker(script: URL, request: PartRequest): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    worker.once(
      "message",
      (
        m:
          | { ok: true; result: PartResult }
          | { ok: false; error: { name?: string; message: string; file?: string; line?: number } },
      ) => {
        if (m.ok) resolve(m.result);
        // The reader's own message already names the file and line.
        else
          reject(
            m.error.name === "InputError" ? new InputError(m.error.message) : new Error(m.error.message),
          );
        void worker.terminate();
      },
    );
    worker.once("error", reject);
  });
}
