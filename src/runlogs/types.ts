/**
 * Training logs: not power, but the run's window, its phases and the work done (steps, samples,
 * tokens, epochs). They give the denominator of "gCO2e per unit of work" and, when no power trace
 * exists, the window over which energy is estimated.
 */
import type { LocalClock } from "../time/zone.js";
import type { ReadStats } from "../traces/types.js";

export interface RunPhase {
  /** e.g. "init", "block 1", "epoch 3", "eval". */
  name: string;
  start: number;
  end: number;
}

export interface WorkUnits {
  steps?: number;
  samples?: number;
  tokens?: number;
  epochs?: number;
}

export interface RunLog {
  /** UTC ms of the run's start and end, where the log gives or implies them. */
  start?: number;
  end?: number;
  phases: RunPhase[];
  units: WorkUnits;
  /** Devices the log says were used (MLPerf's submission_platform / number of accelerators, ...). */
  deviceCount?: number;
  deviceModel?: string;
  /** Other facts worth reporting (benchmark name, status). */
  facts: Record<string, string>;
}

export interface RunLogReadOptions {
  file: string;
  clock: LocalClock;
  /** `--run-start`: UTC ms, for logs that carry no wall-clock time (trainer_state.json, metrics.csv). */
  runStart?: number;
  /**
   * The caller has the run's window from elsewhere (a power trace) and reads the log for its work
   * units, phases and facts only. A log that carries no wall-clock time or no duration then gives
   * what it has (start and end may be undefined) instead of an InputError. Default false: the log
   * must give a window (start and end), since energy will be estimated over it.
   */
  unitsOnly?: boolean;
}

export interface RunLogReader {
  readonly format: string;
  sniff(head: readonly string[]): boolean;
  /** Throws InputError when the log is unusable, e.g. no wall clock and no runStart. */
  read(lines: AsyncIterable<string>, options: RunLogReadOptions): Promise<{ log: RunLog; stats: ReadStats }>;
}
