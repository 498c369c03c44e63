import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { codeCarbon } from "../../src/traces/codecarbon.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/codecarbon/", import.meta.url));
const realDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const realFile = join(realDir, "codecarbon/codecarbon-repo-examples-emissions.csv");

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(lines: AsyncIterable<string>, file: string, zone = "UTC"): Promise<Read> {
  const sink = new SampleSink();
  const stats = await codeCarbon.read(lines, sink, { file, clock: new LocalClock(zone) });
  return { sink, stats };
}

const readText = (text: string, zone = "UTC") =>
  readLines(arrayLines(textLines(text)), "emissions.csv", zone);
const readFixture = (name: string, zone = "UTC") => readLines(fileLines(join(fixtures, name)), name, zone);

type Interval = [string, string, number];

/** A device's intervals as [start ISO, end ISO, kWh]. */
function intervals(read: Read, id: string): Interval[] {
  const d = read.sink.devices.get(id);
  if (!d) throw new Error(`no device ${id} (have ${[...read.sink.devices.keys()].join(", ")})`);
  return d.intervals.map((i) => [
    new Date(i.start).toISOString(),
    new Date(i.end).toISOString(),
    Number((i.joules / 3.6e6).toPrecision(12)),
  ]);
}

function totalKwh(read: Read): number {
  let j = 0;
  for (const d of read.sink.devices.values()) for (const i of d.intervals) j += i.joules;
  return j / 3.6e6;
}

