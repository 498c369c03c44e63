/**
 * Energy-Charts (Fraunhofer ISE), no key needed: https://api.energy-charts.info/ —
 * `GET /co2eq?country=de&start=…&end=…` →
 * `{"unix_seconds":[…],"co2eq":[491.5,…,null],"co2eq_forecast":[null,…,505.0],"deprecated":false}`:
 * parallel arrays, one entry per time step (15 minutes in current data), figures in gCO2eq/kWh.
 * Where `co2eq` has a value it is used; where only `co2eq_forecast` has one, the period is flagged
 * forecast; where neither has, the period is a hole.
 *
 * Each timestamp starts its period; a period ends at the next timestamp, or one usual step after
 * its start where the next one is further away (a gap stays a gap) or for the last one.
 *
 * No maximum request range is documented (public clients ask for a whole year at once), so a
 * window is one request.
 *
 * Emission factor: NOT CONFIRMED. The figures are named CO2-equivalents, which points to
 * greenhouse gases beyond CO2 and to upstream (fuel-chain) emissions, i.e. life-cycle accounting;
 * Energy-Charts' API description does not say which factors it uses, and no methodology page
 * could be found to settle it. Recorded as "lifecycle" until one is; kept in one constant.
 * Signal: average (the generation mix of the country).
 */
import { UsageError } from "../../errors.js";
import { HOUR_MS, isoUtc } from "../../time/timestamp.js";
import type { Fetcher, ProviderResult } from "../http.js";
import type { EmissionFactor, IntensityPeriod } from "../series.js";
import {
  asRecord,
  identity,
  isIntensity,
  mergeByStart,
  noSkips,
  type ParsedBody,
  parseOrInvalid,
  ResponseShapeError,
  shown,
  skipEntry,
} from "./response-body.js";

export const ENERGY_CHARTS_PROVIDER = "Energy-Charts";
export const ENERGY_CHARTS_DEFAULT_BASE_URL = "https://api.energy-charts.info";
/** See the module comment: inferred from "co2eq", not confirmed by Energy-Charts' documentation. */
export const ENERGY_CHARTS_FACTOR: EmissionFactor = "lifecycle";
/** The step assumed when a response holds a single timestamp. */
const DEFAULT_STEP_MS = 15 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * The latest start (and, negated, the earliest) whose period a Date can hold: the range of a Date
 * is ±8.64e15 ms, and a period lasts at most one step, at most a day ({@link usualStep}).
 */
const MAX_START_MS = 8.64e15 - DAY_MS;

export interface EnergyChartsOptions {
  /** Two-letter country code as Energy-Charts spells it, e.g. "de". */
  country: string;
  /** UTC milliseconds, inclusive. */
  from: number;
  /** UTC milliseconds, exclusive. */
  to: number;
  baseUrl?: string;
  fetcher: Fetcher;
}

export async function fetchEnergyCharts(options: EnergyChartsOptions): Promise<ProviderResult> {
  const { from, to, fetcher } = options;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new UsageError(`the intensity window must end after it starts (from ${from}, to ${to})`);
  }
  const country = options.country.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(country)) {
    throw new UsageError(
      `Energy-Charts country "${options.country}" is not a two-letter country code (e.g. "de")`,
    );
  }
  const base = (options.baseUrl ?? ENERGY_CHARTS_DEFAULT_BASE_URL).replace(/\/+$/, "");
  // Whole hours around the window, so the period holding `from` and the one holding `to` come back.
  const start = Math.floor(from / HOUR_MS) * HOUR_MS;
  const end = Math.ceil(to / HOUR_MS) * HOUR_MS + HOUR_MS;
  const url = `${base}/co2eq?country=${country}&start=${apiTime(start)}&end=${apiTime(end)}`;
  const body = await fetcher.getJson(url, { provider: ENERGY_CHARTS_PROVIDER });
  const { periods } = parseOrInvalid(fetcher, ENERGY_CHARTS_PROVIDER, url, () =>
    parseEnergyChartsBody(body, { from, to }),
  );

  return {
    series: {
      source: energyChartsSource(country.toUpperCase()),
      zone: country.toUpperCase(),
      factor: ENERGY_CHARTS_FACTOR,
      signal: "average",
      periods,
    },
    requests: 1,
    forecastPeriods: periods.filter((p) => p.forecast).length,
  };
}

