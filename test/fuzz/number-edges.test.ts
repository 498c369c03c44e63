/**
 * Number edge cases in a power (or energy) field, per reader: `""`, `" "`, `0x1F`, `1e400`,
 * `Infinity`, `NaN`, a negative and an absurd figure. Each is put into row 3 of a valid five-row,
 * one-device file; the row must be counted (rowsSkipped or missingValues grows by exactly 1) and the
 * energy must be the file's without that row: never read as 0 W, never Infinity or NaN.
 *
 * "Absurd" is each reader's own plausibility bound, just exceeded:
 * - nvidia-smi CSV, dmon, DCGM power, wandb: 5000 W per GPU (MAX_WATTS);
 * - generic CSV / JSON Lines: 100 MW per column (MAX_WATTS = 1e8), whatever the column names, so a
 *   `gpu0_power_w` column reading 50 kW is accepted (no per-kind bound for power columns);
 * - Intel Power Gadget: 2000 W per package (PLAUSIBLE_WATTS.cpu): the value is dropped and counted in
 *   a warning, not as a skipped row or a missing value (the row's other columns are still read);
 * - energy counters (RAPL, DCGM total energy): an increase implying more than the kind's
 *   PLAUSIBLE_WATTS is not counted and said in a warning, and the counter restarts from the absurd
 *   reading, so the next (normal) reading looks like a reset: both intervals around it are lost —
 *   less energy than the file without that row, never more, never Infinity;
 * - generic CSV energy columns: per-row energy implying more than 100 MW over its interval (the
 *   bound of power columns) is a skipped row; a counter spike implying more than the device kind's
 *   PLAUSIBLE_WATTS, when the next reading continues from the one before it, is a skipped row and
 *   the counter goes on from the last reading kept (no interval lost);
 * - CodeCarbon: energy_consumed implying more than 1 MW (one machine) since the run's previous row
 *   is a skipped row, and the next row is differenced against the last row kept (once known bug 4).
 */
import { describe, expect, it } from "vitest";
import { LocalClock } from "../../src/time/zone.js";
import { codeCarbon } from "../../src/traces/codecarbon.js";
import { dcgm } from "../../src/traces/dcgm.js";
import { genericCsv, genericJsonl } from "../../src/traces/generic-table.js";
import { intelPowerGadget } from "../../src/traces/intel-power-gadget.js";
import { nvidiaSmiCsv } from "../../src/traces/nvidia-smi.js";
import { nvidiaSmiDmon } from "../../src/traces/nvidia-smi-dmon.js";
import { raplCounters } from "../../src/traces/rapl.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { TraceReader } from "../../src/traces/types.js";
import { wandbSystem } from "../../src/traces/wandb.js";
import { chunked } from "./support/inputs.js";
import { type ExtraOptions, energyOf, readText, total } from "./support/read.js";

const T0 = Date.UTC(2025, 2, 4, 10);
const ROWS = 5;
const EDITED = 2;
const STEP_MS = 10_000;
const WATTS = [100, 200, 300, 250, 150];

type Edge = "empty" | "blank" | "hex" | "overflow" | "infinity" | "nan" | "negative" | "absurd";
const EDGES: Edge[] = ["empty", "blank", "hex", "overflow", "infinity", "nan", "negative", "absurd"];

/** What must happen to the edited row. */
type Expect =
  /** Counted once (skipped or missing) and the energy is the file's without the row. */
  | "counted"
  /** Not counted as a row, but dropped and said in a warning; energy as without the row. */
  | "warned"
  /** A counter's absurd jump: warned, and the energy at most the file's without the row. */
  | "counter-warned";

interface EdgeCase {
  name: string;
  reader: TraceReader;
  options?: ExtraOptions;
  /** The file; `value(i)` is the text of row i's field. */
  file(value: (i: number) => string): string[];
  /** The field's normal text in row i. */
  normal(i: number): string;
  /** How an edge value is written in this format. */
  text(edge: Edge, i: number): string;
  expect?: Partial<Record<Edge, Expect>>;
  /** Whether the reader has a byte-level path to check too (nvidia-smi). */
  bytes?: boolean;
}

const t = (i: number) => T0 + i * STEP_MS;
const iso = (i: number) => new Date(t(i)).toISOString();
const csvEdge = (absurd: string) => (edge: Edge) =>
  ({
    empty: "",
    blank: " ",
    hex: "0x1F",
    overflow: "1e400",
    infinity: "Infinity",
    nan: "NaN",
    negative: "-5",
    absurd,
  })[edge];
const jsonEdge = (absurd: string) => (edge: Edge) =>
  ({
    empty: '""',
    blank: '" "',
    hex: '"0x1F"',
    overflow: "1e400",
    infinity: "Infinity",
    nan: "NaN",
    negative: "-5",
    absurd,
  })[edge];