function sortByStart(list: Interval[]): Interval[] {
  return [...list].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
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

const HEADER_2 =
  "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue";

/** A 2.x row with the fields that matter; the rest plausible. */
function row(ts: string, runId: string, duration: number, kwh: string, project = "p"): string {
  return `${ts},${project},${runId},${duration},0.0001,1e-06,10.0,0.0,3.0,,,,${kwh},France,FRA,,,,Linux,3.11.4,2.4.1,8,Intel(R) Core(TM) i7,,,2.35,48.85,16.0,machine,N,1.0`;
}

describe("CodeCarbon 2.x (31 columns)", () => {
  it("differences the cumulative rows of each run, never double counting", async () => {
    const read = await readFixture("v2-31col.csv");
    expect([...read.sink.devices.keys()]).toEqual(["codecarbon:train-llm"]);
    expect(read.sink.devices.get("codecarbon:train-llm")?.device).toEqual({
      id: "codecarbon:train-llm",
      kind: "system",
    });
    expect(sortByStart(intervals(read, "codecarbon:train-llm"))).toEqual([
      // run 3f2b…: 0.010, 0.025, 0.040 kWh cumulative, its third row after another run's row
      ["2025-03-04T10:00:00.000Z", "2025-03-04T10:01:00.000Z", 0.01],
      ["2025-03-04T10:01:00.000Z", "2025-03-04T10:02:00.000Z", 0.015],
      ["2025-03-04T10:02:00.000Z", "2025-03-04T10:03:00.000Z", 0.015],
      // run 8c7d…: one row of 600 s
      ["2025-03-04T10:20:00.000Z", "2025-03-04T10:30:00.000Z", 0.1],
      // no run_id: a row alone, then two flushes of one run (same start, 0.0002 then 0.0006 kWh)
      ["2025-03-04T10:59:30.000Z", "2025-03-04T11:00:00.000Z", 0.001],
      ["2025-03-04T11:05:00.000Z", "2025-03-04T11:05:10.000Z", 0.0002],
      // each interval lasts the difference of durations (20.4 s) and ends at its row's timestamp
      ["2025-03-04T11:05:09.600Z", "2025-03-04T11:05:30.000Z", 0.0004],
      // run d1e2…: energy_consumed empty but its parts (0.001 + 0.002 + 0.0005) there; then 0.007
      ["2025-03-04T12:00:00.000Z", "2025-03-04T12:00:30.000Z", 0.0035],
      ["2025-03-04T12:00:30.000Z", "2025-03-04T12:01:00.000Z", 0.0035],
    ]);
    expect(totalKwh(read)).toBeCloseTo(0.04 + 0.1 + 0.001 + 0.0006 + 0.007, 12);
    expect(read.stats.rowsRead).toBe(10);
    expect(read.stats.rowsSkipped).toBe(0);
    // The last row of d1e2… has neither energy_consumed nor all its parts.
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.warnings[0]).toMatch(/1 row\(s\) with no energy_consumed/);
    const notes = read.stats.notes.join("\n");
    expect(notes).toMatch(/5 run\(s\), 0\.1486 kWh in all/);
    expect(notes).toMatch(/3 row\(s\) without a run_id, grouped into 2 run\(s\)/);
    expect(notes).toMatch(/1 row\(s\) with an empty energy_consumed read as cpu_energy/);
    expect(notes).toMatch(/CodeCarbon's own estimate: 0\.00743 kg CO₂eq/);
    expect(notes).toMatch(/country_iso_code DEU; region hesse/);
    expect(notes).toMatch(/wall-clock time in UTC/);
  });

  it("places zone-less timestamps in --timezone", async () => {
    const read = await readFixture("v2-31col.csv", "Europe/Berlin");
    const first = sortByStart(intervals(read, "codecarbon:train-llm"))[0];
    expect(first).toEqual(["2025-03-04T09:00:00.000Z", "2025-03-04T09:01:00.000Z", 0.01]);
  });
});

describe("CodeCarbon 3.x", () => {
  it("reads 32 columns with experiment_id, offsets, quoted commas, overlapping and reused runs", async () => {
    const read = await readFixture("v3-32col.csv");
    expect(sortByStart(intervals(read, "codecarbon:finetune"))).toEqual([
      ["2025-06-01T12:00:00.000Z", "2025-06-01T12:00:30.000Z", 0.002],
      ["2025-06-01T12:00:05.000Z", "2025-06-01T12:00:45.000Z", 0.003],
      ["2025-06-01T12:00:30.000Z", "2025-06-01T12:01:00.000Z", 0.003],
      ["2025-06-01T12:00:45.000Z", "2025-06-01T12:01:05.000Z", 0.0015],
      // run 9f8e… reused by a later session: counted from zero
      ["2025-06-01T12:10:00.000Z", "2025-06-01T12:10:20.000Z", 0.001],
    ]);
    expect(totalKwh(read)).toBeCloseTo(0.0105, 12);
    expect(read.stats.rowsRead).toBe(5);
    expect(read.stats.skippedExamples).toEqual([
      {
        line: 6,
        reason:
          "energy_consumed: expected at least 0.005 kWh, the total of run 0a1b2c3d-1111-4222-8333-444455556666 at line 2 (figures are cumulative within a run), got 0.004 kWh",
      },
    ]);
    const notes = read.stats.notes.join("\n");
    expect(notes).toMatch(/reused by a new session/);
    expect(notes).toMatch(/1 run\(s\) of project "finetune" overlap others in time/);
    expect(notes).toMatch(/cloud_provider gcp; cloud_region europe-west1/);
    expect(notes).not.toMatch(/wall-clock/);
  });

  it("reads 37 columns by name and skips a row written twice", async () => {
    const read = await readFixture("v3-37col.csv", "Europe/London");
    expect(intervals(read, "codecarbon:bert-base")).toEqual([
      ["2025-07-01T08:00:00.000Z", "2025-07-01T08:00:30.000Z", 0.0025],
      ["2025-07-01T08:00:30.000Z", "2025-07-01T08:01:00.000Z", 0.003],
    ]);
    expect(read.stats.skippedExamples).toEqual([
      {
        line: 4,
        reason: "repeats line 3 of run 7e6d5c4b-3a29-4187-9654-3210fedcba98 (same duration and energy)",
      },
    ]);
    expect(read.stats.notes.join("\n")).toMatch(/0\.0011 kg CO₂eq/);
  });

  it("matches columns by name whatever their order, with a UTF-8 project name", async () => {
    const read = await readText(
      [
        "run_id,energy_consumed,duration,timestamp,project_name",
        "r1,0.002,60,2025-01-01T00:01:00,é-project",
        "r1,0.005,120,2025-01-01T00:02:00,é-project",
      ].join("\n"),
    );
    expect(intervals(read, "codecarbon:é-project")).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:01:00.000Z", 0.002],
      ["2025-01-01T00:01:00.000Z", "2025-01-01T00:02:00.000Z", 0.003],
    ]);
  });
});

