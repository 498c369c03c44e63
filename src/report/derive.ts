/**
 * Figures derived from a report's own fields: per unit of work, the model-card block, and why the
 * hourly figure differs from the naive one. Computed from the report alone, so an assembled, a
 * merged and a compared report all get them the same way, and every number traces back to it.
 */
import { HOUR_MS, isoUtc } from "../time/timestamp.js";
import { type Report, UNIT_KINDS, type UnitKind } from "./schema.js";

export interface DeriveOptions {
  /** For the model card: pre-training or fine-tuning (left out when not given). */
  trainingType?: string;
}

type Core = Omit<Report, "work" | "modelCard" | "insight">;

export function withDerived(report: Report, options: DeriveOptions = {}): Report {
  const { work: _w, modelCard: previous, insight: _i, ...core } = report;
  const trainingType = options.trainingType ?? previous?.co2_eq_emissions.training_type;
  const work = workOf(core);
  return {
    ...core,
    ...(work ? { work } : {}),
    modelCard: modelCardOf(core, trainingType),
    insight: insightOf(core),
  };
}

/**
 * Units of work across the training logs: summed when the logs' windows do not overlap (runs one
 * after another), else the largest count (the same job logged by several nodes or ranks).
 */
export function workOf(r: Core): Report["work"] {
  const logs = r.runs.filter((run) => UNIT_KINDS.some((k) => run.units[k] !== undefined));
  if (logs.length === 0) return undefined;
  const windows = logs.map((l) => [
    l.start ? Date.parse(l.start) : Number.NaN,
    l.end ? Date.parse(l.end) : Number.NaN,
  ]);
  const timed = windows.every(([s, e]) => Number.isFinite(s) && Number.isFinite(e));
  const sorted = [...windows].sort((a, b) => (a[0] as number) - (b[0] as number));
  const disjoint =
    timed &&
    sorted.every((w, i) => i === 0 || (w[0] as number) >= ((sorted[i - 1] as number[])[1] as number));
  const units: Partial<Record<UnitKind, number>> = {};
  const perUnit: Partial<Record<UnitKind, { gPerUnit: number; kwhPerUnit: number }>> = {};
  for (const kind of UNIT_KINDS) {
    const values = logs.map((l) => l.units[kind]).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    const count = logs.length === 1 || disjoint ? values.reduce((a, b) => a + b, 0) : Math.max(...values);
    units[kind] = count;
    if (count > 0) {
      perUnit[kind] = { gPerUnit: r.totals.emissionsG / count, kwhPerUnit: r.totals.energyKwh / count };
    }
  }
  const basis =
    logs.length === 1
      ? `from ${logs[0]?.file}`
      : disjoint
        ? `summed over ${logs.length} training logs with separate windows`
        : `the largest count of ${logs.length} training logs whose windows overlap (the same job seen from several nodes)`;
  return { units, perUnit, basis };
}

/** Hugging Face's co2_eq_emissions block: grams, where, on what. */
export function modelCardOf(r: Core, trainingType: string | undefined): NonNullable<Report["modelCard"]> {
  const hardware = hardwareOf(r);
  const place = r.location
    ? [r.location.place, r.location.zoneName, r.location.zone].filter((x): x is string => !!x)
    : r.intensity.zone
      ? [r.intensity.zone]
      : [];
  const estimated = r.totals.estimatedEnergyShare > 0 ? ", energy partly estimated from board power" : "";
  return {
    co2_eq_emissions: {
      emissions: round(r.totals.emissionsG, 2),
      source: `gridprint ${r.tool.version}: measured power traces priced hour by hour with ${r.intensity.source}${estimated}`,
      ...(trainingType ? { training_type: trainingType } : {}),
      ...(place.length > 0 ? { geographical_location: [...new Set(place)].join(", ") } : {}),
      ...(hardware ? { hardware_used: hardware } : {}),
    },
  };
}

function hardwareOf(r: Core): string | undefined {
  const counts = new Map<string, number>();
  for (const d of r.devices) {
    if (d.estimated) continue;
    const name = d.name ?? (d.kind === "gpu" ? "GPU" : d.kind === "cpu" ? "CPU package" : d.kind);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const e of r.estimates) counts.set(e.model, Math.max(counts.get(e.model) ?? 0, e.devices));
  if (counts.size === 0) return undefined;
  return [...counts].map(([name, n]) => `${n} x ${name}`).join(", ");
}

/**
 * The hourly figure against the naive one, in two parts: how the grid during the run's hours
 * compared with its annual average, and whether the energy fell in the dirtier or the cleaner
 * half of those hours.
 */
export function insightOf(r: Core): NonNullable<Report["insight"]> {
  const hours = r.hours.filter((h) => h.energyKwh > 0 && h.intensityGPerKwh !== null);
  const annual = r.naive.gPerKwh;
  if (hours.length === 0) {
    return {
      gridMeanGPerKwh: null,
      gridVsAnnualPercent: null,
      dirtierHalfEnergyShare: null,
      dirtierHours: [],
      sentence: "No energy was drawn in hours with intensity figures.",
    };
  }
  const mean = hours.reduce((s, h) => s + (h.intensityGPerKwh as number), 0) / hours.length;
  const vsAnnual = annual > 0 ? ((mean - annual) / annual) * 100 : null;
  // The dirtier half: the hours above the median intensity (the upper half, by rank).
  const ranked = [...hours].sort((a, b) => (b.intensityGPerKwh as number) - (a.intensityGPerKwh as number));
  const dirty = ranked.slice(0, Math.floor(hours.length / 2));
  const energy = hours.reduce((s, h) => s + h.energyKwh, 0);
  const share = hours.length >= 2 && energy > 0 ? dirty.reduce((s, h) => s + h.energyKwh, 0) / energy : null;
  const spans = spansOf(dirty.map((h) => Date.parse(h.start)));
  const gridPart =
    vsAnnual === null
      ? ""
      : Math.abs(vsAnnual) < 2
        ? `the grid averaged ${fmt(mean)} g/kWh during the run's hours, close to its annual ${fmt(annual)}`
        : `the grid averaged ${fmt(mean)} g/kWh during the run's hours, ${fmt(Math.abs(vsAnnual))}% ${vsAnnual < 0 ? "below" : "above"} its annual ${fmt(annual)}`;
  const timingPart =
    share === null
      ? ""
      : `${fmt(share * 100)}% of the energy fell in the dirtier half of those hours${spans.length <= 2 ? ` (${spans.map(spanText).join(", ")} UTC)` : ""}`;
  const sentence = [gridPart, timingPart].filter((p) => p !== "").join("; ");
  return {
    gridMeanGPerKwh: mean,
    gridVsAnnualPercent: vsAnnual,
    dirtierHalfEnergyShare: share,
    dirtierHours: spans.map(([s, e]) => ({ start: isoUtc(s), end: isoUtc(e) })),
    sentence: sentence === "" ? "" : `${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`,
  };
}

/** Consecutive hour starts → [start, end) spans, in time order. */
function spansOf(starts: number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const t of [...starts].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last[1] === t) last[1] = t + HOUR_MS;
    else spans.push([t, t + HOUR_MS]);
  }
  return spans;
}

function spanText([s, e]: [number, number]): string {
  const hh = (t: number) => new Date(t).toISOString().slice(11, 16);
  return `${hh(s)}–${hh(e)}`;
}

function fmt(v: number): string {
  return Math.round(v).toString();
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
