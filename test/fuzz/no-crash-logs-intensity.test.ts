/**
 * The training-log readers (MLPerf mllog, Hugging Face trainer_state.json, Lightning metrics.csv)
 * and the intensity file readers (provider JSON, Electricity Maps CSV, generic intensity CSV) on
 * arbitrary input (random bytes and text, token soups, mutated fixtures): `sniff` answers, `read`
 * returns or throws an InputError within 1 s per input, and what it returns holds its contract:
 *
 * - a run log's instants are valid dates (the report writes them as ISO text), its units finite
 *   and non-negative;
 * - an intensity series is sorted, non-overlapping periods [start, end) with finite start < end,
 *   valid dates, and finite, non-negative gCO2e/kWh.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { INTENSITY_FILE_READERS } from "../../src/intensity/file/read-intensity-file.js";
import type { IntensitySeries } from "../../src/intensity/series.js";
import { RUN_LOG_READERS } from "../../src/runlogs/read-run-log.js";
import type { RunLog } from "../../src/runlogs/types.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines } from "../../src/traces/lines.js";
import {
  anyFile,
  fileLinesOf,
  fixtureCorpus,
  INTENSITY_FIXTURES,
  RUN_LOG_FIXTURES,
} from "./support/inputs.js";
import { InvalidInstant, knownBug, knownBugHits } from "./support/known-bugs.js";
import { mustReturnOrInputError, slowest } from "./support/read.js";
import { checkProperty, NO_CRASH_RUNS, testTimeout, timeLimitFor } from "./support/settings.js";

const LIMIT = timeLimitFor(NO_CRASH_RUNS, 60_000);
const TIMEOUT = testTimeout(LIMIT);
/** The largest instant a Date holds. */
const MAX_DATE_MS = 8.64e15;
const ZONES = fc.constantFrom("UTC", "Europe/London", "America/New_York");

function validInstant(what: string, ms: number | undefined): void {
  if (ms === undefined) return;
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS)
    throw new InvalidInstant(`${what}: ${ms} is no valid instant`);
}

function checkRunLog(log: RunLog): void {
  validInstant("start", log.start);
  validInstant("end", log.end);
  for (const p of log.phases) {
    validInstant(`phase ${p.name} start`, p.start);
    validInstant(`phase ${p.name} end`, p.end);
  }
  for (const [unit, n] of Object.entries(log.units))
    if (n !== undefined && (!Number.isFinite(n) || n < 0)) throw new Error(`units.${unit}: ${n}`);
  if (log.deviceCount !== undefined && !(Number.isInteger(log.deviceCount) && log.deviceCount > 0))
    throw new Error(`deviceCount: ${log.deviceCount}`);
}

function checkSeries(series: IntensitySeries): void {
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const p of series.periods) {
    validInstant("period start", p.start);
    validInstant("period end", p.end);
    if (!(p.end > p.start)) throw new Error(`period [${p.start}, ${p.end}): end not after start`);
    if (p.start < previousEnd)
      throw new Error(`period [${p.start}, ${p.end}) overlaps or precedes the one before`);
    if (!Number.isFinite(p.gPerKwh) || p.gPerKwh < 0)
      throw new Error(`period [${p.start}, ${p.end}): ${p.gPerKwh} g/kWh`);
    previousEnd = p.end;
  }
}

describe("training-log readers on arbitrary input", () => {
  const corpus = fixtureCorpus(RUN_LOG_FIXTURES);
  const options = fc.record({
    zone: ZONES,
    runStart: fc.option(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), {
      nil: undefined,
    }),
    unitsOnly: fc.boolean(),
  });
  for (const reader of RUN_LOG_READERS) {
    it(
      `${reader.format}: returns or throws InputError, under 1 s per input`,
      async () => {
        slowest.ms = 0;
        await checkProperty(
          `${reader.format}: no crash`,
          fc.asyncProperty(anyFile(corpus, false), options, async (bytes, o) => {
            const lines = await fileLinesOf(bytes);
            await mustReturnOrInputError(
              `${reader.format} on ${JSON.stringify(bytes.toString("utf8").slice(0, 300))}`,
              async () => {
                const sniffed = reader.sniff(lines.slice(0, 200));
                if (typeof sniffed !== "boolean") throw new Error(`sniff gave ${String(sniffed)}`);
                const { log } = await reader.read(arrayLines(lines), {
                  file: "fuzz.log",
                  clock: new LocalClock(o.zone),
                  ...(o.runStart === undefined ? {} : { runStart: o.runStart }),
                  ...(o.unitsOnly ? { unitsOnly: true } : {}),
                });
                checkRunLog(log);
              },
              (error) => knownBug(reader.format, error) !== undefined,
            );
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

describe("intensity file readers on arbitrary input", () => {
  const corpus = fixtureCorpus(INTENSITY_FIXTURES);
  const options = fc.record({
    zone: ZONES,
    factor: fc.constantFrom("lifecycle" as const, "direct" as const),
    unit: fc.option(fc.constantFrom("g/kWh", "kg/MWh", "lb/MWh"), { nil: undefined }),
  });
  for (const reader of INTENSITY_FILE_READERS) {
    it(
      `${reader.format}: returns or throws InputError, under 1 s per input`,
      async () => {
        slowest.ms = 0;
        await checkProperty(
          `${reader.format}: no crash`,
          fc.asyncProperty(anyFile(corpus, false), options, async (bytes, o) => {
            const lines = await fileLinesOf(bytes);
            await mustReturnOrInputError(
              `${reader.format} on ${JSON.stringify(bytes.toString("utf8").slice(0, 300))}`,
              async () => {
                const sniffed = reader.sniff(lines.slice(0, 20));
                if (typeof sniffed !== "boolean") throw new Error(`sniff gave ${String(sniffed)}`);
                const { series } = await reader.read(arrayLines(lines), {
                  file: "fuzz.csv",
                  clock: new LocalClock(o.zone),
                  factor: o.factor,
                  ...(o.unit === undefined ? {} : { unit: o.unit }),
                });
                checkSeries(series);
              },
              (error) => knownBug(reader.format, error) !== undefined,
            );
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
