import { describe, expect, it } from "vitest";
import { BOARD_POWER, boardPower, knownBoardModels } from "../../src/energy/board-power.js";
import { DEFAULT_UTILIZATION, estimateEnergy, pushEstimate } from "../../src/energy/estimate.js";
import { InputError, UsageError } from "../../src/errors.js";
import { SampleSink } from "../../src/traces/sample-sink.js";

const START = Date.parse("2025-03-04T10:00:00Z");
const HOUR = 3_600_000;
const KWH = 3.6e6;

describe("estimated energy", () => {
  it("is board power × utilization × devices × time: 8 × H100 SXM × 0.8 × 2 h = 8.96 kWh", () => {
    const e = estimateEnergy({
      start: START,
      end: START + 2 * HOUR,
      devices: 8,
      model: "H100",
      utilization: 0.8,
    });
    expect(e.model).toBe("NVIDIA H100 SXM");
    expect(e.boardWatts).toBe(700);
    expect(e.wattsPerDevice).toBe(560);
    // 8 × 560 W × 7200 s = 32 256 000 J = 8.96 kWh
    expect(e.joules).toBe(32_256_000);
    expect(e.joules / KWH).toBeCloseTo(8.96, 12);
    expect(e.explanation).toBe(
      "estimated, not measured: 8 × NVIDIA H100 SXM at 700 W board power × utilization 0.8 = 560 W each, " +
        "over 2 h 0 min (2025-03-04T10:00:00Z to 2025-03-04T12:00:00Z) = 8.96 kWh; board power: " +
        (boardPower("h100")?.source ?? ""),
    );
  });

  it("uses 0.8 of board power unless told otherwise", () => {
    expect(DEFAULT_UTILIZATION).toBe(0.8);
    const e = estimateEnergy({ start: START, end: START + HOUR, devices: 1, model: "NVIDIA A100-SXM4-40GB" });
    expect(e.utilization).toBe(0.8);
    expect(e.wattsPerDevice).toBe(320);
    expect(e.joules).toBe(320 * 3600);
  });

  it("takes a board power given for a model the table lacks, or overrides the table", () => {
    const rtx = estimateEnergy({
      start: START,
      end: START + HOUR / 2,
      devices: 2,
      model: "RTX 4090",
      boardWatts: 450,
      utilization: 0.5,
    });
    expect(rtx.model).toBe("RTX 4090");
    expect(rtx.boardSource).toBe("given with --device-watts");
    expect(rtx.joules).toBe(2 * 225 * 1800);
    const capped = estimateEnergy({
      start: START,
      end: START + HOUR,
      devices: 1,
      model: "gh200",
      boardWatts: 660,
    });
    expect(capped.model).toBe("NVIDIA GH200 Grace Hopper (module)");
    expect(capped.wattsPerDevice).toBe(528);
  });

  it("says a figure was not confirmed", () => {
    const e = estimateEnergy({ start: START, end: START + HOUR, devices: 4, model: "NVIDIA A10G" });
    expect(e.boardWatts).toBe(150);
    expect(e.boardSource).toMatch(/\(figure not confirmed\)$/);
  });

  it("refuses an unknown model, naming the known ones", () => {
    let error: unknown;
    try {
      estimateEnergy({ start: START, end: START + HOUR, devices: 1, model: "Voodoo2" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `unknown accelerator model "Voodoo2": gridprint knows the board power of ${knownBoardModels()}; ` +
        "give --device-watts (the board power of one device in W) for another",
    );
    expect((error as Error).message).toContain("NVIDIA H100 SXM, NVIDIA H100 PCIe");
  });

  it("refuses a model whose board power is not public, unless given", () => {
    expect(() =>
      estimateEnergy({ start: START, end: START + HOUR, devices: 8, model: "TPU v5 lite" }),
    ).toThrow(
      /^no board power known for Google TPU v5e \(per chip\) \(no public figure: .*\): give --device-watts/,
    );
    expect(
      estimateEnergy({ start: START, end: START + HOUR, devices: 8, model: "tpu v5e", boardWatts: 200 })
        .joules,
    ).toBe(8 * 160 * 3600);
  });

  it("refuses bad inputs", () => {
    const ok = { start: START, end: START + HOUR, devices: 1, model: "t4" };
    expect(() => estimateEnergy({ ...ok, end: START })).toThrow(InputError);
    expect(() => estimateEnergy({ ...ok, end: Number.NaN })).toThrow(/window is empty or unknown/);
    for (const devices of [0, -1, 1.5, Number.NaN])
      expect(() => estimateEnergy({ ...ok, devices })).toThrow(UsageError);
    for (const utilization of [0, -0.1, 1.2, Number.POSITIVE_INFINITY])
      expect(() => estimateEnergy({ ...ok, utilization })).toThrow(/--utilization: expected a fraction/);
    for (const boardWatts of [0, -5, 70_000])
      expect(() => estimateEnergy({ ...ok, boardWatts })).toThrow(UsageError);
    expect(estimateEnergy({ ...ok, utilization: 1 }).wattsPerDevice).toBe(70);
  });

  it("pushes one energy interval per device, marked estimated", () => {
    const e = estimateEnergy({
      start: START,
      end: START + 2 * HOUR,
      devices: 8,
      model: "H100 SXM",
      utilization: 0.8,
    });
    const sink = new SampleSink();
    pushEstimate(sink, e);
    expect([...sink.devices.keys()]).toEqual(Array.from({ length: 8 }, (_, i) => `estimated-gpu${i}`));
    const d0 = sink.devices.get("estimated-gpu0");
    expect(d0?.device).toEqual({
      id: "estimated-gpu0",
      kind: "gpu",
      name: "NVIDIA H100 SXM",
      estimated: true,
    });
    expect(d0?.length).toBe(0);
    expect(d0?.intervals).toEqual([{ start: START, end: START + 2 * HOUR, joules: 560 * 7200 }]);
    let total = 0;
    for (const d of sink.devices.values()) for (const i of d.intervals) total += i.joules;
    expect(total).toBe(e.joules);
    const hosted = new SampleSink();
    pushEstimate(hosted, e, "node1");
    expect(hosted.devices.get("node1/estimated-gpu7")?.device.host).toBe("node1");
  });
});

describe("board power table", () => {
  it("has a source for every row, and a figure for every row that is not marked missing", () => {
    for (const b of BOARD_POWER) {
      expect(b.source.length, b.id).toBeGreaterThan(20);
      if (b.watts !== undefined) expect(b.watts, b.id).toBeGreaterThan(0);
    }
    const ids = BOARD_POWER.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds every row by its id and by its name", () => {
    for (const b of BOARD_POWER) {
      expect(boardPower(b.id)?.id, b.id).toBe(b.id);
      expect(boardPower(b.name)?.id, b.name).toBe(b.id);
    }
  });

  it("matches the names users and tools give, case-insensitively", () => {
    const cases: Record<string, string> = {
      h100: "h100-sxm",
      H100: "h100-sxm",
      "H100-SXM5-80GB": "h100-sxm",
      "NVIDIA H100 80GB HBM3": "h100-sxm",
      "NVIDIA H100 PCIe": "h100-pcie",
      "nvidia h100 nvl": "h100-nvl",
      "NVIDIA H200": "h200-sxm",
      "H200-SXM-141GB": "h200-sxm",
      "NVIDIA H200 NVL": "h200-nvl",
      "NVIDIA GH200 480GB": "gh200",
      "a100-sxm4-40gb": "a100-sxm-40gb",
      "NVIDIA A100-SXM4-80GB": "a100-sxm-80gb",
      A100: "a100-sxm-80gb",
      "NVIDIA A100-PCIE-40GB": "a100-pcie-40gb",
      "NVIDIA A100 80GB PCIe": "a100-pcie-80gb",
      "Tesla V100-SXM2-16GB": "v100-sxm2",
      "Tesla V100-PCIE-32GB": "v100-pcie",
      "NVIDIA B200": "b200",
      "NVIDIA L4": "l4",
      "NVIDIA L40S": "l40s",
      "NVIDIA A10G": "a10g",
      "Tesla T4": "t4",
      "AMD Instinct MI250X": "mi250x",
      "AMD Instinct MI300X": "mi300x",
      "TPU v4": "tpu-v4",
      "tpu-v4": "tpu-v4",
      "TPU v5 lite": "tpu-v5e",
      v5e: "tpu-v5e",
    };
    for (const [name, id] of Object.entries(cases)) expect(boardPower(name)?.id, name).toBe(id);
  });

  it("gives undefined for models it does not know, rather than a near miss", () => {
    for (const name of [
      "",
      "   ",
      "NVIDIA L40",
      "NVIDIA A10",
      "GB200",
      "Tesla V100-SXM3-32GB",
      "RTX 4090",
      "v4",
      "MI250",
      "T40",
      "Voodoo2",
    ]) {
      expect(boardPower(name), name).toBeUndefined();
    }
  });
});
