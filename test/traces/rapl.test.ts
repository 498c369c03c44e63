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
import type { ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/rapl/", import.meta.url));
const sharedData = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const realRapl = join(sharedData, "power/rapl/codecarbon-repo-E5-2620-rapl-vs-load-all_cores.csv");

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(lines: AsyncIterable<string>, file: string, zone = "UTC"): Promise<Read> {
  const sink = new SampleSink();
  const stats = await raplCounters.read(lines, sink, { file, clock: new LocalClock(zone) });
  return { sink, stats };
}

const readText = (text: string, zone?: string) => readLines(arrayLines(textLines(text)), "inline.csv", zone);
const readFixture = (name: string, zone?: string) => readLines(fileLines(join(fixtures, name)), name, zone);

/** A device's energy intervals as [start, end, joules]. */
function intervals(read: Read, id: string): [number, number, number][] {
  const d = read.sink.devices.get(id);
  if (!d) throw new Error(`no device ${id} (have ${[...read.sink.devices.keys()].join(", ")})`);
  expect(d.length, `${id} has power samples`).toBe(0);
  return d.intervals.map((i) => [i.start, i.end, i.joules]);
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

const E = 1717243200_000; // 2024-06-01T12:00:00Z
const T = Date.UTC(2024, 5, 1, 10);
const S = 1000;

describe("long CSV: time,domain,energy_uj[,max_energy_range_uj]", () => {
  it("counts the packages, not their sub-domains, across a wrap and a failed read", async () => {
    const read = await readFixture("long.csv");
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "package-1"]);
    expect(read.sink.devices.get("package-0")?.device).toEqual({ id: "package-0", kind: "cpu" });
    expect(intervals(read, "package-0")).toEqual([
      [E, E + S, 43],
      [E + S, E + 2 * S, 100], // wrapped at max_energy_range_uj
      [E + 2 * S, E + 4 * S, 100], // spans the failed read at +3 s
    ]);
    expect(intervals(read, "package-1")).toEqual([
      [E, E + S, 50],
      [E + S, E + 2 * S, 50],
      [E + 2 * S, E + 3 * S, 50],
      [E + 3 * S, E + 4 * S, 50],
    ]);
    expect(read.stats.rowsRead).toBe(20);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.warnings).toEqual([]);
    expect(read.stats.notes).toContain("counted the RAPL package domain(s) intel-rapl:0, intel-rapl:1");
    expect(read.stats.notes).toContain(
      "skipped sub-domain(s) intel-rapl:0:0, intel-rapl:1:0: parts of their package, which is counted",
    );
    expect(
      read.stats.notes.some((n) => n.startsWith("intel-rapl:0: the energy counter wrapped 1 time(s)")),
    ).toBe(true);
  });

  it("counts named DRAM sub-domains on their own, skips an out-of-order row, and does not count a reset", async () => {
    const read = await readFixture("long-named.csv");
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "package-1", "dram-0", "dram-1"]);
    expect(read.sink.devices.get("dram-1")?.device).toEqual({ id: "dram-1", kind: "dram" });
    expect(intervals(read, "package-0")).toEqual([
      [T, T + 10 * S, 1500],
      [T + 10 * S, T + 20 * S, 1500],
      [T + 20 * S, T + 30 * S, 1500],
    ]);
    // 10:00:10 → 10:00:20 went down with no plausible wrap: a reset, not counted.
    expect(intervals(read, "package-1")).toEqual([
      [T, T + 10 * S, 1400],
      [T + 20 * S, T + 30 * S, 1400],
    ]);
    expect(intervals(read, "dram-0")).toHaveLength(3);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples[0]?.line).toBe(10);
    expect(read.stats.skippedExamples[0]?.reason).toContain("is not after the previous one");
    expect(read.stats.warnings).toHaveLength(1);
    expect(read.stats.warnings[0]).toContain(
      "intel-rapl:1: the energy counter went down 1 time(s) (first at line 13)",
    );
    expect(read.stats.notes[0]).toBe(
      "counted the RAPL package domain(s) intel-rapl:0 (package-0), intel-rapl:1 (package-1) and DRAM intel-rapl:0:0 (dram), intel-rapl:1:0 (dram) (DRAM is outside the package in RAPL)",
    );
  });

  it("takes domain names from the values themselves, and psys alone when there is no package", async () => {
    const read = await readText(
      [
        "timestamp,zone,energy_uj",
        `${E / 1000},psys,1000000`,
        `${E / 1000},core,500000`,
        `${E / 1000 + 1},psys,31000000`,
        `${E / 1000 + 1},core,10500000`,
      ].join("\n"),
    );
    expect([...read.sink.devices.keys()]).toEqual(["psys"]);
    expect(read.sink.devices.get("psys")?.device.kind).toBe("system");
    expect(intervals(read, "psys")).toEqual([[E, E + S, 30]]);
    expect(read.stats.notes).toContain("counted psys psys (the platform): the file has no package domain");
  });

  it("warns that without max_energy_range_uj a wrap cannot be told from a reset", async () => {
    const read = await readText(
      [
        "time,domain,energy_uj",
        `${E / 1000},intel-rapl:0,262143000000`,
        `${E / 1000 + 1},intel-rapl:0,99671150`,
        `${E / 1000 + 2},intel-rapl:0,199671150`,
      ].join("\n"),
    );
    expect(intervals(read, "package-0")).toEqual([[E + S, E + 2 * S, 100]]);
    expect(read.stats.warnings.some((w) => w.includes("no max_energy_range_uj in the file"))).toBe(true);
  });

  it("skips and counts malformed rows with reasons", async () => {
    const read = await readText(
      [
        "time,domain,energy_uj",
        `${E / 1000},intel-rapl:0,1000000`,
        `${E / 1000 + 1},intel-rapl:0,abc`,
        `${E / 1000 + 1},intel-rapl:0`,
        `yesterday,intel-rapl:0,2000000`,
        `${E / 1000 + 1},nvme0,2000000`,
        `${E / 1000 + 1},intel-rapl:0,-5`,
        `${E / 1000 + 1},intel-rapl:0,1e9`,
        `${E / 1000 + 1},intel-rapl:0,99999999999999999999`,
        `${E / 1000 + 2},intel-rapl:0,11000000`,
      ].join("\n"),
    );
    expect(intervals(read, "package-0")).toEqual([[E, E + 2 * S, 10]]);
    expect(read.stats.rowsSkipped).toBe(7);
    expect(read.stats.skippedExamples).toEqual([
      { line: 3, reason: 'energy_uj: expected a non-negative integer (µJ), got "abc"' },
      { line: 4, reason: "expected 3 fields, got 2" },
      {
        line: 5,
        reason: 'time: expected epoch seconds (date +%s.%N) or an ISO date and time, got "yesterday"',
      },
      {
        line: 6,
        reason:
          'domain: expected a RAPL domain (intel-rapl:0, intel-rapl:0:1, package-0, psys, dram), got "nvme0"',
      },
      { line: 7, reason: 'energy_uj: expected a non-negative integer (µJ), got "-5"' },
    ]);
  });

  it("places zone-less times in --timezone", async () => {
    const read = await readText(
      [
        "time,domain,energy_uj",
        "2024-06-01 12:00:00,intel-rapl:0,0",
        "2024-06-01 12:00:10,intel-rapl:0,1000000000",
      ].join("\n"),
      "Europe/Berlin",
    );
    expect(intervals(read, "package-0")).toEqual([[T, T + 10 * S, 1000]]);
    expect(read.stats.notes).toContain("times without a zone read as wall-clock time in Europe/Berlin");
  });
});

