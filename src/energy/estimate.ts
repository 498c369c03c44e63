/**
 * Estimated energy, for runs that left a training log but no power trace: every device draws its
 * board power × a utilization factor for the whole window the log gives. It is an estimate and is
 * labelled as one all the way to the report (DeviceInfo.estimated).
 *
 * Default utilization 0.8 of board power, for sustained training:
 * - the nanoGPT 8×H100 SXM nvidia-smi trace kept with the project's real test data averages
 *   613 W per GPU (0.88 of 700 W) while training, and 429 W (0.61) over the whole file with its
 *   idle tail;
 * - Latif et al., "Empirically calibrated H100 node power models for reducing uncertainty in AI
 *   training energy estimation" (arXiv:2506.14551, 2025) find compute-heavy training on 8×H100
 *   nodes at about 76% of the rated node power; the same group (arXiv:2412.08602) saw at most
 *   8.4 kW of the rated 10.2 kW (82%).
 * 0.8 sits between a busy GPU and a whole run with its set-up, evaluation and checkpoint pauses.
 * It is a rounded figure, not a measurement: `--utilization` overrides it, `--device-watts` the
 * board power.
 */
import { InputError, UsageError } from "../errors.js";
import { isoUtc } from "../time/timestamp.js";
import type { SampleTarget } from "../traces/types.js";
import { type BoardPower, boardPower, knownBoardModels } from "./board-power.js";

export const DEFAULT_UTILIZATION = 0.8;
/** No single accelerator draws more; a larger figure is a typo (kW for W). */
const MAX_DEVICE_WATTS = 5000;
const MAX_DEVICES = 1_000_000;

export interface EstimateInput {
  /** The run's window, UTC ms. */
  start: number;
  end: number;
  /** Number of accelerators. */
  devices: number;
  /** Accelerator model as the user or the log names it ("H100", "NVIDIA A100-SXM4-40GB"). */
  model: string;
  /** Fraction of board power drawn on average, in (0, 1]; default {@link DEFAULT_UTILIZATION}. */
  utilization?: number;
  /** Board power in watts, overriding the table (`--device-watts`); required for models it lacks. */
  boardWatts?: number;
}

export interface EnergyEstimate {
  start: number;
  end: number;
  devices: number;
  /** The model's name in the table, or as given when the board power was given. */
  model: string;
  boardWatts: number;
  /** Where the board power comes from ("given with --device-watts", or the table's source). */
  boardSource: string;
  utilization: number;
  /** Board power × utilization. */
  wattsPerDevice: number;
  /** All devices together, over the window. */
  joules: number;
  /** One sentence for the report, with the arithmetic. */
  explanation: string;
}

export function estimateEnergy(input: EstimateInput): EnergyEstimate {
  const { start, end, devices } = input;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    throw new InputError(
      `cannot estimate energy: the run's window is empty or unknown (start ${describeTime(start)}, end ${describeTime(end)})`,
    );
  }
  if (!Number.isInteger(devices) || devices < 1 || devices > MAX_DEVICES) {
    throw new UsageError(`--devices: expected a whole number of accelerators ≥ 1, got ${devices}`);
  }
  const utilization = input.utilization ?? DEFAULT_UTILIZATION;
  if (!Number.isFinite(utilization) || utilization <= 0 || utilization > 1) {
    throw new UsageError(
      `--utilization: expected a fraction of board power in (0, 1], e.g. 0.8, got ${utilization}`,
    );
  }

  const board: BoardPower | undefined = boardPower(input.model);
  let boardWatts: number;
  let boardSource: string;
  let model: string;
  if (input.boardWatts !== undefined) {
    if (!Number.isFinite(input.boardWatts) || input.boardWatts <= 0 || input.boardWatts > MAX_DEVICE_WATTS) {
      throw new UsageError(
        `--device-watts: expected the board power of one accelerator in watts (0 < W ≤ ${MAX_DEVICE_WATTS}), got ${input.boardWatts}`,
      );
    }
    boardWatts = input.boardWatts;
    boardSource = "given with --device-watts";
    model = board?.name ?? input.model;
  } else if (board === undefined) {
    throw new UsageError(
      `unknown accelerator model "${input.model}": gridprint knows the board power of ${knownBoardModels()}; ` +
        `give --device-watts (the board power of one device in W) for another`,
    );
  } else if (board.watts === undefined) {
    throw new UsageError(
      `no board power known for ${board.name} (${board.source.replace(/;\s*give --device-watts$/, "")}): ` +
        `give --device-watts (the board power of one device in W)`,
    );
  } else {
    boardWatts = board.watts;
    boardSource = board.confirmed ? board.source : `${board.source} (figure not confirmed)`;
    model = board.name;
  }

  const wattsPerDevice = boardWatts * utilization;
  const seconds = (end - start) / 1000;
  const joules = devices * wattsPerDevice * seconds;
  const explanation =
    `estimated, not measured: ${devices} × ${model} at ${round(boardWatts)} W board power × utilization ` +
    `${utilization} = ${round(wattsPerDevice)} W each, over ${describeDuration(end - start)} ` +
    `(${isoUtc(start)} to ${isoUtc(end)}) = ${round(joules / 3.6e6)} kWh; board power: ${boardSource}`;
  return {
    start,
    end,
    devices,
    model,
    boardWatts,
    boardSource,
    utilization,
    wattsPerDevice,
    joules,
    explanation,
  };
}

/**
 * Puts an estimate into a sink as measured energy is put there: one energy interval per device
 * over the whole window, devices `estimated-gpu0` … `estimated-gpu<N-1>`, kind "gpu", marked
 * `estimated: true` so the report can say so.
 */
export function pushEstimate(sink: SampleTarget, estimate: EnergyEstimate, host?: string): void {
  const perDevice = estimate.wattsPerDevice * ((estimate.end - estimate.start) / 1000);
  for (let i = 0; i < estimate.devices; i++) {
    sink
      .device({
        id: `estimated-gpu${i}`,
        ...(host === undefined ? {} : { host }),
        kind: "gpu",
        name: estimate.model,
        estimated: true,
      })
      .pushEnergy(estimate.start, estimate.end, perDevice);
  }
}

function describeTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? isoUtc(ms) : "unknown";
}

/** "2 h 0 min", "13 min 5 s", "42 s". */
export function describeDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${sec} s`;
  return `${sec} s`;
}

/** Up to 3 decimals, without trailing zeros. */
function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
