import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { nvidiaSmiCsv } from "../../src/traces/nvidia-smi.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/nvidia-smi/", import.meta.url));
const realDir = fileURLToPath(new URL("../../../shared/data/power/nvidia-smi/", import.meta.url));

interface Read {
  sink: SampleSink;
  stats: ReadStats;
  clock: LocalClock;
}

interface Options {
  zone?: string;
  query?: readonly string[];
}

async function readLines(lines: AsyncIterable<string>, file: string, options: Options = {}): Promise<Read> {
  const sink = new SampleSink();
  const clock = new LocalClock(options.zone ?? "UTC");
  const stats = await nvidiaSmiCsv.read(lines, sink, {
    file,
    clock,
    ...(options.query ? { nvidiaSmiQuery: options.query } : {}),
  });
  return { sink, stats, clock };
}

function readText(text: string, options: Options = {}): Promise<Read> {
  return readLines(arrayLines(textLines(text)), "inline.csv", options);
}

function readFixture(name: string, options: Options = {}): Promise<Read> {
  return readLines(fileLines(join(fixtures, name)), name, options);
}

/** A device's samples as [UTC ms, watts] pairs. */
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

const T0 = Date.UTC(2025, 2, 4, 10, 0, 0);

describe("nvidia-smi --format=csv (native)", () => {
  it("reads two interleaved GPUs keyed by index, with names, UUIDs, [N/A] and a repeated header", async () => {
    const read = await readFixture("native-2gpu-index.csv");
    expect([...read.sink.devices.keys()]).toEqual(["gpu0", "gpu1"]);
    expect(read.sink.devices.get("gpu0")?.device).toEqual({
      id: "gpu0",
      name: "NVIDIA H100 80GB HBM3",
      uuid: "GPU-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9",
    });
    expect(read.sink.devices.get("gpu1")?.device.uuid).toBe("GPU-f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a");
    expect(samples(read, "gpu0")).toEqual([
      [T0, 650.12],
      [T0 + 1000, 648.03],
      [T0 + 2001, 101.5],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [T0, 612.4],
      [T0 + 2001, 99.75],
    ]);
    expect(read.stats.rowsRead).toBe(6);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes).toContain('power from "power.draw [W]"');
    expect(read.stats.notes.some((n) => n.includes("header repeated 1 time"))).toBe(true);
    expect(read.stats.notes.some((n) => n.includes("wall-clock time in UTC"))).toBe(true);
  });

  it("keys GPUs by UUID when there is no index column", async () => {
    const read = await readFixture("native-uuid-only.csv");
    const a = "GPU-11111111-2222-3333-4444-555555555555";
    const b = "GPU-66666666-7777-8888-9999-aaaaaaaaaaaa";
    expect([...read.sink.devices.keys()]).toEqual([a, b]);
    expect(read.sink.devices.get(a)?.device).toEqual({ id: a, uuid: a });
    expect(samples(read, a)).toEqual([[T0 + 250, 71.02]]);
    expect(samples(read, b)).toEqual([
      [T0 + 250, 68.4],
      [T0 + 750, 69.1],
    ]);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsRead).toBe(4);
    expect(read.stats.notes).toContain('GPUs keyed by "uuid"');
  });

  it("keys GPUs by pci.bus_id when that is the only device column", async () => {
    const read = await readText(
      [
        "timestamp, pci.bus_id, power.draw [W]",
        "2025/03/04 10:00:00.000, 00000000:18:00.0, 100.00 W",
        "2025/03/04 10:00:00.000, 00000000:2A:00.0, 200.00 W",
      ].join("\n"),
    );
    expect(samples(read, "00000000:18:00.0")).toEqual([[T0, 100]]);
    expect(samples(read, "00000000:2A:00.0")).toEqual([[T0, 200]]);
  });

  it("reads one GPU as gpu0 when no column names the device, and says so", async () => {
    const read = await readText(
      [
        "timestamp, power.draw [W]",
        "2025/03/04 10:00:00.000, 55.50 W",
        "2025/03/04 10:00:00.500, 56.00 W",
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 55.5],
      [T0 + 500, 56],
    ]);
    expect(read.stats.notes.some((n) => n.includes("all samples belong to gpu0"))).toBe(true);
  });

  it("reads --format=csv,nounits", async () => {
    const read = await readFixture("native-nounits.csv");
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301.2],
      [T0 + 100, 299.85],
    ]);
    expect(read.sink.devices.get("gpu0")?.device.name).toBe("NVIDIA A100-SXM4-40GB");
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsRead).toBe(3);
  });

  it("prefers power.draw.average, then power.draw, then power.draw.instant, never a power limit", async () => {
    const read = await readFixture("power-average-instant.csv");
    expect(samples(read, "gpu0")).toEqual([
      [T0, 400],
      [T0 + 1000, 404.5],
    ]);
    expect(read.stats.notes).toContain(
      'power from "power.draw.average [W]" (preferred over "power.draw [W]", "power.draw.instant [W]")',
    );

    const instantOnly = await readText(
      [
        "timestamp, index, power.limit [W], power.draw.instant [W], enforced.power.limit [W]",
        "2025/03/04 10:00:00.000, 0, 700.00 W, 430.55 W, 700.00 W",
      ].join("\n"),
    );
    expect(samples(instantOnly, "gpu0")).toEqual([[T0, 430.55]]);

    const drawOverInstant = await readText(
      [
        "timestamp, index, power.draw.instant [W], power.draw [W]",
        "2025/03/04 10:00:00.000, 0, 430.55 W, 402.10 W",
      ].join("\n"),
    );
    expect(samples(drawOverInstant, "gpu0")).toEqual([[T0, 402.1]]);
  });

  it("places local times in --timezone, the repeated hour of the October fall-back by order", async () => {
    const read = await readFixture("dst-london-fallback.csv", { zone: "Europe/London" });
    const h = (hour: number, minute = 0) => Date.UTC(2024, 9, 27, hour, minute);
    expect(samples(read, "gpu0")).toEqual([
      [Date.UTC(2024, 9, 26, 23, 30), 100], // 00:30 BST
      [h(0), 110], // first 01:00, BST
      [h(0, 30), 120], // first 01:30, BST
      [h(1), 130], // second 01:00, GMT
      [h(1, 30), 140], // second 01:30, GMT
      [h(2), 150], // 02:00 GMT
    ]);
    expect(read.clock.ambiguous).toBe(4);
    expect(read.stats.notes.some((n) => n.includes("Europe/London"))).toBe(true);
  });
});