describe("wide CSV: timestamp,intel-rapl:0,…", () => {
  it("reads a laptop dump: psys guessed and skipped, a max_energy_range_uj row, a row of failed reads", async () => {
    const read = await readFixture("wide-laptop.csv");
    expect([...read.sink.devices.keys()]).toEqual(["package-0"]);
    const t = E + 500;
    expect(intervals(read, "package-0")).toEqual([
      [t, t + S, 15],
      [t + S, t + 3 * S, 30],
      [t + 3 * S, t + 4 * S, 15],
    ]);
    expect(read.stats.rowsRead).toBe(5);
    expect(read.stats.missingValues).toBe(4);
    expect(read.stats.warnings).toHaveLength(1);
    expect(read.stats.warnings[0]).toContain("intel-rapl:1 has no name and no sub-domains");
    expect(read.stats.notes).toContain(
      "skipped intel-rapl:1: psys (the platform) contains the packages; the packages are counted",
    );
  });

  it("reads a two-socket server dump with local times", async () => {
    const read = await readFixture("wide-server.csv");
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "package-1"]);
    expect(intervals(read, "package-0")).toEqual([
      [T, T + S, 200],
      [T + S, T + 2 * S, 200],
    ]);
    expect(intervals(read, "package-1")).toEqual([
      [T, T + S, 180],
      [T + S, T + 2 * S, 180],
    ]);
    expect(read.stats.warnings).toEqual([]);
  });

  it("takes max_energy_range_uj from a comment, per domain or one for all", async () => {
    for (const comment of [
      "# max_energy_range_uj: 262143328850",
      "# max_energy_range_uj intel-rapl:0=262143328850 intel-rapl:1=262143328850",
      "#max_energy_range_uj,262143328850,262143328850",
    ]) {
      const read = await readText(
        [
          "timestamp,intel-rapl:0,intel-rapl:1",
          comment,
          `${E / 1000},262143000000,5`,
          `${E / 1000 + 1},99671150,10000005`,
        ].join("\n"),
      );
      expect(intervals(read, "package-0"), comment).toEqual([[E, E + S, 100]]);
      expect(intervals(read, "package-1"), comment).toEqual([[E, E + S, 10]]);
      expect(read.stats.warnings, comment).toEqual([]);
    }
  });

  it("uses names in the header: package, psys, dram", async () => {
    const read = await readText(
      [
        "timestamp,intel-rapl:0 (package-0),intel-rapl:0:2 (dram),intel-rapl:1 (psys),hostname",
        `${E / 1000},0,0,0,node`,
        `${E / 1000 + 1},20000000,3000000,40000000,node`,
      ].join("\n"),
    );
    expect([...read.sink.devices.keys()]).toEqual(["package-0", "dram-0"]);
    expect(intervals(read, "dram-0")).toEqual([[E, E + S, 3]]);
    expect(read.stats.notes).toContain("columns that name no RAPL domain ignored: hostname");
  });

  it("never adds intel-rapl-mmio to the MSR package it duplicates, and uses it when it is all there is", async () => {
    const both = await readText(
      [
        "timestamp,intel-rapl:0,intel-rapl-mmio:0",
        `${E / 1000},0,0`,
        `${E / 1000 + 1},20000000,20000000`,
      ].join("\n"),
    );
    expect([...both.sink.devices.keys()]).toEqual(["package-0"]);
    expect(intervals(both, "package-0")).toEqual([[E, E + S, 20]]);
    expect(
      both.stats.notes.some((n) =>
        n.startsWith("skipped intel-rapl-mmio:0: intel-rapl-mmio is a second interface"),
      ),
    ).toBe(true);
    const mmio = await readText(
      ["timestamp,intel-rapl-mmio:0", `${E / 1000},0`, `${E / 1000 + 1},20000000`].join("\n"),
    );
    expect(intervals(mmio, "package-0")).toEqual([[E, E + S, 20]]);
  });

  it("skips a row with a malformed value whole, and rows out of time order", async () => {
    const read = await readText(
      [
        "timestamp,intel-rapl:0,intel-rapl:1",
        `${E / 1000},0,0`,
        `${E / 1000 + 1},10000000,oops`,
        `${E / 1000 + 2},20000000,20000000`,
        `${E / 1000 + 1},30000000,30000000`,
        `${E / 1000 + 3},30000000,30000000`,
      ].join("\n"),
    );
    expect(intervals(read, "package-0")).toEqual([
      [E, E + 2 * S, 20],
      [E + 2 * S, E + 3 * S, 10],
    ]);
    expect(read.stats.skippedExamples.map((s) => s.line)).toEqual([3, 5]);
    expect(read.stats.skippedExamples[0]?.reason).toBe(
      'intel-rapl:1: expected a non-negative integer (µJ), got "oops"',
    );
    expect(read.stats.skippedExamples[1]?.reason).toContain("is not after the previous row's time (line 4)");
  });
});

