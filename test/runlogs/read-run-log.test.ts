import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, UsageError } from "../../src/errors.js";
import { hfTrainerState } from "../../src/runlogs/hf-trainer-state.js";
import { lightningMetrics } from "../../src/runlogs/lightning-metrics.js";
import { mllog } from "../../src/runlogs/mllog.js";
import {
  parseRunStart,
  RUN_LOG_FORMATS,
  RUN_LOG_READERS,
  readRunLog,
  sniffRunLog,
} from "../../src/runlogs/read-run-log.js";
import { fileLines, textLines } from "../../src/traces/lines.js";
import { fixtures, realData } from "./helpers.js";

async function head(path: string, count = 20): Promise<string[]> {
  const out: string[] = [];
  for await (const line of fileLines(path)) {
    out.push(line);
    if (out.length === count) break;
  }
  return out;
}

/** Headers and first lines of every other format gridprint reads, as their tools write them. */
const FOREIGN: Record<string, string> = {
  "nvidia-smi native":
    "timestamp, name, index, power.draw [W]\n2025/03/04 10:00:00.000, NVIDIA H100 80GB HBM3, 0, 650.12 W",
  "nvidia-smi wrapper":
    "timestamp,gpu_index,temperature_C,utilization_gpu_percent,power_W\n2025-09-24T03:17:04.490Z,0, 48, 100, 397.30",
  "nvidia-smi dmon":
    "# gpu    pwr  gtemp  mtemp     sm    mem\n# Idx      W      C      C      %      %\n    0    301     54     60     99     45",
  "Electricity Maps":
    "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct)\n2023-01-01 00:00:00,Great Britain,Great Britain,GB,62.4",
  CodeCarbon:
    "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power\n2024-05-31T10:39:13,codecarbon,409f,abc,355.4,3.4e-05,9.6e-08,4.1,0.02",
  "Intel Power Gadget":
    '"System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)"\n"10:00:00:000","123","0.1","5"',
  RAPL: "task_name,load_type,cpu_name,timestamp,cores_used,cpu_load,rapl_power,rapl_energy",
  DCGM: 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1",Hostname="node1"} 301.5',
  "DCGM dmon": "#Entity   POWER\nID\nGPU 0     301.52",
  "generic JSON Lines": '{"timestamp": "2025-03-04T10:00:00Z", "gpu": 0, "power_w": 301.2}',
  "BMC node power": "timestamp,n1_watts,n2_watts,total_watts\n2026-05-05T19:14:51,2492,2579,5071",
  "W&B-like JSON Lines with a step": '{"_step": 10, "_runtime": 12.5, "loss": 2.0, "power_watts": 300}',
  "metrics with power": "epoch,step,gpu_power_w,train_loss\n0,10,300,2.0",
};

describe("sniffing training logs", () => {
  it("knows its formats", () => {
    expect(RUN_LOG_FORMATS).toEqual(["auto", "mlperf-mllog", "hf-trainer-state", "lightning-metrics"]);
  });

  it("recognises each fixture by its own reader only", async () => {
    const expected: Record<string, string> = {
      "mlperf-8xH100.mllog": "mlperf-mllog",
      "trainer_state.json": "hf-trainer-state",
      "trainer_state-checkpoint.json": "hf-trainer-state",
      "lightning-metrics.csv": "lightning-metrics",
      "lightning-metrics-timestamp.csv": "lightning-metrics",
    };
    for (const [name, format] of Object.entries(expected)) {
      const lines = await head(join(fixtures, name));
      expect(
        RUN_LOG_READERS.filter((r) => r.sniff(lines)).map((r) => r.format),
        name,
      ).toEqual([format]);
    }
  });

  it("rejects every trace, grid and emissions format", () => {
    for (const [name, text] of Object.entries(FOREIGN)) {
      expect(sniffRunLog(textLines(text))?.format, name).toBeUndefined();
    }
  });

  it("finds an MLLOG tag after framework noise, a minified trainer_state.json, and a lossy metrics.csv", () => {
    expect(sniffRunLog(["Initializing NCCL", "rank 0 ready", ':::MLLOG {"key": "init_start"}'])).toBe(mllog);
    expect(sniffRunLog(['{"epoch": 1.0, "global_step": 10, "log_history": []}'])).toBe(hfTrainerState);
    expect(sniffRunLog(["step,train_loss,val_loss"])).toBe(lightningMetrics);
    expect(sniffRunLog([":::MLLOG not json"])).toBeUndefined();
    expect(sniffRunLog(["lines `:::MLLOG {json}` in prose"])).toBeUndefined();
    expect(sniffRunLog(['{"global_step": 10}'])).toBeUndefined();
    expect(sniffRunLog(["epoch,step"])).toBe(lightningMetrics);
    expect(sniffRunLog(["step,accuracy"])).toBeUndefined();
    expect(sniffRunLog([])).toBeUndefined();
  });
});

function realFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...realFiles(path));
    else if (!entry.endsWith(".gz") && !entry.endsWith(".md")) out.push(path);
  }
  return out.sort();
}

describe.skipIf(!existsSync(realData))("sniffing the real third-party files", () => {
  if (!existsSync(realData))
    console.info(`skipped: ${realData} not found (shared test data is not in a user's clone)`);

  it("claims only the MLPerf log, with the MLLOG reader", async () => {
    const files = realFiles(realData);
    expect(files.length).toBeGreaterThan(5);
    for (const path of files) {
      const name = relative(realData, path);
      const lines = await head(path);
      const formats = RUN_LOG_READERS.filter((r) => r.sniff(lines)).map((r) => r.format);
      expect(formats, name).toEqual(name.endsWith(".mllog") ? ["mlperf-mllog"] : []);
    }
  });
});

describe("readRunLog", () => {
  it("sniffs and reads a file", async () => {
    const read = await readRunLog("mlperf-8xH100.mllog", { timezone: "UTC", cwd: fixtures });
    expect(read.format).toBe("mlperf-mllog");
    expect(read.log.deviceCount).toBe(8);
    const hf = await readRunLog(join(fixtures, "trainer_state.json"), {
      timezone: "UTC",
      format: "hf-trainer-state",
      runStart: Date.parse("2025-03-04T10:00:00Z"),
    });
    expect(hf.log.end).toBe(Date.parse("2025-03-04T11:30:00Z"));
  });

  it("refuses what it cannot read", async () => {
    await expect(readRunLog("nope.mllog", { timezone: "UTC", cwd: fixtures })).rejects.toThrow(InputError);
    await expect(readRunLog(".", { timezone: "UTC", cwd: fixtures })).rejects.toThrow(/not a regular file/);
    await expect(readRunLog("README.md", { timezone: "UTC", cwd: fixtures })).rejects.toThrow(
      /not a known training log/,
    );
    await expect(
      readRunLog("README.md", { timezone: "UTC", cwd: fixtures, format: "wandb" }),
    ).rejects.toThrow(UsageError);
  });
});

describe("--run-start", () => {
  it("reads ISO date-times, placing zone-less ones in the timezone", () => {
    expect(parseRunStart("2025-03-04T10:00:00Z", "Europe/Paris")).toBe(Date.parse("2025-03-04T10:00:00Z"));
    expect(parseRunStart("2025-03-04T11:00:00", "Europe/Paris")).toBe(Date.parse("2025-03-04T10:00:00Z"));
    expect(() => parseRunStart("yesterday", "UTC")).toThrow(UsageError);
  });
});
