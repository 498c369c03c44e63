/**
 * nvidia-smi's byte-level path (readBytes, what readTraceFile uses) must read every file exactly as
 * the line path (read) does (types.ts: "Readers that have it must read every file exactly as
 * `read` does"): on arbitrary input cut into chunks of any size, both give the same samples, the
 * same stats and the same clock counts, or both throw the same InputError.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines } from "../../src/traces/lines.js";
import { nvidiaSmiCsv } from "../../src/traces/nvidia-smi.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import { nvidiaSmiCase } from "./support/formats.js";
import { anyFile, chunked, fileLinesOf, fixtureCorpus } from "./support/inputs.js";
import { checkProperty, testTimeout, timeLimitFor } from "./support/settings.js";

const RUNS = 3000;
const LIMIT = timeLimitFor(RUNS, 30_000);
const TIMEOUT = testTimeout(LIMIT);

const corpus = [
  ...fixtureCorpus(["nvidia-smi", "h200"]),
  ...fc.sample(nvidiaSmiCase.file, { numRuns: 20, seed: 1 }).map((g) => [...g.head, ...g.rows]),
];

function snapshot(sink: SampleSink, clock: LocalClock) {
  return {
    clock: { local: clock.localReadings, ambiguous: clock.ambiguous, nonexistent: clock.nonexistent },
    devices: [...sink.devices.entries()].map(([key, d]) => ({
      key,
      device: d.device,
      times: [...d.times.subarray(0, d.length)],
      watts: [...d.watts.subarray(0, d.length)],
    })),
  };
}

/** Both paths' reading of a file, as comparable text. */
async function bothPaths(
  bytes: Buffer,
  zone: string,
  query: readonly string[] | undefined,
  chunk: number,
): Promise<[string, string]> {
  const readBytes = nvidiaSmiCsv.readBytes;
  if (!readBytes) throw new Error("nvidia-smi has no byte path");
  const opts = (clock: LocalClock) => ({
    file: "fuzz.csv",
    clock,
    ...(query === undefined ? {} : { nvidiaSmiQuery: query }),
  });
  const lineClock = new LocalClock(zone);
  const lineSink = new SampleSink();
  const lines = await fileLinesOf(bytes);
  const viaLines = await outcome(() => nvidiaSmiCsv.read(arrayLines(lines), lineSink, opts(lineClock)));
  const byteClock = new LocalClock(zone);
  const byteSink = new SampleSink();
  const viaBytes = await outcome(() => readBytes(chunked(bytes, chunk), byteSink, opts(byteClock)));
  return [
    JSON.stringify({ outcome: viaLines, ...snapshot(lineSink, lineClock) }),
    JSON.stringify({ outcome: viaBytes, ...snapshot(byteSink, byteClock) }),
  ];
}

async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await run() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

describe("nvidia-smi byte path", () => {
  it(
    "reads arbitrary input, in chunks of any size, exactly as the line path",
    async () => {
      const options = fc.record({
        zone: fc.constantFrom("UTC", "Europe/London", "America/New_York"),
        query: fc.option(fc.constantFrom(["timestamp", "index", "power.draw"], ["index", "power.draw"]), {
          nil: undefined,
        }),
        chunk: fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 4096 })),
      });
      await checkProperty(
        "nvidia-smi-csv: bytes = lines",
        fc.asyncProperty(anyFile(corpus, false), options, async (bytes, o) => {
          const [a, b] = await bothPaths(bytes, o.zone, o.query, o.chunk);
          // Lines with an odd number of quotes included (known bug 5, fixed: the byte path hands a
          // line with a quote to the line path).
          if (a === b) return;
          let i = 0;
          while (i < a.length && a[i] === b[i]) i++;
          const at = Math.max(0, i - 300);
          throw new Error(
            `lines and bytes differ (chunks of ${o.chunk}) on ${JSON.stringify(bytes.toString("utf8").slice(0, 3000))}\n` +
              `lines …${a.slice(at, i + 300)}\nbytes …${b.slice(at, i + 300)}`,
          );
        }),
        RUNS,
        LIMIT,
      );
    },
    TIMEOUT,
  );
});
