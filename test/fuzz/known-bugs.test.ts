/**
 * Bugs the fuzz properties found, each pinned by its smallest input. While a bug was open its test
 * was marked `it.fails` (the suite passed, and a fix made the test fail, asking for `it.fails` to
 * become `it`); the no-crash properties recognised open bugs by their signature
 * (support/known-bugs.ts) so that they kept looking for new ones. Every bug below is now FIXED and
 * its test is a plain `it`: a regression test, kept with the input that found the bug.
 *
 * 1. RAPL path lines whose path names `intel-rapl` with no zone number (`intel-rapl:N`) and no
 *    domain name, e.g. `1717243200 /sys/class/powercap/intel-rapl/energy_uj 5`: rapl.ts pathRow
 *    takes `parseDomain(token) as DomainId` for granted ("the token contains intel-rapl"), gets
 *    undefined and throws `TypeError: Cannot read properties of undefined (reading 'zone')` — from
 *    the reader and from runReport (auto-detected as RAPL), instead of skipping the line or an
 *    InputError. Found by "rapl-energy-uj: no crash", seed 2085507848, path
 *    581:1:1:1:3:1:2:3:6:6:6:3:3:3:3:3:3:3:3:3:3:3:3:4:4:3:3:3:8:3:3:3:1:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:2:3:2:2:4:2:4:2:3:6:3:2:2:3:3:3:5:3:2:2:2:3:3:2:4:3:5:17:3:8:21:4:3:3:19:6:6:1:5:5:5:5:5:5:5:5
 *    with FUZZ_RUNS=3000.
 *    FIXED (rapl.ts pathRow): such a line is a skipped row ("expected the path of an intel-rapl
 *    zone's file (…/intel-rapl:N/energy_uj)"); a file of nothing else reads no device, refused by runReport.
 *
 * 2. CodeCarbon rows whose duration is positive but below the resolution of the timestamp in ms
 *    (`duration` 1e-9, or 5e-324 as the fuzzer found): codecarbon.ts differenceRun pushes the
 *    interval [end − duration·1000, end), which rounds to [end, end) — against the SampleTarget
 *    contract (end > start). The device counts the joules, MinuteBins.addUniform spreads them over
 *    zero minutes (joules / 0), so the report says the device drew 0.001 kWh while its totals and
 *    hours say 0 kWh. Found by "codecarbon: no crash", seed 2085507848, path 7275:0:2:3:… (10,000 runs).
 *    FIXED (codecarbon.ts differenceRun): an interval shorter than 1 s (CodeCarbon writes its
 *    timestamps to the second) is spread over the second ending at the row's timestamp, counted in
 *    a note; its energy is kept, and totals = devices = hours.
 *
 * 3. A trace spanning centuries is binned before the 400-day window is refused: see below.
 *    FIXED by the pipeline (a stray timestamp decades away is refused before any binning).
 *
 * 4. No plausibility bound on energy figures read as energy per interval: CodeCarbon's
 *    energy_consumed (number-edges.test.ts: a row of 1,000,000 kWh in 10 s is read, and the two
 *    valid rows after it are skipped as "falling") and generic CSV / JSON Lines per-row energy
 *    columns. At 1e308 kWh the joules overflow: the readers hand `pushEnergy(…, Infinity)` to the
 *    sink and runReport fails with a ZodError (totals.energyKwh: "expected number, received
 *    Infinity") instead of skipping the row. Found by "codecarbon: no crash", seed 1971504951, path
 *    7039:0:0:2:1:0:1:1:2:2:2:2:2:2:7:6:4:5:0:6:7:3:3:7:3:23:16:9:9:4:0:5:6:5:5:5:5:5:5:5:6:5:8:6:5:14:5:6:6:6:6:6:6:6:6.
 *    FIXED: codecarbon.ts skips (counted, with the reason) a row whose energy implies more than
 *    1 MW since its run's previous row kept, and differences the next row against the last row
 *    kept; generic-table.ts refuses an energy figure that is infinite in joules (the row skipped),
 *    skips a per-row energy implying more than 100 MW (MAX_WATTS, the bound of power columns), and
 *    skips a counter spike when the next reading continues from the last one kept.
 *
 * 5. nvidia-smi's byte path and line path disagree on a row with an odd number of quotes
 *    (`…, 0, NVIDIA "H100, 100.00 W`): the line path (splitCsvLine) reads an unterminated quoted
 *    field, finds too few fields and skips the row; the byte path splits at every comma and reads it
 *    as a sample. types.ts requires readBytes to "read every file exactly as `read` does". Found by
 *    "nvidia-smi-csv: bytes = lines", seed 891954749, path
 *    344:2:3:2:2:2:2:2:2:2:2:2:2:2:2:3:2:5:2:4:2:2:2:2:2:2:4:4:3:3:3:5:4:3:3:3:3:3:3:3:3:3:3:4:3:5:5:5:5
 *    (an H200 fixture with `," NVIDIA H200` in one row: 59 rows read by bytes, 58 + 1 skipped by lines).
 *    FIXED (nvidia-smi.ts ByteRows): a line with a quote goes to the line path.
 *
 * 6. Energy-Charts answers saved as intensity files (provider-json) with a `unix_seconds` entry
 *    beyond the range of a Date (1e15, 99999999999999): energy-charts.ts checks only that the
 *    number is finite, the period reaches the reader, and SavedResponses.finish → reportHoles →
 *    formatRange → isoUtc throws `RangeError: Invalid time value` (from providerJson.read and from
 *    runReport with --intensity-file) instead of skipping the entry. Just inside the range
 *    (8639999999100.001 s) the period's end (start + 15 min) is past it: a period no Date holds.
 *    Found by "provider-json: no crash", seed 1524295226, path
 *    8986:15:6:9:4:6:5:5:4:4:4:5:5:4:5:5:4:4:5:8:4:5:5:4:4:7:4:4:7:5:4:6:6:5:4:4:4:4:6:4:5:5:5:5:5:5.
 *    FIXED (energy-charts.ts): a unix_seconds entry whose period no Date holds is a skipped entry
 *    ("beyond the range of dates"); watttime.ts refuses a data_point_period_seconds outside 1 s to
 *    a day (a period end no Date holds, or a period of nothing).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { MinuteBins } from "../../src/energy/minute-bins.js";
import { InputError } from "../../src/errors.js";
import { providerJson } from "../../src/intensity/file/provider-json.js";
import { runReport } from "../../src/pipeline.js";

import { LocalClock } from "../../src/time/zone.js";
import { codeCarbon } from "../../src/traces/codecarbon.js";
import { genericCsv } from "../../src/traces/generic-table.js";
import { arrayLines } from "../../src/traces/lines.js";
import { nvidiaSmiCsv } from "../../src/traces/nvidia-smi.js";
import { raplCounters } from "../../src/traces/rapl.js";
import { SampleSink } from "../../src/traces/sample-sink.js";

const DAY_MS = 86_400_000;
const MAX_WINDOW_DAYS = 400;

const dir = mkdtempSync(join(tmpdir(), "gridprint-fuzz-window-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

/** Records the span of every ramp and interval binned; spans over the window are not allocated. */
function watchBins(): number[] {
  const spans: number[] = [];
  const ramp = MinuteBins.prototype.addRamp;
  const uniform = MinuteBins.prototype.addUniform;
  vi.spyOn(MinuteBins.prototype, "addRamp").mockImplementation(function (
    this: MinuteBins,
    t0: number,
    p0: number,
    t1: number,
    p1: number,
  ) {
    spans.push(t1 - t0);
    return t1 - t0 > MAX_WINDOW_DAYS * DAY_MS
      ? ((p0 + p1) / 2) * ((t1 - t0) / 1000)
      : ramp.call(this, t0, p0, t1, p1);
  });
  vi.spyOn(MinuteBins.prototype, "addUniform").mockImplementation(function (
    this: MinuteBins,
    t0: number,
    t1: number,
    joules: number,
  ) {
    spans.push(t1 - t0);
    if (t1 - t0 <= MAX_WINDOW_DAYS * DAY_MS) uniform.call(this, t0, t1, joules);
  });
  return spans;
}

