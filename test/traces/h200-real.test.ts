/**
 * Real nvidia-smi traces of one H200 training run (test/fixtures/h200, see its README), written in
 * four shapes by loggers running side by side: whatever the shape, the energy must agree, and
 * agree with the reference figures computed independently when the traces were captured.
 */
import { describe, expect, it } from "vitest";
import { integrateEnergy } from "../../src/energy/integrate.js";
import { readTraceFile } from "../../src/traces/read-traces.js";
import { SampleSink } from "../../src/traces/sample-sink.js";

const dir = new URL("../fixtures/h200/", import.meta.url).pathname;

async function energyWh(file: string, nvidiaSmiQuery?: string[]) {
  const trace = await readTraceFile(
    file,
    { patterns: [], format: "auto", timezone: "UTC", nvidiaSmiQuery },
    dir,
    () => new SampleSink(),
  );
  const energy = integrateEnergy(trace.sink.devices.values());
  return { trace, wh: (energy?.devices[0]?.energyJ ?? Number.NaN) / 3600, energy };
}

describe("real H200 traces", () => {
  it.each([
    ["native.csv", undefined, 26.22, 376],
    ["nounits.csv", undefined, 26.21, 188],
    ["noheader.csv", ["timestamp", "index", "power.draw"], 26.25, 188],
    ["iso-prefixed.csv", ["index", "power.draw"], 26.23, 188],
  ])("%s reads to the reference energy", async (file, query, referenceWh, rows) => {
    const { trace, wh, energy } = await energyWh(file, query);
    expect(trace.format).toBe("nvidia-smi-csv");
    expect(trace.stats.rowsRead).toBe(rows);
    expect(trace.stats.rowsSkipped).toBe(0);
    expect([...trace.sink.devices.keys()]).toEqual(["gpu0"]);
    expect(wh).toBeCloseTo(referenceWh, 1);
    expect(energy?.devices[0]?.uncoveredMs).toBe(0);
  });

  it("takes power.draw.average, not the instantaneous reading, from the native file", async () => {
    const { trace } = await energyWh("native.csv");
    expect(trace.stats.notes.join(" ")).toMatch(/power\.draw\.average/);
    const d = trace.sink.devices.get("gpu0");
    expect(d?.device).toMatchObject({
      name: "NVIDIA H200",
      uuid: "GPU-9d6edd73-7f74-a9c7-a42e-9fc9eb4dc19c",
    });
    // The 1 s average never exceeds the 700 W limit; the instantaneous reading does.
    expect(Math.max(...(d?.watts.subarray(0, d.length) ?? []))).toBeLessThanOrEqual(700);
  });

  it("agrees across shapes to within 0.5%", async () => {
    const all = await Promise.all([
      energyWh("native.csv"),
      energyWh("nounits.csv"),
      energyWh("noheader.csv", ["timestamp", "index", "power.draw"]),
      energyWh("iso-prefixed.csv", ["index", "power.draw"]),
    ]);
    const values = all.map((r) => r.wh);
    expect(Math.max(...values) / Math.min(...values)).toBeLessThan(1.005);
  });
});