/** Counter in row i: 1e12 units, then the watts of the rows times 10 s, in `perJoule` units. */
function counter(i: number, perJoule: number): number {
  let c = 1e12;
  for (let k = 1; k <= i; k++) c += (((WATTS[k - 1] as number) + (WATTS[k] as number)) / 2) * 10 * perJoule;
  return c;
}

const CASES: EdgeCase[] = [
  {
    name: "nvidia-smi-csv (values with units)",
    reader: nvidiaSmiCsv,
    bytes: true,
    file: (v) => [
      "timestamp, index, power.draw [W]",
      ...Array.from(
        { length: ROWS },
        (_, i) => `${iso(i).slice(0, 23).replace("T", " ").replaceAll("-", "/")}, 0, ${v(i)}`,
      ),
    ],
    normal: (i) => `${(WATTS[i] as number).toFixed(2)} W`,
    text: (edge) => {
      const raw = csvEdge("5000.01")(edge);
      return edge === "empty" || edge === "blank" ? raw : `${raw} W`;
    },
  },
  {
    name: "nvidia-smi-csv (nounits)",
    reader: nvidiaSmiCsv,
    bytes: true,
    file: (v) => [
      "timestamp, index, power.draw [W]",
      ...Array.from(
        { length: ROWS },
        (_, i) => `${iso(i).slice(0, 23).replace("T", " ").replaceAll("-", "/")}, 0, ${v(i)}`,
      ),
    ],
    normal: (i) => (WATTS[i] as number).toFixed(2),
    text: csvEdge("5000.01"),
  },
  {
    name: "nvidia-smi-dmon",
    reader: nvidiaSmiDmon,
    file: (v) => [
      "#Date       Time        gpu    pwr  gtemp",
      "#YYYYMMDD   HH:MM:SS    Idx      W      C",
      ...Array.from(
        { length: ROWS },
        (_, i) => ` 20250304   ${iso(i).slice(11, 19)}      0    ${v(i)}     41`,
      ),
    ],
    normal: (i) => String(WATTS[i]),
    text: csvEdge("5001"),
  },
  {
    name: "dcgm (exporter power)",
    reader: dcgm,
    file: (v) =>
      Array.from({ length: ROWS }, (_, i) => `DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1"} ${v(i)} ${t(i)}`),
    normal: (i) => String(WATTS[i]),
    text: csvEdge("5000.01"),
  },
  {
    name: "dcgm (dcgmi dmon power)",
    reader: dcgm,
    file: (v) => [
      "#Entity   POWER",
      "ID        W",
      ...Array.from({ length: ROWS }, (_, i) => `${iso(i)} GPU 0     ${v(i)}`),
    ],
    normal: (i) => String(WATTS[i]),
    text: csvEdge("5000.01"),
  },
  {
    name: "dcgm (exporter energy counter, mJ)",
    reader: dcgm,
    file: (v) =>
      Array.from(
        { length: ROWS },
        (_, i) => `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-1"} ${v(i)} ${t(i)}`,
      ),
    normal: (i) => String(counter(i, 1000)),
    // 1e15 mJ more than the row before: 1e12 J in 10 s.
    text: (edge, i) => csvEdge(String(counter(i - 1, 1000) + 1e15))(edge),
    expect: { absurd: "counter-warned" },
  },
  {
    name: "rapl-energy-uj (long, µJ)",
    reader: raplCounters,
    file: (v) => [
      "time,domain,energy_uj",
      ...Array.from({ length: ROWS }, (_, i) => `${t(i) / 1000},intel-rapl:0,${v(i)}`),
    ],
    normal: (i) => String(counter(i, 1e6)),
    text: (edge, i) => csvEdge(String(counter(i - 1, 1e6) + 1e15))(edge),
    expect: { absurd: "counter-warned" },
  },
  {
    name: "rapl-energy-uj (wide, µJ)",
    reader: raplCounters,
    file: (v) => [
      "timestamp,intel-rapl:0",
      ...Array.from({ length: ROWS }, (_, i) => `${iso(i).slice(0, 19).replace("T", " ")},${v(i)}`),
    ],
    normal: (i) => String(counter(i, 1e6)),
    text: (edge, i) => csvEdge(String(counter(i - 1, 1e6) + 1e15))(edge),
    expect: { absurd: "counter-warned" },
  },
  {
    name: "intel-power-gadget (power)",
    reader: intelPowerGadget,
    options: { runStart: T0 },
    file: (v) => [
      '"System Time","RDTSC","Elapsed Time (sec)","Processor Power_0(Watt)"',
      ...Array.from(
        { length: ROWS },
        (_, i) =>
          `"${iso(i).slice(11, 23).replace(".", ":")}","${1000 + i}","${(i * 10).toFixed(3)}","${v(i)}"`,
      ),
    ],
    normal: (i) => (WATTS[i] as number).toFixed(3),
    text: csvEdge("2000.01"),
    expect: { absurd: "warned" },
  },
  {
    name: "wandb-system",
    reader: wandbSystem,
    file: (v) =>
      Array.from(
        { length: ROWS },
        (_, i) => `{"system.gpu.0.powerWatts": ${v(i)}, "_wandb": true, "_timestamp": ${t(i) / 1000}}`,
      ),
    normal: (i) => String(WATTS[i]),
    text: jsonEdge("5000.01"),
  },
  {
    name: "csv",
    reader: genericCsv,
    file: (v) => ["timestamp,gpu0_power_w", ...Array.from({ length: ROWS }, (_, i) => `${iso(i)},${v(i)}`)],
    normal: (i) => String(WATTS[i]),
    text: csvEdge("100000001"),
  },
  {
    name: "jsonl",
    reader: genericJsonl,
    file: (v) => Array.from({ length: ROWS }, (_, i) => `{"time": "${iso(i)}", "gpu0_power_w": ${v(i)}}`),
    normal: (i) => String(WATTS[i]),
    text: jsonEdge("100000001"),
  },
  {
    name: "csv (per-row energy, J)",
    reader: genericCsv,
    file: (v) => [
      "timestamp,gpu0_energy_j_delta",
      ...Array.from({ length: ROWS }, (_, i) => `${iso(i)},${v(i)}`),
    ],
    // The energy since the previous row: the mean of the two watts over 10 s (row 0's has no start).
    normal: (i) => String(i === 0 ? 0 : (((WATTS[i - 1] as number) + (WATTS[i] as number)) / 2) * 10),
    // 1e10 J in 10 s: 1 GW, over the 100 MW bound.
    text: csvEdge("1e10"),
  },
  {
    name: "csv (cumulative energy counter, J)",
    reader: genericCsv,
    file: (v) => [
      "timestamp,gpu0_energy_j_total",
      ...Array.from({ length: ROWS }, (_, i) => `${iso(i)},${v(i)}`),
    ],
    normal: (i) => String(counter(i, 1)),
    // 1e10 J more than the row before in 10 s: 1 GW, over a GPU's 5 kW.
    text: (edge, i) => csvEdge(String(counter(i - 1, 1) + 1e10))(edge),
  },
  {
    name: "codecarbon (energy_consumed, cumulative kWh)",
    reader: codeCarbon,
    file: (v) => [
      "timestamp,project_name,run_id,duration,emissions,energy_consumed",
      ...Array.from(
        { length: ROWS },
        (_, i) => `${iso(i).slice(0, 19)}Z,train,r1,${10 * (i + 1)},0.001,${v(i)}`,
      ),
    ],
    normal: (i) => String((i + 1) / 1000),
    // One million kWh in 10 s: 3.6e11 W.
    text: csvEdge("1000000"),
  },
];