describe("nvidia-smi --format=csv,noheader", () => {
  it("reads the fields in --nvidia-smi-query order", async () => {
    const read = await readFixture("noheader.csv", { query: ["timestamp", "index", "power.draw"] });
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301.2],
      [T0 + 5000, 310.55],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [T0, 280],
      [T0 + 5000, 290.1],
    ]);
    expect(read.stats.rowsRead).toBe(4);
    expect(read.stats.notes.some((n) => n.startsWith("no header"))).toBe(true);
  });

  it("accepts the query as one comma-separated string and reads csv,noheader,nounits", async () => {
    const read = await readText(
      ["2025/03/04 10:00:00.000, GPU-aa, 0, 301.20", "2025/03/04 10:00:01.000, GPU-aa, 0, [N/A]"].join("\n"),
      { query: ["timestamp,uuid,index,power.draw"] },
    );
    expect(samples(read, "gpu0")).toEqual([[T0, 301.2]]);
    expect(read.sink.devices.get("gpu0")?.device.uuid).toBe("GPU-aa");
    expect(read.stats.missingValues).toBe(1);
  });

  it("without the query, fails at line 1 naming --nvidia-smi-query and the action input", async () => {
    const error = await inputError(readFixture("noheader.csv"));
    expect(error.file).toBe("noheader.csv");
    expect(error.line).toBe(1);
    expect(error.message).toContain("--nvidia-smi-query");
    expect(error.message).toContain("nvidia-smi-query input");
    expect(error.message).toContain("--query-gpu");
  });

  it("fails when the query has no power field", async () => {
    const error = await inputError(
      readFixture("noheader.csv", { query: ["timestamp", "index", "temperature.gpu"] }),
    );
    expect(error.message).toContain("no power column");
    expect(error.line).toBe(1);
  });
});

