/**
 * The what-if section of the report: the engine's results (what-if.ts) for this run, shaped for
 * report.json. Places without an hourly series are priced with their annual average and say so.
 */
import type { MinuteProfile } from "../energy/integrate.js";
import type { IntensitySeries } from "../intensity/series.js";
import type { Report } from "../report/schema.js";
import { isoUtc } from "../time/timestamp.js";
import { cleanestStart, flexibleStart, pauseAndResume, priceProfile } from "./what-if.js";

type WhatIf = NonNullable<Report["whatIf"]>;

export const PAUSE_STRETCHES = [0.25, 0.5, 1] as const;

export interface PlacePricing {
  zone: string;
  /** That zone's hourly series over the run, when one could be had. */
  series?: IntensitySeries;
  /** Its annual average, the basis when there is no series. */
  annualGPerKwh?: number;
  source: string;
}

export interface NextRunPricing {
  /** A series reaching into the future (forecast periods), when the provider offers one. */
  series?: IntensitySeries;
  fromMs: number;
  toMs: number;
  source: string;
  /** Why there is none, when there is none. */
  note?: string;
}

export function summarizeWhatIf(
  profile: MinuteProfile,
  series: IntensitySeries | undefined,
  options: {
    windowHours: number;
    stepMinutes?: number;
    places: readonly PlacePricing[];
    nextRun?: NextRunPricing;
  },
): WhatIf {
  const stepMinutes = options.stepMinutes ?? 60;
  const flex = series
    ? flexibleStart(profile, series, { windowHours: options.windowHours, stepMinutes })
    : undefined;
  const actualG = flex?.actual.emissionsG ?? null;
  const pause = series ? pauseAndResume(profile, series, { stretches: PAUSE_STRETCHES }) : [];
  const energyKwh = sumJ(profile) / 3.6e6;
  const saving = (g: number | null) =>
    g === null || actualG === null
      ? { savingG: null, savingPercent: null }
      : { savingG: actualG - g, savingPercent: actualG > 0 ? ((actualG - g) / actualG) * 100 : 0 };

  const places = options.places.map((p) => {
    if (p.series) {
      const priced = priceProfile(profile, p.series);
      const g = priced.complete ? priced.emissionsG : null;
      return {
        zone: p.zone,
        basis: "hourly" as const,
        source: p.source,
        emissionsG: g,
        ...saving(g),
        coveredEnergyShare: priced.coveredEnergyShare,
      };
    }
    const g = p.annualGPerKwh === undefined ? null : energyKwh * p.annualGPerKwh;
    return {
      zone: p.zone,
      basis: "annual-average" as const,
      source: p.source,
      emissionsG: g,
      ...saving(g),
      coveredEnergyShare: g === null ? 0 : 1,
    };
  });

  let nextRun: WhatIf["nextRun"];
  const next = options.nextRun;
  if (next) {
    const best = next.series
      ? cleanestStart(profile, next.series, { fromMs: next.fromMs, toMs: next.toMs, stepMinutes })
      : undefined;
    const now = next.series
      ? cleanestStart(profile, next.series, { fromMs: next.fromMs, toMs: next.fromMs, stepMinutes })
      : undefined;
    nextRun = best
      ? {
          start: isoUtc(best.startMs),
          emissionsG: best.emissionsG,
          savingPercent:
            now && now.emissionsG > 0 ? ((now.emissionsG - best.emissionsG) / now.emissionsG) * 100 : null,
          source: next.source,
          candidatesWithData: best.candidatesWithData,
        }
      : {
          source: next.source,
          candidatesWithData: 0,
          note: next.note ?? `${next.source} gave no forecast covering a run of this length in the next 24 h`,
        };
  }

  return {
    actualG,
    flexibleStart: {
      windowHours: options.windowHours,
      stepMinutes,
      candidatesWithData: flex?.candidatesWithData ?? 0,
      candidatesTotal: flex?.candidatesTotal ?? 0,
      ...(flex?.best
        ? {
            best: {
              start: isoUtc(flex.best.startMs),
              offsetMinutes: flex.best.offsetMinutes,
              emissionsG: flex.best.emissionsG,
              savingG: flex.best.savingG,
              savingPercent: flex.best.savingPercent,
              forecast: flex.best.forecast,
              estimated: flex.best.estimated,
            },
          }
        : {}),
    },
    pauseResume: pause.map((r) => ({
      stretch: r.stretch,
      windowEnd: isoUtc(r.windowEndMs),
      emissionsG: r.emissionsG,
      savingG: r.savingG,
      savingPercent: r.savingPercent,
      dataShare: r.dataShare,
      segments: r.segments,
    })),
    places,
    ...(nextRun ? { nextRun } : {}),
  };
}

function sumJ(profile: MinuteProfile): number {
  let total = 0;
  for (const j of profile.energyJ) total += j;
  return total;
}
