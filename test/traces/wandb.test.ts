import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadStats } from "../../src/traces/types.js";
import { wandbSystem } from "../../src/traces/wandb.js";

const fixtures = fileURLToPath(new URL("../fixtures/wandb/", import.meta.url));
const realDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(lines: AsyncIterable<string>, file: string, zone = "UTC"): Promise<Read> {
  const sink = new SampleSink();
  const stats = await wandbSystem.read(lines, sink, { file, clock: new LocalClock(zone) });
  return { sink, stats };
}

const readText = (text: string) => readLines(arrayLines(textLines(text)), "wandb-events.jsonl");
const readFixture = (name: string, zone = "UTC") => readLines(fileLines(join(fixtures, name)), name, zone);

function samples(read: Read, id: string): [number, number][] {
  const d = read.sink.devices.get(id);
  if (!d) throw new Error(`no device ${id} (have ${[...read.sink.devices.keys()].join(", ")})`);
  const out: [number, number][] = [];
  for (let i = 0; i < d.length; i++) out.push([d.times[i] as number, d.watts[i] as number]);
  return out;
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

const T0 = 1717243200123;

describe("wandb-events.jsonl", () => {
  it("reads one sample per GPU per line, never counting the process view twice", async () => {
    // The zone does not matter: _timestamp is epoch seconds.
    const read = await readFixture("events-2gpu.jsonl", "America/New_York");
    expect([...read.sink.devices.keys()]).toEqual(["gpu0", "gpu1"]);
    expect(read.sink.devices.get("gpu1")?.device).toEqual({ id: "gpu1", kind: "gpu" });
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301.4],
      [T0 + 30002, 305],
      [T0 + 60004, 95.6],
      [T0 + 90008, 303.3],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [T0, 298],
      // The device's own reading (300.5), not the process's (300.7).
      [T0 + 30002, 300.5],
      // No system.gpu.1.powerWatts on this line: the process view of the same GPU stands in.
      [T0 + 60004, 91.2],
      // NaN in both spellings: missing, not 0 W.
    ]);
    expect(read.stats.rowsRead).toBe(4);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples[0]?.line).toBe(5);
    expect(read.stats.skippedExamples[0]?.reason).toMatch(/^expected a JSON object, got invalid JSON/);
    const notes = read.stats.notes.join("\n");
    expect(notes).toMatch(/2 GPU\(s\) \(gpu0, gpu1\)/);
    expect(notes).toMatch(/used for 1 sample\(s\) where the device's own reading was absent/);
    expect(notes).toMatch(/other power keys not read as GPU draw: system\.gpu\.0\.enforcedPowerLimitWatts/);
  });

  it("reads the key spelling without the system. prefix", async () => {
    const read = await readFixture("gpu-keys.jsonl");
    expect(samples(read, "gpu0")).toEqual([
      [1735725600500, 62.25],
      [1735725615500, 248.75],
      [1735725630500, 251],
    ]);
  });

  it("reads system/gpu.N keys, integer and millisecond timestamps, many GPUs", async () => {
    const read = await readText(
      [
        '{"system/gpu.0.powerWatts": 100, "system/gpu.11.powerWatts": 111.5, "_timestamp": 1717243200}',
        '{"system.gpu.0.powerWatts": 101, "_timestamp": 1717243201000}',
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([
      [1717243200000, 100],
      [1717243201000, 101],
    ]);
    expect(samples(read, "gpu11")).toEqual([[1717243200000, 111.5]]);
  });

  it("reads only top-level keys, not their spelling in values or nested objects", async () => {
    const read = await readText(
      [
        '{"note": "system.gpu.1.powerWatts", "x": {"system.gpu.2.powerWatts": 9}, "system.gpu.0.powerWatts": 100, "_timestamp": 1717243200}',
      ].join("\n"),
    );
    expect([...read.sink.devices.keys()]).toEqual(["gpu0"]);
    expect(samples(read, "gpu0")).toEqual([[1717243200000, 100]]);
  });

  it("notes lines without GPU power and warns of GPUs with only powerPercent", async () => {
    const read = await readText(
      [
        '{"system.cpu": 5, "_timestamp": 1717243200, "_runtime": 1}',
        '{"system.gpu.0.powerWatts": 100, "system.gpu.1.powerPercent": 50, "_timestamp": 1717243230}',
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([[1717243230000, 100]]);
    expect(read.sink.devices.has("gpu1")).toBe(false);
    expect(read.stats.notes.join("\n")).toMatch(/1 line\(s\) carry no GPU power key/);
    expect(read.stats.warnings.join("\n")).toMatch(/GPU 1: only powerPercent/);
  });

  it("skips bad lines and values with reasons and line numbers", async () => {
    const read = await readText(
      [
        '{"system.gpu.0.powerWatts": 100, "_timestamp": 1717243200}',
        "[1, 2, 3]",
        '{"system.gpu.0.powerWatts": 100}',
        '{"system.gpu.0.powerWatts": 100, "_timestamp": "yesterday"}',
        '{"system.gpu.0.powerWatts": -5, "_timestamp": 1717243203}',
        '{"system.gpu.0.powerWatts": "300", "_timestamp": 1717243204}',
        '{"system.gpu.0.powerWatts": 1e400, "_timestamp": 1717243205}',
        '{"system.gpu.0.powerWatts": 100, "_timestamp": 12}',
        "",
        '{"system.gpu.0.powerWatts": 102, "_timestamp": 1717243209}',
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([
      [1717243200000, 100],
      [1717243209000, 102],
    ]);
    expect(read.stats.rowsSkipped).toBe(7);
    expect(read.stats.skippedExamples).toEqual([
      { line: 2, reason: 'expected a JSON object, got "[1, 2, 3]"' },
      { line: 3, reason: "_timestamp: expected epoch seconds, got none" },
      { line: 4, reason: '_timestamp: expected epoch seconds, got "\\"yesterday\\""' },
      { line: 5, reason: 'system.gpu.0.powerWatts: expected watts between 0 and 5000, got "-5"' },
      { line: 6, reason: 'system.gpu.0.powerWatts: expected watts between 0 and 5000, got "\\"300\\""' },
    ]);
  });

  it("skips a line over 1 MB without parsing it", async () => {
    const big = `{"system.gpu.0.powerWatts": 100, "_timestamp": 1717243200, "x": "${"a".repeat(1_100_000)}"}`;
    const read = await readText(`${big}\n{"system.gpu.0.powerWatts": 100, "_timestamp": 1717243201}`);
    expect(read.stats.skippedExamples[0]?.line).toBe(1);
    expect(read.stats.skippedExamples[0]?.reason).toMatch(
      /at most 1 MB, got 1100\d+ characters \(not parsed\)/,
    );
    expect(samples(read, "gpu0")).toEqual([[1717243201000, 100]]);
  });
});

describe("files that cannot be read", () => {
  it("refuses a file without any GPU power, saying what was expected", async () => {
    const error = await inputError(readText('{"system.cpu": 5, "_wandb": true, "_timestamp": 1717243200}'));
    expect(error.message).toMatch(/no GPU power in any line.*system\.gpu\.0\.powerWatts/);
  });

  it("refuses a file with only powerPercent, and one whose readings are all null", async () => {
    const percent = await inputError(readText('{"system.gpu.0.powerPercent": 50, "_timestamp": 1717243200}'));
    expect(percent.message).toMatch(/only powerPercent/);
    const nulls = await inputError(readText('{"system.gpu.0.powerWatts": NaN, "_timestamp": 1717243200}'));
    expect(nulls.message).toMatch(/every GPU power reading is null/);
  });

  it("refuses a file of no JSON objects, naming the first bad line", async () => {
    const error = await inputError(readText("\nnot json\n"));
    expect(error.message).toMatch(/no JSON object lines/);
    expect(error.line).toBe(2);
  });

  it("throws nothing but InputError on hostile input", async () => {
    const ok = '{"system.gpu.0.powerWatts": 100, "_timestamp": 1717243200}';
    const hostile = [
      "\u0000\u0001\u0002garbage\u00ff\n\u0000",
      `${ok}\n{${"[".repeat(100_000)}\n`,
      `${ok}\n${"[".repeat(200_000)}${"]".repeat(200_000)}\n`,
      `${ok}\n{"__proto__": {"system.gpu.0.powerWatts": 1}, "constructor": 1, "_timestamp": 1717243201}\n`,
      `${ok}\n{"system.gpu.99999999999.powerWatts": 1, "system.gpu.4097.powerWatts": 1, "_timestamp": 1717243201}\n`,
      `${ok}\n{"_timestamp": 1e400}\n{"_timestamp": -1717243200}\n{"_timestamp": null}\n`,
      `${ok}\n${"{".repeat(1_000_001)}\n`,
      `${ok}\n{"system.gpu.0.powerWatts": 100, "_timestamp": 1717243201, "\u0000": "\u0000"}\n`,
      Array.from({ length: 20_000 }, (_, i) => `{"k${i}Watts": 1, "_timestamp": 1717243200}`).join("\n"),
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
    [
      '{"system.gpu.0.gpu": 97.2, "system.gpu.0.powerWatts": 301.4, "_wandb": true, "_timestamp": 1717243200.123}',
    ],
    ['{"gpu.0.powerWatts": 62.25, "_timestamp": 1735725600.5}'],
    ['{"system.cpu": 5, "_wandb": true, "_timestamp": 1717243200, "_runtime": 1}'],
    [
      '{"_wandb": true, "_timestamp": 1717243200}',
      '{"system.gpu.process.0.powerWatts": 3, "_timestamp": 1717243230}',
    ],
  ];
  const no = [
    ["timestamp, name, index, power.draw [W]"],
    ["Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct)"],
    ["timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,energy_consumed"],
    ['"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)"'],
    [':::MLLOG {"namespace": "", "time_ms": 1717243200000, "event_type": "POINT_IN_TIME", "key": "power"}'],
    ["# gpu    pwr  gtemp", "# Idx      W      C"],
    ['{"time": 1717243200, "gpu0_power_w": 300}'],
    ['{"loss": 2.31, "_step": 10, "_runtime": 30}'],
    ['{"loss": 2.31, "_step": 10, "_runtime": 30, "_timestamp": 1717243230.5, "_wandb": {"runtime": 30}}'],
    [],
  ];
  for (const head of yes)
    it(`accepts ${head[0]?.slice(0, 60)}`, () => expect(wandbSystem.sniff(["", ...head])).toBe(true));
  for (const head of no)
    it(`rejects ${head[0]?.slice(0, 60)}`, () => expect(wandbSystem.sniff(head)).toBe(false));
  it("is named wandb-system", () => expect(wandbSystem.format).toBe("wandb-system"));
});

describe.skipIf(!existsSync(realDir))("sniff on the real third-party files (../shared/data)", () => {
  it("rejects every one of them", async () => {
    const files = [
      "codecarbon/codecarbon-repo-examples-emissions.csv",
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
    for (const name of files) {
      const head: string[] = [];
      for await (const line of fileLines(join(realDir, name))) {
        head.push(line);
        if (head.length === 20) break;
      }
      expect(wandbSystem.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(realDir)) {
  console.info(`wandb: ${realDir} not found; the sniff tests on real third-party files are skipped`);
}