describe("ISO time prefixes added by wrapper scripts", () => {
  it("takes the moreutils ts prefix (offset +0200, whitespace) as the sample time, header prefixed", async () => {
    const read = await readFixture("ts-prefixed.csv");
    const t = Date.UTC(2025, 2, 4, 10, 0, 0, 612);
    expect(samples(read, "gpu0")).toEqual([
      [t, 250],
      [t + 1000, 251.5],
      [t + 2000, 249.25],
    ]);
    expect(read.stats.rowsRead).toBe(3);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.some((n) => n.includes("ISO time prefixed"))).toBe(true);
  });

  it("takes a comma-separated date -Is prefix under an unprefixed header, offsets across a DST change", async () => {
    const read = await readFixture("date-prefixed.csv", { zone: "America/New_York" });
    expect(samples(read, "gpu0")).toEqual([
      [Date.UTC(2025, 9, 26, 0, 59, 58), 120],
      [Date.UTC(2025, 9, 26, 0, 59, 59), 121],
      [Date.UTC(2025, 9, 26, 1, 0, 0), 122],
      [Date.UTC(2025, 9, 26, 1, 0, 1), 123],
    ]);
    expect(read.stats.notes.some((n) => n.includes("ISO time prefixed"))).toBe(true);
  });

  it("takes Z prefixes on a noheader file whose query has no timestamp", async () => {
    const read = await readText(
      ["2025-03-04T10:00:00.000Z 0, 250.00 W", "2025-03-04T10:00:01.000Z 0, 251.00 W"].join("\n"),
      { query: ["index", "power.draw"] },
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 250],
      [T0 + 1000, 251],
    ]);
  });

  it("decides on the prefix from the first row that settles it", async () => {
    const read = await readText(
      [
        "timestamp, index, power.draw [W]",
        "2025-03-04T10:00:00Z, 2025/03/04",
        "2025-03-04T10:00:01Z, 2025/03/04 12:00:01.000, 0, 251.00 W",
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([[T0 + 1000, 251]]);
    expect(read.stats.skippedExamples).toEqual([{ line: 2, reason: "expected 3 fields, got 2" }]);
  });

  it("skips a row without the prefix once the file has one", async () => {
    const read = await readText(
      [
        "2025-03-04T10:00:00Z, 2025/03/04 10:00:00.000, 0, 250.00 W",
        "2025/03/04 10:00:01.000, 0, 251.00 W",
        "2025-03-04T10:00:02Z, 2025/03/04 10:00:02.000, 0, 252.00 W",
      ].join("\n"),
      { query: ["timestamp", "index", "power.draw"] },
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 250],
      [T0 + 2000, 252],
    ]);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples[0]?.line).toBe(2);
    expect(read.stats.skippedExamples[0]?.reason).toContain("expected an ISO time");
  });
});

