import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines, fileLines, textLines } from "../../src/traces/lines.js";
import { nvidiaSmiDmon } from "../../src/traces/nvidia-smi-dmon.js";
import { SampleSink } from "../../src/traces/sample-sink.js";
import type { ReadStats } from "../../src/traces/types.js";

const fixtures = fileURLToPath(new URL("../fixtures/dmon/", import.meta.url));
const h200 = fileURLToPath(new URL("../fixtures/h200/dmon.txt", import.meta.url));
const realDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

interface Read {
  sink: SampleSink;
  stats: ReadStats;
}

async function readLines(lines: AsyncIterable<string>, file: string, zone = "UTC"): Promise<Read> {
  const sink = new SampleSink();
  const stats = await nvidiaSmiDmon.read(lines, sink, { file, clock: new LocalClock(zone) });
  return { sink, stats };
}

const readText = (text: string, zone = "UTC") => readLines(arrayLines(textLines(text)), "inline.txt", zone);
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

const HEAD =
  "#Date       Time        gpu    pwr  gtemp  mtemp \n#YYYYMMDD   HH:MM:SS    Idx      W      C      C \n";
const T0 = Date.UTC(2025, 2, 4, 10, 0, 0);

describe("nvidia-smi dmon -o DT", () => {
  it("reads three GPUs, counts '-' as missing and ignores the repeated header", async () => {
    const read = await readFixture("dt-3gpu.txt");
    expect([...read.sink.devices.keys()]).toEqual(["gpu0", "gpu1", "gpu2"]);
    expect(read.sink.devices.get("gpu0")?.device).toEqual({ id: "gpu0", kind: "gpu" });
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301],
      [T0 + 1000, 305],
      [T0 + 2000, 150],
    ]);
    expect(samples(read, "gpu1")).toEqual([
      [T0, 298],
      [T0 + 1000, 300],
      [T0 + 2000, 149],
    ]);
    // gpu 2's first pwr is "-": missing, not 0 W.
    expect(samples(read, "gpu2")).toEqual([
      [T0 + 1000, 72],
      [T0 + 2000, 71],
    ]);
    expect(read.stats.rowsRead).toBe(9);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.notes.some((n) => n.includes("header repeated 1 time"))).toBe(true);
    expect(read.stats.notes.some((n) => n.includes("wall-clock time in UTC"))).toBe(true);
  });

  it("places the zone-less Date and Time in --timezone, across midnight", async () => {
    const read = await readFixture("dt-power-only.txt", "Europe/Berlin");
    // 2025-10-25 is still summer time in Berlin (UTC+2).
    const t = Date.UTC(2025, 9, 25, 21, 59, 58);
    expect(samples(read, "gpu0")).toEqual([
      [t, 410],
      [t + 1000, 412],
      [t + 2000, 415],
      [t + 3000, 409],
    ]);
    expect(read.stats.notes.some((n) => n.includes("Europe/Berlin"))).toBe(true);
  });

  it("reads the comma-separated spelling and decimal watts", async () => {
    const read = await readText(
      "#Date, Time, gpu, pwr\n#YYYYMMDD, HH:MM:SS, Idx, W\n20250304, 10:00:00, 0, 301.5\n20250304, 10:00:01, 0, 299\n",
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 301.5],
      [T0 + 1000, 299],
    ]);
    // --format csv,nounit: no units line
    const nounit = await readText("#Date, Time, gpu, pwr\n 20250304, 10:00:00, 0, 301\n");
    expect(samples(nounit, "gpu0")).toEqual([[T0, 301]]);
  });

  it("adopts a different header appended mid-file", async () => {
    const read = await readText(
      `${HEAD} 20250304   10:00:00      0    300     41     45 \n` +
        "#Date       Time        gpu    pwr     sm \n#YYYYMMDD   HH:MM:SS    Idx      W      % \n" +
        " 20250304   10:00:01      0    310     97 \n",
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 300],
      [T0 + 1000, 310],
    ]);
    expect(read.stats.notes.some((n) => n.includes("line 4: a new dmon header"))).toBe(true);
  });

  it("skips broken rows with reasons and physical line numbers", async () => {
    const read = await readText(
      HEAD +
        " 20250304   10:00:00      0    300     41     45 \n" +
        " 20250304   10:00:01      0    300     41 \n" +
        " 20250304   10:00:02      0    abc     41     45 \n" +
        " 20250304   10:00:03      0  99999     41     45 \n" +
        " 2025030x   10:00:04      0    300     41     45 \n" +
        " 20250230   10:00:05      0    300     41     45 \n" +
        " 20250304   25:00:06      0    300     41     45 \n" +
        " 20250304   10:00:07      x    300     41     45 \n" +
        " 20250304   10:00:08      0   1e400    41     45 \n" +
        "\n" +
        " 20250304   10:00:09      0    302     41     45 \n",
    );
    expect(samples(read, "gpu0")).toEqual([
      [T0, 300],
      [T0 + 9000, 302],
    ]);
    expect(read.stats.rowsSkipped).toBe(8);
    expect(read.stats.skippedExamples).toEqual([
      { line: 4, reason: "expected 6 fields (date time gpu pwr gtemp mtemp), got 5" },
      { line: 5, reason: 'pwr: expected watts, got "abc"' },
      { line: 6, reason: 'pwr: expected at most 5000 W per GPU, got "99999"' },
      { line: 7, reason: 'Date: expected YYYYMMDD, got "2025030x"' },
      { line: 8, reason: 'Date: expected YYYYMMDD, got "20250230"' },
    ]);
  });

  it("warns when every pwr reading is '-'", async () => {
    const read = await readText(`${HEAD} 20250304   10:00:00      0      -     41     45 \n`);
    expect(read.stats.missingValues).toBe(1);
    expect(read.stats.warnings[0]).toMatch(/every pwr reading is "-"/);
  });
});

