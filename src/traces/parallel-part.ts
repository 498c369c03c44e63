/**
 * What a worker thread does with its share of a large nvidia-smi trace: read the header lines,
 * then its byte range, integrating as it goes, and hand back plain data (integrator states, the
 * minute bins, the counts) for the main thread to join. Kept apart from worker plumbing so the
 * same code runs in tests on the main thread.
 */
import { createReadStream } from "node:fs";
import type { IntegratorState } from "../energy/device-integrator.js";
import { StreamingSink } from "../energy/streaming-sink.js";
import { LocalClock } from "../time/zone.js";
import { type NvidiaSmiPart, readNvidiaSmiPart } from "./nvidia-smi.js";

export interface PartRequest {
  path: string;
  file: string;
  /** Byte range [start, end) of the file; it begins at a line start. */
  start: number;
  end: number;
  /** The file's lines up to its header, read first by every part but the first. */
  context: string[];
  timezone: string;
  gapLimitMs?: number;
}

export interface PartResult {
  part: NvidiaSmiPart;
  /** Physical lines of the byte range (the context lines not counted). */
  rangeLines: number;
  clock: { localReadings: number; ambiguous: number; nonexistent: number };
  devices: IntegratorState[];
  days: { day: number; energyJ: Float64Array; observedMs: Float64Array }[];
  first: number;
  last: number;
}

export async function readPart(request: PartRequest): Promise<PartResult> {
  const clock = new LocalClock(request.timezone);
  const sink = new StreamingSink(request.gapLimitMs);
  const context = request.context.length > 0 ? Buffer.from(`${request.context.join("\n")}\n`) : undefined;
  async function* chunks(): AsyncIterable<Buffer> {
    if (context) yield context;
    if (request.end <= request.start) return;
    const stream = createReadStream(request.path, {
      start: request.start,
      end: request.end - 1,
      highWaterMark: 1 << 20,
    });
    try {
      yield* stream as AsyncIterable<Buffer>;
    } finally {
      stream.destroy();
    }
  }
  const read = await readNvidiaSmiPart(chunks(), sink, { file: request.file, clock });
  const { lines, ...part } = read;
  return {
    part,
    rangeLines: lines - request.context.length,
    clock: { localReadings: clock.localReadings, ambiguous: clock.ambiguous, nonexistent: clock.nonexistent },
    devices: [...sink.devices.values()].map((d) => d.exportState()),
    days: sink.bins.exportDays(),
    first: sink.bins.first,
    last: sink.bins.last,
  };
}
