import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { dcgm } from "../../src/traces/dcgm.js";
import { intelPowerGadget } from "../../src/traces/intel-power-gadget.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { raplCounters } from "../../src/traces/rapl.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadOptions, ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/ipg/", import.meta.url));
const sharedData = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const realIpg = join(sharedData, "power/intel-power-gadget/codecarbon-repo-intel_power_gadget_log.csv");

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(
  lines: AsyncIterable<string>,
  file: string,
  runStart: number | undefined,
  zone = "UTC",
): Promise<Read> {
  const sink = new SampleSink();
  const options: ReadOptions & { runStart?: number } = { file, clock: new LocalClock(zone) };
  if (runStart !== undefined) options.runStart = runStart;
  const stats = await intelPowerGadget.read(lines, sink, options);
  return { sink, stats };
}

const readText = (text: string, runStart: number | undefined = START, zone?: string) =>
  readLines(arrayLines(textLines(text)), "inline.csv", runStart, zone);
const readFixture = (name: string, runStart: number | undefined, zone?: string) =>
  readLines(fileLines(join(fixtures, name)), name, runStart, zone);

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

/** The first row of one-package.csv, System Time 10:00:00:500, in UTC. */
const START = Date.UTC(2024, 5, 1, 10, 0, 0, 500);
const S = 1000;

const HEADER =
  '"System Time","RDTSC","Elapsed Time (sec)","Processor Power_0(Watt)","Cumulative Processor Energy_0(Joules)","IA Power_0(Watt)"';

