/**
 * The byte-level path of the nvidia-smi reader must read every file exactly as the line path
 * does: same samples, same counts, same notes — whatever the chunk boundaries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LocalClock } from "../../src/time/zone.js";
import { arrayLines, textLines } from "../../src/traces/lines.js";
import { nvidiaSmiCsv } from "../../src/traces/nvidia-smi.js";
import { SampleSink } from "../../src/traces/sample-sink.js";

const dirs = ["../fixtures/nvidia-smi/", "../fixtures/h200/"].map(
  (d) => new URL(d, import.meta.url).pathname,
);
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => d + f),
);

async function* chunked(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const query = (file: string) =>
  file.includes("iso-prefixed") ? ["index", "power.draw"] : ["timestamp", "index", "power.draw"];

async function viaLines(file: string, zone: string) {
  const sink = new SampleSink();
  const options = { file, clock: new LocalClock(zone), nvidiaSmiQuery: query(file) };
  const stats = await nvidiaSmiCsv.read(arrayLines(textLines(readFileSync(file, "utf8"))), sink, options);
  return { sink, stats, clock: options.clock };
}

async function viaBytes(file: string, zone: string, chunk: number) {
  const sink = new SampleSink();
  const options = { file, clock: new LocalClock(zone), nvidiaSmiQuery: query(file) };
  const readBytes = nvidiaSmiCsv.readBytes;
  if (!readBytes) throw new Error("no byte path");
  const stats = await readBytes(chunked(readFileSync(file), chunk), sink, options);
  return { sink, stats, clock: options.clock };
}

function snapshot(r: Awaited<ReturnType<typeof viaLines>>) {
  return {
    stats: r.stats,
    clock: { local: r.clock.localReadings, ambiguous: r.clock.ambiguous },
    devices: [...r.sink.devices.entries()].map(([k, d]) => ({
      k,
      device: d.device,
      times: [...d.times.subarray(0, d.length)],
      watts: [...d.watts.subarray(0, d.length)],
    })),
  };
}

describe("nvidia-smi byte path", () => {
  for (const file of files) {
    it(`${file.split("/").slice(-2).join("/")} reads the same through bytes and lines`, async () => {
      const zone = file.includes("dst") ? "Europe/London" : "UTC";
      let lines: ReturnType<typeof snapshot> | string;
      try {
        lines = snapshot(await viaLines(file, zone));
      } catch (error) {
        lines = String(error);
      }
      for (const size of [1 << 20, 7, 64]) {
        let bytes: ReturnType<typeof snapshot> | string;
        try {
          bytes = snapshot(await viaBytes(file, zone, size));
        } catch (error) {
          bytes = String(error);
        }
        expect(bytes, `chunks of ${size} bytes`).toEqual(lines);
      }
    });
  }

  it("reads a file without a final newline, with CRLF line ends and a byte-order mark", async () => {
    const text =
      "\ufefftimestamp, index, power.draw [W]\r\n2024/10/13 03:33:31.779, 0, 19.46 W\r\n2024/10/13 03:33:32.779, 0, 20.00 W";
    const sink = new SampleSink();
    const readBytes = nvidiaSmiCsv.readBytes;
    if (!readBytes) throw new Error("no byte path");
    const stats = await readBytes(chunked(Buffer.from(text), 5), sink, {
      file: "x.csv",
      clock: new LocalClock("UTC"),
    });
    expect(stats.rowsRead).toBe(2);
    const d = sink.devices.get("gpu0");
    expect([...(d?.watts.subarray(0, d.length) ?? [])]).toEqual([19.46, 20]);
  });

  it("reads a row with an odd number of quotes as the line path does (skipped), whatever the chunks", async () => {
    // Regression (fuzz, known bug 5): the byte path split such a row at every comma and read it.
    const text =
      "timestamp, index, name, power.draw [W]\n" +
      "2025/03/04 10:00:00.000, 0, NVIDIA H100, 100.00 W\n" +
      "2025/03/04 10:00:01.000, 0, NVIDIA H100, 200.00 W\n" +
      '2025/03/04 10:00:02.000, 0, NVIDIA "H100, 300.00 W\n' +
      '2025/03/04 10:00:03.000, 0, "NVIDIA H100", 250.00 W\n' +
      "2025/03/04 10:00:04.000, 0, NVIDIA H100, 150.00 W\n";
    const options = () => ({ file: "x.csv", clock: new LocalClock("UTC") });
    const lines = new SampleSink();
    const viaLines = await nvidiaSmiCsv.read(arrayLines(textLines(text)), lines, options());
    expect(viaLines.rowsSkipped).toBe(1);
    expect(viaLines.skippedExamples[0]?.line).toBe(4);
    const gpu = lines.devices.get("gpu0");
    expect([...(gpu?.watts.subarray(0, gpu.length) ?? [])]).toEqual([100, 200, 250, 150]);
    const readBytes = nvidiaSmiCsv.readBytes;
    if (!readBytes) throw new Error("no byte path");
    for (const size of [1, 7, 64, 1 << 16]) {
      const bytes = new SampleSink();
      const viaBytes = await readBytes(chunked(Buffer.from(text), size), bytes, options());
      expect(viaBytes, `chunks of ${size}`).toEqual(viaLines);
      const d = bytes.devices.get("gpu0");
      expect([...(d?.watts.subarray(0, d.length) ?? [])], `chunks of ${size}`).toEqual([100, 200, 250, 150]);
    }
  });

  it("parses a reading with nine decimals to the same double as Number() (fuzz seed 1322017051)", async () => {
    // The byte path added the fraction to the whole part (3 + 0.615052213 = 3.6150522130000002);
    // one division of two exact integers rounds as Number("3.615052213") does.
    const text =
      "timestamp, index, power.draw [W]\n" +
      "2025/01/14 09:09:20.743, 1, 69.21\n" +
      "2025/01/14 09:10:10.700, 1,3.615052213\n" +
      "2025/01/14 09:10:31.277, 1, 123.456789012\n";
    const options = () => ({ file: "x.csv", clock: new LocalClock("UTC") });
    const readBytes = nvidiaSmiCsv.readBytes;
    if (!readBytes) throw new Error("no byte path");
    for (const size of [1, 17, 1 << 16]) {
      const bytes = new SampleSink();
      await readBytes(chunked(Buffer.from(text), size), bytes, options());
      const d = bytes.devices.get("gpu1");
      expect([...(d?.watts.subarray(0, d.length) ?? [])], `chunks of ${size}`).toEqual([
        69.21, 3.615052213, 123.456789012,
      ]);
    }
  });

  it("skips a line longer than 1 MiB and reads on", async () => {
    const text = `timestamp, index, power.draw [W]\n${"x".repeat(3 << 20)}\n2024/10/13 03:33:31.779, 0, 19.46 W\n`;
    const sink = new SampleSink();
    const readBytes = nvidiaSmiCsv.readBytes;
    if (!readBytes) throw new Error("no byte path");
    const stats = await readBytes(chunked(Buffer.from(text), 1 << 16), sink, {
      file: "x.csv",
      clock: new LocalClock("UTC"),
    });
    expect(stats.rowsRead).toBe(1);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples[0]?.line).toBe(2);
  });
});
