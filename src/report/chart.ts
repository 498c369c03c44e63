/**
 * The hours of a report as a picture: a Mermaid xychart (GitHub renders ```mermaid blocks) and a
 * text sparkline for readers where Mermaid does not render (e-mail notifications, the CLI).
 *
 * Design:
 * - xychart-beta has one y-axis. It carries energy in kWh (bars, from 0). Intensity (g/kWh) is
 *   drawn as a line rescaled onto that axis, line = intensity × (max energy ÷ max intensity), so
 *   its peak is as tall as the tallest bar; the title states the intensity that peak stands for.
 * - Long runs are cut into consecutive buckets of k hours (k = ⌈span ÷ 48⌉, so at most 48 points):
 *   energy is summed, intensity is the energy-weighted mean over the bucket's hours with energy, or
 *   the plain mean over its hours when none drew energy. Buckets are placed on the time line from
 *   the first hour, so missing hours show as empty buckets, not as a squeezed axis.
 * - The x-axis: runs of up to 24 hours get one labelled bar per hour ("13h", UTC); longer runs a
 *   linear axis in hours from the first hour, whose date and hour the axis title gives (date-hour
 *   labels under 25–48 bars would overlap: Mermaid neither thins nor rotates them everywhere).
 * - Everything is said in the title and axis titles, at a length that fits Mermaid's default
 *   700 px chart; no legend (plot names), which newer Mermaid draws and older ignores, so the
 *   layout is the same wherever it renders. The title names bars and line, the period ("per hour",
 *   "per 5 h") and the intensity the line's peak stands for; UTC, "k-hour buckets" and the n/a note
 *   go in the x-axis title. The longest title (~66 characters) leaves room for wider fonts.
 * - A Mermaid line cannot have gaps: a bucket with no intensity data is drawn at 0 and the x-axis
 *   title says "n/a intensity drawn as 0" (only when there is such a bucket). A drop to 0 reads as
 *   "missing" more honestly than a carried-over value would.
 * - Only numbers and labels made here from the hours' timestamps go into the block, never text
 *   from the report's files, so no report can inject Mermaid (or markdown) through the chart.
 *   Numbers are written in plain decimal notation: Mermaid's grammar has no exponents.
 */

import { HOUR_MS } from "../time/timestamp.js";
import { num } from "./format.js";
import type { Report } from "./schema.js";

/** The most points (bars) one chart or sparkline shows. */
export const MAX_POINTS = 48;

const BLOCKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
/** Drawn in the intensity sparkline for a bucket without intensity data. */
const NO_DATA = "·";

export interface Bucket {
  /** UTC ms of the bucket's first hour. */
  start: number;
  energyKwh: number;
  /** Energy-weighted mean intensity (time mean when no energy was drawn); null without data. */
  intensityGPerKwh: number | null;
}

export interface Buckets {
  /** Hours per bucket (1 for runs of up to {@link MAX_POINTS} hours). */
  hours: number;
  buckets: Bucket[];
}

/** The report's hours in consecutive buckets of k hours, at most {@link MAX_POINTS} of them. */
export function bucketHours(report: Report, maxPoints: number = MAX_POINTS): Buckets {
  const hours = report.hours
    .map((h) => ({ ...h, ms: Date.parse(h.start) }))
    .filter((h) => Number.isFinite(h.ms))
    .sort((a, b) => a.ms - b.ms);
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (!first || !last) return { hours: 1, buckets: [] };
  const span = Math.floor((last.ms - first.ms) / HOUR_MS) + 1;
  const k = Math.max(1, Math.ceil(span / maxPoints));
  const count = Math.ceil(span / k);
  const acc = Array.from({ length: count }, () => ({
    energy: 0,
    weighted: 0,
    weightedEnergy: 0,
    plain: 0,
    plainCount: 0,
  }));
  for (const h of hours) {
    const a = acc[Math.min(count - 1, Math.floor((h.ms - first.ms) / HOUR_MS / k))];
    if (!a) continue;
    a.energy += h.energyKwh;
    if (h.intensityGPerKwh === null) continue;
    if (h.energyKwh > 0) {
      a.weighted += h.intensityGPerKwh * h.energyKwh;
      a.weightedEnergy += h.energyKwh;
    }
    a.plain += h.intensityGPerKwh;
    a.plainCount += 1;
  }
  return {
    hours: k,
    buckets: acc.map((a, i) => ({
      start: first.ms + i * k * HOUR_MS,
      energyKwh: a.energy,
      intensityGPerKwh:
        a.weightedEnergy > 0
          ? a.weighted / a.weightedEnergy
          : a.plainCount > 0
            ? a.plain / a.plainCount
            : null,
    })),
  };
}

/**
 * Runs up to this many hours get one bar per hour on a band axis labelled "13h"; at 24 such labels
 * still fit side by side in Mermaid's default 700 px chart. Longer runs get a linear axis in hours
 * from the first hour (with dates, hour-of-day labels would be too wide to sit under 25–48 bars).
 */
export const MAX_LABELLED_HOURS = 24;

