/**
 * npm run bench [-- --sizes 256,1024] [-- --only gridprint,floor] [-- --keep]
 * npm run bench:memory   (a 5 GiB trace, gridprint and the floor only: the peak-RSS target)
 *
 * Generates native nvidia-smi CSV traces (8 GPUs at 100 ms) of the sizes asked for (MiB) and
 * measures, side by side, wall-clock throughput and peak RSS of:
 *   gridprint    the built CLI, read + integrate + report (node dist/cli.js report)
 *   floor        a JavaScript loop reading every byte once, counting newlines byte by byte
 *   csv-parse    csv-parse feeding gridprint's own integrator
 *   pandas       pandas.read_csv + numpy trapezoid (Debian's python3-pandas; skipped if absent)
 * Each figure is one run in a fresh process; the machine's other load shows up in them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const sizes = (args.includes("--sizes") ? (args[args.indexOf("--sizes") + 1] ?? "") : "256,1024")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const keep = args.includes("--keep");
const only = args.includes("--only")
  ? new Set((args[args.indexOf("--only") + 1] ?? "").split(","))
  : undefined;
const wanted = (name: string) => only === undefined || only.has(name);
const root = new URL("..", import.meta.url).pathname;
const python = ["/usr/bin/python3", "python3"].find(
  (p) => spawnSync(p, ["-c", "import pandas, numpy"]).status === 0,
);

interface Result {
  name: string;
  seconds: number;
  mbPerS: number;
  maxRssMb: number | null;
  energyKwh?: number;
  note?: string;
}

function run(name: string, command: string, commandArgs: string[], bytes: number): Result {
  const t0 = performance.now();
  const r = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    return {
      name,
      seconds,
      mbPerS: 0,
      maxRssMb: null,
      note: `failed (exit ${r.status}): ${r.stderr.slice(-300)}`,
    };
  }
  const rss = /BENCH (\{.*\})/.exec(r.stderr);
  const maxRssKb = rss ? (JSON.parse(rss[1] as string) as { maxRssKb: number }).maxRssKb : null;
  let energyKwh: number | undefined;
  const out = /\{.*"energyKwh".*\}/.exec(r.stdout);
  if (out) energyKwh = (JSON.parse(out[0]) as { energyKwh: number }).energyKwh;
  return {
    name,
    seconds,
    mbPerS: bytes / 1e6 / seconds,
    maxRssMb: maxRssKb === null ? null : maxRssKb / 1024,
    ...(energyKwh !== undefined ? { energyKwh } : {}),
  };
}

const dir = mkdtempSync(join(tmpdir(), "gridprint-bench-"));
const rows: { size: number; results: Result[] }[] = [];
try {
  for (const size of sizes) {
    const file = join(dir, `nvidia-smi-8gpu-100ms-${size}MiB.csv`);
    process.stderr.write(`generating ${size} MiB trace...\n`);
    spawnSync(process.execPath, ["bench/generate-trace.mjs", file, String(size)], {
      cwd: root,
      stdio: "inherit",
    });
    const bytes = statSync(file).size;
    const reportPath = join(dir, "report.json");
    const results: Result[] = [];
    process.stderr.write("  gridprint...\n");
    const g = run(
      "gridprint",
      process.execPath,
      [
        "bench/measure.mjs",
        "dist/cli.js",
        "report",
        "--traces",
        file,
        "--zone",
        "GB",
        "--intensity-source",
        "average",
        "--json",
        reportPath,
        "--markdown",
        join(dir, "report.md"),
      ],
      bytes,
    );
    if (existsSync(reportPath)) {
      const report = JSON.parse(
        await import("node:fs").then((fs) => fs.readFileSync(reportPath, "utf8")),
      ) as {
        totals: { energyKwh: number };
      };
      g.energyKwh = report.totals.energyKwh;
    }
    results.push(g);
    if (wanted("floor")) {
      process.stderr.write("  floor...\n");
      results.push(
        run("floor (byte loop)", process.execPath, ["bench/measure.mjs", "bench/floor.mjs", file], bytes),
      );
    }
    if (wanted("csv-parse")) process.stderr.write("  csv-parse...\n");
    if (wanted("csv-parse"))
      results.push(
        run(
          "csv-parse + integrate",
          process.execPath,
          ["--import", "tsx", "bench/measure.mjs", "bench/csv-parse-integrate.ts", file],
          bytes,
        ),
      );
    if (!wanted("pandas")) {
      // left out with --only
    } else if (python) {
      process.stderr.write("  pandas...\n");
      results.push(run("pandas + numpy", python, ["bench/pandas_integrate.py", file], bytes));
    } else {
      results.push({
        name: "pandas + numpy",
        seconds: 0,
        mbPerS: 0,
        maxRssMb: null,
        note: "skipped: python3 with pandas not found (apt-get install python3-pandas)",
      });
    }
    rows.push({ size, results });
    rmSync(file, { force: true });
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

const fmt = (n: number, d = 1) => n.toFixed(d);
console.log(`\nnode ${process.version}, ${new Date().toISOString()}\n`);
console.log("| trace | program | time (s) | throughput (MB/s) | peak RSS (MB) | energy (kWh) |");
console.log("|---|---|---:|---:|---:|---:|");
for (const { size, results } of rows) {
  for (const r of results) {
    const energy = r.energyKwh === undefined ? "" : fmt(r.energyKwh, 3);
    const rss = r.maxRssMb === null ? "" : fmt(r.maxRssMb, 0);
    console.log(
      `| ${size} MiB | ${r.name} | ${r.note ? r.note : fmt(r.seconds, 2)} | ${r.note ? "" : fmt(r.mbPerS, 0)} | ${rss} | ${energy} |`,
    );
  }
}
console.log("");
for (const { size, results } of rows) {
  const by = (n: string) => results.find((r) => r.name.startsWith(n));
  const g = by("gridprint");
  const floor = by("floor");
  const csv = by("csv-parse");
  const pandas = by("pandas");
  if (!g || g.note) continue;
  const parts = [
    `${size} MiB: gridprint at ${fmt((g.mbPerS / (floor?.mbPerS ?? Number.NaN)) * 100, 0)}% of the floor (target ≥ 50%)`,
  ];
  if (csv && !csv.note) parts.push(`${fmt(g.mbPerS / csv.mbPerS, 1)}× csv-parse (target ≥ 10×)`);
  if (pandas && !pandas.note) parts.push(`${fmt(g.mbPerS / pandas.mbPerS, 1)}× pandas (target > 1×)`);
  console.log(`- ${parts.join(", ")}`);
}
const [small, large] = rows.map((r) => r.results.find((x) => x.name === "gridprint")?.maxRssMb ?? null);
if (small != null && large != null) {
  console.log(
    `- gridprint peak RSS ${fmt(small, 0)} MB → ${fmt(large, 0)} MB (${fmt(((large - small) / small) * 100, 1)}%; targets ≤ 200 MB at 1 GiB, within 10%)`,
  );
}
