import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { dcgm, parseLabels } from "../../src/traces/dcgm.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/dcgm/", import.meta.url));
const sharedData = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(lines: AsyncIterable<string>, file: string, zone = "UTC"): Promise<Read> {
  const sink = new SampleSink();
  const stats = await dcgm.read(lines, sink, { file, clock: new LocalClock(zone) });
  return { sink, stats };
}

const readText = (text: string, zone?: string) => readLines(arrayLines(textLines(text)), "inline.txt", zone);
const readFixture = (name: string, zone?: string) => readLines(fileLines(join(fixtures, name)), name, zone);

function intervals(read: Read, key: string): [number, number, number][] {
  const d = read.sink.devices.get(key);
  if (!d) throw new Error(`no device ${key} (have ${[...read.sink.devices.keys()].join(", ")})`);
  expect(d.length, `${key} has power samples too`).toBe(0);
  return d.intervals.map((i) => [i.start, i.end, i.joules]);
}

function samples(read: Read, key: string): [number, number][] {
  const d = read.sink.devices.get(key);
  if (!d) throw new Error(`no device ${key} (have ${[...read.sink.devices.keys()].join(", ")})`);
  expect(d.intervals, `${key} has intervals too`).toEqual([]);
  return Array.from({ length: d.length }, (_, i) => [d.times[i] as number, d.watts[i] as number]);
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

const T = Date.UTC(2024, 5, 1, 10);
const S = 1000;

describe("dcgmi dmon -e 155,156", () => {
  it("reads time-prefixed output, preferring the TOTEC counter over POWER, never both", async () => {
    const read = await readFixture("dmon-prefixed.txt");
    expect([...read.sink.devices.keys()]).toEqual(["gpu1", "gpu0"]);
    expect(read.sink.devices.get("gpu0")?.device).toEqual({ id: "gpu0", kind: "gpu" });
    expect(intervals(read, "gpu0")).toEqual([
      [T, T + S, 300],
      [T + S, T + 2 * S, 300],
      [T + 2 * S, T + 3 * S, 300],
    ]);
    expect(intervals(read, "gpu1")).toEqual([
      [T, T + S, 250],
      [T + S, T + 3 * S, 500], // spans the N/A
      [T + 3 * S, T + 4 * S, 250],
    ]);
    expect(read.stats.missingValues).toBe(3);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples[0]).toEqual({ line: 15, reason: 'POWER: expected watts, got "abc"' });
    const notes = read.stats.notes.join("\n");
    expect(notes).toContain("energy from the TOTEC (field 156) counter");
    expect(notes).toContain("POWER (field 155) samples are not used (preferred the counter, never both)");
    expect(notes).toContain("1 row(s) of entities other than whole GPUs");
    expect(notes).toContain("dcgmi dmon header repeated 1 time(s)");
  });

  it("refuses output with no time: it does not invent one", async () => {
    const error = await inputError(readFixture("dmon-plain.txt"));
    expect(error.message).toContain("dcgmi dmon prints no time");
    expect(error.message).toContain("date -Is");
    expect(error.line).toBe(3);
    // The same once gridprint's comment preamble handling has blanked the "#Entity" header.
    const blanked = await inputError(readText(["", "ID  W  mJ", "GPU 0  301.2  1000"].join("\n")));
    expect(blanked.message).toContain("dcgmi dmon prints no time");
  });

  it("reads power alone (-e 155) with a zone-less two-token time prefix", async () => {
    const read = await readFixture("dmon-power-only.txt", "Europe/Paris");
    const t = Date.UTC(2024, 5, 1, 10, 0, 0, 100);
    expect(samples(read, "gpu0")).toEqual([
      [t, 100],
      [t + S, 110.5],
      [t + 3 * S, 120],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.notes).toContain("power from POWER (field 155) for gpu0");
    expect(read.stats.notes).toContain("times without a zone read as wall-clock time in Europe/Paris");
  });

  it("refuses a header without POWER or TOTEC, and rows without a header", async () => {
    const noFields = await inputError(readText("2024-06-01T10:00:00Z #Entity   SMACT   TMPTR\n"));
    expect(noFields.message).toContain("neither POWER (field 155, W) nor TOTEC (field 156, mJ)");
    const noHeader = await inputError(readText("2024-06-01T10:00:00Z GPU 0  301.2  1000\n"));
    expect(noHeader.message).toContain('without their "#Entity');
  });

  it("skips rows of the wrong shape and implausible power", async () => {
    const read = await readText(
      [
        "2024-06-01T10:00:00Z #Entity   POWER   TOTEC",
        "2024-06-01T10:00:00Z GPU 0     100.0",
        "2024-06-01T10:00:00Z GPU 0     9000.0  1000",
        "2024-06-01T10:00:00Z GPU 0     100.0   -5",
        "2024-06-01T10:00:01Z Error: unable to connect to host engine",
        "GPU 0     100.0   1000",
        "2024-06-01T10:00:01Z GPU 0     100.0   1000",
      ].join("\n"),
    );
    expect(read.stats.rowsSkipped).toBe(5);
    expect(read.stats.skippedExamples.map((s) => s.reason)).toEqual([
      'expected an entity ("GPU 0") and 2 value(s) (POWER TOTEC), got "GPU 0     100.0"',
      'POWER: expected watts between 0 and 5000, got "9000.0"',
      'TOTEC: expected a non-negative energy counter (mJ), got "-5"',
      'expected an entity ("GPU 0") and 2 value(s) (POWER TOTEC), got "Error: unable to connect to host engine"',
      "expected a time prefixed to the line, as on the other lines",
    ]);
  });
});

describe("dcgm-exporter metrics", () => {
  it("reads sample timestamps; the energy counter wins where a GPU has one", async () => {
    const read = await readFixture("exporter-timestamps.prom");
    expect([...read.sink.devices.keys()]).toEqual(["node-1/gpu0", "node-1/gpu1"]);
    expect(read.sink.devices.get("node-1/gpu0")?.device).toEqual({
      id: "gpu0",
      kind: "gpu",
      host: "node-1",
      name: "NVIDIA H100 80GB HBM3",
      uuid: "GPU-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9",
    });
    expect(intervals(read, "node-1/gpu0")).toEqual([[T, T + 15 * S, 9750]]);
    expect(samples(read, "node-1/gpu1")).toEqual([
      [T, 612.4],
      [T + 15 * S, 610],
    ]);
    expect(read.stats.rowsRead).toBe(6);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes).toContain(
      "energy from the DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter (exact energy between readings) for node-1/gpu0; their DCGM_FI_DEV_POWER_USAGE samples are not used (preferred the counter, never both)",
    );
    expect(read.stats.notes).toContain("power from DCGM_FI_DEV_POWER_USAGE for node-1/gpu1");
  });

  it("times scrapes by their scrape-time comments and keys GPUs by host, whatever pod labels come and go", async () => {
    const read = await readFixture("exporter-scrape-comments.prom");
    expect(intervals(read, "gpu-a/gpu0")).toEqual([[T, T + 30 * S, 9000]]);
    expect(samples(read, "gpu-b/gpu0")).toEqual([
      [T, 200],
      [T + 30 * S, 210],
    ]);
    expect(read.stats.missingValues).toBe(2);
    expect(read.stats.notes).toContain("sample times from the scrape times written with each scrape");
  });

  it("refuses metrics with no time at all", async () => {
    const error = await inputError(readFixture("exporter-no-time.prom"));
    expect(error.message).toContain("carry no time");
  });

  it("skips samples before the first scrape time (its comment lost) and warns", async () => {
    const read = await readText(
      [
        "# run of 2024-06-01",
        'DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="h"} 100',
        "# 2024-06-01T10:00:00Z",
        'DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="h"} 110',
        "# scrape_time=1717236001.5",
        'DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="h"} 120',
      ].join("\n"),
    );
    expect(samples(read, "h/gpu0")).toEqual([
      [T, 110],
      [T + 1500, 120],
    ]);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.warnings[0]).toContain("1 sample(s) before the first scrape time");
  });

  it("takes an ISO time prefixed to each line, and ignores repeats of a GPU under other label sets", async () => {
    const read = await readText(
      [
        '2024-06-01T10:00:00Z DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",GPU_I_ID="1"} 1000000',
        '2024-06-01T10:00:00Z DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",GPU_I_ID="2"} 1000000',
        '2024-06-01T10:00:10Z DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",GPU_I_ID="1"} 4000000',
        '2024-06-01T10:00:10Z DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",GPU_I_ID="2"} 4000000',
      ].join("\n"),
    );
    expect(intervals(read, "gpu0")).toEqual([[T, T + 10 * S, 3000]]);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.some((n) => n.includes("2 repeated sample(s)"))).toBe(true);
  });

  it("counts a counter reset (driver reload) as a skipped interval with a warning", async () => {
    const read = await readText(
      [
        'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0"} 9000000 1717236000000',
        'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0"} 500 1717236010000',
        'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0"} 3000500 1717236020000',
      ].join("\n"),
    );
    expect(intervals(read, "gpu0")).toEqual([[T + 10 * S, T + 20 * S, 3000]]);
    expect(read.stats.warnings[0]).toContain(
      "gpu0 DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION: the energy counter went down",
    );
  });

  it("skips malformed samples with reasons; other metrics and POWER_USAGE_INSTANT are not read", async () => {
    const read = await readText(
      [
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} 100 1717236000000',
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} abc 1717236001000',
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} 100 tomorrow',
        "DCGM_FI_DEV_POWER_USAGE{gpu=0} 100 1717236001000",
        'DCGM_FI_DEV_POWER_USAGE{UUID="",device="mlx5_0"} 100 1717236001000',
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} 1e9 1717236001000',
        'DCGM_FI_DEV_POWER_USAGE_INSTANT{gpu="0"} 100 1717236001000',
        'DCGM_FI_DEV_GPU_TEMP{gpu="0"} 50 1717236001000',
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} NaN 1717236001000',
        'DCGM_FI_DEV_POWER_USAGE{gpu="0"} 110 1717236002000',
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([
      [T, 100],
      [T + 2 * S, 110],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.skippedExamples.map((s) => s.reason)).toEqual([
      'DCGM_FI_DEV_POWER_USAGE: expected a number, got "abc"',
      'DCGM_FI_DEV_POWER_USAGE: expected a timestamp in epoch milliseconds after the value, got "tomorrow"',
      'expected labels naming the GPU (gpu="0", UUID="GPU-…"), got "{gpu=0}"',
      'expected labels naming the GPU (gpu="0", UUID="GPU-…"), got "{UUID=\\"\\",device=\\"mlx5_0\\"}"',
      'DCGM_FI_DEV_POWER_USAGE: expected watts between 0 and 5000, got "1e9"',
    ]);
  });

  it("refuses metrics with neither power nor energy, naming what it found", async () => {
    const error = await inputError(readText('DCGM_FI_DEV_GPU_TEMP{gpu="0"} 50 1717236000000\n'));
    expect(error.message).toContain("no DCGM_FI_DEV_POWER_USAGE or DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION");
    expect(error.message).toContain("DCGM_FI_DEV_GPU_TEMP");
  });
});

