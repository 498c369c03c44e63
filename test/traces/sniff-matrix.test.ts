/**
 * Auto-detection across every format gridprint reads: each fixture and each real third-party file
 * is claimed by exactly the reader it belongs to (the first that sniffs it, in registration order),
 * and files that are not traces are claimed by no trace reader.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headLines } from "../../src/input-files.js";
import { INTENSITY_FILE_READERS } from "../../src/intensity/file/read-intensity-file.js";
import { sniffRunLog } from "../../src/runlogs/read-run-log.js";
import { TRACE_READERS } from "../../src/traces/read-traces.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const shared = new URL("../../../shared/data/", import.meta.url).pathname;

/** What auto-detection should make of a file: a trace format, a training log, intensity, or nothing. */
async function detect(path: string) {
  const head = await headLines(path, 20);
  const log = sniffRunLog(head);
  if (log) return `log:${log.format}`;
  const trace = TRACE_READERS.find((r) => r.sniff(head));
  if (trace) return trace.format;
  const intensity = INTENSITY_FILE_READERS.find((r) => r.sniff(head));
  return intensity ? `intensity:${intensity.format}` : "none";
}

const byFolder: Record<string, string> = {
  "nvidia-smi": "nvidia-smi-csv",
  dmon: "nvidia-smi-dmon",
  dcgm: "dcgm",
  codecarbon: "codecarbon",
  rapl: "rapl-energy-uj",
  ipg: "intel-power-gadget",
  wandb: "wandb-system",
  runlogs: "log:",
};

describe("every fixture is detected as its own format", () => {
  for (const [folder, expected] of Object.entries(byFolder)) {
    const files = readdirSync(fixtures + folder).filter((f) => f !== "README.md");
    it.each(files)(`${folder}/%s`, async (file) => {
      const found = await detect(`${fixtures}${folder}/${file}`);
      if (expected === "log:") expect(found).toMatch(/^log:/);
      else expect(found).toBe(expected);
    });
  }

  it.each(
    readdirSync(`${fixtures}generic`).filter(
      (f) => !["README.md", "nested.jsonl", "no-unit.csv"].includes(f),
    ),
  )("generic/%s", async (file) => {
    expect(await detect(`${fixtures}generic/${file}`)).toMatch(/^(csv|jsonl)$/);
  });

  it("leaves to the flags what the content cannot settle", async () => {
    // A non-JSON line among the first: only --format jsonl reads it. No unit: --power-unit.
    expect(await detect(`${fixtures}generic/nested.jsonl`)).toBe("none");
    expect(TRACE_READERS.some((r) => r.sniff(["timestamp,gpu_power,cpu_power"]))).toBe(false);
  });

  it.each([
    ["h200/native.csv", "nvidia-smi-csv"],
    ["h200/nounits.csv", "nvidia-smi-csv"],
    ["h200/dmon.txt", "nvidia-smi-dmon"],
    ["h200/train-log.txt", "none"],
    ["h200/q-power.txt", "none"],
    ["intensity/em-current-hourly.csv", "intensity:electricity-maps-csv"],
    ["intensity/em-legacy-hourly.csv", "intensity:electricity-maps-csv"],
    ["intensity/generic-30min.csv", "intensity:intensity-csv"],
  ])("%s", async (file, expected) => {
    expect(await detect(fixtures + file)).toBe(expected);
  });
});

const haveShared = existsSync(shared);
if (!haveShared) console.info(`skipping real-file detection: ${shared} not found`);

describe.skipIf(!haveShared)("every real third-party file is detected as its own format", () => {
  it.each([
    ["power/nvidia-smi/nanogpt-pr643-8xH100-gpu_metrics.csv", "nvidia-smi-csv"],
    ["power/nvidia-smi/fletcher-io-gtx1650-native-10ms.csv", "nvidia-smi-csv"],
    ["power/node-bmc/cisco-h200-2node-redfish-power_log.csv", "csv"],
    ["power/intel-power-gadget/codecarbon-repo-intel_power_gadget_log.csv", "intel-power-gadget"],
    // A load-versus-power calibration table, not a trace over time: no trace reader claims it.
    ["power/rapl/codecarbon-repo-E5-2620-rapl-vs-load-all_cores.csv", "not a trace"],
    ["codecarbon/codecarbon-repo-examples-emissions.csv", "codecarbon"],
    ["training-logs/cisco-mlperf-llama31_8b-8xH200.mllog", "log:mlperf-mllog"],
    ["grid-intensity/electricitymaps/GB_2024_hourly.csv", "intensity:electricity-maps-csv"],
    ["grid-intensity/electricitymaps/legacy-format/FR_2022_hourly.csv", "intensity:electricity-maps-csv"],
    ["grid-intensity/watttime-sgip-moer/SGIP_CAISO_PGE_2021-08_first8days.csv", "intensity:intensity-csv"],
  ])("%s", async (file, expected) => {
    const found = await detect(shared + file);
    if (expected === "not a trace") expect(found).toMatch(/^(none|intensity:.*)$/);
    else expect(found).toBe(expected);
  });
});