describe("rows that cannot be used", () => {
  it("skips bad fields with reasons, and rows with fields left out", async () => {
    const read = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:01:00", "r1", 60, "0.001"),
        row("not a time", "r1", 60, "0.001"),
        row("2025-01-01T00:02:00", "r1", Number.NaN, "0.002"),
        row("2025-01-01T00:03:00", "r1", 180, "-0.5"),
        row("2025-01-01T00:04:00", "r1", 240, "1e400"),
        row("2025-01-01T00:05:00", "r1", 300, "0x1F"),
        "2025-01-01T00:06:00,p,r1,360,0.001,1e-06",
        row("2025-01-01T00:07:00", "r1", 420, "0.004"),
        "",
      ].join("\n"),
    );
    expect(intervals(read, "codecarbon:p")).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:01:00.000Z", 0.001],
      ["2025-01-01T00:01:00.000Z", "2025-01-01T00:07:00.000Z", 0.003],
    ]);
    expect(read.stats.skippedExamples.map((s) => s.line)).toEqual([3, 4, 5, 6, 7]);
    expect(read.stats.skippedExamples[0]?.reason).toBe(
      'timestamp: expected a date and time, got "not a time"',
    );
    expect(read.stats.skippedExamples[1]?.reason).toBe(
      'duration: expected seconds from 0 to 315360000 (ten years), got "NaN"',
    );
    expect(read.stats.skippedExamples[2]?.reason).toBe('energy_consumed: expected kWh ≥ 0, got "-0.5"');
    expect(read.stats.rowsSkipped).toBe(6);
    expect(read.stats.warnings.join("\n")).toMatch(/1 row\(s\) have fewer fields than the header/);
  });

  it("skips a row whose duration falls while its energy does not", async () => {
    const read = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:01:00", "r1", 60, "0.001"),
        row("2025-01-01T00:02:00", "r1", 30, "0.002"),
        row("2025-01-01T00:03:00", "r1", 180, "0.003"),
      ].join("\n"),
    );
    expect(read.stats.skippedExamples[0]?.line).toBe(3);
    expect(read.stats.skippedExamples[0]?.reason).toMatch(/duration: expected at least 60 s/);
    expect(totalKwh(read)).toBeCloseTo(0.003, 12);
  });

  it("keeps the energy of a row that adds less than a second, spread over the second before it", async () => {
    // Regression (fuzz, known bug 2): a duration of 1e-9 s gave the interval [end, end), whose
    // energy the device counted and the hours lost.
    const read = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:00:01", "r1", 1e-9, "0.001"),
        row("2025-01-01T00:01:00", "r2", 60, "0.002"),
        row("2025-01-01T00:01:00", "r2", 60.25, "0.0025"),
      ].join("\n"),
    );
    expect(sortByStart(intervals(read, "codecarbon:p"))).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:01.000Z", 0.001],
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:01:00.000Z", 0.002],
      ["2025-01-01T00:00:59.000Z", "2025-01-01T00:01:00.000Z", 0.0005],
    ]);
    for (const i of read.sink.devices.get("codecarbon:p")?.intervals ?? [])
      expect(i.end).toBeGreaterThan(i.start);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.join("\n")).toMatch(
      /2 row\(s\) added energy over less than 1 s since their run's previous row .*its energy counted/,
    );
  });

  it("skips a row implying more than 1 MW, and differences the next rows against the last row kept", async () => {
    // Regression (fuzz, known bug 4): 1,000,000 kWh in 10 s was read, and the valid rows after it
    // skipped as falling; 1e308 kWh overflowed to Infinity joules.
    const read = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:00:10", "r1", 10, "0.001"),
        row("2025-01-01T00:00:20", "r1", 20, "1000000"),
        row("2025-01-01T00:00:30", "r1", 30, "0.003"),
        row("2025-01-01T00:00:40", "r1", 40, "1e308"),
        row("2025-01-01T00:00:50", "r1", 50, "0.005"),
      ].join("\n"),
    );
    expect(intervals(read, "codecarbon:p")).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:10.000Z", 0.001],
      ["2025-01-01T00:00:10.000Z", "2025-01-01T00:00:30.000Z", 0.002],
      ["2025-01-01T00:00:30.000Z", "2025-01-01T00:00:50.000Z", 0.002],
    ]);
    expect(totalKwh(read)).toBeCloseTo(0.005, 12);
    expect(read.stats.rowsSkipped).toBe(2);
    expect(read.stats.skippedExamples.map((x) => x.line)).toEqual([3, 5]);
    expect(read.stats.skippedExamples[0]?.reason).toBe(
      "energy_consumed: 1000000 kWh is 1000000 kWh more than line 2 of run r1 in 10 s: 360000000000 W on average, " +
        "expected at most 1 MW (one machine): a corrupt figure or a unit mix-up",
    );
    expect(read.stats.skippedExamples[1]?.reason).toMatch(/Infinity W on average, expected at most 1 MW/);
    expect(read.stats.warnings.join("\n")).toMatch(
      /2 row\(s\) whose energy_consumed implied more than 1 MW .*\(first at line 3\) skipped as corrupt/,
    );
    // A first row over the bound: the run's next row counts from its start.
    const first = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:00:10", "r1", 10, "5"),
        row("2025-01-01T00:00:20", "r1", 20, "0.002"),
      ].join("\n"),
    );
    expect(intervals(first, "codecarbon:p")).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:20.000Z", 0.002],
    ]);
    expect(first.stats.skippedExamples[0]?.reason).toMatch(/more than the run's start in 10 s/);
  });

  it("treats rows without a run_id whose starts differ as separate runs", async () => {
    const read = await readText(
      [
        HEADER_2,
        row("2025-01-01T00:01:00", "", 60, "0.001"),
        row("2025-01-01T00:01:30", "", 30, "0.0005"),
        row("2025-01-01T00:02:00", "", 120, "0.0025"),
      ].join("\n"),
    );
    // Rows 2 and 4 share a start (00:00:00), row 3 starts at 00:01:00.
    expect(sortByStart(intervals(read, "codecarbon:p"))).toEqual([
      ["2025-01-01T00:00:00.000Z", "2025-01-01T00:01:00.000Z", 0.001],
      ["2025-01-01T00:01:00.000Z", "2025-01-01T00:01:30.000Z", 0.0005],
      ["2025-01-01T00:01:00.000Z", "2025-01-01T00:02:00.000Z", 0.0015],
    ]);
  });

  it("ignores a repeated header and adopts a new schema's header", async () => {
    const read = await readText(
      [
        "timestamp,run_id,duration,energy_consumed",
        "2025-01-01T00:01:00,r1,60,0.001",
        "timestamp,run_id,duration,energy_consumed",
        "timestamp,run_id,experiment_id,duration,energy_consumed",
        "2025-01-01T00:02:00,r2,x,60,0.002",
      ].join("\n"),
    );
    expect(totalKwh(read)).toBeCloseTo(0.003, 12);
    expect(read.sink.devices.has("codecarbon:run")).toBe(true);
    expect(read.stats.notes.join("\n")).toMatch(/line 4: a new header \(5 columns\)/);
    expect(read.stats.notes.join("\n")).toMatch(/header repeated 1 time/);
  });
});

