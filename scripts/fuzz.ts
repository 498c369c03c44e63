/**
 * Runs the fuzz suite (test/fuzz) with a chosen number of inputs per property and seed:
 *
 *     npm run fuzz -- --runs 10000 [--seed 42] [--path 12:0:3] [vitest arguments, e.g. -t "csv: no crash"]
 *
 * --runs sets FUZZ_RUNS (inputs per property; default: each property's own), --seed FUZZ_SEED
 * (default: a new seed, printed by every property; `npm test` runs a fixed one), --path FUZZ_PATH (fast-check's path of a
 * failure, to replay it with its seed). Exits with vitest's exit code.
 */
import { spawn } from "node:child_process";

const USAGE =
  "usage: npm run fuzz -- [--runs N] [--seed S] [--path P] [vitest arguments]\n" +
  "  --runs N   inputs per property (FUZZ_RUNS)\n" +
  "  --seed S   fast-check seed, an integer (FUZZ_SEED)\n" +
  "  --path P   fast-check path of a failure to replay, with its seed (FUZZ_PATH)";

function fail(message: string): never {
  console.error(`fuzz: ${message}\n${USAGE}`);
  process.exit(2);
}

const env: NodeJS.ProcessEnv = { ...process.env };
const passThrough: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  const [flag, inline] =
    arg.startsWith("--") && arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
  const value = () => {
    const v = inline ?? args[++i];
    if (v === undefined || v === "") fail(`${flag} needs a value`);
    return v;
  };
  switch (flag) {
    case "--runs": {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1)
        fail(`--runs: expected a positive integer, got ${JSON.stringify(v)}`);
      env.FUZZ_RUNS = v;
      break;
    }
    case "--seed": {
      const v = value();
      if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v)))
        fail(`--seed: expected an integer, got ${JSON.stringify(v)}`);
      env.FUZZ_SEED = v;
      break;
    }
    case "--path":
      env.FUZZ_PATH = value();
      break;
    case "--help":
    case "-h":
      console.log(USAGE);
      process.exit(0);
      break;
    default:
      passThrough.push(arg);
  }
}

console.log(
  `fuzz: vitest run test/fuzz with FUZZ_RUNS=${env.FUZZ_RUNS ?? "(defaults)"} FUZZ_SEED=${env.FUZZ_SEED ?? "(new per file)"}${env.FUZZ_PATH ? ` FUZZ_PATH=${env.FUZZ_PATH}` : ""}`,
);
// Without --seed, explore: a new seed per test file (npm test runs a fixed one).
if (env.FUZZ_SEED === undefined) env.FUZZ_RANDOM = "1";
const child = spawn("npx", ["vitest", "run", "test/fuzz", ...passThrough], {
  stdio: "inherit",
  env,
  shell: process.platform === "win32",
});
child.on("error", (error) => {
  console.error(`fuzz: could not start vitest: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    console.error(`fuzz: vitest ended by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