async function report(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  return runReport({
    traces: [name],
    format: "auto",
    zone: "GB",
    intensitySource: "average",
    timezone: "UTC",
    timezoneGiven: true,
    emissionFactor: "lifecycle",
    credentials: {},
    estimate: { utilization: 1 },
    budgets: {},
    cwd: dir,
    version: "fuzz",
  });
}

describe("RAPL path lines naming intel-rapl without a zone (known bug 1)", () => {
  const lines = [
    "1717243200 /sys/class/powercap/intel-rapl/energy_uj 5",
    "1717243201 /sys/class/powercap/intel-rapl/energy_uj 9",
  ];

  it("are skipped or refused with an InputError by the reader, not a TypeError", async () => {
    const read = raplCounters.read(arrayLines(lines), new SampleSink(), {
      file: "rapl.txt",
      clock: new LocalClock("UTC"),
    });
    await read.then(
      (stats) => expect(stats.rowsSkipped).toBe(2),
      (error) => expect(error).toBeInstanceOf(InputError),
    );
  });

  it("are refused with an InputError by runReport, not a TypeError", async () => {
    await expect(report("rapl-nozone.txt", `${lines.join("\n")}\n`)).rejects.toThrow(InputError);
  });
});

describe("CodeCarbon durations below the timestamp's resolution (known bug 2)", () => {
  const lines = [
    "timestamp,project_name,run_id,duration,emissions,energy_consumed",
    "2024-01-01T00:00:01Z,train,r1,1e-9,0,0.001",
  ];

  it("never give an energy interval with end ≤ start", async () => {
    const intervals: [number, number][] = [];
    const sink = new SampleSink();
    await codeCarbon
      .read(
        arrayLines(lines),
        {
          device: (info) => {
            const d = sink.device(info);
            return {
              device: d.device,
              push: (t, w) => d.push(t, w),
              pushEnergy: (start, end, joules) => {
                intervals.push([start, end]);
                d.pushEnergy(start, end, joules);
              },
            };
          },
        },
        { file: "emissions.csv", clock: new LocalClock("UTC") },
      )
      .catch((error: unknown) => {
        if (!(error instanceof InputError)) throw error;
      });
    for (const [start, end] of intervals) expect(end, `interval [${start}, ${end})`).toBeGreaterThan(start);
  });

  it("give a report whose totals hold the devices' energy", async () => {
    const r = await report("cc-tiny.csv", `${lines.join("\n")}\n`);
    const devices = r.devices.reduce((s, d) => s + d.energyKwh, 0);
    expect(devices).toBeCloseTo(0.001, 12);
    expect(r.totals.energyKwh).toBeCloseTo(devices, 12);
    expect(r.hours.reduce((s, h) => s + h.energyKwh, 0)).toBeCloseTo(devices, 12);
  });
});