describe("files that cannot be read", () => {
  it("refuses a header without energy_consumed, naming what is missing", async () => {
    const error = await inputError(readText("timestamp,project_name,run_id,duration,emissions\n"));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/missing energy_consumed/);
  });

  it("refuses an empty file and a file with no usable row", async () => {
    expect((await inputError(readText("\n\n"))).message).toMatch(/the file is empty/);
    const error = await inputError(readText(`${HEADER_2}\n${row("x", "r", 1, "1")}\n`));
    expect(error.message).toMatch(/no usable rows.*1 row\(s\) skipped/);
  });

  it("throws nothing but InputError on hostile input", async () => {
    const hostile = [
      "\u0000\u0001\u0002garbage\u00ff\n\u0000",
      `${HEADER_2}\n${"9".repeat(1_100_000)}\n`,
      `${HEADER_2}\n${row("2025-01-01T00:01:00", "\u0000", 60, "0.001")}\n`,
      `${HEADER_2}\n${row("2025-01-01T00:01:00", "r", 1e300, "0.001")}\n`,
      `${HEADER_2}\n${row("2025-01-01T00:01:00", "", 1e300, "0.001")}\n${row("2025-01-01T00:01:00", "", 315360000, "0.001")}\n`,
      `${HEADER_2}\n${row("9999-12-31T23:59:59", "", 315360000, "0.001")}\n${row("0001-01-01T00:00:00", "", 0.5, "0.001")}\n`,
      `${HEADER_2}\n${row("2025-01-01T00:01:00", "r", 60, `1${"0".repeat(400)}`)}\n`,
      `${HEADER_2}\n"${"x".repeat(200_000)}\n`,
      `timestamp,duration,energy_consumed,run_id\n${"2025-01-01T00:01:00,60,0.001,,".repeat(30_000)}\n`,
    ];
    for (const text of hostile) {
      try {
        await readText(text);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });
});

describe("sniff", () => {
  const yes = [
    HEADER_2,
    "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed",
    "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_utilization_percent,ram_utilization_percent,ram_used_gb,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed",
  ];
  const no = [
    "timestamp, name, index, power.draw [W]",
    "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct)",
    '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)"',
    "timestamp,n1_watts,n2_watts,total_watts",
    "# gpu    pwr  gtemp",
    ':::MLLOG {"namespace": "", "time_ms": 1}',
    "timestamp,duration,energy_consumed",
    '{"system.gpu.0.powerWatts": 1, "_timestamp": 1717243200}',
  ];
  for (const line of yes)
    it(`accepts ${line.slice(0, 60)}`, () => expect(codeCarbon.sniff(["", line])).toBe(true));
  for (const line of no)
    it(`rejects ${line.slice(0, 60)}`, () => expect(codeCarbon.sniff([line])).toBe(false));
  it("is named codecarbon", () => expect(codeCarbon.format).toBe("codecarbon"));
});

describe.skipIf(!existsSync(realFile))("the real CodeCarbon emissions.csv (../shared/data)", () => {
  it("reads 28 rows in 18 runs, the total equal to the sum of each run's last energy_consumed", async () => {
    const read = await readLines(fileLines(realFile), "emissions.csv", "Europe/Paris");
    expect(codeCarbon.sniff([HEADER_2])).toBe(true);
    expect([...read.sink.devices.keys()]).toEqual(["codecarbon:codecarbon"]);
    // 16 run_ids, plus 5 rows without one: a row alone and a run of 4 flushes (the last 2 without energy).
    expect(read.stats.rowsRead).toBe(28);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.missingValues).toBe(2);
    expect(read.sink.devices.get("codecarbon:codecarbon")?.intervals.length).toBe(26);
    // Computed independently: the largest energy_consumed of each run, summed.
    expect(totalKwh(read)).toBeCloseTo(0.00804458649583742, 15);
    const notes = read.stats.notes.join("\n");
    expect(notes).toMatch(/18 run\(s\)/);
    expect(notes).toMatch(/5 row\(s\) without a run_id, grouped into 2 run\(s\)/);
    expect(notes).toMatch(/0\.000191493 kg CO₂eq/);
    expect(notes).toMatch(/country_iso_code FRA; region île-de-france/);
    expect(notes).not.toMatch(/overlap/);
    // First row: 355.47 s ending 2024-05-31T10:39:13 Paris time (UTC+2).
    const first = read.sink.devices.get("codecarbon:codecarbon")?.intervals[0];
    expect(first?.end).toBe(Date.UTC(2024, 4, 31, 8, 39, 13));
    expect(first?.start).toBeCloseTo(Date.UTC(2024, 4, 31, 8, 39, 13) - 355466.38011932373, 3);
  });

  it("is the only reader here whose sniff accepts it; the others' files are refused", async () => {
    const others = [
      "grid-intensity/electricitymaps/GB_2024_hourly.csv",
      "grid-intensity/electricitymaps/legacy-format/DE_2022_hourly.csv",
      "grid-intensity/watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv",
      "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv",
      "power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv",
      "power/node-bmc/cisco-h200-2node-redfish-power_log.csv",
      "power/intel-power-gadget/codecarbon-repo-intel_power_gadget_log.csv",
      "power/rapl/codecarbon-repo-E5-2620-rapl-vs-load-all_cores.csv",
      "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog",
    ];
    for (const name of others) {
      const head: string[] = [];
      for await (const line of fileLines(join(realDir, name))) {
        head.push(line);
        if (head.length === 20) break;
      }
      expect(codeCarbon.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(realFile)) {
  console.info(`codecarbon: ${realFile} not found; the tests on the real emissions.csv are skipped`);
}