describe("Intel Power Gadget logs", () => {
  it("counts the package and DRAM from their cumulative energy, not IA or GT, and stops at the footer", async () => {
    const read = await readFixture("one-package.csv", START);
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "dram-0"]);
    const pkg = read.sink.devices.get("package-0");
    expect(pkg?.device).toEqual({ id: "package-0", kind: "cpu" });
    expect(read.sink.devices.get("dram-0")?.device).toEqual({ id: "dram-0", kind: "dram" });
    expect(pkg?.length).toBe(0);
    // From 0 J at elapsed 0 (half a second before the first row), then one interval per row.
    expect(pkg?.intervals.map((i) => [i.start, i.end, i.joules])).toEqual([
      [START - 500, START, 10],
      [START, START + 500, 10],
      [START + 500, START + S, 10],
      [START + S, START + 1500, 10],
      [START + 1500, START + 2 * S, 10],
    ]);
    const total = (id: string) => read.sink.devices.get(id)?.intervals.reduce((a, i) => a + i.joules, 0);
    expect(total("package-0")).toBe(50);
    expect(total("dram-0")).toBe(5);
    expect(read.stats.rowsRead).toBe(5);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.warnings).toEqual([]);
    expect(read.stats.notes).toContain(
      'package-0: energy from "Cumulative Processor Energy_0(Joules)" (exact); 50.000 J against 50.000000 J in the log\'s summary',
    );
    expect(read.stats.notes).toContain(
      "counted the package (Processor) and DRAM, which IPG reports as separate domains; IA Power_0(Watt), GT Power_0(Watt) are parts of the package and are not added",
    );
  });

  it("refuses a log without --run-start: it has no date", async () => {
    const error = await inputError(readFixture("one-package.csv", undefined));
    expect(error.message).toContain("has no date");
    expect(error.message).toContain("--run-start");
    expect(error.line).toBe(1);
  });

  it("reads two packages from power alone, across midnight, by elapsed time", async () => {
    const start = Date.UTC(2024, 5, 1, 21, 59, 58); // 23:59:58 in Europe/Paris
    const read = await readFixture("two-packages-power.csv", start, "Europe/Paris");
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "package-1", "dram-0", "dram-1"]);
    const series = (id: string) => {
      const d = read.sink.devices.get(id);
      expect(d?.intervals).toEqual([]);
      return Array.from({ length: d?.length ?? 0 }, (_, i) => [d?.times[i], d?.watts[i]]);
    };
    expect(series("package-0")).toEqual([
      [start, 100],
      [start + S, 110],
      [start + 2 * S, 120],
      [start + 4 * S, 130],
    ]);
    expect(series("package-1")).toHaveLength(5);
    expect(series("dram-1")[4]).toEqual([start + 4 * S, 6]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.warnings).toEqual([]);
    expect(read.stats.notes).toContain('package-0: power from "Processor Power_0(Watt)"');
  });

  it("warns when --run-start disagrees with the first row's System Time", async () => {
    const read = await readFixture("one-package.csv", START + 3_600_000, "UTC");
    expect(read.stats.warnings).toEqual([
      "--run-start puts the first row (line 2) at 11:00:00.500 in UTC, but its System Time says 10:00:00:500: check --run-start and --timezone",
    ]);
  });

  it("skips malformed rows whole, with reasons, and warns when the total disagrees with the summary", async () => {
    const row = (sys: string, el: string, p: string, e: string) =>
      `"${sys}","1","${el}","${p}","${e}","  1.000"`;
    const read = await readText(
      [
        HEADER,
        row("10:00:00:500", "   0.500", "  20.000", "  10.000"),
        row("10:00:01:000", "   abc", "  20.000", "  20.000"),
        row("10:00:01:000", "   1.000", "  20.000", "  x"),
        row("10:00:01:000", "   0.500", "  20.000", "  20.000"),
        '"10:00:01:000","1","   1.000"',
        row("10:00:01:500", "   1.500", "  20.000", "  30.000"),
        "",
        '"Cumulative Package Energy_0 (Joules) = 40.000000"',
        row("10:00:02:000", "   2.000", "  20.000", "  40.000"),
      ].join("\n"),
    );
    expect(read.stats.rowsRead).toBe(2);
    expect(read.stats.skippedExamples).toEqual([
      { line: 3, reason: 'Elapsed Time (sec): expected seconds ≥ 0, got "abc"' },
      { line: 4, reason: 'Cumulative Processor Energy_0(Joules): expected a number ≥ 0, got "x"' },
      {
        line: 5,
        reason:
          "Elapsed Time (sec): 0.5 is not after the previous row's (line 2); rows must be in time order",
      },
      { line: 6, reason: "expected 6 fields, got 3" },
    ]);
    expect(read.sink.devices.get("package-0")?.intervals.reduce((a, i) => a + i.joules, 0)).toBe(30);
    expect(read.stats.warnings).toEqual([
      "package-0: 30.000 J read but the log's summary says 40.000000 J (rows skipped or missing?)",
    ]);
  });

  it("refuses what is not a log, and a header without package columns or elapsed time", async () => {
    expect((await inputError(readText(""))).message).toContain("the file is empty");
    const other = await inputError(readText("timestamp,power\n"));
    expect(other.message).toContain("not an Intel Power Gadget log");
    const noPackage = await inputError(
      readText('"System Time","RDTSC","Elapsed Time (sec)","IA Power_0(Watt)"\n'),
    );
    expect(noPackage.message).toContain('no "Processor Power_0(Watt)"');
    const noElapsed = await inputError(readText('"System Time","RDTSC","Processor Power_0(Watt)"\n'));
    expect(noElapsed.message).toContain('no "Elapsed Time (sec)" column');
  });

  it("warns of a second log appended after the summary, which it does not read", async () => {
    const read = await readText(
      [
        HEADER,
        '"10:00:00:500","1","   0.500","  20.000","  10.000","  1.000"',
        "",
        '"Total Elapsed Time (sec) = 0.500000"',
        HEADER,
        '"11:00:00:500","1","   0.500","  20.000","  10.000","  1.000"',
      ].join("\r\n"),
    );
    expect(read.stats.rowsRead).toBe(1);
    expect(read.stats.warnings.some((w) => w.includes("1 more log(s) appended"))).toBe(true);
  });

  it("throws nothing but InputError whatever the bytes", async () => {
    const inputs = [
      "\u0000\u0001\u0002\u00ff\ufffd\n\u0000",
      `${HEADER}\n"${"9".repeat(1_000_000)}"\n`,
      `${HEADER}\n"10:00:00:500","1","1e308","1e308","1e308","1"\n"10:00:00:500","1","${"9".repeat(400)}","1","1","1"\n`,
      `${HEADER}\n"99:99:99:999","1","0.5","1","1","1"\n"10:00:00:500","1","999999999","1","99999999","1"\n`,
      `${HEADER}\n${'"a","b"'.repeat(100_000)}\n"x = "\n`,
    ];
    for (const text of inputs) {
      for (const runStart of [START, 8.64e15, -8.64e15, Number.NaN, 1e300]) {
        try {
          await readText(text, runStart);
        } catch (error) {
          expect(error, text.slice(0, 40)).toBeInstanceOf(InputError);
        }
      }
    }
  });
});