describe("nvidia-smi rows with an odd number of quotes (known bug 5)", () => {
  // The byte path hands a GPU's first rows to the line path; from the third row on it reads them itself.
  const text =
    "timestamp, index, name, power.draw [W]\n" +
    "2025/03/04 10:00:00.000, 0, NVIDIA H100, 100.00 W\n" +
    "2025/03/04 10:00:01.000, 0, NVIDIA H100, 200.00 W\n" +
    '2025/03/04 10:00:02.000, 0, NVIDIA "H100, 300.00 W\n' +
    "2025/03/04 10:00:03.000, 0, NVIDIA H100, 250.00 W\n";

  it("are read the same by the byte path and the line path", async () => {
    const readBytes = nvidiaSmiCsv.readBytes;
    if (!readBytes) throw new Error("no byte path");
    const options = () => ({ file: "smi.csv", clock: new LocalClock("UTC") });
    const lines = new SampleSink();
    const viaLines = await nvidiaSmiCsv.read(arrayLines(text.trimEnd().split("\n")), lines, options());
    const bytes = new SampleSink();
    const viaBytes = await readBytes(
      (async function* () {
        yield Buffer.from(text);
      })(),
      bytes,
      options(),
    );
    expect(viaBytes).toEqual(viaLines);
    expect(bytes.devices.get("gpu0")?.length).toBe(lines.devices.get("gpu0")?.length);
  });
});