describe("dmon files that cannot be read", () => {
  it("refuses dmon run without -o DT at line 1, saying how to run it", async () => {
    const error = await inputError(
      readText("# gpu    pwr  gtemp \n# Idx      W      C \n    0     91     39 \n"),
    );
    expect(error.file).toBe("inline.txt");
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/no sample times/);
    expect(error.message).toMatch(/-o DT/);
  });

  it("refuses the same file when its header lines were blanked (a caller stripped # comments)", async () => {
    const error = await inputError(readText("\n\n    0     91     39 \n"));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/-o DT/);
  });

  it("refuses -o T (times without dates) and -o D (dates without times)", async () => {
    const t = await inputError(
      readText("#Time        gpu    pwr \n#HH:MM:SS    Idx      W \n 10:00:00   0  300\n"),
    );
    expect(t.message).toMatch(/Time column but no Date/);
    expect(t.line).toBe(1);
    const d = await inputError(
      readText("#Date       gpu    pwr \n#YYYYMMDD    Idx      W \n 20250304   0  300\n"),
    );
    expect(d.message).toMatch(/Date column but no Time/);
  });

  it("refuses a header without pwr, naming the columns and -s p", async () => {
    const error = await inputError(
      readText("#Date       Time        gpu     sm    mem \n#YYYYMMDD   HH:MM:SS    Idx      %      % \n"),
    );
    expect(error.message).toMatch(/no pwr column.*date time gpu sm mem.*-s p/);
    expect(error.line).toBe(1);
  });

  it("refuses nvidia-smi pmon output", async () => {
    const error = await inputError(
      readText(
        "# gpu        pid  type    sm   mem   enc   dec   command\n# Idx          #   C/G     %     %     %     %   name\n",
      ),
    );
    expect(error.message).toMatch(/pmon/);
  });

  it("refuses dated rows with no header, and an empty file", async () => {
    const error = await inputError(readText(" 20250304   10:00:00      0    300 \n"));
    expect(error.message).toMatch(/no dmon header before the first row/);
    const empty = await inputError(readText("\n \n"));
    expect(empty.message).toMatch(/no nvidia-smi dmon header/);
    expect(empty.line).toBe(1);
  });

  it("throws nothing but InputError on hostile input, or reads around it", async () => {
    const hostile = [
      "\u0000\u0001\u0002garbage\u00ff\n\u0000",
      `${HEAD}${"9".repeat(1_100_000)}\n`,
      `${HEAD} 20250304   10:00:00      0    300     41     45 \u0000\n`,
      `${HEAD} 20250304   10:00:00      0 ${"1".repeat(400)} 41 45\n 20250304   10:00:00  0  0x1F  41 45\n`,
      `${HEAD} 20250304   10:00:00 ${"7".repeat(30)} 300 41 45\n`,
      "#\n#\n#",
      `${HEAD}${" 20250304 10:00:00 0 300 41 45 ".repeat(40_000)}\n`,
    ];
    for (const text of hostile) {
      try {
        const read = await readText(text);
        expect(read.stats.rowsRead + read.stats.rowsSkipped).toBeGreaterThanOrEqual(0);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });
});

