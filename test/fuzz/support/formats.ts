/**
 * Valid trace files in each reader's shape, generated with their ground truth (the energy of every
 * device), and what each reader promises about reordered, repeated, split and garbage rows.
 *
 * Generated values are exact in text: watts are whole centiwatts (or whole watts where the format
 * writes them so), times whole milliseconds (or seconds), counters whole units, so what a reader
 * parses is the number the generator meant and the ground truth can be computed independently.
 * Every interval between two samples of a device is at most 30 s, under the gap limit (never below
 * 60 s), so the whole trace is integrated.
 */
import fc from "fast-check";
import { codeCarbon } from "../../../src/traces/codecarbon.js";
import { dcgm } from "../../../src/traces/dcgm.js";
import { genericCsv, genericJsonl } from "../../../src/traces/generic-table.js";
import { intelPowerGadget } from "../../../src/traces/intel-power-gadget.js";
import { nvidiaSmiCsv } from "../../../src/traces/nvidia-smi.js";
import { nvidiaSmiDmon } from "../../../src/traces/nvidia-smi-dmon.js";
import { raplCounters } from "../../../src/traces/rapl.js";
import type { TraceReader } from "../../../src/traces/types.js";
import { wandbSystem } from "../../../src/traces/wandb.js";
import type { ExtraOptions } from "./read.js";

export interface Generated {
  /** Lines that come before the rows (header, units line); kept first when rows are reordered. */
  head: string[];
  /** Data rows in time order, one line each. */
  rows: string[];
  /** Per row: the device it reads ("*" when a row reads every device, as in wide tables). */
  rowDevice: string[];
  /** Ground truth: joules per device key, as a SampleSink keys it. */
  truth: Map<string, number>;
  /** Read options the file needs (Intel Power Gadget's run start). */
  options: ExtraOptions;
  /** Row indices where the file may be cut in two (default: between any two rows). */
  cuts?: number[];
}

export type Applies = "yes" | { skip: string };

