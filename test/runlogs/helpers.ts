/** Shared by the run-log tests. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { InputError } from "../../src/errors.js";
import type { RunLog, RunLogReader, RunLogReadOptions } from "../../src/runlogs/types.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import type { ReadStats } from "../../src/traces/types.js";

export const fixtures = fileURLToPath(new URL("../fixtures/runlogs/", import.meta.url));
export const realData = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

export type Read = { log: RunLog; stats: ReadStats };
export type Extra = Partial<Omit<RunLogReadOptions, "file" | "clock">> & { zone?: string };

function options(file: string, extra: Extra): RunLogReadOptions {
  const { zone, ...rest } = extra;
  return { file, clock: new LocalClock(zone ?? "UTC"), ...rest };
}

export function readText(reader: RunLogReader, text: string, extra: Extra = {}): Promise<Read> {
  return reader.read(arrayLines(textLines(text)), options("inline", extra));
}

export function readLines(reader: RunLogReader, lines: string[], extra: Extra = {}): Promise<Read> {
  return reader.read(arrayLines(lines), options("inline", extra));
}

export function readFixture(reader: RunLogReader, name: string, extra: Extra = {}): Promise<Read> {
  return reader.read(fileLines(join(fixtures, name)), options(name, extra));
}

export function readPath(reader: RunLogReader, path: string, extra: Extra = {}): Promise<Read> {
  return reader.read(fileLines(path), options(path, extra));
}

export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

/** Resolves, or rejects with an InputError; anything else fails the test. */
export async function onlyInputError(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
  }
}

/** Inputs no reader should choke on. */
export function hostileInputs(): { name: string; lines: string[] }[] {
  const garbage = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("");
  return [
    { name: "binary garbage", lines: [garbage, garbage.slice(100), "\u0000\u0001\u0002"] },
    { name: "NUL bytes", lines: ["\u0000".repeat(1000), `:::MLLOG {"time_ms": 1\u0000}`, "{\u0000}"] },
    { name: "a 1 MB line", lines: ["x".repeat(1 << 20)] },
    {
      name: "a 1 MB MLLOG line",
      lines: [`:::MLLOG {"key": "run_start", "time_ms": ${"9".repeat(1 << 20)}}`],
    },
    {
      name: "huge numbers",
      lines: [
        ':::MLLOG {"key": "run_start", "time_ms": 1e400}',
        ':::MLLOG {"key": "global_batch_size", "time_ms": 1741082400000, "value": 1e308}',
        '{"global_step": 1e400, "log_history": [{"train_runtime": 1e400}]}',
        "epoch,step,timestamp",
        "1e400,1e400,1e400",
      ],
    },
    {
      name: "deep nesting",
      lines: [`:::MLLOG ${"[".repeat(100_000)}`, `{"global_step": ${"[".repeat(100_000)}`],
    },
    { name: "only a header", lines: ["epoch,step,train_loss"] },
    { name: "empty", lines: [] },
  ];
}
