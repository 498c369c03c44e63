/**
 * Picks the intensity source for a run and loads its series for the run's window: a file, a
 * provider's API (one asked for by name, or chosen by `auto` from the zone and the credentials
 * given), or the bundled annual average, the last resort. Whatever is missing is left to the
 * annual-average fallback, and the report is told why.
 */
import { resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { assertRegularFile } from "../input-files.js";
import { LocalClock } from "../time/zone.js";
import type { ReadStats } from "../traces/types.js";
import { BUNDLED_SOURCE, bundledAnnualAverage } from "./annual-average.js";
import { readIntensityFile } from "./file/read-intensity-file.js";
import {
  type Attempt,
  type Credentials,
  fetchOnline,
  ONLINE_SOURCES,
  type OnlineSourceName,
  sourcesFor,
} from "./online.js";
import type { EmissionFactor, IntensitySeries } from "./series.js";

export const INTENSITY_SOURCES = ["auto", "file", ...ONLINE_SOURCES, "average"] as const;
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
  /** The run's window, whole hours (UTC ms), for the providers' APIs. */
  window: { from: number; to: number };
  credentials: Credentials;
  /** Replaces the provider's base URL (proxies, mirrors, tests). */
  apiUrl?: string;
}

export interface ResolvedIntensity {
  /** "file", "average", or the online sources that supplied figures, e.g. "uk". */
  provider: string;
  /** Undefined for the average: every hour is priced with the fallback. */
  series?: IntensitySeries;
  file?: string;
  format?: string;
  stats?: ReadStats;
  clock?: LocalClock;
  /** The file says it holds synthetic example data. */
  synthetic?: boolean;
  /** Each provider tried, in order, with what it gave or why it gave nothing. */
  attempts: Attempt[];
  warnings: string[];
}

export async function resolveIntensity(request: IntensityRequest): Promise<ResolvedIntensity> {
  const source = request.source === "auto" && request.file ? "file" : request.source;
  if (source === "file") return fromFile(request);
  if (source === "average") {
    requireZone(request.zone);
    return {
      provider: "average",
      attempts: [],
      warnings: [
        `Every hour is priced with the ${BUNDLED_SOURCE} for ${request.zone}, as asked (intensity-source average).`,
      ],
    };
  }
  const zone = requireZone(request.zone);
  const names = sourcesFor(source as OnlineSourceName | "auto", zone, request.credentials);
  if (names.length === 0) {
    return {
      provider: "average",
      attempts: [],
      warnings: [
        `No hourly intensity data was available for ${zone}: every hour is priced with the ${BUNDLED_SOURCE}. For hour-by-hour figures give an intensity file (intensity-file), an Electricity Maps token (electricity-maps-token) or WattTime credentials (watttime-username, watttime-password); GB, DE and DK-DK1/DK-DK2 need no key.`,
      ],
    };
  }
  const online = await fetchOnline(names, {
    zone,
    from: request.window.from,
    to: request.window.to,
    factor: request.factor,
    credentials: request.credentials,
    baseUrl: request.apiUrl,
  });
  const warnings = online.attempts
    .filter((a) => a.failure !== undefined)
    .map((a) => `${a.title} gave no figures (${a.failure}).`);
  if (online.series && online.series.factor !== request.factor) {
    warnings.push(
      `${online.series.source} publishes ${online.series.factor} figures, not the ${request.factor} figures asked for; its figures are used as they are.`,
    );
  }
  return {
    provider: online.series
      ? online.attempts
          .filter((a) => a.periodsUsed > 0)
          .map((a) => a.source)
          .join("+")
      : "average",
    ...(online.series ? { series: online.series } : {}),
    attempts: online.attempts,
    warnings,
  };
}

async function fromFile(request: IntensityRequest): Promise<ResolvedIntensity> {
  if (!request.file) {
    throw new UsageError("intensity-source file needs an intensity file (--intensity-file / intensity-file)");
  }
  const path = resolve(request.cwd, request.file);
  await assertRegularFile(path, request.file, "a carbon intensity file", request.cwd);
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
    attempts: [],
    warnings,
  };
}

function requireZone(zone: string | undefined): string {
  if (!zone) {
    throw new UsageError(
      "a zone is needed (--zone / zone): an Electricity Maps zone id such as GB, DE or US-CAL-CISO, or a cloud region such as aws:us-east-1",
    );
  }
  return zone;
}

/** The fallback for hours the series lacks: the zone's bundled yearly average. */
export function fallbackIntensity(zone: string | undefined, year: number) {
  return zone ? bundledAnnualAverage(zone, year) : undefined;
}