describe("energy figures of 1e308 kWh (known bug 4)", () => {
  it("a CodeCarbon row of 1e308 kWh is skipped: runReport gives finite totals or an InputError", async () => {
    const text =
      "timestamp,project_name,run_id,duration,emissions,energy_consumed\n2024-01-01T00:00:01Z,train,r1,1,0,1e308\n";
    await report("cc-overflow.csv", text).then(
      (r) => expect(Number.isFinite(r.totals.energyKwh)).toBe(true),
      (error) => expect(error).toBeInstanceOf(InputError),
    );
  });

  it("a generic per-row energy of 1e308 kWh never reaches the sink as Infinity joules", async () => {
    const joules: number[] = [];
    const sink = new SampleSink();
    const lines = ["ts,gpu0_energy_kwh_delta", "1741082400,0.5", "1741082460,1e308", "1741082520,0.5"];
    await genericCsv.read(
      arrayLines(lines),
      {
        device: (info) => {
          const d = sink.device(info);
          return {
            device: d.device,
            push: (t, w) => d.push(t, w),
            pushEnergy: (start, end, j) => {
              joules.push(j);
              d.pushEnergy(start, end, j);
            },
          };
        },
      },
      { file: "energy.csv", clock: new LocalClock("UTC") },
    );
    for (const j of joules) expect(Number.isFinite(j)).toBe(true);
  });
});

describe("Energy-Charts answers with unix_seconds beyond a Date (known bug 6)", () => {
  const answer =
    '{"unix_seconds": [1748944800, 1e15], "co2eq": [412.4, 408.9], "co2eq_forecast": [null, null]}';

  it("are read with the entry skipped (or refused with an InputError), not a RangeError", async () => {
    const read = providerJson.read(arrayLines([answer]), {
      file: "ec.json",
      clock: new LocalClock("UTC"),
      factor: "lifecycle",
    });
    await read.then(
      ({ series }) => {
        for (const p of series.periods) expect(Math.abs(p.end)).toBeLessThanOrEqual(8.64e15);
      },
      (error) => expect(error).toBeInstanceOf(InputError),
    );
  });
});

const TRACES: [string, string, string][] = [
  [
    "nvidia-smi CSV, two samples of one GPU 1000 years apart",
    "far-nvidia.csv",
    "timestamp, index, power.draw [W]\n1025/01/01 00:00:00.000, 0, 100.00 W\n2025/01/01 00:00:00.000, 0, 100.00 W\n",
  ],
  [
    "RAPL long CSV, two counter readings 1000 years apart",
    "far-rapl.csv",
    "time,domain,energy_uj\n1025-01-01T00:00:00Z,intel-rapl:0,0\n2025-01-01T00:00:00Z,intel-rapl:0,1000000\n",
  ],
];

/**
 * Known bug 3 (FIXED by the pipeline; the tests below are its regression tests). The pipeline
 * refused a window of more than 400 days (pipeline.ts assertOneRun) only AFTER every file had been
 * integrated into minute bins, and MinuteBins allocates two Float64Array(1440) (23 KB) per day an
 * interval spans. A three-line trace whose two samples (or
 * two counter readings) lie centuries apart is binned day by day before it is refused (measured
 * on the 2-core test machine):
 *
 * - nvidia-smi CSV, `2000/01/01 …` and `2060/01/01 …` for one GPU: 2.2 s and 1.15 GB RSS before the
 *   InputError; 1971 → 2199: 19 s and 4 GB;
 * - RAPL long CSV, `1990-01-01T00:00:00Z,intel-rapl:0,0` and `2040-01-01T00:00:00Z,intel-rapl:0,1000000`:
 *   3.2 s and 970 MB, the interval binned by the StreamingSink the moment the reader hands it on;
 * - years 0001 → 9999 (both parse) would need ~80 GB: the process dies instead of exiting with 2.
 *
 * Expected: the InputError ("the samples span … days") within 1 s, without binning the span. The
 * tests watch what is binned (MinuteBins.addRamp / addUniform; spans over the window are recorded
 * but not allocated here).
 */
describe("a trace spanning centuries (known bug 3: binned before the window is refused)", () => {
  for (const [what, name, text] of TRACES) {
    it(`${what}: refused without binning more than ${MAX_WINDOW_DAYS} days`, async () => {
      const spans = watchBins();
      await expect(report(name, text)).rejects.toThrow(InputError);
      const longest = Math.max(0, ...spans) / DAY_MS;
      expect(
        longest,
        `an interval of ${Math.round(longest)} days was binned before the refusal`,
      ).toBeLessThanOrEqual(MAX_WINDOW_DAYS);
    });
  }
});