describe("`date +%s.%N` path value lines", () => {
  it("reads the echo loop with name and max_energy_range_uj files, a wrap and failed reads", async () => {
    const read = await readFixture("paths.txt");
    expect([...read.sink.devices.keys()]).toEqual(["package-0"]);
    const d = read.sink.devices.get("package-0");
    expect(d?.intervals).toHaveLength(2);
    expect(d?.intervals[0]?.start).toBeCloseTo(E + 1.123456, 3);
    expect(d?.intervals[0]?.end).toBeCloseTo(E + S + 1.123456, 3);
    expect(d?.intervals[0]?.joules).toBe(5); // wrapped
    expect(d?.intervals[1]?.joules).toBe(10); // spans the empty read
    expect(read.stats.missingValues).toBe(2); // empty, and "Permission denied"
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes).toContain(
      "skipped intel-rapl:1 (psys): psys (the platform) contains the packages; the packages are counted",
    );
  });

  it("reads ISO and two-token times and relative paths", async () => {
    const read = await readText(
      [
        "2024-06-01T10:00:00+00:00 intel-rapl:0/energy_uj 0",
        "2024-06-01 10:00:01 intel-rapl:0/energy_uj 5000000",
        "2024-06-01T10:00:02Z intel-rapl:0 10000000",
      ].join("\n"),
    );
    expect(intervals(read, "package-0")).toEqual([
      [T, T + S, 5],
      [T + S, T + 2 * S, 5],
    ]);
  });

  it("skips a path naming intel-rapl without a zone number, and reads the zones around it", async () => {
    // Regression (fuzz, known bug 1): parseDomain found nothing in the path and pathRow threw a TypeError.
    const read = await readText(
      [
        `${E / 1000} /sys/class/powercap/intel-rapl:0/energy_uj 0`,
        `${E / 1000} /sys/class/powercap/intel-rapl/energy_uj 5`,
        `${E / 1000 + 1} /sys/class/powercap/intel-rapl/energy_uj 9`,
        `${E / 1000 + 1} /sys/class/powercap/intel-rapl:0/energy_uj 5000000`,
      ].join("\n"),
    );
    expect(intervals(read, "package-0")).toEqual([[E, E + S, 5]]);
    expect(read.stats.rowsSkipped).toBe(2);
    expect(read.stats.skippedExamples.map((x) => x.line)).toEqual([2, 3]);
    expect(read.stats.skippedExamples[0]?.reason).toBe(
      `expected the path of an intel-rapl zone's file (…/intel-rapl:N/energy_uj), got "/sys/class/powercap/intel-rapl/energy_uj"`,
    );
    // A file of nothing else reads no device (runReport refuses it: no samples).
    const alone = await readText(`${E / 1000} /sys/class/powercap/intel-rapl/energy_uj 5\n`);
    expect(alone.sink.devices.size).toBe(0);
    expect(alone.stats.rowsSkipped).toBe(1);
  });

  it("warns when every read failed (energy_uj is root-only since Linux 5.10)", async () => {
    const read = await readText(
      [
        `${E / 1000}.1 /sys/class/powercap/intel-rapl:0/energy_uj cat: /sys/class/powercap/intel-rapl:0/energy_uj: Permission denied`,
        `${E / 1000}.2 /sys/class/powercap/intel-rapl:0/energy_uj`,
      ].join("\n"),
    );
    expect(read.sink.devices.size).toBe(0);
    expect(read.stats.missingValues).toBe(2);
    expect(read.stats.rowsRead).toBe(2);
    expect(read.stats.warnings.some((w) => w.includes("readable only by root"))).toBe(true);
  });
});