export interface FormatCase {
  /** Reader format, with the shape when a reader reads several. */
  name: string;
  reader: TraceReader;
  file: fc.Arbitrary<Generated>;
  /**
   * A copy of the row whose value field holds `marker` (a token no reader reads as a number or a
   * missing reading): a row the reader must skip, once.
   */
  corrupt(row: string, marker: string): string;
  /** Whether a line `9#!garbage…` (no field structure at all) is a skipped row in this format. */
  bareGarbage: boolean;
  shuffle: Applies;
  /**
   * Where a repeated row may go: anywhere, or anywhere after its original ("later": formats read in
   * file order, where a copy placed before the rows it follows would reorder them).
   */
  duplicates: "anywhere" | "later";
  /** Energy counters (cumulative readings): reordered rows can lose intervals but never add energy. */
  counter: boolean;
  /**
   * Whether a garbage line may come before the first row. Header-less formats whose first line says
   * what the file is (RAPL's path lines) refuse a file that starts with junk.
   */
  leadingGarbage: Applies;
  /**
   * Cut in two: "plain" (each row in one file), "overlap" (energy counters: each device's last
   * reading before the cut starts the second file too, as a rotated counter log does), or skipped.
   */
  split: "plain" | "overlap" | { skip: string };
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

const FIRST_S = Date.UTC(2024, 0, 1) / 1000;
const LAST_S = Date.UTC(2025, 10, 30) / 1000;
/** A start instant, whole seconds, UTC ms. */
const startMs = fc.integer({ min: FIRST_S, max: LAST_S }).map((s) => s * 1000);

interface Sample {
  t: number;
  /** Device index. */
  d: number;
  /** Watts (power formats) or the counter's increment since the previous reading (counters). */
  v: number;
}

/**
 * Per device, samples at increasing instants: `unit` ms per step (1 or 1000), steps of
 * stepMin..stepMax units, values from `value(deviceIndex)`.
 */
function perDevice(
  devices: { min: number; max: number },
  samples: { min: number; max: number },
  step: { min: number; max: number; unit: number },
  value: (device: number) => fc.Arbitrary<number>,
): fc.Arbitrary<{ start: number; series: Sample[][] }> {
  return fc.integer({ min: devices.min, max: devices.max }).chain((count) =>
    fc
      .record({
        start: startMs,
        series: fc.tuple(
          ...Array.from({ length: count }, (_, d) =>
            fc.record({
              offset: fc.integer({ min: 0, max: step.max }),
              points: fc.array(fc.tuple(fc.integer({ min: step.min, max: step.max }), value(d)), {
                minLength: samples.min,
                maxLength: samples.max,
              }),
            }),
          ),
        ),
      })
      .map(({ start, series }) => ({
        start,
        series: series.map(({ offset, points }, d) => {
          let t = start + offset * step.unit;
          return points.map(([s, v], i) => {
            if (i > 0) t += s * step.unit;
            return { t, d, v };
          });
        }),
      })),
  );
}

/** One instant per row for every device (wide tables, one JSON object per poll). */
function grid(
  devices: { min: number; max: number },
  rows: { min: number; max: number },
  step: { min: number; max: number; unit: number },
  value: (device: number) => fc.Arbitrary<number>,
): fc.Arbitrary<{ times: number[]; values: number[][]; devices: number }> {
  return fc.integer({ min: devices.min, max: devices.max }).chain((count) =>
    fc
      .record({
        start: startMs,
        rows: fc.array(
          fc.tuple(
            fc.integer({ min: step.min, max: step.max }),
            fc.tuple(...Array.from({ length: count }, (_, d) => value(d))),
          ),
          { minLength: rows.min, maxLength: rows.max },
        ),
      })
      .map(({ start, rows }) => {
        let t = start;
        const times: number[] = [];
        const values: number[][] = [];
        rows.forEach(([s, vs], i) => {
          if (i > 0) t += s * step.unit;
          times.push(t);
          values.push(vs);
        });
        return { times, values, devices: count };
      }),
  );
}

/** All samples in time order (ties by device), as a logger interleaving its devices writes them. */
function merged(series: Sample[][]): Sample[] {
  return series.flat().sort((a, b) => a.t - b.t || a.d - b.d);
}

/** Trapezoid energy of samples in time order: the exact integral of linearly interpolated power. */
function trapezoid(points: readonly { t: number; w: number }[]): number {
  let j = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { t: number; w: number };
    const b = points[i] as { t: number; w: number };
    j += ((a.w + b.w) / 2) * ((b.t - a.t) / 1000);
  }
  return j;
}

/** Whole centiwatts as watts: exact in two decimals. */
const centiwatts = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const watts2 = (w: number) => w.toFixed(2);

const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** nvidia-smi's own `YYYY/MM/DD HH:MM:SS.mmm`. */
const nvidiaTime = (t: number) => {
  const s = iso(t);
  return `${s.slice(0, 4)}/${s.slice(5, 7)}/${s.slice(8, 10)} ${s.slice(11, 23)}`;
};
/** `YYYY-MM-DD HH:MM:SS`, no zone (read in the UTC clock of the tests). */
const plainTime = (t: number) => iso(t).slice(0, 19).replace("T", " ");
/** `date +%s.%N`. */
const epochNs = (t: number) => `${Math.floor(t / 1000)}.${pad(t % 1000, 3)}000000`;

function replaceField(row: string, separator: string | RegExp, index: number, value: string): string {
  const sep = typeof separator === "string" ? separator : " ";
  const fields = row.split(separator);
  const i = index < 0 ? fields.length + index : index;
  fields[i] = value;
  return fields.join(sep);
}

// ---------------------------------------------------------------------------------------------
// nvidia-smi CSV

type SmiShape = "native" | "nounits" | "wrapper";

