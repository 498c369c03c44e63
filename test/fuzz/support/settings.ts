/**
 * How many inputs each property runs, from which seed, and how a failure is replayed.
 *
 * - `FUZZ_RUNS=N`: every property runs N inputs (default: each property's own count, chosen so that
 *   the whole suite stays near a minute on two cores; the no-crash properties run 10,000 per reader).
 * - `FUZZ_SEED=S`: the seed of every property (default: a new one per test file, printed).
 * - `FUZZ_PATH=P`: fast-check's path of a failure, to replay just that counterexample; use it with
 *   the seed and the property's name: `FUZZ_SEED=S FUZZ_PATH=P npx vitest run test/fuzz -t "<name>"`.
 *
 * Each property prints `fuzz: <name> seed=<seed> runs=<runs>` before it starts.
 */
import fc from "fast-check";

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
export const FUZZ_SEED: number =
  intFromEnv("FUZZ_SEED") ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined;

/** Runs for a property whose default is `defaultRuns` (FUZZ_RUNS overrides every default). */
export function runsFor(defaultRuns: number): number {
  return runsFromEnv ?? defaultRuns;
}

/** The default of the no-crash properties: what the issue asks for, per reader per run. */
export const NO_CRASH_RUNS = 10_000;

/**
 * Runs a property with the suite's seed and run count, printing both first; a failure throws
 * fast-check's report plus the command that replays it.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  defaultRuns: number,
): Promise<void> {
  const numRuns = runsFor(defaultRuns);
  console.log(`fuzz: ${name} seed=${FUZZ_SEED} runs=${numRuns}`);
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    seed: FUZZ_SEED,
    numRuns,
    ...(FUZZ_PATH === undefined ? {} : { path: FUZZ_PATH }),
  });
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? "property failed";
  const replay =
    `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ""} ` +
    `npx vitest run test/fuzz -t ${JSON.stringify(name)}`;
  throw new Error(`${name}: ${report}\n${replay}`);
}

/** Test timeout for a property: generous for the default run count, scaled when FUZZ_RUNS asks for more. */
export function timeoutFor(defaultRuns: number, msAtDefault: number): number {
  return Math.max(msAtDefault, Math.ceil((msAtDefault * runsFor(defaultRuns)) / defaultRuns)) + 30_000;
}