describe("real H200 dmon captures with -o DT (test/fixtures/dmon/h200-real-*.txt)", () => {
  it("reads nvidia-smi dmon -s pucm -o DT: 30 one-second samples, idle, a 6 s matmul load, idle", async () => {
    const read = await readFixture("h200-real-dt.txt");
    expect(read.stats.rowsRead).toBe(30);
    expect(read.stats.rowsSkipped).toBe(0);
    expect(read.stats.missingValues).toBe(0);
    const s = samples(read, "gpu0");
    const t0 = Date.UTC(2026, 10, 28, 17, 48, 55);
    expect(s[0]).toEqual([t0, 125]);
    expect(s[29]).toEqual([t0 + 29_000, 79]);
    expect(s.every(([t], i) => t === t0 + i * 1000)).toBe(true);
    expect(Math.max(...s.map(([, w]) => w))).toBe(691);
    // Sum of pwr × 1 s, computed from the file with awk: 6817 J.
    expect(s.reduce((sum, [, w]) => sum + w, 0)).toBe(6817);
    expect(read.stats.notes.some((n) => n.includes("header repeated"))).toBe(false);
  });

  it("reads --format csv (`, ` separators)", async () => {
    const read = await readFixture("h200-real-csv.txt");
    const t = Date.UTC(2026, 10, 28, 17, 49, 17);
    expect(samples(read, "gpu0")).toEqual([
      [t, 94],
      [t + 1000, 79],
      [t + 2000, 79],
    ]);
  });

  it("sniffs both", () => {
    for (const name of ["h200-real-dt.txt", "h200-real-csv.txt"]) {
      const head = readFileSync(join(fixtures, name), "utf8").split("\n").slice(0, 20);
      expect(nvidiaSmiDmon.sniff(head), name).toBe(true);
    }
  });
});

describe("the real H200 dmon capture (run without -o DT)", () => {
  it("is refused at line 1 with the -o DT explanation, naming the file", async () => {
    const error = await inputError(readLines(fileLines(h200), "dmon.txt"));
    expect(error.message).toMatch(/^dmon\.txt:1: no sample times/);
    expect(error.message).toMatch(/nvidia-smi dmon -s p -o DT/);
  });

  it("is sniffed as dmon", () => {
    const head = readFileSync(h200, "utf8").split("\n").slice(0, 20);
    expect(nvidiaSmiDmon.sniff(head)).toBe(true);
  });
});

describe("sniff", () => {
  const yes = [
    ["# gpu    pwr  gtemp  mtemp     sm ", "# Idx      W      C      C      % "],
    ["#Date       Time        gpu    pwr ", "#YYYYMMDD   HH:MM:SS    Idx      W "],
    ["#Time        gpu   pwr gtemp", "#HH:MM:SS    Idx     W     C"],
    ["#Date, Time, gpu, pwr", "#YYYYMMDD, HH:MM:SS, Idx, W"],
    // --format csv,nounit: no units line, a row follows the names
    ["#Date, Time, gpu, pwr, gtemp, mtemp", " 20261128, 17:49:17, 0, 94, 40, 42"],
    // a provenance comment before the header
    [
      "# synthetic: written for a test",
      "#Date       Time        gpu    pwr ",
      "#YYYYMMDD   HH:MM:SS    Idx      W ",
    ],
  ];
  const no = [
    [
      "# gpu        pid  type    sm   mem   enc   dec   command",
      "# Idx          #   C/G     %     %     %     %   name",
    ],
    ["timestamp, name, index, power.draw [W]", "2025/03/04 10:00:00.000, H100, 0, 300.00 W"],
    ["Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct)"],
    ["timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,energy_consumed"],
    ['"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)"'],
    [':::MLLOG {"namespace": "", "time_ms": 1, "event_type": "POINT_IN_TIME", "key": "x"}'],
    ["# gpu usage notes", "not a units line"],
    // dcgmi dmon, plain and with a time prefix
    [
      "#Entity   POWER             TOTEC",
      "ID        W                 mJ",
      "GPU 0     301.230           1000000",
    ],
    ["2024-06-01 12:00:00.000 #Entity   POWER", "2024-06-01 12:00:00.000 ID        W"],
    ["#Date       Time        gpu    pwr ", " 20250304   10:00:00    301 "],
    ["# a comment", "    0     91     39 ", "# gpu    pwr", "# Idx      W"],
    ["    0     91     39 "],
    ['{"system.gpu.0.powerWatts": 1, "_timestamp": 1717243200}'],
    [],
  ];
  for (const head of yes)
    it(`accepts ${head[0]}`, () => expect(nvidiaSmiDmon.sniff(["", ...head])).toBe(true));
  for (const head of no) it(`rejects ${head[0]}`, () => expect(nvidiaSmiDmon.sniff(head)).toBe(false));
  it("is named nvidia-smi-dmon", () => expect(nvidiaSmiDmon.format).toBe("nvidia-smi-dmon"));
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
      expect(nvidiaSmiDmon.sniff(head), name).toBe(false);
    }
  });
});

if (!existsSync(realDir)) {
  console.info(
    `nvidia-smi-dmon: ${realDir} not found; the sniff tests on real third-party files are skipped`,
  );
}
