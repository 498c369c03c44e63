/**
 * Whatever bytes arrive as a trace, the CLI ends with a report (0) or a message naming the file
 * (2), never an internal error (3). Inputs are random bytes and mangled real shapes, from a fixed
 * seed so a failure can be replayed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

const SEED = 20251128;
let state = SEED;
const rand = () => {
  state = (state * 16807) % 2147483647;
  return state / 2147483647;
};

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const shapes = [
  "nvidia-smi/native-2gpu-index.csv",
  "dmon/dt-3gpu.txt",
  "dcgm/exporter-timestamps.prom",
  "codecarbon/v3-37col.csv",
  "rapl/long.csv",
  "ipg/one-package.csv",
  "wandb/events-2gpu.jsonl",
  "generic/bmc-2node.csv",
  "runlogs/mlperf-8xH100.mllog",
  "runlogs/trainer_state.json",
].map((f) => readFileSync(fixtures + f));

function mangle(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * out.length);
    const kind = rand();
    if (kind < 0.4) out[at] = Math.floor(rand() * 256);
    else if (kind < 0.7) out[at] = [0x2c, 0x0a, 0x22, 0x00, 0x2d, 0x2e][Math.floor(rand() * 6)] as number;
    else out.fill(0x39, at, Math.min(out.length, at + 30));
  }
  return out;
}

describe(`hostile bytes (seed ${SEED})`, () => {
  it("never end in an internal error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-hostile-"));
    const outcomes = new Map<number, number>();
    for (let i = 0; i < 150; i++) {
      const base = shapes[i % shapes.length] as Buffer;
      const bytes =
        i % 5 === 4
          ? Buffer.from(Array.from({ length: Math.floor(rand() * 4000) }, () => Math.floor(rand() * 256)))
          : mangle(base);
      const file = join(dir, `input-${i}`);
      writeFileSync(file, bytes);
      let stderr = "";
      const code = await runCli(
        [
          "report",
          "--traces",
          file,
          "--zone",
          "DE",
          "--intensity-source",
          "average",
          "--run-start",
          "2025-03-04T10:00:00Z",
          "--devices",
          "8",
          "--device-model",
          "H100",
          "--json",
          join(dir, "r.json"),
          "--markdown",
          join(dir, "r.md"),
        ],
        { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir },
      ).catch((error: unknown) => {
        throw new Error(`input-${i} (seed ${SEED}): ${String(error)}`);
      });
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      expect([0, 2], `input-${i}: ${stderr}`).toContain(code);
      if (code === 2) expect(stderr).toMatch(/^gridprint: /);
    }
    expect(outcomes.get(2)).toBeGreaterThan(0);
  }, 120_000);
});
