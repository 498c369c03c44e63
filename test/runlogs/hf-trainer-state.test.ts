import { describe, expect, it } from "vitest";
import { hfTrainerState, jsonErrorOffset, MAX_DOCUMENT_CHARS } from "../../src/runlogs/hf-trainer-state.js";
import { hostileInputs, inputError, onlyInputError, readFixture, readLines, readText } from "./helpers.js";

const START = Date.parse("2025-03-04T10:00:00Z");

describe("Hugging Face trainer_state.json", () => {
  it("places the run at --run-start for train_runtime seconds", async () => {
    const { log, stats } = await readFixture(hfTrainerState, "trainer_state.json", { runStart: START });
    expect(log.start).toBe(START);
    expect(log.end).toBe(START + 5400 * 1000);
    expect(log.units).toEqual({ steps: 1200, epochs: 3, samples: Math.round(7.111 * 5400) });
    expect(log.phases).toEqual([]);
    expect(log.facts).toEqual({
      global_step: "1200",
      max_steps: "1200",
      num_train_epochs: "3",
      train_batch_size: "8",
      total_flos: "25000000000000000",
      train_loss: "1.5199",
    });
    expect(stats.rowsRead).toBe(4);
    expect(stats.rowsSkipped).toBe(0);
    // Python's json wrote NaN for a diverged gradient norm.
    expect(stats.missingValues).toBe(1);
    expect(stats.warnings).toEqual([]);
  });

  it("refuses to guess the wall clock without --run-start", async () => {
    const error = await inputError(readFixture(hfTrainerState, "trainer_state.json"));
    expect(error.message).toBe(
      "trainer_state.json: trainer_state.json has no wall-clock time: give --run-start (ISO date-time when training started)",
    );
  });

  it("gives units only, with no window, when a power trace gives the window", async () => {
    const { log } = await readFixture(hfTrainerState, "trainer_state.json", { unitsOnly: true });
    expect(log.start).toBeUndefined();
    expect(log.end).toBeUndefined();
    expect(log.units.steps).toBe(1200);
  });

  it("refuses a checkpoint's state, which has no train_runtime, unless only units are wanted", async () => {
    const error = await inputError(
      readFixture(hfTrainerState, "trainer_state-checkpoint.json", { runStart: START }),
    );
    expect(error.message).toMatch(/no train_runtime, so the run's duration is unknown/);
    expect(error.line).toBe(10);
    const { log, stats } = await readFixture(hfTrainerState, "trainer_state-checkpoint.json", {
      runStart: START,
      unitsOnly: true,
    });
    expect(log.start).toBe(START);
    expect(log.end).toBeUndefined();
    expect(log.units).toEqual({ steps: 500, epochs: 1.25 });
    expect(stats.warnings).toContain(
      "global_step 500 of max_steps 1200: training stopped early, or this is a checkpoint's trainer_state.json",
    );
  });

  it("reads a one-line document, token counts and Infinity", async () => {
    const doc =
      '{"global_step": 10, "epoch": 0.5, "num_input_tokens_seen": 40960, "log_history": ' +
      '[{"loss": Infinity, "step": 5}, {"loss": -Infinity, "step": 10, "note": "NaN stays in strings"}, ' +
      '{"train_runtime": 12.5, "train_samples_per_second": 3.2, "step": 10}, 7]}';
    const { log, stats } = await readText(hfTrainerState, doc, { runStart: START });
    expect(log.end).toBe(START + 12_500);
    expect(log.units).toEqual({ steps: 10, epochs: 0.5, samples: 40, tokens: 40960 });
    expect(stats.missingValues).toBe(2);
    expect(stats.rowsRead).toBe(3);
    expect(stats.rowsSkipped).toBe(1);
    expect(stats.skippedExamples[0]?.reason).toBe('log_history[3]: expected an object, got "7"');
  });

  it("refuses an implausible train_runtime", async () => {
    const doc =
      '{"global_step": 1, "log_history": [{"train_runtime": 1e300, "train_samples_per_second": 1e300}]}';
    const error = await inputError(readText(hfTrainerState, doc, { runStart: START }));
    expect(error.message).toMatch(/train_runtime 1e\+300 s is not a plausible training time/);
    const { log } = await readText(hfTrainerState, doc, { unitsOnly: true });
    expect(log.units.samples).toBeUndefined();
  });

  it("says where the JSON breaks", async () => {
    const error = await inputError(
      readText(hfTrainerState, '{\n  "global_step": 10,\n  "epoch": ,\n  "log_history": []\n}', {
        runStart: START,
      }),
    );
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/not valid JSON at column \d+ \("\\"epoch\\": ,"\)/);
    const truncated = await inputError(
      readText(hfTrainerState, '{\n  "global_step": 10,\n  "log_history": [', {}),
    );
    expect(truncated.message).toMatch(/ends too early|not valid JSON/);
  });

  it("finds where JSON text goes wrong, whatever Node's message says", () => {
    expect(jsonErrorOffset('{"a": [1, 2.5e3, -0, true, null, {"b": "x\\"y"}]}')).toBe(-1);
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{"a": [1 2]}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": "\u0001')).toBe(7);
    expect(jsonErrorOffset('{"a": [')).toBe(7);
    expect(jsonErrorOffset("[".repeat(100_000))).toBe(100_000);
  });

  it("refuses JSON that is not a trainer state", async () => {
    expect((await inputError(readText(hfTrainerState, "[1, 2]"))).message).toMatch(
      /expected a JSON object \(trainer_state.json\), got an array/,
    );
    expect((await inputError(readText(hfTrainerState, '{"loss": 1}'))).message).toMatch(
      /not a trainer_state.json: expected "global_step" and "log_history", found "loss"/,
    );
    expect((await inputError(readText(hfTrainerState, "   "))).message).toMatch(/the file is empty/);
  });

  it("refuses a document over the size cap, naming the line", async () => {
    const line = `"${"x".repeat(1 << 20)}",`;
    async function* huge(): AsyncIterable<string> {
      yield '{"global_step": 1, "padding": [';
      for (let i = 0; i <= MAX_DOCUMENT_CHARS / line.length; i++) yield line;
      yield '""]}';
    }
    const error = await inputError(
      hfTrainerState.read(huge(), { file: "big.json", clock: undefined as never, runStart: START }),
    );
    expect(error.message).toMatch(/larger than 64 MiB/);
    expect(error.line).toBe(65);
  });

  it("never throws anything but InputError", async () => {
    for (const input of hostileInputs()) {
      await onlyInputError(readLines(hfTrainerState, input.lines, { runStart: START }));
      await onlyInputError(readLines(hfTrainerState, input.lines));
    }
  });
});