const nvidiaSmiFile: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom<SmiShape>("native", "nounits", "wrapper"),
    perDevice({ min: 1, max: 4 }, { min: 1, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, () =>
      centiwatts(10, 700),
    ),
  )
  .map(([shape, { series }]) => {
    const head =
      shape === "native"
        ? ["timestamp, index, name, power.draw [W]"]
        : shape === "nounits"
          ? ["timestamp, index, power.draw [W]"]
          : ["timestamp,gpu_index,power_W"];
    const row = (s: Sample) =>
      shape === "native"
        ? `${nvidiaTime(s.t)}, ${s.d}, NVIDIA H100 80GB HBM3, ${watts2(s.v)} W`
        : shape === "nounits"
          ? `${nvidiaTime(s.t)}, ${s.d}, ${watts2(s.v)}`
          : `${iso(s.t)},${s.d},${watts2(s.v)}`;
    const all = merged(series);
    return {
      head,
      rows: all.map(row),
      rowDevice: all.map((s) => `gpu${s.d}`),
      truth: new Map(series.map((ss, d) => [`gpu${d}`, trapezoid(ss.map((s) => ({ t: s.t, w: s.v })))])),
      options: {},
    };
  });

export const nvidiaSmiCase: FormatCase = {
  name: "nvidia-smi-csv",
  reader: nvidiaSmiCsv,
  file: nvidiaSmiFile,
  corrupt: (row, marker) => replaceField(row, ",", -1, ` ${marker}`),
  bareGarbage: true,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

// ---------------------------------------------------------------------------------------------
// nvidia-smi dmon (-o DT)

const dmonFile: fc.Arbitrary<Generated> = perDevice(
  { min: 1, max: 4 },
  { min: 1, max: 25 },
  { min: 1, max: 30, unit: 1000 },
  () => fc.integer({ min: 10, max: 700 }),
).map(({ series }) => {
  const all = merged(series);
  return {
    head: [
      "#Date       Time        gpu    pwr  gtemp     sm",
      "#YYYYMMDD   HH:MM:SS    Idx      W      C      %",
    ],
    rows: all.map((s) => {
      const t = iso(s.t);
      return ` ${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}   ${t.slice(11, 19)}    ${String(s.d).padStart(3)}    ${String(s.v).padStart(3)}     41     97`;
    }),
    rowDevice: all.map((s) => `gpu${s.d}`),
    truth: new Map(series.map((ss, d) => [`gpu${d}`, trapezoid(ss.map((s) => ({ t: s.t, w: s.v })))])),
    options: {},
  };
});

export const dmonCase: FormatCase = {
  name: "nvidia-smi-dmon",
  reader: nvidiaSmiDmon,
  file: dmonFile,
  corrupt: (row, marker) => {
    const fields = row.trim().split(/\s+/);
    fields[3] = marker;
    return ` ${fields.join("   ")}`;
  },
  bareGarbage: true,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

// ---------------------------------------------------------------------------------------------
// DCGM: dcgm-exporter metrics with timestamps, and dcgmi dmon with a time prefixed to each line

const UUIDS = [
  "0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9",
  "f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a",
  "11111111-2222-4333-8444-555566667777",
  "99999999-8888-4777-8666-555544443333",
];

const dcgmPowerFile: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom("exporter", "dcgmi-dmon"),
    fc.boolean(),
    perDevice({ min: 1, max: 4 }, { min: 1, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, () =>
      centiwatts(10, 700),
    ),
  )
  .map(([shape, withHost, { series }]) => {
    const all = merged(series);
    const host = shape === "exporter" && withHost ? "node-1/" : "";
    const labels = (d: number) =>
      `gpu="${d}",UUID="GPU-${UUIDS[d]}",device="nvidia${d}",modelName="NVIDIA H100 80GB HBM3"${host ? ',Hostname="node-1"' : ""}`;
    const head =
      shape === "exporter"
        ? ["# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W).", "# TYPE DCGM_FI_DEV_POWER_USAGE gauge"]
        : ["#Entity   POWER", "ID        W"];
    return {
      head,
      rows: all.map((s) =>
        shape === "exporter"
          ? `DCGM_FI_DEV_POWER_USAGE{${labels(s.d)}} ${watts2(s.v)} ${s.t}`
          : `${iso(s.t)} GPU ${s.d}     ${watts2(s.v)}`,
      ),
      rowDevice: all.map((s) => `gpu${s.d}`),
      truth: new Map(
        series.map((ss, d) => [`${host}gpu${d}`, trapezoid(ss.map((s) => ({ t: s.t, w: s.v })))]),
      ),
      options: {},
    };
  });

export const dcgmPowerCase: FormatCase = {
  name: "dcgm (power)",
  reader: dcgm,
  file: dcgmPowerFile,
  corrupt: (row, marker) =>
    row.startsWith("DCGM_FI_") ? row.replace(/\} \S+ /, `} ${marker} `) : replaceField(row, " ", -1, marker),
  // An unknown line of exporter text is another metric, ignored rather than skipped.
  bareGarbage: false,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

/** Counter readings: a start value and whole-unit increments of watts × interval. */
function counterSeries(series: Sample[][], unitsPerJoule: number, startAt: number[]) {
  return series.map((ss, d) => {
    let c = startAt[d] ?? 0;
    return ss.map((s, i) => {
      if (i > 0) c += Math.round((s.v * (s.t - (ss[i - 1] as Sample).t) * unitsPerJoule) / 1000);
      return { t: s.t, d: s.d, c };
    });
  });
}

function counterTruth(readings: { c: number }[][], unitsPerJoule: number, key: (d: number) => string) {
  return new Map(
    readings
      .map(
        (rs, d) =>
          [
            key(d),
            rs.length < 2 ? undefined : ((rs.at(-1)?.c ?? 0) - (rs[0]?.c ?? 0)) / unitsPerJoule,
          ] as const,
      )
      .filter((e): e is readonly [string, number] => e[1] !== undefined),
  );
}

const dcgmCounterFile: fc.Arbitrary<Generated> = fc
  .tuple(
    perDevice({ min: 1, max: 3 }, { min: 2, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, () =>
      fc.integer({ min: 10, max: 700 }),
    ),
    fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 3, maxLength: 3 }),
  )
  .map(([{ series }, startAt]) => {
    const readings = counterSeries(series, 1000, startAt);
    const all = readings.flat().sort((a, b) => a.t - b.t || a.d - b.d);
    return {
      head: [
        "# HELP DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION Total energy consumption since boot (in mJ).",
        "# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter",
      ],
      rows: all.map(
        (r) => `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="${r.d}",UUID="GPU-${UUIDS[r.d]}"} ${r.c} ${r.t}`,
      ),
      rowDevice: all.map((r) => `gpu${r.d}`),
      truth: counterTruth(readings, 1000, (d) => `gpu${d}`),
      options: {},
    };
  });

const COUNTER_ORDER =
  "an energy counter is differenced reading to reading in file order (energy-counter.ts: 'readings must come in time order'); a reading at or before the previous one is skipped, so reordered counter rows lose intervals by design";

export const dcgmCounterCase: FormatCase = {
  name: "dcgm (energy counter)",
  reader: dcgm,
  file: dcgmCounterFile,
  corrupt: (row, marker) => row.replace(/\} \S+ /, `} ${marker} `),
  bareGarbage: false,
  shuffle: { skip: COUNTER_ORDER },
  // A repeated reading after its original is at or before the last one taken: skipped, and the
  // counter's total is still its last reading minus its first. (A copy placed before the device's
  // first reading would become its first reading and the rows before it would be out of order.)
  duplicates: "later",
  counter: true,
  leadingGarbage: "yes",
  split: "overlap",
};

