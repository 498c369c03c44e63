/**
 * The naive figure: the whole run's energy times one annual-average intensity for the zone, which
 * is what most tools report. Its basis is the mean of the intensity series over the run's
 * calendar year when the series covers that year, otherwise the bundled yearly average (nearest
 * year when the run's year is not bundled).
 */
import { bundledAnnualAverage } from "../intensity/annual-average.js";
import type { EmissionFactor, IntensitySeries } from "../intensity/series.js";

export interface NaiveBasis {
  gPerKwh: number;
  method: "series-year-mean" | "bundled-yearly-average";
  /** The run's year (UTC, of its start). */
  requestedYear: number;
  /** The year the figure describes. */
  year: number;
  source: string;
  factor: EmissionFactor;
  /** For series-year-mean: the share of the year's hours the series covers. */
  yearCoverage?: number;
}

/** Share of a year the series must cover for its mean to stand for the year. */
export const FULL_YEAR_COVERAGE = 0.99;

export function naiveBasis(
  zone: string | undefined,
  year: number,
  series: IntensitySeries | undefined,
  factor: EmissionFactor,
  warnings: string[],
): NaiveBasis | undefined {
  if (series) {
    const mean = yearMean(series, year);
    if (mean && mean.coverage >= FULL_YEAR_COVERAGE) {
      return {
        gPerKwh: mean.gPerKwh,
        method: "series-year-mean",
        requestedYear: year,
        year,
        source: `mean of ${series.source} over ${year}`,
        factor: series.factor,
        yearCoverage: mean.coverage,
      };
    }
  }
  if (!zone) return undefined;
  const bundled = bundledAnnualAverage(zone, year);
  if (!bundled) return undefined;
  if (bundled.year !== year) {
    warnings.push(
      `No bundled yearly average for ${zone} in ${year}; the naive figure uses ${bundled.year}, the nearest year available.`,
    );
  }
  if (factor === "direct") {
    warnings.push(
      "The bundled yearly averages are life-cycle figures only: the naive figure is life-cycle while the hourly figures are direct (combustion only), so part of the difference between them is the factor, not the hour.",
    );
  }
  return {
    gPerKwh: bundled.gPerKwh,
    method: "bundled-yearly-average",
    requestedYear: year,
    year: bundled.year,
    source: bundled.source,
    factor: "lifecycle",
  };
}

/** Time-weighted mean of the series over a UTC calendar year, with the share of the year covered. */
export function yearMean(
  series: IntensitySeries,
  year: number,
): { gPerKwh: number; coverage: number } | undefined {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  let weighted = 0;
  let covered = 0;
  for (const p of series.periods) {
    const a = Math.max(p.start, from);
    const b = Math.min(p.end, to);
    if (b <= a) continue;
    weighted += p.gPerKwh * (b - a);
    covered += b - a;
  }
  if (covered === 0) return undefined;
  return { gPerKwh: weighted / covered, coverage: covered / (to - from) };
}
