/**
 * A trace cut in two files gives the same total energy as the whole, read end to end through the
 * pipeline (runReport: sniffing, the streaming path, devices joined across files by combine.ts),
 * priced with the bundled annual average so that nothing goes online.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { type RunConfig, runReport } from "../../src/pipeline.js";
import { FORMAT_CASES, type FormatCase, type Generated } from "./support/formats.js";
import { close, total } from "./support/read.js";
import { cutIndex, splitAt } from "./support/rows.js";
import { checkProperty, testTimeout, timeLimitFor } from "./support/settings.js";

const RUNS = 100;
const LIMIT = timeLimitFor(RUNS, 20_000);
const TIMEOUT = testTimeout(LIMIT);

const dir = mkdtempSync(join(tmpdir(), "gridprint-fuzz-split-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;

function config(traces: string[], g: Generated): RunConfig {
  return {
    traces,
    format: "auto",
    zone: "GB",
    intensitySource: "average",
    timezone: "UTC",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 1 },
    budgets: {},
    cwd: dir,
    version: "fuzz",
    now: new Date("2026-01-01T00:00:00Z"),
    ...(g.options.runStart === undefined ? {} : { runStart: g.options.runStart }),
  };
}

async function kwh(files: string[][], g: Generated): Promise<number> {
  const names = files.map((lines) => {
    const name = `t${++serial}.txt`;
    writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
    return name;
  });
  try {
    return (await runReport(config(names, g))).totals.energyKwh;
  } finally {
    for (const name of names) rmSync(join(dir, name), { force: true });
  }
}

const cases = FORMAT_CASES.map((f) => [f.name, f] as const);

describe.each(cases)("%s", (name, format: FormatCase) => {
  const split = format.split;
  if (typeof split === "object") {
    it.skip(`${name}: a file split in two — not applicable: ${split.skip}`, () => {});
    return;
  }
  it(
    `${name}: a file split in two (${split}) gives the same total energy through runReport`,
    async () => {
      const withCut = format.file
        .filter((g) => cutIndex(g) !== undefined)
        .chain((g) => fc.tuple(fc.constant(g), cutIndex(g) as fc.Arbitrary<number>));
      await checkProperty(
        `${name}: split in two`,
        fc.asyncProperty(withCut, async ([g, cut]) => {
          const expected = total(g.truth) / 3.6e6;
          const whole = await kwh([[...g.head, ...g.rows]], g);
          const parts = await kwh(splitAt(g, cut, split), g);
          if (!close(whole, expected) || !close(parts, expected))
            throw new Error(
              `whole file ${whole} kWh, split at row ${cut} ${parts} kWh, ground truth ${expected} kWh`,
            );
        }),
        RUNS,
        LIMIT,
      );
    },
    TIMEOUT,
  );
});