async function readBoth(c: EdgeCase, lines: string[]) {
  const read = await readText(c.reader, lines, c.options ?? {});
  if (c.bytes && c.reader.readBytes) {
    // The byte-level path (what readTraceFile uses for nvidia-smi) must read the same.
    const sink = new SampleSink();
    const stats = await c.reader.readBytes(chunked(Buffer.from(`${lines.join("\n")}\n`), 7), sink, {
      file: "fuzz.txt",
      clock: new LocalClock("UTC"),
      ...(c.options ?? {}),
    });
    expect(stats).toEqual(read.stats);
    expect([...energyOf(sink.devices.values())]).toEqual([...read.energy]);
  }
  return read;
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (name, c) => {
  const value = (edge?: Edge) => (i: number) =>
    i === EDITED && edge !== undefined ? c.text(edge, i) : c.normal(i);

  for (const edge of EDGES) {
    const expected = c.expect?.[edge] ?? "counted";
    const shown = JSON.stringify(c.text(edge, EDITED));
    it(`${name}: ${edge} (${shown}) is ${expected}`, async () => {
      const whole = await readBoth(c, c.file(value()));
      const edited = await readBoth(c, c.file(value(edge)));
      const without = await readBoth(
        c,
        c.file(value()).filter((_, k, all) => k !== all.length - ROWS + EDITED),
      );
      expect(whole.stats.rowsSkipped + whole.stats.missingValues).toBe(0);
      for (const joules of edited.energy.values()) expect(Number.isFinite(joules)).toBe(true);
      expect(total(edited.energy)).toBeGreaterThan(0);
      const counted = edited.stats.rowsSkipped + edited.stats.missingValues;
      if (expected === "counted") {
        expect(counted, JSON.stringify(edited.stats)).toBe(1);
        expect(total(edited.energy)).toBeCloseTo(total(without.energy), 6);
      } else if (expected === "warned") {
        expect(counted).toBe(0);
        expect(edited.stats.warnings.join(" ")).toMatch(/above what one package or DRAM can draw/);
        expect(total(edited.energy)).toBeCloseTo(total(without.energy), 6);
      } else {
        expect(edited.stats.warnings.join(" ")).toMatch(/implied more than/);
        expect(total(edited.energy)).toBeLessThanOrEqual(total(without.energy) * (1 + 1e-9));
      }
    });
  }
});
