import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { genericCsv, genericJsonl, genericReaderFor } from "../../src/traces/generic-table.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ColumnMapping, ReadStats, TraceReader } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/generic/", import.meta.url));
const dataDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const bmcFile = join(dataDir, "power/node-bmc/cisco-h200-2node-redfish-power_log.csv");

interface Read {
  sink: SampleSink;
  stats: ReadStats;
  clock: LocalClock;
}

interface Options {
  zone?: string;
  columns?: ColumnMapping & { energyKind?: string };
  reader?: TraceReader;
}

async function readLines(lines: AsyncIterable<string>, file: string, options: Options = {}): Promise<Read> {
  const sink = new SampleSink();
  const clock = new LocalClock(options.zone ?? "UTC");
  const reader = options.reader ?? genericCsv;
  const stats = await reader.read(lines, sink, {
    file,
    clock,
    ...(options.columns ? { columns: options.columns } : {}),
  });
  return { sink, stats, clock };
}

function readText(text: string, options: Options = {}): Promise<Read> {
  return readLines(arrayLines(textLines(text)), "inline.csv", options);
}

function readJsonl(text: string, options: Options = {}): Promise<Read> {
  return readLines(arrayLines(textLines(text)), "inline.jsonl", { ...options, reader: genericJsonl });
}

function readFixture(name: string, options: Options = {}): Promise<Read> {
  return readLines(fileLines(join(fixtures, name)), name, options);
}

/** A device's samples as [UTC ms, watts] pairs. */
function samples(read: Read, key: string): [number, number][] {
  const d = read.sink.devices.get(key);
  if (!d) throw new Error(`no device ${key} (have ${[...read.sink.devices.keys()].join(", ")})`);
  const out: [number, number][] = [];
  for (let i = 0; i < d.length; i++) out.push([d.times[i] as number, d.watts[i] as number]);
  return out;
}

/** A device's energy intervals as [start, end, joules]. */
function intervals(read: Read, key: string): [number, number, number][] {
  const d = read.sink.devices.get(key);
  if (!d) throw new Error(`no device ${key} (have ${[...read.sink.devices.keys()].join(", ")})`);
  return d.intervals.map((i) => [i.start, i.end, i.joules]);
}