/** A Mermaid xychart-beta block: energy per hour as bars (kWh, left axis) and intensity as a line. */
export function hourlyChart(report: Report): string {
  const { hours: k, buckets } = bucketHours(report);
  const first = buckets[0];
  if (!first) return "";
  const energies = buckets.map((b) => b.energyKwh);
  const maxEnergy = Math.max(...energies);
  const top = niceCeil(maxEnergy);
  const digits = decimalsFor(maxEnergy > 0 ? maxEnergy : top);

  const known = buckets.flatMap((b) => (b.intensityGPerKwh === null ? [] : [b.intensityGPerKwh]));
  const maxIntensity = known.length > 0 ? Math.max(...known) : null;
  const period = k === 1 ? "per hour" : `per ${k} h`;
  const title =
    maxIntensity === null
      ? `Energy ${period} (bars); no intensity data`
      : `Energy ${period} (bars), intensity (line, scaled: max ${num(maxIntensity, 0)} g/kWh)`;

  const notes: string[] = [];
  if (k > 1) notes.push(`${k}-hour buckets`);
  if (maxIntensity !== null && known.length < buckets.length) notes.push("n/a intensity drawn as 0");
  const banded = k === 1 && buckets.length <= MAX_LABELLED_HOURS;
  const xAxis = banded
    ? `x-axis "${["Hour (UTC)", ...notes].join(" · ")}" [${buckets.map((b) => `"${hourLabel(b.start)}"`).join(", ")}]`
    : `x-axis "${[`Hours from ${dayHourLabel(first.start)} UTC`, ...notes].join(" · ")}" 0 --> ${(buckets.length - 1) * k}`;

  const lines = [
    "```mermaid",
    "xychart-beta",
    `    title "${title}"`,
    `    ${xAxis}`,
    `    y-axis "Energy (kWh)" 0 --> ${plain(top, digits + 2)}`,
    `    bar [${energies.map((e) => plain(e, digits)).join(", ")}]`,
  ];
  if (maxIntensity !== null) {
    // Peak intensity drawn as high as the tallest bar (as the axis top when no energy was drawn).
    const reference = maxEnergy > 0 ? maxEnergy : top;
    const scale = maxIntensity > 0 ? reference / maxIntensity : 0;
    lines.push(
      `    line [${buckets.map((b) => plain((b.intensityGPerKwh ?? 0) * scale, digits)).join(", ")}]`,
    );
  }
  lines.push("```");
  return lines.join("\n");
}

/**
 * A one-line text sparkline of energy per hour (▁▂▃▄▅▆▇█), for readers where Mermaid does not
 * render, with the intensity sparkline under it. Each series maps its minimum to ▁ and its maximum
 * to █ (a flat series is all ▁ when 0, else all ▄); the range is written after it. In a code block
 * so markdown leaves it alone and the two lines stay aligned. "" when there are no hours.
 */
export function sparklines(report: Report): string {
  const { hours: k, buckets } = bucketHours(report);
  if (buckets.length === 0) return "";
  const energies = buckets.map((b) => b.energyKwh);
  const intensities = buckets.map((b) => b.intensityGPerKwh);
  const known = intensities.filter((v): v is number => v !== null);
  const per = k === 1 ? "per hour" : `per ${k} h`;
  const energyLine = `Energy    ${spark(energies)}  kWh ${per}, ${range(energies, significant)}`;
  const intensityLine =
    known.length > 0
      ? `Intensity ${spark(intensities)}  g/kWh, ${range(known, (v) => num(v, 0))}${known.length < intensities.length ? ` (${NO_DATA} n/a)` : ""}`
      : `Intensity ${NO_DATA.repeat(intensities.length)}  g/kWh, no data`;
  return ["```text", energyLine, intensityLine, "```"].join("\n");
}

/** Sparkline characters, min → ▁ and max → █; null → {@link NO_DATA}. */
export function spark(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return NO_DATA.repeat(values.length);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return NO_DATA;
      if (max === min) return v === 0 ? BLOCKS[0] : BLOCKS[3];
      return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))];
    })
    .join("");
}

function range(values: readonly number[], format: (v: number) => string): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? `all ${format(max)}` : `${format(min)}–${format(max)}`;
}

/** Three significant digits, plain notation, for text labels. */
function significant(v: number): string {
  if (v === 0) return "0";
  return num(v, Math.min(20, Math.max(0, 2 - Math.floor(Math.log10(v)))));
}

/** Decimals that keep four significant digits of `max` (and of every value up to it). */
function decimalsFor(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 3;
  return Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(max))));
}

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above `v` (1 for 0). */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const exp = Math.floor(Math.log10(v));
  const unit = 10 ** exp;
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * unit >= v * (1 - 1e-12)) return Math.max(v, step * unit);
  }
  return 10 * unit;
}

/** `v` in plain decimal notation (never an exponent), at most `digits` decimals, no trailing zeros. */
export function plain(v: number, digits: number): string {
  if (!Number.isFinite(v)) return "0";
  if (Math.abs(v) >= 1e21) return BigInt(Math.round(v)).toString();
  const fixed = v.toFixed(Math.max(0, Math.min(100, digits)));
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

/** "13h": the UTC hour of day. */
function hourLabel(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 13)}h`;
}

/** "2025-06-03 13h" (UTC). */
function dayHourLabel(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 13)}h`;
}
