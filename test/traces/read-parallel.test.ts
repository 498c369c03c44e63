/**
 * Large nvidia-smi traces are read by worker threads in parts (dist/trace-worker.js). Whatever
 * the split, the report must be the one a single reader gives: same counts, same line numbers,
 * the same energy to rounding. Runs the built CLI, since workers run the built code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/report/schema.js";

const root = new URL("../../", import.meta.url).pathname;

function report(trace: string, threads: number, extra: string[] = []): Report {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-parallel-"));
  const out = join(dir, "r.json");
  const r = spawnSync(
    process.execPath,
    [
      join(root, "dist/cli.js"),
      "report",
      "--traces",
      trace,
      "--zone",
      "GB",
      "--intensity-source",
      "average",
      "--json",
      out,
      "--markdown",
      join(dir, "r.md"),
      ...extra,
    ],
    {
      encoding: "utf8",
      env: { ...process.env, GRIDPRINT_THREADS: String(threads), GRIDPRINT_PARALLEL_MIN_BYTES: "1" },
    },
  );
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")) as Report;
}

/**
 * The report with floats rounded (sums in another order differ in the last bits), without its
 * time of writing and the note saying it was read in parts.
 */
function comparable(r: Report) {
  const sources = r.sources.map((s) => ({
    ...s,
    notes: s.notes.filter((n) => !/parts on worker threads/.test(n)),
  }));
  return JSON.parse(
    JSON.stringify({ ...r, sources, generatedAt: "" }, (_k, v) =>
      typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v,
    ),
  );
}

const inParts = (r: Report) => r.sources[0]?.notes.find((n) => /parts on worker threads/.test(n));

function write(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-parallel-in-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function stamp(ms: number) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

describe("parallel reading of large nvidia-smi traces", () => {
  it.each([2, 3, 7])(
    "gives the single reader's report with %i parts (gaps, missing and bad rows, repeated headers)",
    (threads) => {
      const lines = ["# provenance note", "timestamp, index, name, uuid, power.draw [W]"];
      let t = Date.UTC(2025, 5, 3, 9, 58, 0);
      for (let i = 0; i < 3000; i++) {
        if (i === 1200) t += 600_000; // a gap no limit bridges
        for (let gpu = 0; gpu < 4; gpu++) {
          const watts =
            i % 97 === 5 && gpu === 1 ? "[N/A]" : `${(300 + ((i * 7 + gpu * 13) % 250)).toFixed(2)} W`;
          lines.push(`${stamp(t)}, ${gpu}, NVIDIA H100 80GB HBM3, GPU-${gpu}aaa-bbbb, ${watts}`);
        }
        if (i % 500 === 250) lines.push("timestamp, index, name, uuid, power.draw [W]");
        if (i % 733 === 100) lines.push(`${stamp(t)}, 2, NVIDIA H100 80GB HBM3, GPU-2aaa-bbbb, abc W`);
        t += 1000;
      }
      const trace = write("big.csv", `${lines.join("\n")}\n`);
      const one = report(trace, 1);
      const many = report(trace, threads);
      expect(one.sources[0]?.rowsSkipped).toBeGreaterThan(0);
      expect(one.devices[1]?.gapCount).toBe(1);
      expect(inParts(one)).toBeUndefined();
      expect(inParts(many)).toBe(`read in ${threads} parts on worker threads`);
      expect(comparable(many)).toEqual(comparable(one));
    },
  );

  it("reads a repeated DST hour in one piece, where order decides", () => {
    // Europe/London, 2024-10-27: local 00:00–02:59 with 01:xx twice. Split in the repeated hour,
    // a later part could not know which 01:xx it holds.
    const lines = ["timestamp, index, power.draw [W]"];
    const minutes = [...Array(60).keys()].map((m) => `00:${pad(m)}`);
    const repeated = [...Array(60).keys()].map((m) => `01:${pad(m)}`);
    for (const hm of [...minutes, ...repeated, ...repeated, ...minutes.map((m) => m.replace(/^00/, "02"))]) {
      for (let s = 0; s < 60; s += 5) lines.push(`2024/10/27 ${hm}:${pad(s)}.000, 0, 1000.00 W`);
    }
    const trace = write("dst.csv", `${lines.join("\n")}\n`);
    const extra = ["--timezone", "Europe/London"];
    const one = report(trace, 1, extra);
    const many = report(trace, 4, extra);
    // 23:00:00Z to 02:59:55Z at 1 kW.
    expect(one.totals.energyKwh).toBeCloseTo(4 - 5 / 3600, 9);
    expect(inParts(many)).toBeUndefined();
    expect(comparable(many)).toEqual(comparable(one));
  });

  it("reads a file whose header changes mid-file in one piece", () => {
    const a = ["timestamp, index, power.draw [W]"];
    const b = ["timestamp, index, name, power.draw [W]"];
    let t = Date.UTC(2025, 5, 3, 10, 0, 0);
    for (let i = 0; i < 2000; i++, t += 1000) a.push(`${stamp(t)}, 0, 200.00 W`);
    for (let i = 0; i < 2000; i++, t += 1000) b.push(`${stamp(t)}, 0, H100, 400.00 W`);
    const trace = write("two-headers.csv", `${[...a, ...b].join("\n")}\n`);
    const one = report(trace, 1);
    const many = report(trace, 4);
    expect(one.sources[0]?.notes.join(" ")).toMatch(/a new header/);
    expect(inParts(many)).toBeUndefined();
    expect(comparable(many)).toEqual(comparable(one));
  });

  it("sorts a file whose rows are out of order, as the single reader does", () => {
    const rows: string[] = [];
    let t = Date.UTC(2025, 5, 3, 10, 0, 0);
    for (let i = 0; i < 4000; i++, t += 1000) rows.push(`${stamp(t)}, 0, ${(200 + (i % 50)).toFixed(2)} W`);
    const shuffled = [...rows.slice(2000), ...rows.slice(0, 2000)];
    const trace = write("shuffled.csv", `timestamp, index, power.draw [W]\n${shuffled.join("\n")}\n`);
    const one = report(trace, 1);
    const many = report(trace, 3);
    expect(comparable(many)).toEqual(comparable(one));
    expect(one.sources[0]?.notes.join(" ")).toMatch(/not in time order/);
  });
});