function totalJoules(read: Read, key: string): number {
  return intervals(read, key).reduce((a, [, , j]) => a + j, 0);
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

const T0 = Date.UTC(2025, 2, 4, 10, 0, 0);
const S = 1000;

describe("node-level BMC logs", () => {
  it("reads the parts of a total, never all three, and counts 0 W as failed reads", async () => {
    const read = await readFixture("bmc-2node.csv", { zone: "America/Chicago" });
    expect([...read.sink.devices.keys()]).toEqual(["n1/n1", "n2/n2"]);
    expect(read.sink.devices.get("n1/n1")?.device).toEqual({ id: "n1", host: "n1", kind: "node" });
    // 19:14:51 CDT (UTC-5) is 00:14:51 UTC the next day.
    const t = Date.UTC(2026, 4, 6, 0, 14, 51);
    expect(samples(read, "n1/n1")).toEqual([
      [t, 2492],
      [t + 11 * S, 2503],
      [t + 34 * S, 2517],
      [t + 289 * S, 2520],
      [t + 300 * S, 2498],
    ]);
    expect(samples(read, "n2/n2").map(([, w]) => w)).toEqual([2579, 2573, 2576, 2571, 2560, 2561]);
    expect(read.stats.rowsRead).toBe(7);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.missingValues).toBe(3);
    expect(read.stats.warnings).toEqual([]);
    expect(read.stats.notes).toContain(
      "total_watts = n1_watts + n2_watts on 100% of the 5 rows where all were read: using n1_watts and n2_watts, not total_watts",
    );
    expect(read.stats.notes.some((n) => n.includes("n1_watts 2, n2_watts 1"))).toBe(true);
    expect(read.stats.notes).toContain("times without a zone read as wall-clock time in America/Chicago");
  });

  it("reads a total alone as a node when it is the only column", async () => {
    const read = await readText("timestamp,total_watts\n2025-03-04T10:00:00Z,5071\n2025-03-04T10:00:11Z,0\n");
    expect(read.sink.devices.get("total")?.device).toEqual({ id: "total", kind: "node" });
    expect(samples(read, "total")).toEqual([[T0, 5071]]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.warnings).toEqual([]);
  });

  it("finds a sum by its values whatever its name, in any unit", async () => {
    const rows = [
      "time,n1 (kW),n2 (kW),n3 (kW),agg (kW)",
      "2025-03-04T10:00:00Z,1.5,2.5,3,7",
      "2025-03-04T10:00:10Z,1.6,2.4,3.1,7.1",
      "2025-03-04T10:00:20Z,1.7,2.2,3.2,7.1",
      "2025-03-04T10:00:30Z,,2.2,3.2,7.2",
    ];
    const read = await readText(rows.join("\n"));
    expect([...read.sink.devices.keys()]).toEqual(["n1/n1", "n2/n2", "n3/n3"]);
    expect(samples(read, "n1/n1")).toEqual([
      [T0, 1500],
      [T0 + 10 * S, 1600],
      [T0 + 20 * S, 1700],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(
      read.stats.notes.some((n) =>
        n.startsWith("agg (kW) = n1 (kW) + n2 (kW) + n3 (kW) on 100% of the 3 rows"),
      ),
    ).toBe(true);
  });

  it("does not take a coincidence on fewer than three rows for a sum", async () => {
    const read = await readText(
      "time,n1_w,n2_w,n3_w\n2025-03-04T10:00:00Z,100,200,300\n2025-03-04T10:00:01Z,100,200,300\n",
    );
    expect(read.sink.devices.size).toBe(3);
  });

  it("warns, and keeps it, when a column named total is not the sum of the others", async () => {
    const read = await readFixture("total-not-sum.csv");
    expect([...read.sink.devices.keys()]).toEqual(["gpu0", "gpu1", "total"]);
    expect(
      read.stats.warnings.some((w) => w.includes('"total_w" is named like a total but is not the sum')),
    ).toBe(true);
    expect(read.stats.warnings.some((w) => w.includes("double-counts"))).toBe(true);
  });

  it("warns when the sum held on the first rows but not over the file", async () => {
    const lines = ["timestamp,n1_watts,n2_watts,total_watts"];
    for (let i = 0; i < 600; i++) {
      const a = 2000 + i;
      const b = 2100;
      lines.push(`${new Date(T0 + i * 10 * S).toISOString()},${a},${b},${i < 300 ? a + b : a + b + 3000}`);
    }
    const read = await readText(lines.join("\n"));
    expect(read.sink.devices.size).toBe(2);
    expect(read.stats.notes.some((n) => n.includes("on 50.0% of the 600 rows"))).toBe(true);
    expect(
      read.stats.warnings.some((w) => w.includes("equalled n1_watts + n2_watts on the first rows")),
    ).toBe(true);
  });

  it("waits past a node that is down at the start before deciding on the total", async () => {
    const lines = ["timestamp,n1_watts,n2_watts,total_watts"];
    for (let i = 0; i < 400; i++) {
      const a = 2000 + (i % 17);
      const b = i < 350 ? 0 : 2100;
      lines.push(`${new Date(T0 + i * 10 * S).toISOString()},${a},${b},${a + b}`);
    }
    const read = await readText(lines.join("\n"));
    expect([...read.sink.devices.keys()]).toEqual(["n1/n1", "n2/n2"]);
    expect(read.sink.devices.get("n2/n2")?.length).toBe(50);
    expect(read.stats.missingValues).toBe(350);
    expect(read.stats.notes.some((n) => n.includes("on 100% of the 50 rows where all were read"))).toBe(true);
  });

  it("takes the total, not the parts, as node kind from host tokens and words", async () => {
    const read = await readText(
      "ts,node3_gpu0_power_w,server2 power (W),pdu_watts\n2025-03-04T10:00:00Z,300,4000,9000\n",
    );
    expect(read.sink.devices.get("node3/gpu0")?.device).toEqual({ id: "gpu0", host: "node3", kind: "gpu" });
    expect(read.sink.devices.get("server2/server2")?.device.kind).toBe("node");
    expect(read.sink.devices.get("pdu")?.device.kind).toBe("node");
  });

  it("keeps 0 W of a GPU column (GPU semantics are left to the GPU readers)", async () => {
    const read = await readText("time,gpu0_power_w\n2025-03-04T10:00:00Z,0\n");
    expect(samples(read, "gpu0")).toEqual([[T0, 0]]);
    expect(read.stats.missingValues).toBe(0);
  });
});

describe("units", () => {
  const power: [string, string, number][] = [
    ["power_w", "250.5", 250.5],
    ["watts", "250.5", 250.5],
    ["n1_watts", "250.5", 250.5],
    ["Power_W", "250.5", 250.5],
    ["powerW", "250.5", 250.5],
    ["gpuPowerWatts", "250.5", 250.5],
    ["power (kW)", "0.2505", 250.5],
    ["Power [W]", "250.5", 250.5],
    ["gpu_power_mw", "250500", 250.5],
    ["power_mW", "250500", 250.5],
    ["power_kw", "0.2505", 250.5],
    ["facility power (MW)", "0.0002505", 250.5],
    ["power_w_total", "250.5", 250.5],
    ['"power (W)"', "250.5", 250.5],
  ];
  for (const [name, value, watts] of power) {
    it(`reads ${name} as power in watts`, async () => {
      const read = await readText(`timestamp,${name}\n2025-03-04T10:00:00Z,${value}\n`);
      const [device] = [...read.sink.devices.values()];
      expect(device?.length).toBe(1);
      expect(device?.times[0]).toBe(T0);
      expect(device?.watts[0]).toBeCloseTo(watts, 9);
    });
  }

  const energy: [string, string, number][] = [
    ["energy_j", "10", 10],
    ["energy_kj", "10", 10e3],
    ["energy_kwh", "1", 3.6e6],
    ["energy_kWh", "1", 3.6e6],
    ["energy_wh", "1", 3600],
    ["energy_mwh", "1", 3.6],
    ["energy (MWh)", "1", 3.6e9],
    ["energy (MJ)", "1", 1e6],
    ["energy_mj", "1000", 1],
    ["energy_uj", "1000000", 1],
    ["energy (µJ)", "1000000", 1],
    ["energy_joules", "10", 10],
    ["joules", "10", 10],
  ];
  for (const [name, value, joules] of energy) {
    it(`reads ${name} as energy in joules`, async () => {
      // An hour apart: 1 MWh in 10 s would be 360 MW, over the bound of one column (100 MW).
      const read = await readText(
        `timestamp,${name}_delta\n2025-03-04T10:00:00Z,0\n2025-03-04T11:00:00Z,${value}\n`,
        {
          columns: { energy: [`${name}_delta`] },
        },
      );
      expect(read.stats.notes.join("\n")).toContain("the energy since the previous row");
      const [device] = [...read.sink.devices.values()];
      expect(device?.intervals).toHaveLength(1);
      expect(device?.intervals[0]?.joules).toBeCloseTo(joules, 6);
    });
  }

  it("refuses a power column with no unit, naming the column and --power-unit", async () => {
    const error = await inputError(readFixture("no-unit.csv"));
    expect(error.message).toContain('power column "gpu_power" names no unit');
    expect(error.message).toContain("--power-unit");
    expect(error.line).toBe(1);
    expect(error.file).toBe("no-unit.csv");
  });

  it("takes the unit from --power-unit when the header has none", async () => {
    const read = await readFixture("no-unit.csv", { columns: { powerUnit: "W" } });
    expect(samples(read, "gpu")).toEqual([
      [T0, 301.5],
      [T0 + S, 302],
    ]);
    expect(samples(read, "cpu")).toEqual([
      [T0, 95],
      [T0 + S, 96.5],
    ]);
    expect(read.stats.notes.some((n) => n.includes("from --power-unit"))).toBe(true);
  });

  it("refuses an energy column with no unit, naming --energy-unit; kWh from the flag", async () => {
    const text = "time,node_energy_counter\n2025-03-04T10:00:00Z,1\n2025-03-04T10:00:10Z,1.5\n";
    const error = await inputError(readText(text));
    expect(error.message).toContain('energy column "node_energy_counter" names no unit');
    expect(error.message).toContain("--energy-unit");
    const read = await readText(text, { columns: { energyUnit: "kWh" } });
    expect(intervals(read, "node")).toEqual([[T0, T0 + 10 * S, 0.5 * 3.6e6]]);
  });

  it("refuses mW/MW in a name written in capitals, and a flag that is no unit", async () => {
    const error = await inputError(readText("TIMESTAMP,POWER_MW\n2025-03-04T10:00:00Z,1\n"));
    expect(error.message).toContain("mW or MW");
    expect(error.message).toContain("--power-unit");
    const read = await readText("TIMESTAMP,POWER_MW\n2025-03-04T10:00:00Z,1\n", {
      columns: { powerUnit: "MW" },
    });
    expect([...read.sink.devices.values()][0]?.watts[0]).toBe(1e6);
    const flag = await inputError(
      readText("time,power\n2025-03-04T10:00:00Z,1\n", { columns: { powerUnit: "kWh" } }),
    );
    expect(flag.message).toContain('--power-unit "kWh" is not a power unit');
  });

  it("keeps the header's unit over --power-unit and says so", async () => {
    const read = await readText("time,power_kw\n2025-03-04T10:00:00Z,1\n", { columns: { powerUnit: "W" } });
    expect([...read.sink.devices.values()][0]?.watts[0]).toBe(1000);
    expect(read.stats.notes.some((n) => n.includes("--power-unit W not applied"))).toBe(true);
  });

  it("ignores limits, caps, percentages and rates", async () => {
    const read = await readText(
      "timestamp,power_limit_w,power_cap (W),power_percent,energy_per_token_j,gpu_power_w\n2025-03-04T10:00:00Z,700,700,50,3,300\n",
    );
    expect([...read.sink.devices.keys()]).toEqual(["gpu"]);
  });
});

describe("energy columns", () => {
  it("infers cumulative counters and differences them, spanning a missing reading", async () => {
    const read = await readFixture("energy-counters.csv");
    expect(read.sink.devices.get("node1/node1")?.device).toEqual({
      id: "node1",
      host: "node1",
      kind: "node",
    });
    expect(intervals(read, "node1/node1")).toEqual([
      [T0, T0 + 10 * S, 45000],
      [T0 + 10 * S, T0 + 20 * S, 45000],
      [T0 + 20 * S, T0 + 30 * S, 46000],
      [T0 + 30 * S, T0 + 50 * S, 90000],
    ]);
    expect(totalJoules(read, "node2/node2")).toBe(250000);
    expect(read.stats.missingValues).toBe(1);
    expect(
      read.stats.notes.some(
        (n) => n.includes('"node1_energy_j": a cumulative counter') && n.includes("inferred"),
      ),
    ).toBe(true);
  });

  it("infers per-row energy, and says the first row's energy has no start", async () => {
    const read = await readFixture("energy-per-row.csv");
    const t = 1741082400 * 1000;
    expect(intervals(read, "gpu0")).toEqual([
      [t, t + 60 * S, 4.8 * 3600],
      [t + 60 * S, t + 120 * S, 5.1 * 3600],
      [t + 120 * S, t + 180 * S, 4.7 * 3600],
    ]);
    expect(
      read.stats.notes.some((n) =>
        n.includes('"gpu0_energy_wh": the energy since the previous row (inferred'),
      ),
    ).toBe(true);
    expect(read.stats.notes.some((n) => n.includes("first row's energy (1800 J)"))).toBe(true);
  });

  it("takes the mode from the name: _total, cumulative, counter, _delta, interval", async () => {
    const rising = ["2025-03-04T10:00:00Z", "2025-03-04T10:00:10Z", "2025-03-04T10:00:20Z"];
    const cases: [string, string[], number][] = [
      ["node_energy_joules_total", ["100", "150", "140"], 90],
      ["cumulative_energy_j", ["100", "150", "140"], 90],
      ["energy_counter_j", ["100", "150", "140"], 90],
      ["energy_delta_j", ["100", "150", "160"], 310],
      ["energy_interval_j", ["100", "150", "160"], 310],
    ];
    for (const [name, values, joules] of cases) {
      const text = [`time,${name}`, ...rising.map((t, i) => `${t},${values[i]}`)].join("\n");
      const read = await readText(text);
      const [device] = [...read.sink.devices.values()];
      const sum = (device?.intervals ?? []).reduce((a, i) => a + i.joules, 0);
      expect(
        read.stats.notes.some((n) => n.includes("the column name says so")),
        name,
      ).toBe(true);
      // Counters: 150-100, then a reset to 140 counted as 140 at most (the project's counter rule
      // counts none across a reset); per row: 150 + 160 (the first row has no start).
      if (joules === 90) expect(sum, name).toBe(50);
      else expect(sum, name).toBe(310);
    }
  });

  it("warns on a counter that goes down (reset)", async () => {
    const text = [
      "time,gpu0_energy_j",
      "2025-03-04T10:00:00Z,1000",
      "2025-03-04T10:00:01Z,1300",
      "2025-03-04T10:00:02Z,1600",
      "2025-03-04T10:00:03Z,1900",
      "2025-03-04T10:00:04Z,200",
      "2025-03-04T10:00:05Z,500",
    ].join("\n");
    const read = await readText(text, { columns: { energyKind: "cumulative" } });
    expect(totalJoules(read, "gpu0")).toBe(1200);
    expect(
      read.stats.warnings.some((w) => w.includes("gpu0_energy_j") && w.includes("went down 1 time")),
    ).toBe(true);
    expect(read.stats.notes.some((n) => n.includes("--energy-kind"))).toBe(true);
  });

  it("joins per-row energy at the instant of the previous row to the next interval", async () => {
    const text = [
      "time,energy_delta_j",
      "2025-03-04T10:00:00Z,1",
      "2025-03-04T10:00:10Z,10",
      "2025-03-04T10:00:10Z,5",
      "2025-03-04T10:00:20Z,10",
      "2025-03-04T10:00:05Z,7",
    ].join("\n");
    const read = await readText(text);
    expect(intervals(read, "device")).toEqual([
      [T0, T0 + 10 * S, 10],
      [T0 + 10 * S, T0 + 20 * S, 15],
    ]);
    expect(read.stats.warnings.some((w) => w.includes("earlier than the row before"))).toBe(true);
  });

  it("prefers an energy column over a power column of the same device", async () => {
    const read = await readText(
      "time,power_w,energy_total_j\n2025-03-04T10:00:00Z,100,0\n2025-03-04T10:00:10Z,100,1000\n",
    );
    expect(read.sink.devices.size).toBe(1);
    expect(intervals(read, "device")).toEqual([[T0, T0 + 10 * S, 1000]]);
    expect(
      read.stats.notes.some(
        (n) => n.includes('using "energy_total_j"') && n.includes('not adding "power_w"'),
      ),
    ).toBe(true);
  });

  it("skips per-row energy implying more than 100 MW, and energy that is infinite in joules", async () => {
    // Regression (fuzz, known bug 4): 1e308 kWh reached the sink as Infinity joules.
    const read = await readText(
      [
        "ts,gpu0_energy_kwh_delta",
        "1741082400,0.5",
        "1741082460,1e308",
        "1741082520,0.5",
        "1741082580,5000",
        "1741082640,0.25",
      ].join("\n"),
    );
    // 0.5 kWh in 60 s is 30 kW, read; 5000 kWh in 60 s (300 MW) is not, nor is 1e308 kWh.
    expect(intervals(read, "gpu0")).toEqual([
      [T0, T0 + 120 * S, 1.8e6],
      [T0 + 180 * S, T0 + 240 * S, 0.9e6],
    ]);
    expect(read.stats.rowsSkipped).toBe(2);
    expect(read.stats.skippedExamples[0]).toEqual({
      line: 3,
      reason: 'gpu0_energy_kwh_delta: expected energy in kWh that is finite in joules, got "1e308"',
    });
    expect(read.stats.skippedExamples[1]).toEqual({
      line: 5,
      reason:
        "gpu0_energy_kwh_delta: 18000000000 J since line 4 (60 s before) implies 300000000 W, expected at most 100 MW (a corrupt figure or the wrong unit)",
    });
    expect(read.stats.warnings.join("\n")).toMatch(
      /"gpu0_energy_kwh_delta": 1 reading\(s\) implied more power than the device can draw \(first at line 5\) and were skipped as corrupt; their energy is not counted/,
    );
  });

  it("skips a counter spike when the next reading continues from the one before it", async () => {
    const rows = (values: number[]) =>
      [
        "time,gpu0_energy_j_total",
        ...values.map((v, i) => `${new Date(T0 + i * 10 * S).toISOString()},${v}`),
      ].join("\n");
    // 1e12 J in 10 s is far over a GPU's 5 kW; the reading after it continues from 2000 J.
    const spike = await readText(rows([1000, 2000, 1e12, 4000, 5000]));
    expect(intervals(spike, "gpu0")).toEqual([
      [T0, T0 + 10 * S, 1000],
      [T0 + 10 * S, T0 + 30 * S, 2000],
      [T0 + 30 * S, T0 + 40 * S, 1000],
    ]);
    expect(spike.stats.rowsSkipped).toBe(1);
    expect(spike.stats.skippedExamples[0]?.line).toBe(4);
    expect(spike.stats.skippedExamples[0]?.reason).toMatch(
      /^gpu0_energy_j_total: counter 1000000000000 J rose 1000000000000 J in 10 s since line 3, implying 100000000000 W \(expected at most 5000 W\), and the next reading \(line 5\) continues from line 3: a corrupt reading$/,
    );
    expect(spike.stats.warnings.join("\n")).toMatch(/the counter went on from the last reading kept/);
    // A jump the next readings continue from (a counter re-based): the counter restarts from it,
    // as before, and says so; nothing is skipped.
    const jump = await readText(rows([1000, 2000, 1e12, 1e12 + 1000, 1e12 + 2000]));
    expect(intervals(jump, "gpu0")).toEqual([
      [T0, T0 + 10 * S, 1000],
      [T0 + 20 * S, T0 + 30 * S, 1000],
      [T0 + 30 * S, T0 + 40 * S, 1000],
    ]);
    expect(jump.stats.rowsSkipped).toBe(0);
    expect(jump.stats.warnings.join("\n")).toMatch(/1 interval\(s\) implied more than 5000 W/);
    // A spike, then a reading below the one before it (a reset): the counter judges both, as before.
    const reset = await readText(rows([1000, 2000, 1e12, 500, 1500]));
    expect(intervals(reset, "gpu0")).toEqual([
      [T0, T0 + 10 * S, 1000],
      [T0 + 30 * S, T0 + 40 * S, 1000],
    ]);
    expect(reset.stats.rowsSkipped).toBe(0);
    expect(reset.stats.warnings.join("\n")).toMatch(/implied more than 5000 W/);
    expect(reset.stats.warnings.join("\n")).toMatch(/went down 1 time/);
    // A spike in the last reading: the counter judges it (not counted, warned).
    const last = await readText(rows([1000, 2000, 1e12]));
    expect(intervals(last, "gpu0")).toEqual([[T0, T0 + 10 * S, 1000]]);
    expect(last.stats.warnings.join("\n")).toMatch(/implied more than 5000 W/);
  });

  it("sees a 0 from a node counter as a failed read, not a reset", async () => {
    const read = await readText(
      "time,n1_energy_j\n2025-03-04T10:00:00Z,5000\n2025-03-04T10:00:10Z,0\n2025-03-04T10:00:20Z,9000\n",
      { columns: { energyKind: "cumulative" } },
    );
    expect(intervals(read, "n1/n1")).toEqual([[T0, T0 + 20 * S, 4000]]);
    expect(read.stats.missingValues).toBe(1);
  });
});

describe("explicit column mapping", () => {
  it("reads the columns named by --time-column, --power-columns and --device-column", async () => {
    const text = "when;who;draw;other\n2025-03-04 10:00:00;a;12,5;1\n2025-03-04 10:00:01;b;13;2\n";
    const read = await readText(text, {
      columns: { time: "when", device: "who", power: ["draw"], powerUnit: "kW" },
    });
    expect(samples(read, "a")).toEqual([[T0, 12500]]);
    expect(samples(read, "b")).toEqual([[T0 + S, 13000]]);
  });

  it("reads a column the sniff would refuse, and keeps both when two share a device id", async () => {
    const text = "timestamp,rapl_power,gpu_power\n1736851743.5,12.5,100\n";
    expect(genericCsv.sniff(textLines(text))).toBe(false);
    const read = await readText(text, { columns: { power: ["rapl_power", "gpu_power"], powerUnit: "W" } });
    expect([...read.sink.devices.keys()].sort()).toEqual(["gpu", "rapl"]);
    expect(samples(read, "rapl")).toEqual([[1736851743500, 12.5]]);
  });

  it("names a missing column and the flag it came from", async () => {
    const error = await inputError(
      readText("time,a_w\n2025-03-04T10:00:00Z,1\n", { columns: { power: ["b_w"] } }),
    );
    expect(error.message).toContain('column "b_w" given with --power-columns is not in the header');
    expect(error.message).toContain('"a_w"');
    const time = await inputError(readText("time,a_w\n2025-03-04T10:00:00Z,1\n", { columns: { time: "t" } }));
    expect(time.message).toContain("--time-column");
  });

  it("matches names ignoring case and refuses a column given twice", async () => {
    const read = await readText("Time,Node_A\n2025-03-04T10:00:00Z,1\n", {
      columns: { time: "time", power: ["node_a"], powerUnit: "kW" },
    });
    expect(read.sink.devices.size).toBe(1);
    const error = await inputError(
      readText("time,a_w\n2025-03-04T10:00:00Z,1\n", { columns: { power: ["a_w"], energy: ["a_w"] } }),
    );
    expect(error.message).toContain("named twice");
  });
});

describe("long format", () => {
  it("reads one device per host, tab-separated, with 0 W missing and a row without host skipped", async () => {
    const read = await readFixture("long-hosts.tsv");
    expect([...read.sink.devices.keys()]).toEqual(["node-a/node-a", "node-b/node-b"]);
    expect(read.sink.devices.get("node-a/node-a")?.device).toEqual({
      id: "node-a",
      host: "node-a",
      kind: "node",
    });
    expect(samples(read, "node-b/node-b")).toEqual([
      [T0, 4700],
      [T0 + 10 * S, 4710.5],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsRead).toBe(4);
    expect(read.stats.skippedExamples).toEqual([{ line: 7, reason: 'host: expected a device name, got ""' }]);
    expect(read.stats.notes).toContain("fields separated by tabs");
  });

  it("names GPUs by index as gpuN, and gives each value column its own device", async () => {
    const read = await readText(
      [
        "time,sensor,gpu_power_w,cpu_power_w",
        "2025-03-04T10:00:00Z,s1,300,90",
        "2025-03-04T10:00:00Z,s2,310,95",
      ].join("\n"),
      { columns: { device: "sensor" } },
    );
    expect([...read.sink.devices.keys()]).toEqual(["s1_gpu", "s1_cpu", "s2_gpu", "s2_cpu"]);
    expect(read.sink.devices.get("s1_gpu")?.device.kind).toBe("gpu");
    const gpus = await readText(
      "time,gpu_index,energy_delta_j\n2025-03-04T10:00:00Z,0,1\n2025-03-04T10:00:01Z,0,5\n",
      {
        columns: { device: "gpu_index" },
      },
    );
    expect(intervals(gpus, "gpu0")).toEqual([[T0, T0 + S, 5]]);
  });

  it("warns about a device named total", async () => {
    const read = await readText(
      "time,node,power_w\n2025-03-04T10:00:00Z,n1,100\n2025-03-04T10:00:00Z,total,100\n",
    );
    expect(read.stats.warnings.some((w) => w.includes('names a device "total"'))).toBe(true);
  });
});

describe("CSV syntax", () => {
  it("reads a BOM, ; separators, quoted fields, decimal commas and kW", async () => {
    const read = await readFixture("semicolon-bom-kw.csv");
    expect(samples(read, "rack")).toEqual([
      [T0, 1250],
      [T0 + 10 * S, 1500],
    ]);
    expect(samples(read, "pdu2")).toEqual([
      [T0, 750],
      [T0 + 10 * S, 800],
    ]);
    expect(read.stats.notes).toContain('fields separated by ";"');
    expect(read.stats.notes).toContain("decimal commas read as decimal points");
  });

  it("strips a BOM the line source left in place", async () => {
    const read = await readLines(
      arrayLines(["\ufefftimestamp,power_w", "2025-03-04T10:00:00Z,5"]),
      "bom.csv",
    );
    expect(samples(read, "device")).toEqual([[T0, 5]]);
  });

  it("reads times with offsets, epoch seconds, ms and µs, and fractions", async () => {
    const cases: [string, string, number][] = [
      ["time", "2025-03-04T12:00:00+02:00", T0],
      ["time", "2025-03-04T12:00:00.250+0200", T0 + 250],
      ["time", "2025-03-04T05:00:00.5-05:00", T0 + 500],
      ["time", "2025-03-04T10:00:00.123456Z", T0 + 123],
      ["time", "2025-03-04 10:00:00Z", T0],
      ["time", "2025/03/04 10:00:00", T0],
      ["epoch_s", String(T0 / 1000), T0],
      ["timestamp_ms", String(T0), T0],
      ["ts", String(T0 * 1000), T0],
      ["_timestamp", `${T0 / 1000}.5`, T0 + 500],
    ];
    for (const [name, value, t] of cases) {
      const read = await readText(`${name},power_w\n${value},1\n`);
      expect(read.stats.rowsSkipped, value).toBe(0);
      expect(samples(read, "device")[0]?.[0], value).toBe(t);
    }
  });

  it("places zone-less times in --timezone, and reads a header that says UTC as UTC", async () => {
    const local = await readText("time,power_w\n2025-03-04 11:00:00,1\n", { zone: "Europe/Berlin" });
    expect(samples(local, "device")).toEqual([[T0, 1]]);
    expect(local.clock.localReadings).toBe(1);
    const utc = await readText("time_utc,power_w\n2025-03-04 10:00:00,1\n", { zone: "Europe/Berlin" });
    expect(samples(utc, "device")).toEqual([[T0, 1]]);
    expect(utc.stats.notes.some((n) => n.includes('as the "time_utc" header says'))).toBe(true);
  });

  it("joins a date column and a time-of-day column", async () => {
    const read = await readText("date,time,power_w\n2025-03-04,10:00:00,5\n2025-03-04,10:00:01,6\n");
    expect(samples(read, "device")).toEqual([
      [T0, 5],
      [T0 + S, 6],
    ]);
    expect(read.stats.notes).toContain('time from "date" and "time" together');
  });

  it("accepts a trailing delimiter, ignores a repeated header, comments and blank lines", async () => {
    const read = await readText(
      [
        "# logger v2",
        "time,power_w,",
        "2025-03-04T10:00:00Z,5,",
        "",
        "time,power_w,",
        "2025-03-04T10:00:01Z,6",
        "# restarted",
        "2025-03-04T10:00:02Z,7,",
      ].join("\n"),
    );
    expect(samples(read, "device").map(([, w]) => w)).toEqual([5, 6, 7]);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.some((n) => n.includes("header repeated 1 time"))).toBe(true);
  });

  it("skips and counts broken rows with reasons and physical line numbers", async () => {
    const read = await readText(
      [
        "timestamp,n1_watts,n2_watts",
        "2025-03-04T10:00:00Z,100,200",
        "2025-03-04T10:00:01Z,abc,200",
        "2025-03-04T10:00:02Z,100",
        "not a time,100,200",
        "2025-03-04T10:00:04Z,-5,200",
        "2025-03-04T10:00:05Z,1e400,200",
        "2025-03-04T10:00:06Z,0x1F,200",
        "2025-03-04T10:00:07Z,N/A,[N/A]",
        "2025-03-04T10:00:08Z,101 W,0.2 kW",
        "2025-03-04T10:00:09Z,1e9,200",
        ",100,200",
      ].join("\n"),
    );
    expect(samples(read, "n1/n1")).toEqual([
      [T0, 100],
      [T0 + 8 * S, 101],
    ]);
    expect(samples(read, "n2/n2").map(([, w]) => w)).toEqual([200, 200]);
    expect(read.stats.rowsRead).toBe(3);
    expect(read.stats.missingValues).toBe(2);
    expect(read.stats.rowsSkipped).toBe(8);
    expect(read.stats.skippedExamples).toEqual([
      { line: 3, reason: 'n1_watts: expected power in W (a number), got "abc"' },
      { line: 4, reason: "expected 3 fields, got 2" },
      { line: 5, reason: 'timestamp: expected a date and time, got "not a time"' },
      { line: 6, reason: 'n1_watts: expected power ≥ 0, got "-5"' },
      { line: 7, reason: 'n1_watts: expected power in W (a number), got "1e400"' },
    ]);
  });

  it("skips a line over 1 MB unparsed", async () => {
    const read = await readText(
      `time,power_w\n2025-03-04T10:00:00Z,1\n${"x".repeat(1_100_000)}\n2025-03-04T10:00:01Z,2\n`,
    );
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples[0]?.reason).toContain("over 1 MB");
    expect(samples(read, "device")).toHaveLength(2);
  });
});

describe("JSON Lines", () => {
  it("flattens nested keys, counts null as missing and skips lines that are not usable objects", async () => {
    const read = await readLines(fileLines(join(fixtures, "nested.jsonl")), "nested.jsonl", {
      reader: genericJsonl,
    });
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301.5],
      [T0 + S, 302],
      [T0 + 2 * S, 303.5],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [T0, 299],
      [T0 + 2 * S, 298],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsRead).toBe(3);
    expect(read.stats.rowsSkipped).toBe(3);
    expect(read.stats.skippedExamples.map((s) => s.line)).toEqual([2, 4, 6]);
    expect(read.stats.skippedExamples[0]?.reason).toContain("invalid JSON");
    expect(read.stats.skippedExamples[2]?.reason).toBe("expected the key time, found none");
    expect(read.stats.notes).toContain('nested JSON keys flattened with "."');
  });

  it("needs --power-unit for power.gpu0 and reads epoch numbers, long format and energy", async () => {
    const text = '{"time": "2025-03-04T10:00:00Z", "power": {"gpu0": 301}}\n';
    const error = await inputError(readJsonl(text));
    expect(error.message).toContain('"power.gpu0" names no unit');
    expect(error.message).toContain("keys");
    expect(samples(await readJsonl(text, { columns: { powerUnit: "W" } }), "gpu0")).toEqual([[T0, 301]]);

    const long = await readJsonl(
      [
        `{"ts": ${T0 / 1000}, "host": "a", "energy_delta_kwh": 0.5}`,
        `{"ts": ${T0 / 1000 + 60}, "host": "a", "energy_delta_kwh": 0.25}`,
      ].join("\n"),
    );
    expect(intervals(long, "a/a")).toEqual([[T0, T0 + 60 * S, 0.25 * 3.6e6]]);
  });

  it("reads keys that appear only in later lines of the first twenty", async () => {
    const read = await readJsonl(
      [
        '{"time": "2025-03-04T10:00:00Z", "gpu0_power_w": 100}',
        '{"time": "2025-03-04T10:00:01Z", "gpu0_power_w": 101, "gpu1_power_w": 200}',
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toHaveLength(2);
    expect(samples(read, "gpu1")).toEqual([[T0 + S, 200]]);
    expect(read.stats.missingValues).toBe(0);
  });

  it("skips a line over 1 MB unparsed and refuses values of the wrong type", async () => {
    const big = `{"time": "2025-03-04T10:00:01Z", "power_w": 1, "pad": "${"x".repeat(1_100_000)}"}`;
    const read = await readJsonl(
      [
        '{"time": "2025-03-04T10:00:00Z", "power_w": 1}',
        big,
        '{"time": "2025-03-04T10:00:02Z", "power_w": true}',
        '{"time": "2025-03-04T10:00:03Z", "power_w": 1e400}',
        '{"time": 12, "power_w": 3}',
      ].join("\n"),
    );
    expect(samples(read, "device")).toEqual([[T0, 1]]);
    expect(read.stats.skippedExamples.map((s) => s.line)).toEqual([2, 3, 4, 5]);
    expect(read.stats.skippedExamples[0]?.reason).toContain("over 1 MB");
  });

  it("refuses a file with no object, or no time key", async () => {
    expect((await inputError(readJsonl("[1]\nnot json\n"))).message).toContain("no JSON object");
    expect((await inputError(readJsonl('{"power_w": 1}\n'))).message).toContain("no time column in the keys");
    expect((await inputError(readJsonl(""))).message).toContain("empty");
  });
});

describe("unusable files", () => {
  it("refuses an empty file, a header-less file and JSON given as CSV", async () => {
    expect((await inputError(readText(""))).message).toContain("empty");
    expect((await inputError(readText("\n  \n# only a comment\n"))).message).toContain("empty");
    const noHeader = await inputError(readText("2025-03-04T10:00:00Z,100\n"));
    expect(noHeader.message).toContain("no header line");
    expect(noHeader.line).toBe(1);
    expect((await inputError(readText('{"time": 1}\n'))).message).toContain("--format jsonl");
  });

  it("refuses a header without a time column or without power and energy columns", async () => {
    const noTime = await inputError(readText("when,power_w\nx,1\n"));
    expect(noTime.message).toContain("no time column");
    expect(noTime.message).toContain("--time-column");
    expect(noTime.message).toContain('"when"');
    const noValue = await inputError(
      readText("time,temperature_c,utilization_percent\n2025-03-04T10:00:00Z,40,50\n"),
    );
    expect(noValue.message).toContain("no power or energy column");
    expect(noValue.message).toContain("--power-columns");
  });

  it("returns nothing read for a header with no rows", async () => {
    const read = await readText("time,power_w\n");
    expect(read.stats.rowsRead).toBe(0);
    expect(read.sink.devices.size).toBe(0);
  });
});

describe("hostile input", () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  const headers = [
    "timestamp,n1_watts,n2_watts,total_watts",
    "time,gpu,energy_j",
    '{"time": "x", "power_w": 1}',
  ];
  it("throws nothing but InputError whatever the bytes", async () => {
    const rnd = random(42);
    for (let round = 0; round < 300; round++) {
      const lines: string[] = [];
      if (round % 2 === 0) lines.push(headers[round % headers.length] as string);
      const count = Math.floor(rnd() * 12);
      for (let i = 0; i < count; i++) {
        const n = Math.floor(rnd() * 80);
        let s = "";
        for (let j = 0; j < n; j++) {
          const r = rnd();
          s +=
            r < 0.3
              ? String.fromCharCode(Math.floor(rnd() * 65536))
              : r < 0.6
                ? ',;\t"{}[]:.-+e0123456789'[Math.floor(rnd() * 23)]
                : r < 0.7
                  ? "\0"
                  : "2025-03-04T10:00:00Z";
        }
        lines.push(s);
      }
      for (const reader of [genericCsv, genericJsonl]) {
        try {
          await readLines(arrayLines(lines), "fuzz", { reader });
        } catch (error) {
          expect(error, JSON.stringify(lines)).toBeInstanceOf(InputError);
        }
        expect(() => reader.sniff(lines)).not.toThrow();
      }
    }
  });

  it("survives huge numbers, NUL bytes, deep JSON and a 1 MB header", async () => {
    const read = await readText(
      `time,power_w\n2025-03-04T10:00:00Z,${"9".repeat(400)}\n2025-03-04T10:00:01Z,\0\n${"9".repeat(30)},1\n`,
    );
    expect(read.stats.rowsSkipped).toBe(3);
    const deep = `{"time": "2025-03-04T10:00:00Z", "power_w": 1, "x": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const jsonl = await readJsonl(`${deep}\n`);
    expect(jsonl.stats.rowsRead).toBe(1);
    await inputError(readText(`${"a,".repeat(600_000)}time\n`));
  });
});

describe("sniff", () => {
  const yes = [
    "timestamp,n1_watts,n2_watts,total_watts",
    "time,power_w",
    "Datetime,Power (kW)",
    "ts;rack power (kW);pdu_energy_kwh",
    "time\tenergy_uj",
    "_timestamp,node_energy_joules_total",
    "date,time,watts",
    '"timestamp","gpu0_power_w"',
  ];
  const no = [
    // nvidia-smi, native and a wrapper's own CSV
    "timestamp, name, index, power.draw [W]",
    "timestamp,gpu_index,temperature_C,utilization_gpu_percent,power_W",
    // Electricity Maps export, current and legacy
    "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),Data source,Data estimated,Data estimation method",
    "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method",
    // CodeCarbon emissions.csv
    "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed",
    "timestamp,run_id,gpu_energy_kwh",
    // Intel Power Gadget
    '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)","Processor Power_0(Watt)","Cumulative Processor Energy_0(Joules)"',
    // RAPL dumps
    "time,domain,energy_uj,max_energy_range_uj",
    "time,domain,name,energy_uj",
    "timestamp,intel-rapl:0,intel-rapl:0:0",
    // grid intensity
    "time,moer,f1,f2",
    "period_start,carbon_intensity_gco2_per_kwh,power_w",
    "time,intensity (g/kWh),power_w",
    "timestamp,lbs/MWh,power_w",
    // no unit, no time, no value, not a header
    "timestamp,gpu_power",
    "when,power_w",
    "timestamp,temperature_c",
    "2025-03-04T10:00:00Z,100",
    ':::MLLOG {"namespace": "", "time_ms": 1, "key": "power_w"}',
    '{"time": "2025-03-04T10:00:00Z", "power_w": 1}',
  ];
  for (const line of yes) it(`accepts ${line}`, () => expect(genericCsv.sniff(["", line, "x"])).toBe(true));
  for (const line of no)
    it(`rejects ${line.slice(0, 70)}`, () => expect(genericCsv.sniff([line])).toBe(false));

  it("skips comment lines and a BOM before the header", () => {
    expect(genericCsv.sniff(["# note", "\ufefftime,power_w"])).toBe(true);
    expect(genericCsv.sniff([])).toBe(false);
  });

  it("sniffs JSON Lines by the same rule on flattened keys", () => {
    expect(genericJsonl.sniff(['{"time": "2025-03-04T10:00:00Z", "power_w": {"gpu0": 1}}'])).toBe(true);
    expect(genericJsonl.sniff(['{"ts": 1, "node": {"energy_kwh": 1}}'])).toBe(true);
    expect(genericJsonl.sniff(['{"meta": {"timestamp": 1}, "gpu0": {"power_w": 1}}'])).toBe(true);
    // No unit, no time, wandb system metrics, not JSON Lines at all.
    expect(genericJsonl.sniff(['{"time": "2025-03-04T10:00:00Z", "power": {"gpu0": 1}}'])).toBe(false);
    expect(genericJsonl.sniff(['{"power_w": 1}'])).toBe(false);
    expect(
      genericJsonl.sniff(['{"_timestamp": 1735725600.5, "system.gpu.0.powerWatts": 62.25, "_runtime": 15}']),
    ).toBe(false);
    expect(genericJsonl.sniff(["time,power_w"])).toBe(false);
    expect(genericJsonl.sniff([':::MLLOG {"time_ms": 1, "power_w": 1}'])).toBe(false);
  });

  it("picks the reader for named columns by the first line", () => {
    expect(genericReaderFor(["", '{"a": 1}'])).toBe(genericJsonl);
    expect(genericReaderFor(["a,b"])).toBe(genericCsv);
  });

  it("are named csv and jsonl", () => {
    expect(genericCsv.format).toBe("csv");
    expect(genericJsonl.format).toBe("jsonl");
  });
});

/** Every readable CSV or log under the shared data folder except the BMC log. */
function otherRealFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith(".gz") && !name.endsWith(".md") && path !== bmcFile) out.push(path);
    }
  };
  walk(dataDir);
  return out;
}

async function head(path: string, count = 20): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of fileLines(path)) {
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines;
}

describe.skipIf(!existsSync(bmcFile))("the real Redfish BMC log (../shared/data)", () => {
  it("reads two nodes, never the total, with 0 W reads missing, in US Central time", async () => {
    const read = await readLines(fileLines(bmcFile), "cisco-h200-2node-redfish-power_log.csv", {
      zone: "America/Chicago",
    });
    expect([...read.sink.devices.keys()]).toEqual(["n1/n1", "n2/n2"]);
    expect(read.stats.rowsRead).toBe(6353);
    expect(read.stats.rowsSkipped).toBe(0);
    // 17 failed reads of n1, 16 of n2 (16 rows where the BMC read nothing at all).
    expect(read.stats.missingValues).toBe(33);
    expect(read.sink.devices.get("n1/n1")?.length).toBe(6336);
    expect(read.sink.devices.get("n2/n2")?.length).toBe(6337);
    expect(samples(read, "n1/n1")[0]).toEqual([Date.UTC(2026, 4, 6, 0, 14, 51), 2492]);
    expect(samples(read, "n2/n2").at(-1)).toEqual([Date.UTC(2026, 4, 6, 21, 3, 0), 6767]);
    expect(read.stats.notes).toContain(
      "total_watts = n1_watts + n2_watts on 100% of the 6336 rows where all were read: using n1_watts and n2_watts, not total_watts",
    );
    expect(read.stats.notes.some((n) => n.includes("n1_watts 17, n2_watts 16"))).toBe(true);
    expect(read.stats.warnings).toEqual([]);
  });

  it("is sniffed by the CSV reader", async () => {
    expect(genericCsv.sniff(await head(bmcFile))).toBe(true);
    expect(genericJsonl.sniff(await head(bmcFile))).toBe(false);
  });
});

describe.skipIf(!existsSync(dataDir))("other real files (../shared/data)", () => {
  it("are not sniffed by either generic reader", async () => {
    const files = otherRealFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const lines = await head(file);
      expect(genericCsv.sniff(lines), file).toBe(false);
      expect(genericJsonl.sniff(lines), file).toBe(false);
    }
  });

  it("read the nanoGPT wrapper CSV (when forced) as the nvidia-smi reader does", async () => {
    const file = join(dataDir, "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv");
    const read = await readLines(fileLines(file), "nanogpt.csv");
    expect([...read.sink.devices.keys()]).toEqual([
      "gpu0",
      "gpu1",
      "gpu2",
      "gpu3",
      "gpu4",
      "gpu5",
      "gpu6",
      "gpu7",
    ]);
    expect(read.stats.rowsRead).toBe(36112);
    expect(samples(read, "gpu0")[0]).toEqual([Date.parse("2025-09-24T03:17:04.490Z"), 397.3]);
    for (const d of read.sink.devices.values()) expect(d.length).toBe(4514);
  });
});

if (!existsSync(dataDir)) {
  console.info(`generic-table: ${dataDir} not found; the tests on real third-party files are skipped`);
}