describe("unusable files and hostile input", () => {
  it("refuses an empty file, a file of another format, and a header without a time column", async () => {
    expect((await inputError(readText(""))).message).toContain("the file is empty");
    expect((await inputError(readText("\n  \n# only a comment\n"))).message).toContain("the file is empty");
    const other = await inputError(
      readText("timestamp, index, power.draw [W]\n2024/06/01 10:00:00.000, 0, 100 W\n"),
    );
    expect(other.message).toContain("not a RAPL energy dump");
    expect(other.line).toBe(1);
    const noTime = await inputError(readText("domain,energy_uj\nintel-rapl:0,5\n"));
    expect(noTime.message).toContain("no time column");
    const noTimeWide = await inputError(readText("host,intel-rapl:0\nx,5\n"));
    expect(noTimeWide.message).toContain("no time column");
  });

  it("throws nothing but InputError whatever the bytes", async () => {
    const huge = "9".repeat(400);
    const inputs = [
      "\u0000\u0001\u0002\u00ff\ufffd\n\u0000",
      `time,domain,energy_uj\n${"x,".repeat(200_000)}\n`,
      `time,domain,energy_uj\n${E / 1000},intel-rapl:0,${huge}\n${huge},intel-rapl:0,5\n`,
      `timestamp,intel-rapl:0\n${"1".repeat(1_000_000)},5\n${E / 1000},\u0000\n`,
      `${E / 1000} /sys/class/powercap/intel-rapl:${"9".repeat(50)}/energy_uj 5\n${E / 1000} intel-rapl:0 ${huge}\n`,
      `time,domain,energy_uj\n99999999999999999999.5,intel-rapl:0,1\n0000000001.5,intel-rapl:0,2\n`,
      `time,domain,energy_uj\n${Array.from({ length: 3000 }, (_, i) => `${E / 1000 + i},intel-rapl:${i},${i}`).join("\n")}\n`,
    ];
    for (const text of inputs) {
      try {
        await readText(text);
      } catch (error) {
        expect(error, text.slice(0, 40)).toBeInstanceOf(InputError);
      }
    }
  });
});