/** The series' source: "Energy-Charts (Fraunhofer ISE), co2eq DE"; a saved answer does not name its country. */
export function energyChartsSource(country: string | undefined, saved = false): string {
  return `${ENERGY_CHARTS_PROVIDER} (Fraunhofer ISE${saved ? ", saved response" : ""}), co2eq${
    country === undefined ? "" : ` ${country}`
  }`;
}

export interface EnergyChartsBody extends ParsedBody {
  /** The usual spacing of the timestamps: the length of a period. */
  stepMs: number;
}

/**
 * One /co2eq answer: a period from each timestamp, to the next one or one usual step later where
 * the next is further away (a gap stays a gap) or for the last; the measured value where there is
 * one, else the forecast (flagged), else a hole. With `from`/`to`, only periods overlapping
 * [from, to). Throws {@link ResponseShapeError} for another shape.
 */
export function parseEnergyChartsBody(
  body: unknown,
  options: { from?: number; to?: number } = {},
): EnergyChartsBody {
  const { unix_seconds: times, co2eq, co2eq_forecast: forecast } = asRecord(body) ?? {};
  if (!Array.isArray(times)) throw new ResponseShapeError('no "unix_seconds" array');
  if (!Array.isArray(co2eq) && !Array.isArray(forecast)) {
    throw new ResponseShapeError('neither a "co2eq" nor a "co2eq_forecast" array');
  }

  // Points in time order, each with its measured value, else its forecast, else none.
  const skipped = noSkips();
  const points: Array<{ t: number; value?: number; forecast: boolean }> = [];
  times.forEach((s, i) => {
    if (typeof s !== "number" || !Number.isFinite(s)) {
      skipEntry(skipped, `unix_seconds[${i}]`, `not a time: ${shown(s)}`);
      return;
    }
    const t = Math.round(s * 1000);
    if (!(Math.abs(t) <= MAX_START_MS)) {
      // Finite, but no Date holds it (or the end of the period it starts): never a real answer.
      skipEntry(
        skipped,
        `unix_seconds[${i}]`,
        `not a time: ${shown(s)} seconds is beyond the range of dates (±${MAX_START_MS / 1000} s from 1970)`,
      );
      return;
    }
    const measured = Array.isArray(co2eq) ? co2eq[i] : undefined;
    const predicted = Array.isArray(forecast) ? forecast[i] : undefined;
    if (isIntensity(measured)) points.push({ t, value: measured, forecast: false });
    else if (isIntensity(predicted)) points.push({ t, value: predicted, forecast: true });
    else {
      skipEntry(
        skipped,
        `co2eq[${i}]`,
        `no usable value at ${isoUtc(t)} (co2eq ${shown(measured)}, co2eq_forecast ${shown(predicted)})`,
      );
      points.push({ t, forecast: false });
    }
  });
  points.sort((a, b) => a.t - b.t);
  const step = usualStep(points.map((p) => p.t));
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;

  const periods: IntensityPeriod[] = [];
  let duplicates = 0;
  points.forEach((p, i) => {
    if (p.value === undefined) return;
    const next = points[i + 1];
    const periodEnd = next && next.t > p.t && next.t - p.t <= step ? next.t : p.t + step;
    if (periodEnd <= from || p.t >= to) return;
    const previous = periods[periods.length - 1];
    if (previous && p.t < previous.end) {
      duplicates++;
      return;
    }
    periods.push({ start: p.t, end: periodEnd, gPerKwh: p.value, estimated: false, forecast: p.forecast });
  });
  return { periods, stepMs: step, entries: times.length, skipped, duplicates };
}

/** Periods of one or more answers as one series: one per start (the first), sorted, overlaps dropped. */
export function mergeEnergyChartsPeriods(periods: Iterable<IntensityPeriod>): {
  periods: IntensityPeriod[];
  duplicates: number;
  overlaps: number;
} {
  const merged = mergeByStart(periods, identity, { dropOverlaps: true });
  return { periods: merged.items, duplicates: merged.duplicates, overlaps: merged.overlaps };
}

/** The most frequent positive spacing between timestamps (at most a day). */
function usualStep(times: number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const d = (times[i] as number) - (times[i - 1] as number);
    if (d > 0 && d <= DAY_MS) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = DEFAULT_STEP_MS;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && d < best)) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** e.g. 2025-06-03T10:00Z */
function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
