/**
 * Every trace reader, on arbitrary input (random bytes, random text, token soups, mutated fixtures
 * and generated traces), fed in memory exactly as a file's lines would be: `sniff` answers, `read`
 * returns or throws an InputError (never another exception), within 1 s per input, and never hands
 * on a sample or interval that is not finite and non-negative. What it read integrates to finite,
 * non-negative energy through both sinks the pipeline uses, wherever the pipeline would integrate it
 * (a window of at most 400 days: see pipeline-window.test.ts for what happens beyond, and the
 * guard in CheckingSink that keeps such input from taking gigabytes here).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { StreamingSink } from "../../src/energy/streaming-sink.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines } from "../../src/traces/lines.js";
import { TRACE_READERS } from "../../src/traces/read-traces.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { TraceReader } from "../../src/traces/types.js";
import { anyFile, fileLinesOf, fixtureCorpus, TRACE_FIXTURES } from "./support/inputs.js";
import { knownBug, knownBugHits } from "./support/known-bugs.js";
import { CheckingSink, energyOf, mustReturnOrInputError, slowest } from "./support/read.js";
import { checkProperty, NO_CRASH_RUNS, testTimeout, timeLimitFor } from "./support/settings.js";

/** The pipeline refuses a window longer than this (pipeline.ts MAX_WINDOW_DAYS). */
const MAX_WINDOW_DAYS = 400;
const LIMIT = timeLimitFor(NO_CRASH_RUNS, 60_000);
const TIMEOUT = testTimeout(LIMIT);

const corpus = fixtureCorpus(TRACE_FIXTURES);

const readOptions = fc.record({
  zone: fc.constantFrom("UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe"),
  runStart: fc.option(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), {
    nil: undefined,
  }),
  nvidiaSmiQuery: fc.option(
    fc.constantFrom(
      ["timestamp", "index", "power.draw"],
      ["index", "power.draw"],
      ["timestamp,power.draw [W]"],
    ),
    { nil: undefined },
  ),
  streaming: fc.boolean(),
});

type ReadOptionsValue = typeof readOptions extends fc.Arbitrary<infer T> ? T : never;

function assertEnergy(energies: Iterable<[string, number]>): void {
  for (const [key, joules] of energies)
    if (!Number.isFinite(joules) || joules < 0) throw new Error(`${key}: ${joules} J`);
}

async function readAny(reader: TraceReader, bytes: Buffer, options: ReadOptionsValue) {
  const lines = await fileLinesOf(bytes);
  const what = `${reader.format} on ${JSON.stringify(bytes.toString("utf8").slice(0, 300))}`;
  await mustReturnOrInputError(
    what,
    async () => {
      const sniffed = reader.sniff(lines.slice(0, 20));
      if (typeof sniffed !== "boolean") throw new Error(`sniff gave ${String(sniffed)}`);
      const clock = new LocalClock(options.zone);
      const read = {
        file: "fuzz.txt",
        clock,
        ...(options.runStart === undefined ? {} : { runStart: options.runStart }),
        ...(options.nvidiaSmiQuery === undefined ? {} : { nvidiaSmiQuery: options.nvidiaSmiQuery }),
      };
      if (options.streaming) {
        const sink = new CheckingSink(new StreamingSink(), MAX_WINDOW_DAYS);
        await reader.read(arrayLines(lines), sink, read);
        if (sink.spanDays <= MAX_WINDOW_DAYS)
          assertEnergy(sink.inner.finish().map((d) => [d.device.id, d.energyJ] as [string, number]));
      } else {
        const sink = new CheckingSink(new SampleSink());
        await reader.read(arrayLines(lines), sink, read);
        if (sink.spanDays <= MAX_WINDOW_DAYS) assertEnergy(energyOf(sink.inner.devices.values()));
      }
    },
    (error) => knownBug(reader.format, error) !== undefined,
  );
}

describe("trace readers on arbitrary input", () => {
  for (const reader of TRACE_READERS) {
    it(
      `${reader.format}: returns or throws InputError, under 1 s per input`,
      async () => {
        slowest.ms = 0;
        await checkProperty(
          `${reader.format}: no crash`,
          fc.asyncProperty(anyFile(corpus), readOptions, async (bytes, options) => {
            await readAny(reader, bytes, options);
          }),
          NO_CRASH_RUNS,
          LIMIT,
        );
        console.log(`fuzz: ${reader.format}: slowest input ${slowest.ms.toFixed(1)} ms`);
        for (const [bug, hits] of knownBugHits)
          console.log(`fuzz: ${reader.format}: known bug ${bug} met ${hits} time(s)`);
        knownBugHits.clear();
      },
      TIMEOUT,
    );
  }
});