describe("parseLabels", () => {
  it("reads quoted values with escapes, commas and braces inside", () => {
    expect(parseLabels('gpu="0",UUID="GPU-1",pod="a, \\"b\\" {c}",path="C:\\\\x\\ny"')).toEqual(
      new Map([
        ["gpu", "0"],
        ["UUID", "GPU-1"],
        ["pod", 'a, "b" {c}'],
        ["path", "C:\\x\ny"],
      ]),
    );
    expect(parseLabels(' a = "1" , b="2", ')).toEqual(
      new Map([
        ["a", "1"],
        ["b", "2"],
      ]),
    );
    expect(parseLabels("")).toEqual(new Map());
  });

  it("refuses malformed label sets", () => {
    for (const bad of ["gpu=0", 'gpu="0', 'gpu="0" x="1"', '1x="1"', '="1"', 'gpu"0"']) {
      expect(parseLabels(bad), bad).toBeUndefined();
    }
  });
});

describe("unusable files and hostile input", () => {
  it("refuses an empty file and other formats", async () => {
    expect((await inputError(readText(""))).message).toContain("the file is empty");
    const other = await inputError(readText("timestamp, index, power.draw [W]\n"));
    expect(other.message).toContain("not DCGM output");
    expect(other.line).toBe(1);
  });

  it("throws nothing but InputError whatever the bytes", async () => {
    const inputs = [
      "\u0000\u0001\u0002\u00ff\ufffd\n\u0000",
      `DCGM_FI_DEV_POWER_USAGE{${"a".repeat(1_000_000)}} 5 1717236000000\n`,
      `DCGM_FI_DEV_POWER_USAGE{gpu="${"\\".repeat(100_000)}"} 5 1717236000000\n`,
      `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0"} ${"9".repeat(400)} 99999999999999\n`,
      `DCGM_FI_DEV_POWER_USAGE{gpu="0"} 5 ${"9".repeat(30)}\n`,
      `2024-06-01T10:00:00Z #Entity POWER TOTEC\n2024-06-01T10:00:00Z GPU ${"9".repeat(400)} 1 1\n`,
      `${"9".repeat(20)} GPU 0 1 1\n`,
      `# scrape time ${"9".repeat(19)}\nDCGM_FI_DEV_POWER_USAGE{gpu="0"} 5\n`,
      Array.from(
        { length: 5000 },
        (_, i) => `DCGM_FI_DEV_POWER_USAGE{gpu="${i}",pod="${i}"} 5 1717236000000`,
      ).join("\n"),
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
    ["#Entity   POWER             TOTEC", "ID        W                 mJ"],
    ["# Entity  POWER"],
    ["ID        W                 mJ", "GPU 0     301.230           123456789"],
    ["2024-06-01T10:00:00Z #Entity   POWER   TOTEC"],
    ["2024-06-01T10:00:00Z GPU 0     N/A     N/A"],
    ["# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W)."],
    ["", 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1"} 301.2 1717243200123'],
    ["# scrape time: 2024-06-01T10:00:00Z", 'DCGM_FI_DEV_SM_CLOCK{gpu="0"} 1980'],
  ];
  const no = [
    ["timestamp, name, index, power.draw [W]", "2024/06/01 10:00:00.000, H100, 0, 301.2 W"],
    ["2026-11-28T17:24:03.688Z, 0, 91.43"],
    ["Datetime (UTC),Country,Zone name,Zone id"],
    ["timestamp,project_name,run_id,duration,emissions"],
    ['"System Time","RDTSC","Elapsed Time (sec)"'],
    ["time,domain,energy_uj"],
    ["1717243200.1 /sys/class/powercap/intel-rapl:0/energy_uj 5"],
    [':::MLLOG {"time_ms": 1779996897251}'],
    ["# gpu    pwr  gtemp", "# Idx      W      C", "    0     91     39"],
    ["timestamp,n1_watts,n2_watts,total_watts"],
    ["# just a comment"],
    ['go_gc_duration_seconds{quantile="0"} 0'],
  ];
  for (const head of yes)
    it(`accepts ${head.join(" | ").slice(0, 70)}`, () => expect(dcgm.sniff(head)).toBe(true));
  for (const head of no)
    it(`rejects ${head.join(" | ").slice(0, 70)}`, () => expect(dcgm.sniff(head)).toBe(false));
  it("is named dcgm", () => expect(dcgm.format).toBe("dcgm"));
});

describe.skipIf(!existsSync(sharedData))("real files (../shared/data)", () => {
  it("rejects the heads of every real trace, log and grid file", async () => {
    const files = [
      "power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv",
      "power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv",
      "power/node-bmc/cisco-h200-2node-redfish-power_log.csv",
      "power/intel-power-gadget/codecarbon-repo-intel_power_gadget_log.csv",
      "power/rapl/codecarbon-repo-E5-2620-rapl-vs-load-all_cores.csv",
      "codecarbon/codecarbon-repo-examples-emissions.csv",
      "training-logs/cisco-mlperf-llama31_8b-8xH200.mllog",
      "grid-intensity/electricitymaps/GB_2024_hourly.csv",
      "grid-intensity/electricitymaps/legacy-format/FR_2022_hourly.csv",
      "grid-intensity/watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv",
    ];
    for (const name of files) {
      const head: string[] = [];
      for await (const line of fileLines(join(sharedData, name))) {
        head.push(line);
        if (head.length === 20) break;
      }
      expect(dcgm.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(sharedData)) {
  console.info(`dcgm: ${sharedData} not found; the tests on real third-party files are skipped`);
}
