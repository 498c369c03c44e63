/**
 * How many inputs each property runs, from which seed, and how a failure is replayed.
 *
 * - `FUZZ_RUNS=N`: every property runs N inputs (default: each property's own count, chosen so that
 *   the whole suite stays near a minute on two cores; the no-crash properties run 10,000 per reader).
 * - `FUZZ_SEED=S`: the seed of every property. Default: a fixed seed under `npm test`, so that the
 *   suite CI runs is reproducible and a red build always means the change; `npm run fuzz` (which
 *   sets FUZZ_RANDOM=1 unless given --seed) draws a new seed per test file, printed, to explore.
 * - `FUZZ_PATH=P`: fast-check's path of a failure, to replay just that counterexample; use it with
 *   the seed and the test's name: `FUZZ_SEED=S FUZZ_PATH=P npx vitest run test/fuzz -t "<test>"`
 *   (a failure prints this command, ready to paste).
 *
 * Each property prints `fuzz: <name> seed=<seed> runs=<runs>` before it starts.
 */
import fc from "fast-check";
import { expect } from "vitest";

function intFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value))
    throw new Error(`${name}: expected an integer, got ${JSON.stringify(text)}`);
  return value;
}

const runsFromEnv = intFromEnv("FUZZ_RUNS");
if (runsFromEnv !== undefined && runsFromEnv < 1)
  throw new Error(`FUZZ_RUNS: expected at least 1, got ${runsFromEnv}`);

/** fast-check seeds are 32-bit integers. */
const FIXED_SEED = 20_261_128;
export const FUZZ_SEED: number =
  (intFromEnv("FUZZ_SEED") ??
    (process.env.FUZZ_RANDOM === "1" ? Date.now() ^ Math.floor(Math.random() * 0x7fffffff) : FIXED_SEED)) | 0;
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined;

/** Runs for a property whose default is `defaultRuns` (FUZZ_RUNS overrides every default). */
export function runsFor(defaultRuns: number): number {
  return runsFromEnv ?? defaultRuns;
}

/** The default of the no-crash properties: 10,000 random inputs per reader per run. */
export const NO_CRASH_RUNS = 10_000;

/**
 * Runs a property with the suite's seed and run count, printing both first; a failure throws
 * fast-check's report plus the command that replays it.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  defaultRuns: number,
  /** Time for the runs and the shrinking of a failure; a property still running then fails. */
  timeLimitMs: number,
): Promise<void> {
  const numRuns = runsFor(defaultRuns);
  console.log(`fuzz: ${name} seed=${FUZZ_SEED} runs=${numRuns}`);
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    seed: FUZZ_SEED,
    numRuns,
    ...(FUZZ_PATH === undefined ? {} : { path: FUZZ_PATH }),
    plugins: [fc.interruptAfterTimeLimit(timeLimitMs, { failOnInterrupt: true })],
  });
  if (!details.failed) return;
  const error =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = `${fc.defaultReportMessage(details) ?? "property failed"}\nerror: ${error}`;
  // vitest's -t takes a regular expression of the test's name, which may hold ( ) [ ] . and the like.
  const title = (expect.getState().currentTestName ?? name).split(" > ").at(-1) ?? name;
  const pattern = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const replay =
    `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ""} ` +
    `npx vitest run test/fuzz -t ${JSON.stringify(pattern)}`;
  throw new Error(`${name}: ${report}\n${replay}`);
}

/**
 * Time a property may take: generous for its default run count (scaled when FUZZ_RUNS asks for
 * more). The property is interrupted then (and fails, with the counterexample shrunk so far);
 * the test's own timeout is a little longer.
 */
export function timeLimitFor(defaultRuns: number, msAtDefault: number): number {
  return Math.max(msAtDefault, Math.ceil((msAtDefault * runsFor(defaultRuns)) / defaultRuns));
}

export const testTimeout = (timeLimitMs: number) => timeLimitMs + 15_000;