describe("sniff", () => {
  it("accepts IPG headers, quoted or not, with or without a space before the unit", () => {
    expect(intelPowerGadget.sniff([HEADER])).toBe(true);
    expect(
      intelPowerGadget.sniff([
        "System Time,RDTSC,Elapsed Time (sec),CPU Utilization(%),Processor Power_0 (Watt),IA Power_0 (Watt)",
      ]),
    ).toBe(true);
    expect(
      intelPowerGadget.sniff([
        "",
        '"System Time","Elapsed Time (sec)","Cumulative Processor Energy_0(Joules)"',
      ]),
    ).toBe(true);
  });

  it("rejects other formats", () => {
    for (const head of [
      ["timestamp, name, index, power.draw [W]"],
      ["Datetime (UTC),Country,Zone name,Zone id"],
      ["timestamp,project_name,run_id,duration,emissions,cpu_power"],
      ["time,domain,energy_uj"],
      ["#Entity POWER TOTEC"],
      ['DCGM_FI_DEV_POWER_USAGE{gpu="0"} 5'],
      [':::MLLOG {"time_ms": 1}'],
      ['"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)"'],
      ["", ""],
    ])
      expect(intelPowerGadget.sniff(head), head[0]).toBe(false);
  });

  it("is named intel-power-gadget", () => expect(intelPowerGadget.format).toBe("intel-power-gadget"));
});

describe.skipIf(!existsSync(sharedData))("real files (../shared/data)", () => {
  it("reads the real log: exact energy matching its summary, stopping at the footer", async () => {
    // First row 11:23:43:578; placed here as if logged in Paris on 2024-06-01.
    const start = Date.UTC(2024, 5, 1, 9, 23, 43, 578);
    const read = await readLines(fileLines(realIpg), "ipg.csv", start, "Europe/Paris");
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "dram-0"]);
    expect(read.stats.rowsRead).toBe(12);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.warnings).toEqual([]);
    const pkg = read.sink.devices.get("package-0");
    expect(pkg?.intervals[0]).toEqual({ start: start - 100, end: start, joules: 2.118 });
    expect(pkg?.intervals.at(-1)?.end).toBe(start + 1131);
    expect(pkg?.intervals.reduce((a, i) => a + i.joules, 0)).toBeCloseTo(27.408, 6);
    expect(read.sink.devices.get("dram-0")?.intervals.reduce((a, i) => a + i.joules, 0)).toBeCloseTo(
      1.171,
      6,
    );
    expect(read.stats.notes[0]).toContain("27.408 J against 27.408203 J in the log's summary");
  });

  it("sniffs the real log, and only this reader does", async () => {
    const head: string[] = [];
    for await (const line of fileLines(realIpg)) {
      head.push(line);
      if (head.length === 20) break;
    }
    expect(intelPowerGadget.sniff(head)).toBe(true);
    expect(raplCounters.sniff(head)).toBe(false);
    expect(dcgm.sniff(head)).toBe(false);
  });

  it("rejects the heads of the other real files", async () => {
    const files = [
      "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv",
      "power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv",
      "power/node-bmc/cisco-h200-2node-redfish-power_log.csv",
      "power/rapl/codecarbon-repo-E5-2620-rapl-vs-load-all_cores.csv",
      "codecarbon/codecarbon-repo-examples-emissions.csv",
      "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog",
      "grid-intensity/electricitymaps/GB_2023_hourly.csv",
      "grid-intensity/electricitymaps/legacy-format/CA-ON_2022_hourly.csv",
      "grid-intensity/watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv",
    ];
    for (const name of files) {
      const head: string[] = [];
      for await (const line of fileLines(join(sharedData, name))) {
        head.push(line);
        if (head.length === 20) break;
      }
      expect(intelPowerGadget.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(sharedData)) {
  console.info(
    `intel-power-gadget: ${sharedData} not found; the tests on real third-party files are skipped`,
  );
}