describe("sniff", () => {
  const yes = [
    ["time,domain,energy_uj,max_energy_range_uj"],
    ["timestamp,zone,name,energy_uj"],
    ["timestamp,intel-rapl:0,intel-rapl:0:0,intel-rapl:1"],
    ["max_energy_range_uj,262143328850", "timestamp,intel-rapl:0"],
    ["1717243200.123456789 /sys/class/powercap/intel-rapl:0/energy_uj 123456789"],
    ["2024-06-01T10:00:00+00:00 /sys/class/powercap/intel-rapl:0:1/energy_uj"],
    [
      "",
      "# logged by rapl.sh",
      "1717243200.1 /sys/class/powercap/intel-rapl:0/max_energy_range_uj 262143328850",
    ],
  ];
  const no = [
    ["timestamp, name, index, power.draw [W]"],
    [
      "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle)",
    ],
    [
      "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy",
    ],
    ['"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)","Processor Power_0(Watt)"'],
    ["#Entity   POWER    TOTEC", "ID        W        mJ", "GPU 0     301.23   123456789"],
    ['DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1"} 301.2 1717243200123'],
    [':::MLLOG {"namespace": "", "time_ms": 1779996897251, "key": "run_start"}'],
    ["timestamp,n1_watts,n2_watts,total_watts"],
    ["# gpu    pwr  gtemp", "    0     91     39"],
    [
      "task_name,load_type,cpu_name,timestamp,cores_used,cpu_load,temperature,cpu_freq,rapl_power,rapl_energy,estimated_power",
    ],
    ["1717243200.1 /home/user/intel-rapl-notes.txt"],
    ["", " "],
  ];
  for (const head of yes)
    it(`accepts ${head.join(" | ").slice(0, 70)}`, () => expect(raplCounters.sniff(head)).toBe(true));
  for (const head of no)
    it(`rejects ${head.join(" | ").slice(0, 70)}`, () => expect(raplCounters.sniff(head)).toBe(false));
  it("is named rapl-energy-uj", () => expect(raplCounters.format).toBe("rapl-energy-uj"));
});

describe.skipIf(!existsSync(sharedData))("real files (../shared/data)", () => {
  it("no reader of this task sniffs the E5-2620 load-vs-power table, and the RAPL reader refuses it", async () => {
    const head: string[] = [];
    for await (const line of fileLines(realRapl)) head.push(line);
    expect(raplCounters.sniff(head)).toBe(false);
    expect(dcgm.sniff(head)).toBe(false);
    expect(intelPowerGadget.sniff(head)).toBe(false);
    const error = await inputError(readLines(fileLines(realRapl), "E5-2620.csv"));
    expect(error.message).toContain("not a RAPL energy dump");
  });

  it("rejects the heads of every other real trace and grid file", async () => {
    const files = [
      "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv",
      "power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv",
      "power/node-bmc/cisco-h200-2node-redfish-power_log.csv",
      "power/intel-power-gadget/codecarbon-repo-intel_power_gadget_log.csv",
      "codecarbon/codecarbon-repo-examples-emissions.csv",
      "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog",
      "grid-intensity/electricitymaps/GB_2024_hourly.csv",
      "grid-intensity/electricitymaps/legacy-format/DE_2022_hourly.csv",
      "grid-intensity/watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv",
    ];
    for (const name of files) {
      const head: string[] = [];
      for await (const line of fileLines(join(sharedData, name))) {
        head.push(line);
        if (head.length === 20) break;
      }
      expect(raplCounters.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(sharedData)) {
  console.info(`rapl: ${sharedData} not found; the tests on real third-party files are skipped`);
}