describe("wrapper scripts' own CSV", () => {
  it("reads timestamp,gpu_index,...,power_W with ISO Z times and leading spaces", async () => {
    const read = await readFixture("wrapper-own-columns.csv");
    const t = Date.UTC(2025, 8, 24, 3, 17, 4, 490);
    expect(samples(read, "gpu0")).toEqual([
      [t, 397.3],
      [t + 300, 401.02],
      [t + 601, 73.61],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [t, 419.75],
      [t + 300, 418],
      [t + 601, 74.51],
    ]);
    expect(read.stats.rowsRead).toBe(6);
    expect(read.stats.notes).toEqual(['power from "power_W"']);
  });

  it("recognises common spellings case-insensitively and converts mW and kW", async () => {
    const cases: [string, string, number][] = [
      ["Time,GPU_ID,Power_Draw_W", "2025-03-04T10:00:00Z,3,250.5", 250.5],
      ["datetime,gpu,power_draw", "2025-03-04T10:00:00Z,3,250.5", 250.5],
      ["_time,device,gpu_power_watts", "2025-03-04T10:00:00Z,3,250.5", 250.5],
      ["date_time,gpu_uuid,power.draw [mW]", "2025-03-04T10:00:00Z,GPU-x,250500", 250.5],
      ["timestamp,index,power_mW", "2025-03-04T10:00:00Z,3,250500", 250.5],
      ["timestamp,index,Power (kW)", "2025-03-04T10:00:00Z,3,0.2505", 250.5],
      ['"timestamp","gpu_index","power_w"', '"2025-03-04T10:00:00Z","3","250.5"', 250.5],
    ];
    for (const [header, row, watts] of cases) {
      const read = await readText(`${header}\n${row}\n`);
      const [device] = [...read.sink.devices.values()];
      expect(device?.length, header).toBe(1);
      expect(device?.times[0], header).toBe(T0);
      expect(device?.watts[0], header).toBeCloseTo(watts, 9);
    }
  });

  it("keys by the most specific index column when several could name the GPU", async () => {
    const read = await readText(
      [
        "timestamp,gpu,gpu_index,power_W",
        "2025-03-04T10:00:00Z,NVIDIA H100,0,100",
        "2025-03-04T10:00:00Z,NVIDIA H100,1,200",
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([[T0, 100]]);
    expect(samples(read, "gpu1")).toEqual([[T0, 200]]);
  });

  it("reads a header that says UTC as UTC whatever --timezone is", async () => {
    const read = await readText("timestamp_utc,index,power_W\n2025-03-04 10:00:00,0,100\n", {
      zone: "Asia/Tokyo",
    });
    expect(samples(read, "gpu0")).toEqual([[T0, 100]]);
  });
});

describe("missing readings and bad rows", () => {
  it("counts every missing-reading spelling and never reads 0 W", async () => {
    const values = ["[N/A]", "[Not Supported]", "[Unknown Error]", "N/A", "[GPU is lost]", ""];
    const text = [
      "timestamp, index, power.draw [W]",
      ...values.map((v, i) => `2025/03/04 10:00:0${i}.000, 0, ${v}`),
    ].join("\n");
    const read = await readText(text);
    expect(read.stats.missingValues).toBe(values.length);
    expect(read.stats.rowsRead).toBe(values.length);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.sink.devices.size).toBe(0);
    expect(read.stats.warnings.some((w) => w.includes("every power reading is missing"))).toBe(true);
  });

  it("skips and counts broken rows with reasons and physical line numbers", async () => {
    const read = await readFixture("bad-rows.csv");
    expect(samples(read, "gpu0")).toEqual([
      [T0, 100],
      [T0 + 10_000, 120],
    ]);
    expect(read.stats.rowsRead).toBe(3);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsSkipped).toBe(10);
    expect(read.stats.skippedExamples).toEqual([
      { line: 3, reason: 'power.draw [W]: expected watts, got "abc"' },
      { line: 4, reason: "expected 3 fields, got 2" },
      { line: 5, reason: 'timestamp: expected a date and time, got "not a time"' },
      { line: 6, reason: 'power.draw [W]: expected watts ≥ 0, got "-5.00 W"' },
      { line: 7, reason: 'power.draw [W]: expected at most 5000 W per GPU, got "7000.00 W"' },
    ]);
  });

  it("rejects hex, overflow and Infinity in the power column", async () => {
    for (const bad of ["0x1F", "1e400", "Infinity", "NaNW", "12,5"]) {
      const read = await readText(`timestamp,index,power_W\n2025-03-04T10:00:00Z,0,"${bad}"\n`);
      expect(read.stats.rowsSkipped, bad).toBe(1);
      expect(read.stats.skippedExamples[0]?.reason, bad).toContain("power_W: expected watts");
    }
  });

  it("adopts a different header appended mid-file (another --query-gpu run)", async () => {
    const read = await readText(
      [
        "timestamp, index, power.draw [W]",
        "2025/03/04 10:00:00.000, 0, 100.00 W",
        "timestamp, index, temperature.gpu, power.draw [W]",
        "2025/03/04 10:00:01.000, 0, 45, 110.00 W",
      ].join("\n"),
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 100],
      [T0 + 1000, 110],
    ]);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.some((n) => n.includes("line 3: a new header"))).toBe(true);
  });
});

describe("unusable files", () => {
  it("refuses an empty file", async () => {
    const error = await inputError(readText(""));
    expect(error.message).toContain("empty");
    expect(error.file).toBe("inline.csv");
    expect(error.line).toBe(1);
    expect((await inputError(readText("\n\n  \n"))).message).toContain("empty");
  });

  it("refuses a header without a power column, listing the fields found", async () => {
    const error = await inputError(
      readText(
        "timestamp, index, temperature.gpu, power.limit [W], enforced.power.limit [W]\n2025/03/04 10:00:00.000, 0, 45, 700.00 W, 700.00 W\n",
      ),
    );
    expect(error.line).toBe(1);
    expect(error.message).toContain('"temperature.gpu"');
    expect(error.message).toContain('"power.limit [W]"');
    expect(error.message).toContain("power.draw");
  });

  it("refuses a header with a power column but no time", async () => {
    const error = await inputError(readText("index, power.draw [W]\n0, 100.00 W\n"));
    expect(error.message).toContain("no time column");
    expect(error.line).toBe(1);
  });
});