// ---------------------------------------------------------------------------------------------
// CodeCarbon emissions.csv

interface CcRun {
  project: string;
  id: string;
  start: number;
  /** [duration s, cumulative µkWh] per row. */
  rows: [number, number][];
}

const codeCarbonFile: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom("local", "utc", "offset"),
    fc.array(
      fc.record({
        project: fc.constantFrom("train", "eval"),
        start: fc.integer({ min: 0, max: 3600 }),
        steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 50_000 })), {
          minLength: 1,
          maxLength: 6,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    startMs,
  )
  .map(([timeShape, specs, base]) => {
    const runs: CcRun[] = specs.map((s, k) => {
      let duration = 0;
      let energy = 0;
      return {
        project: s.project,
        id: `0a1b2c3d-1111-4222-8333-${String(k).padStart(12, "0")}`,
        start: base + s.start * 1000,
        rows: s.steps.map(([dd, de]) => {
          duration += dd;
          energy += de;
          return [duration, energy] as [number, number];
        }),
      };
    });
    const when = (t: number) =>
      timeShape === "local"
        ? iso(t).slice(0, 19)
        : timeShape === "utc"
          ? `${iso(t).slice(0, 19)}Z`
          : `${new Date(t + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
    const rows: string[] = [];
    const rowDevice: string[] = [];
    const cuts: number[] = [];
    const truth = new Map<string, number>();
    for (const run of runs) {
      if (rows.length > 0) cuts.push(rows.length);
      for (const [duration, uKwh] of run.rows) {
        const kwh = uKwh / 1e6;
        rows.push(
          `${when(run.start + duration * 1000)},${run.project},${run.id},${duration},${kwh * 0.2},${kwh}`,
        );
        rowDevice.push(`codecarbon:${run.project}`);
      }
      const last = run.rows.at(-1) as [number, number];
      const key = `codecarbon:${run.project}`;
      truth.set(key, (truth.get(key) ?? 0) + (last[1] / 1e6) * 3.6e6);
    }
    return {
      head: ["timestamp,project_name,run_id,duration,emissions,energy_consumed"],
      rows,
      rowDevice,
      truth,
      options: {},
      cuts,
    };
  });

export const codeCarbonCase: FormatCase = {
  name: "codecarbon",
  reader: codeCarbon,
  file: codeCarbonFile,
  corrupt: (row, marker) => replaceField(row, ",", 5, marker),
  bareGarbage: true,
  // The reader sorts each run's rows by time before differencing them (codecarbon.ts differenceRun).
  shuffle: "yes",
  // A repeated row repeats its run's duration and energy: skipped as a repeat once sorted.
  duplicates: "anywhere",
  // Cumulative per run, but each run's rows are sorted and differenced whatever their order, so
  // reordering never loses or adds energy: not a counter in the sense of file-order differencing.
  counter: false,
  leadingGarbage: "yes",
  // Figures are cumulative since the run started, so a run cut in two has its second file count
  // the first file's energy again: rows of one run 0.002 kWh | 0.005 kWh in two files report
  // 0.007 kWh (the second file's first row spans the run from its start, the two copies of
  // codecarbon:<project> overlap in time and combine.ts keeps them apart with a warning). The
  // file is therefore cut between runs only (the generator's cuts).
  split: "plain",
};

// ---------------------------------------------------------------------------------------------
// RAPL energy_uj dumps: long CSV, wide CSV, `time path value` lines

const raplFile: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom("long", "wide", "paths"),
    perDevice({ min: 1, max: 2 }, { min: 2, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, () =>
      fc.integer({ min: 5, max: 300 }),
    ),
    grid({ min: 1, max: 2 }, { min: 2, max: 25 }, { min: 1, max: 30, unit: 1000 }, () =>
      fc.integer({ min: 5, max: 300 }),
    ),
    fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 2, maxLength: 2 }),
  )
  .map(([shape, perDev, table, startAt]) => {
    const key = (d: number) => `package-${d}`;
    if (shape === "wide") {
      const series = Array.from({ length: table.devices }, (_, d) =>
        table.times.map((t, i) => ({ t, d, v: table.values[i]?.[d] ?? 0 })),
      );
      const readings = counterSeries(series, 1e6, startAt);
      return {
        head: [`timestamp,${Array.from({ length: table.devices }, (_, d) => `intel-rapl:${d}`).join(",")}`],
        rows: table.times.map((t, i) => `${plainTime(t)},${readings.map((rs) => rs[i]?.c).join(",")}`),
        rowDevice: table.times.map(() => "*"),
        truth: counterTruth(readings, 1e6, key),
        options: {},
      };
    }
    const readings = counterSeries(perDev.series, 1e6, startAt);
    const all = readings.flat().sort((a, b) => a.t - b.t || a.d - b.d);
    return {
      head: shape === "long" ? ["time,domain,energy_uj"] : [],
      rows: all.map((r) =>
        shape === "long"
          ? `${epochNs(r.t)},intel-rapl:${r.d},${r.c}`
          : `${epochNs(r.t)} /sys/class/powercap/intel-rapl:${r.d}/energy_uj ${r.c}`,
      ),
      rowDevice: all.map((r) => key(r.d)),
      truth: counterTruth(readings, 1e6, key),
      options: {},
    };
  });

export const raplCase: FormatCase = {
  name: "rapl-energy-uj",
  reader: raplCounters,
  file: raplFile,
  corrupt: (row, marker) =>
    row.includes(",") ? replaceField(row, ",", -1, marker) : replaceField(row, " ", -1, marker),
  bareGarbage: true,
  shuffle: { skip: `${COUNTER_ORDER}; wide rows must also come in time order (rapl.ts wideRow)` },
  duplicates: "later",
  counter: true,
  leadingGarbage: {
    skip: "the path form (`<time> <path> <µJ>`) has no header: its first line says what the file is (rapl.ts start), so a file that starts with junk is refused with an InputError rather than read",
  },
  split: "overlap",
};

// ---------------------------------------------------------------------------------------------
// Intel Power Gadget

const IPG_POWER_HEAD =
  '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)","Processor Power_0(Watt)","IA Power_0(Watt)","DRAM Power_0(Watt)"';
const IPG_ENERGY_HEAD =
  '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)","Processor Power_0(Watt)","Cumulative Processor Energy_0(Joules)","IA Power_0(Watt)","DRAM Power_0(Watt)","Cumulative DRAM Energy_0(Joules)"';

const ipgFile = (withEnergy: boolean): fc.Arbitrary<Generated> =>
  grid({ min: 2, max: 2 }, { min: 2, max: 25 }, { min: 100, max: 30_000, unit: 1 }, (d) =>
    d === 0 ? centiwatts(5, 300) : centiwatts(1, 30),
  ).chain((table) =>
    fc.integer({ min: 0, max: 5000 }).map((firstElapsedMs) => {
      const runStart = table.times[0] as number;
      const cumulative = [0, 0];
      const rows: string[] = [];
      const points: { t: number; w: number }[][] = [[], []];
      table.times.forEach((t, i) => {
        const elapsedMs = firstElapsedMs + (t - runStart);
        const [pkg, dram] = table.values[i] as [number, number];
        // Cumulative joules since logging began (0 J at elapsed 0), in whole millijoules.
        const spanMs = i === 0 ? firstElapsedMs : t - (table.times[i - 1] as number);
        cumulative[0] = (cumulative[0] as number) + Math.round(pkg * spanMs);
        cumulative[1] = (cumulative[1] as number) + Math.round(dram * spanMs);
        const elapsed = (elapsedMs / 1000).toFixed(3);
        // Sample instants as the reader computes them: run start plus elapsed from the first row.
        const at = runStart + (Number(elapsed) - firstElapsedMs / 1000) * 1000;
        points[0]?.push({ t: at, w: pkg });
        points[1]?.push({ t: at, w: dram });
        const clock = iso(t).slice(11, 23).replace(".", ":");
        const q = (s: string) => `"${s}"`;
        const fields = withEnergy
          ? [
              clock,
              String(9_863_377_260_270 + i),
              elapsed,
              "50.000",
              watts2(pkg),
              ((cumulative[0] as number) / 1000).toFixed(3),
              watts2(pkg * 0.8),
              watts2(dram),
              ((cumulative[1] as number) / 1000).toFixed(3),
            ]
          : [
              clock,
              String(9_863_377_260_270 + i),
              elapsed,
              "50.000",
              watts2(pkg),
              watts2(pkg * 0.8),
              watts2(dram),
            ];
        rows.push(fields.map(q).join(","));
      });
      const truth = withEnergy
        ? new Map([
            ["package-0", (cumulative[0] as number) / 1000],
            ["dram-0", (cumulative[1] as number) / 1000],
          ])
        : new Map([
            ["package-0", trapezoid(points[0] ?? [])],
            ["dram-0", trapezoid(points[1] ?? [])],
          ]);
      return {
        head: [withEnergy ? IPG_ENERGY_HEAD : IPG_POWER_HEAD],
        rows,
        rowDevice: rows.map(() => "*"),
        truth,
        options: { runStart },
      };
    }),
  );

const IPG_ORDER =
  "Intel Power Gadget rows must come in time order (intel-power-gadget.ts: an Elapsed Time not after the previous row's is skipped) and sample times are --run-start plus Elapsed Time from the first row";
const IPG_SPLIT =
  "an Intel Power Gadget log must come whole: its times are one --run-start plus Elapsed Time from the file's first row (a second file would be placed at the same start), and its cumulative energy counts from 0 J at the start of logging";

export const ipgPowerCase: FormatCase = {
  name: "intel-power-gadget (power)",
  reader: intelPowerGadget,
  file: ipgFile(false),
  corrupt: (row, marker) => replaceField(row, '","', 4, marker),
  bareGarbage: true,
  shuffle: { skip: IPG_ORDER },
  // A copy placed before its original would make the rows between them out of order (skipped),
  // which drops their power samples: a repeat is neutral after its original.
  duplicates: "later",
  counter: false,
  leadingGarbage: "yes",
  split: { skip: IPG_SPLIT },
};

export const ipgEnergyCase: FormatCase = {
  name: "intel-power-gadget (cumulative energy)",
  reader: intelPowerGadget,
  file: ipgFile(true),
  corrupt: (row, marker) => replaceField(row, '","', 5, marker),
  bareGarbage: true,
  shuffle: { skip: IPG_ORDER },
  // The counter wins over power; a repeat after its original is skipped (its elapsed time is not after).
  duplicates: "later",
  counter: true,
  leadingGarbage: "yes",
  split: { skip: IPG_SPLIT },
};

// ---------------------------------------------------------------------------------------------
// Weights & Biases system metrics

const wandbFile: fc.Arbitrary<Generated> = grid(
  { min: 1, max: 4 },
  { min: 1, max: 25 },
  { min: 1000, max: 30_000, unit: 1 },
  () => centiwatts(10, 700),
).map((table) => {
  const rows = table.times.map((t, i) => {
    const parts = (table.values[i] as number[]).flatMap((w, d) => [
      `"system.gpu.${d}.gpu": 97.2`,
      `"system.gpu.${d}.powerWatts": ${w}`,
      `"system.gpu.${d}.powerPercent": ${(w / 7).toFixed(2)}`,
    ]);
    return `{${parts.join(", ")}, "system.cpu": 12.5, "_wandb": true, "_timestamp": ${t / 1000}, "_runtime": ${(t - (table.times[0] as number)) / 1000}}`;
  });
  return {
    head: [],
    rows,
    rowDevice: rows.map(() => "*"),
    truth: new Map(
      Array.from({ length: table.devices }, (_, d) => [
        `gpu${d}`,
        trapezoid(table.times.map((t, i) => ({ t, w: table.values[i]?.[d] ?? 0 }))),
      ]),
    ),
    options: {},
  };
});

export const wandbCase: FormatCase = {
  name: "wandb-system",
  reader: wandbSystem,
  file: wandbFile,
  // One power key with a value that is no number: one skip (a line with several bad keys counts each).
  corrupt: (row, marker) => {
    const time = /"_timestamp": ([0-9.]+)/.exec(row)?.[1] ?? "1717243200";
    return `{"system.gpu.0.powerWatts": "${marker}", "_timestamp": ${time}}`;
  },
  bareGarbage: true,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

// ---------------------------------------------------------------------------------------------
// Generic CSV and JSON Lines

/**
 * Watts of generic wide columns, in ranges no column can equal the sum of the others in (1%):
 * otherwise the reader would rightly take one column for the others' total and drop it.
 */
const genericWatts = (d: number) =>
  centiwatts(
    ...([
      [10, 20],
      [30, 45],
      [100, 150],
    ][d] as [number, number]),
  );

const genericCsvFile: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom("wide", "long"),
    grid({ min: 1, max: 3 }, { min: 1, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, genericWatts),
    perDevice({ min: 1, max: 3 }, { min: 1, max: 25 }, { min: 1000, max: 30_000, unit: 1 }, () =>
      centiwatts(10, 700),
    ),
  )
  .map(([shape, table, perDev]) => {
    if (shape === "wide") {
      return {
        head: [`timestamp,${Array.from({ length: table.devices }, (_, d) => `gpu${d}_power_w`).join(",")}`],
        rows: table.times.map((t, i) => `${iso(t)},${(table.values[i] as number[]).map(watts2).join(",")}`),
        rowDevice: table.times.map(() => "*"),
        truth: new Map(
          Array.from({ length: table.devices }, (_, d) => [
            `gpu${d}`,
            trapezoid(table.times.map((t, i) => ({ t, w: table.values[i]?.[d] ?? 0 }))),
          ]),
        ),
        options: {},
      };
    }
    const all = merged(perDev.series);
    return {
      head: ["time,gpu,power_w"],
      rows: all.map((s) => `${iso(s.t)},${s.d},${watts2(s.v)}`),
      rowDevice: all.map((s) => `gpu${s.d}`),
      truth: new Map(
        perDev.series.map((ss, d) => [`gpu${d}`, trapezoid(ss.map((s) => ({ t: s.t, w: s.v })))]),
      ),
      options: {},
    };
  });

export const genericCsvCase: FormatCase = {
  name: "csv",
  reader: genericCsv,
  file: genericCsvFile,
  corrupt: (row, marker) => replaceField(row, ",", -1, marker),
  // A line starting with "#" is a comment in generic CSV: the bare garbage starts with a digit.
  bareGarbage: true,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

const genericJsonlFile: fc.Arbitrary<Generated> = grid(
  { min: 1, max: 3 },
  { min: 1, max: 25 },
  { min: 1000, max: 30_000, unit: 1 },
  genericWatts,
).map((table) => {
  const rows = table.times.map(
    (t, i) =>
      `{"time": "${iso(t)}", "power_w": {${(table.values[i] as number[]).map((w, d) => `"gpu${d}": ${w}`).join(", ")}}}`,
  );
  return {
    head: [],
    rows,
    rowDevice: rows.map(() => "*"),
    truth: new Map(
      Array.from({ length: table.devices }, (_, d) => [
        `gpu${d}`,
        trapezoid(table.times.map((t, i) => ({ t, w: table.values[i]?.[d] ?? 0 }))),
      ]),
    ),
    options: {},
  };
});

export const genericJsonlCase: FormatCase = {
  name: "jsonl",
  reader: genericJsonl,
  file: genericJsonlFile,
  corrupt: (row, marker) => row.replace(/"gpu0": [0-9.]+/, `"gpu0": "${marker}"`),
  bareGarbage: true,
  shuffle: "yes",
  duplicates: "anywhere",
  counter: false,
  leadingGarbage: "yes",
  split: "plain",
};

export const FORMAT_CASES: readonly FormatCase[] = [
  nvidiaSmiCase,
  dmonCase,
  dcgmPowerCase,
  dcgmCounterCase,
  codeCarbonCase,
  raplCase,
  ipgPowerCase,
  ipgEnergyCase,
  wandbCase,
  genericCsvCase,
  genericJsonlCase,
];

/** The lines of a generated file. */
export const linesOf = (g: Pick<Generated, "head" | "rows">) => [...g.head, ...g.rows];
