/**
 * Properties every trace reader promises (docs/design.md, "Duplicates and order": shuffled or
 * duplicated rows cannot change the energy), on generated valid files whose energy is known:
 *
 * - the file reads to its ground truth, through the collecting sink (the path of files read again
 *   and sorted) and through the streaming sink (the normal path);
 * - rows in any order give the same energy per device (where the format allows any order);
 * - repeated rows give the same energy;
 * - k garbage lines give exactly k more skipped rows and the same energy.
 *
 * Where a property does not apply to a format, the case says why (support/formats.ts).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { StreamingSink } from "../../src/energy/streaming-sink.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines } from "../../src/traces/lines.js";
import { FORMAT_CASES, type FormatCase, type Generated, linesOf } from "./support/formats.js";
import { assertSameEnergy, keyOf, readText } from "./support/read.js";
import { shuffled, withGarbage, withRepeats } from "./support/rows.js";
import { checkProperty, testTimeout, timeLimitFor } from "./support/settings.js";

const RUNS = 300;
const LIMIT = timeLimitFor(RUNS, 20_000);
const TIMEOUT = testTimeout(LIMIT);

const read = (format: FormatCase, g: Generated, rows: readonly string[] = g.rows) =>
  readText(format.reader, [...g.head, ...rows], g.options);

async function streamed(format: FormatCase, g: Generated): Promise<Map<string, number>> {
  const sink = new StreamingSink();
  await format.reader.read(arrayLines(linesOf(g)), sink, {
    file: "fuzz.txt",
    clock: new LocalClock("UTC"),
    ...g.options,
  });
  if (sink.outOfOrder) throw new Error("rows in time order were flagged out of order");
  return new Map(sink.finish().map((d) => [keyOf(d.device), d.energyJ]));
}

describe.each(FORMAT_CASES.map((f) => [f.name, f] as const))("%s", (name, format) => {
  it(
    `${name}: a valid file reads to its ground truth (collected and streamed)`,
    async () => {
      await checkProperty(
        `${name}: ground truth`,
        fc.asyncProperty(format.file, async (g) => {
          const r = await read(format, g);
          if (r.stats.rowsSkipped !== 0)
            throw new Error(`valid rows skipped: ${JSON.stringify(r.stats.skippedExamples)}`);
          assertSameEnergy(r.energy, g.truth, "collected");
          assertSameEnergy(await streamed(format, g), g.truth, "streamed");
        }),
        RUNS,
        LIMIT,
      );
    },
    TIMEOUT,
  );

  const shuffle = format.shuffle;
  if (shuffle === "yes") {
    it(
      `${name}: shuffled rows give the same energy per device`,
      async () => {
        await checkProperty(
          `${name}: shuffled rows`,
          fc.asyncProperty(
            format.file.chain((g) => fc.tuple(fc.constant(g), shuffled(g.rows))),
            async ([g, rows]) => {
              assertSameEnergy((await read(format, g, rows)).energy, g.truth, "shuffled");
            },
          ),
          RUNS,
          LIMIT,
        );
      },
      TIMEOUT,
    );
  } else {
    it.skip(`${name}: shuffled rows — not applicable: ${shuffle.skip}`, () => {});
  }

  it(
    `${name}: repeated rows (${format.duplicates}) give the same energy per device`,
    async () => {
      await checkProperty(
        `${name}: repeated rows`,
        fc.asyncProperty(
          format.file.chain((g) => fc.tuple(fc.constant(g), withRepeats(g.rows, format.duplicates))),
          async ([g, rows]) => {
            assertSameEnergy((await read(format, g, rows)).energy, g.truth, "repeated");
          },
        ),
        RUNS,
        LIMIT,
      );
    },
    TIMEOUT,
  );

  if (shuffle !== "yes") {
    // Order-bound formats still read a shuffled file without error, to finite energy; a counter's
    // differences over a subset of its readings can only lose energy, never add any.
    it(
      `${name}: shuffled rows are read without error, to finite energy${format.counter ? " never above the file's" : ""}`,
      async () => {
        await checkProperty(
          `${name}: shuffled rows (order-bound)`,
          fc.asyncProperty(
            format.file.chain((g) => fc.tuple(fc.constant(g), shuffled(g.rows))),
            async ([g, rows]) => {
              const r = await read(format, g, rows);
              for (const [key, joules] of r.energy) {
                const truth = g.truth.get(key);
                const above = format.counter && (truth === undefined || joules > truth * (1 + 1e-9));
                if (!Number.isFinite(joules) || joules < 0 || above)
                  throw new Error(`${key}: ${joules} J from shuffled rows, the file holds ${truth} J`);
              }
            },
          ),
          RUNS,
          LIMIT,
        );
      },
      TIMEOUT,
    );
  }

  const leading = format.leadingGarbage;
  it(
    `${name}: k garbage lines are k skipped rows, and the energy is unchanged${leading === "yes" ? "" : ` (after the first row: ${leading.skip})`}`,
    async () => {
      await checkProperty(
        `${name}: garbage lines`,
        fc.asyncProperty(
          format.file.chain((g) => fc.tuple(fc.constant(g), withGarbage(format, g.rows))),
          async ([g, { rows, k }]) => {
            const r = await read(format, g, rows);
            if (r.stats.rowsSkipped !== k)
              throw new Error(
                `${k} garbage line(s), ${r.stats.rowsSkipped} skipped: ${JSON.stringify(r.stats.skippedExamples)}`,
              );
            assertSameEnergy(r.energy, g.truth, "with garbage");
          },
        ),
        RUNS,
        LIMIT,
      );
    },
    TIMEOUT,
  );
});
