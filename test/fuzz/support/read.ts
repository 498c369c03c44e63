/** Reading generated text through a reader in memory, and the energy per device it gives. */
import { performance } from "node:perf_hooks";
import { integrateSamples } from "../../../src/energy/integrate.js";
import { MinuteBins } from "../../../src/energy/minute-bins.js";
import { InputError } from "../../../src/errors.js";
import { LocalClock } from "../../../src/time/zone.js";
import { arrayLines } from "../../../src/traces/lines.js";
import { type DeviceSamples, SampleSink } from "../../../src/traces/sample-sink.js";
import type {
  DeviceChannel,
  DeviceInfo,
  ReadOptions,
  ReadStats,
  SampleTarget,
  TraceReader,
} from "../../../src/traces/types.js";

export type ExtraOptions = Omit<Partial<ReadOptions>, "file" | "clock">;

export interface ReadResult {
  stats: ReadStats;
  sink: SampleSink;
  /** Joules per device, keyed as the sink keys it (`host/id` or `id`). */
  energy: Map<string, number>;
}

export const keyOf = (d: DeviceInfo) => (d.host === undefined ? d.id : `${d.host}/${d.id}`);

/** Energy per device of collected samples, integrated as the pipeline integrates a re-read file. */
export function energyOf(devices: Iterable<DeviceSamples>, gapLimitMs?: number): Map<string, number> {
  const list = [...devices];
  const result = integrateSamples(list, new MinuteBins(), gapLimitMs === undefined ? {} : { gapLimitMs });
  const out = new Map<string, number>();
  for (const d of result) out.set(keyOf(d.device), d.energyJ);
  return out;
}

export async function readText(
  reader: TraceReader,
  lines: readonly string[],
  extra: ExtraOptions = {},
  zone = "UTC",
): Promise<ReadResult> {
  const sink = new SampleSink();
  const stats = await reader.read(arrayLines(lines), sink, {
    file: "fuzz.txt",
    clock: new LocalClock(zone),
    ...extra,
  });
  return { stats, sink, energy: energyOf(sink.devices.values()) };
}

/** Whether two energies agree within a relative tolerance (1e-9 by default). */
export function close(a: number, b: number, rel = 1e-9): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/** Throws, naming the devices, unless both maps hold the same devices with the same energy. */
export function assertSameEnergy(
  actual: ReadonlyMap<string, number>,
  expected: ReadonlyMap<string, number>,
  what: string,
): void {
  const keys = new Set([...actual.keys(), ...expected.keys()]);
  for (const key of keys) {
    const a = actual.get(key);
    const e = expected.get(key);
    if (a === undefined || e === undefined || !close(a, e)) {
      throw new Error(
        `${what}: device ${key}: got ${a} J, expected ${e} J (devices ${JSON.stringify([...actual])} vs ${JSON.stringify([...expected])})`,
      );
    }
  }
}

export function total(energy: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const v of energy.values()) sum += v;
  return sum;
}

/**
 * A sink that checks every value a reader hands it before passing it on: instants and watts
 * finite, watts ≥ 0, intervals with end > start and finite joules ≥ 0. A reader must never hand on
 * Infinity, NaN or a negative reading, whatever the input. It also keeps the earliest and latest
 * instant it saw, to tell whether the pipeline would integrate what was read.
 */
export class CheckingSink<S extends SampleTarget = SampleSink> implements SampleTarget {
  samples = 0;
  intervals = 0;
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;

  /**
   * `maxIntervalDays`: refuse (with {@link BeyondWindow}) an energy interval longer than this, before
   * it reaches the inner sink. A StreamingSink bins an interval the moment it arrives, a day of
   * minute bins per day it spans, and the pipeline refuses a window over 400 days only afterwards
   * (see pipeline-window.test.ts): fed through unguarded, one hostile interval of centuries takes
   * gigabytes.
   */
  constructor(
    readonly inner: S,
    private readonly maxIntervalDays = Number.POSITIVE_INFINITY,
  ) {}

  device(info: DeviceInfo): DeviceChannel {
    const channel = this.inner.device(info);
    const key = keyOf(info);
    return {
      device: channel.device,
      push: (t: number, w: number) => {
        if (!isInstant(t) || !Number.isFinite(w) || w < 0)
          throw new BadSample(`${key}: push(${t}, ${w}): expected a valid instant and finite watts ≥ 0`);
        this.samples++;
        this.seen(t, t);
        channel.push(t, w);
      },
      pushEnergy: (start: number, end: number, joules: number) => {
        if (!isInstant(start) || !isInstant(end) || !(end > start) || !Number.isFinite(joules) || joules < 0)
          throw new BadSample(
            `${key}: pushEnergy(${start}, ${end}, ${joules}): expected valid instants with end > start and finite joules ≥ 0`,
          );
        if ((end - start) / 86_400_000 > this.maxIntervalDays)
          throw new BeyondWindow(
            `${key}: pushEnergy(${start}, ${end}, ${joules}) spans more than ${this.maxIntervalDays} days`,
          );
        this.intervals++;
        this.seen(start, end);
        channel.pushEnergy(start, end, joules);
      },
    };
  }

  private seen(a: number, b: number): void {
    if (a < this.first) this.first = a;
    if (b > this.last) this.last = b;
  }

  /** Days between the earliest and latest instant handed on (0 when nothing was). */
  get spanDays(): number {
    return this.last >= this.first ? (this.last - this.first) / 86_400_000 : 0;
  }
}

/** A finite instant a Date can hold (the report writes every instant as ISO text). */
const isInstant = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;

/** A reader handed the sink a value no reading can have. */
export class BadSample extends Error {
  override readonly name = "BadSample";
}

/** An energy interval longer than a run's window, stopped before it was binned. */
export class BeyondWindow extends Error {
  override readonly name = "BeyondWindow";
}

/** The slowest input seen by {@link mustReturnOrInputError} (reset by the caller), for the log. */
export const slowest = { ms: 0, what: "" };

/** Longest a reader may take on one small input. */
export const MAX_INPUT_MS = 1000;

/**
 * Runs one read of an arbitrary input: it must return, or throw an InputError, within
 * {@link MAX_INPUT_MS}. Anything else (another exception type, a bad sample, a slow input) throws.
 * An interval stopped by the {@link CheckingSink} window guard counts as refused input.
 */
export async function mustReturnOrInputError(
  what: string,
  run: () => Promise<unknown>,
  /** Errors that are known bugs (pinned elsewhere), accepted as an outcome of their own. */
  known: (error: unknown) => boolean = () => false,
): Promise<"ok" | "input-error" | "beyond-window" | "known-bug"> {
  const started = performance.now();
  let outcome: "ok" | "input-error" | "beyond-window" | "known-bug";
  try {
    await run();
    outcome = "ok";
  } catch (error) {
    if (error instanceof BeyondWindow) outcome = "beyond-window";
    else if (error instanceof InputError) outcome = "input-error";
    else if (known(error)) outcome = "known-bug";
    else {
      const e = error instanceof Error ? error : new Error(String(error));
      throw new Error(`${what}: threw ${e.name} (not an InputError): ${e.message}\n${e.stack ?? ""}`);
    }
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) {
    slowest.ms = ms;
    slowest.what = what;
  }
  if (ms > MAX_INPUT_MS) throw new Error(`${what}: took ${ms.toFixed(0)} ms (limit ${MAX_INPUT_MS} ms)`);
  return outcome;
}
