/**
 * Picks the intensity source for a run and loads its series. In this version the sources are a
 * file (any format the file readers know) and the bundled annual average, the last resort.
 */
import { resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { assertRegularFile } from "../input-files.js";
import { LocalClock } from "../time/zone.js";
import type { ReadStats } from "../traces/types.js";
import { BUNDLED_SOURCE, bundledAnnualAverage } from "./annual-average.js";
import { readIntensityFile } from "./file/read-intensity-file.js";
import type { EmissionFactor, IntensitySeries } from "./series.js";

export const INTENSITY_SOURCES = ["auto", "file", "average"] as const;
export type IntensitySourceName = (typeof INTENSITY_SOURCES)[number];

export interface IntensityRequest {
  source: IntensitySourceName;
  file?: string;
  format?: string;
  unit?: string;
  zone?: string;
  timezone: string;
  factor: EmissionFactor;
  cwd: string;
}

export interface ResolvedIntensity {
  provider: "file" | "average";
  /** Undefined for the average: every hour is priced with the fallback. */
  series?: IntensitySeries;
  file?: string;
  format?: string;
  stats?: ReadStats;
  clock?: LocalClock;
  /** The file says it holds synthetic example data. */
  synthetic?: boolean;
  warnings: string[];
}

export async function resolveIntensity(request: IntensityRequest): Promise<ResolvedIntensity> {
  const source = request.source === "auto" ? (request.file ? "file" : "average") : request.source;
  if (source === "file") {
    if (!request.file) {
      throw new UsageError(
        "intensity-source file needs an intensity file (--intensity-file / intensity-file)",
      );
    }
    const path = resolve(request.cwd, request.file);
    await assertRegularFile(path, request.file, "a carbon intensity file");
    const clock = new LocalClock(request.timezone);
    const read = await readIntensityFile(path, {
      file: request.file,
      clock,
      factor: request.factor,
      unit: request.unit,
      format: (request.format ?? "auto") as "auto",
    });
    if (read.series.periods.length === 0) {
      throw new InputError("no usable intensity rows: expected times with gCO2e/kWh values", request.file);
    }
    const warnings = [...read.stats.warnings];
    if (request.zone && read.series.zone && request.zone !== read.series.zone) {
      warnings.push(
        `The intensity file is for zone ${read.series.zone} but the zone given is ${request.zone}; the file's figures are used.`,
      );
    }
    return {
      provider: "file",
      series: read.series,
      file: request.file,
      format: read.format,
      stats: read.stats,
      clock,
      synthetic: read.synthetic,
      warnings,
    };
  }
  if (!request.zone) {
    throw new UsageError("a zone is needed for the annual average (--zone / zone, e.g. GB, DE, US-CAL-CISO)");
  }
  return {
    provider: "average",
    warnings: [
      `No hourly intensity data was available: every hour is priced with the ${BUNDLED_SOURCE} for ${request.zone}. Give an intensity file (--intensity-file / intensity-file) for hour-by-hour figures.`,
    ],
  };
}

/** The fallback for hours the series lacks: the zone's bundled yearly average. */
export function fallbackIntensity(zone: string | undefined, year: number) {
  return zone ? bundledAnnualAverage(zone, year) : undefined;
}