describe("sniff", () => {
  const yes = [
    "timestamp, name, uuid, pstate, memory.used [MiB], power.draw [W]",
    "timestamp, index, power.draw [W]",
    "index, power.draw.average [W], power.draw.instant [W]",
    "timestamp,gpu_index,temperature_C,utilization_gpu_percent,power_W",
    "2025-03-04T12:00:00.512345+0200 timestamp, index, power.draw [W]",
    "2025-03-04T12:00:00Z, timestamp, index, power.draw [W]",
    "2025/03/04 10:00:00.000, 0, 301.20 W",
    "2025/03/04 10:00:00.000, NVIDIA H100 80GB HBM3, 97 %, 650.12 W",
    "2025-03-04T12:00:00.612345+0200 2025/03/04 12:00:00.600, 0, 250.00 W",
  ];
  const no = [
    // Electricity Maps export
    "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),Data source,Data estimated,Data estimation method",
    // CodeCarbon emissions.csv (2.4 and a variant with units in the names)
    "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name",
    "timestamp,run_id,gpu_power_w,energy_consumed",
    "timestamp,emissions,gpu_power_watts",
    // Intel Power Gadget
    '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)","Processor Power_0(Watt)","Cumulative Processor Energy_0(Joules)"',
    // whole-node BMC log
    "timestamp,n1_watts,n2_watts,total_watts",
    "timestamp, index, power.limit [W]",
    "2025/03/04 10:00:00.000, 0, 301.20",
  ];
  for (const line of yes)
    it(`accepts ${line.slice(0, 60)}`, () => expect(nvidiaSmiCsv.sniff(["", line])).toBe(true));
  for (const line of no)
    it(`rejects ${line.slice(0, 60)}`, () => expect(nvidiaSmiCsv.sniff([line])).toBe(false));
  it("is named nvidia-smi-csv", () => expect(nvidiaSmiCsv.format).toBe("nvidia-smi-csv"));
  it("rejects nothing at all", () => expect(nvidiaSmiCsv.sniff(["", " "])).toBe(false));
});

describe.skipIf(!existsSync(realDir))("real nvidia-smi files (../shared/data)", () => {
  it("reads the 8×H100 nanoGPT wrapper CSV", async () => {
    const read = await readLines(
      fileLines(join(realDir, "nanogpt-pr643-8xH100-gpu_metrics.csv")),
      "nanogpt-pr643-8xH100-gpu_metrics.csv",
    );
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
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.missingValues).toBe(0);
    for (const d of read.sink.devices.values()) {
      expect(d.length).toBe(4514);
      expect(d.times[0]).toBe(Date.parse("2025-09-24T03:17:04.490Z"));
      expect(d.times[d.length - 1]).toBe(Date.parse("2025-09-24T03:39:32.123Z"));
    }
    expect(samples(read, "gpu0")[0]).toEqual([Date.parse("2025-09-24T03:17:04.490Z"), 397.3]);
    expect(samples(read, "gpu7").at(-1)).toEqual([Date.parse("2025-09-24T03:39:32.123Z"), 73.49]);
  });

  it("reads the native GTX 1650 trace with its name and UUID", async () => {
    const read = await readLines(
      fileLines(join(realDir, "fletcher-io-gtx1650-native-10ms.csv")),
      "fletcher-io-gtx1650-native-10ms.csv",
    );
    expect(read.sink.devices.size).toBe(1);
    const [d] = [...read.sink.devices.values()];
    expect(d?.device).toEqual({
      id: "GPU-eced1bd8-b3e7-abfc-0555-6f654cee60a5",
      name: "NVIDIA GeForce GTX 1650",
      uuid: "GPU-eced1bd8-b3e7-abfc-0555-6f654cee60a5",
    });
    expect(read.stats.rowsRead).toBe(80);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(d?.times[0]).toBe(Date.UTC(2024, 9, 13, 3, 33, 31, 779));
    expect(d?.watts[0]).toBe(19.46);
    expect(d?.times[79]).toBe(Date.UTC(2024, 9, 13, 3, 33, 32, 697));
    expect(d?.watts[79]).toBe(18.86);
  });

  it("sniffs both real files", async () => {
    for (const name of ["nanogpt-pr643-8xH100-gpu_metrics.csv", "fletcher-io-gtx1650-native-10ms.csv"]) {
      const head: string[] = [];
      for await (const line of fileLines(join(realDir, name))) {
        head.push(line);
        if (head.length === 5) break;
      }
      expect(nvidiaSmiCsv.sniff(head), name).toBe(true);
    }
  });
});

if (!existsSync(realDir)) {
  console.info(`nvidia-smi: ${realDir} not found; the tests on real third-party files are skipped`);
}
