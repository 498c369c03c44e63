/** The contract of intensity file readers: any file shape in, one IntensitySeries out. */
import type { LocalClock } from "../../time/zone.js";
import type { ReadStats } from "../../traces/types.js";
import type { EmissionFactor, IntensitySeries } from "../series.js";

export interface IntensityReadOptions {
  /** File name as the user gave it; used in every message. */
  file: string;
  /** Places timestamps that carry no zone. */
  clock: LocalClock;
  /** Which column to take where a file has both (Electricity Maps: direct and life cycle). */
  factor: EmissionFactor;
  /** `--intensity-unit`: the unit of the value column when its header does not name one. */
  unit?: string;
}

export interface IntensityReadResult {
  series: IntensitySeries;
  stats: ReadStats;
}

export interface IntensityFileReader {
  readonly format: string;
  sniff(head: readonly string[]): boolean;
  read(lines: AsyncIterable<string>, options: IntensityReadOptions): Promise<IntensityReadResult>;
}
