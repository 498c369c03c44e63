/**
 * Merges the reports of one multi-node job (a GitHub Actions matrix: each node runs gridprint on
 * its own traces) into one report (pure: no I/O). The parts are taken to be different nodes of the
 * same job, so energy and emissions add, hour by hour; whatever the parts disagree on (zones,
 * emission factors, the naive basis) is kept from the first part and named in a warning.
 *
 * The comparison with a baseline and the budgets are left to the caller, which evaluates them
 * against the merged totals.
 */
import { percentChange } from "../footprint/compare.js";
import { isoUtc } from "../time/timestamp.js";
import { MAX_SKIPPED_EXAMPLES } from "../traces/types.js";
import { degradedReasons } from "./degraded.js";
import { withDerived } from "./derive.js";
import { parseReport, type Report } from "./schema.js";

export interface LabelledReport {
  /** Where it came from, e.g. the artifact or file name; used in warnings. */
  label: string;
  report: Report;
}

type Hour = Report["hours"][number];
type Intensity = Report["intensity"];

const SUMMARY_MAX_CHARS = 500;
const QUALITY_RANK: Record<Intensity["quality"], number> = { measured: 0, partial: 1, fallback: 2 };

export function mergeReports(parts: readonly LabelledReport[], meta: { version: string; now: Date }): Report {
  const first = parts[0];
  if (!first) throw new Error("no reports to merge");
  const generatedAt = isoUtc(Math.floor(meta.now.getTime() / 1000) * 1000);
  const tool = { name: "gridprint" as const, version: meta.version };
  // One report: nothing to merge; it is returned as it is, under the new tool version and time.
  if (parts.length === 1) return parseReport({ ...first.report, tool, generatedAt });

  const reports = parts.map((p) => p.report);
  const warnings: string[] = [];

  // Window: the earliest start to the latest end (the original strings are kept).
  const start = pick(
    reports.map((r) => r.window.start),
    (a, b) => a < b,
  );
  const end = pick(
    reports.map((r) => r.window.end),
    (a, b) => a > b,
  );
  const durationHours = Math.max(0, (Date.parse(end) - Date.parse(start)) / 3.6e6);

  const hours = mergeHours(reports);

  const energyKwh = sum(reports.map((r) => r.totals.energyKwh));
  const emissionsG = sum(reports.map((r) => r.totals.emissionsG));
  const naiveEmissionsG = sum(reports.map((r) => r.totals.naiveEmissionsG));
  const estimatedKwh = sum(reports.map((r) => r.totals.estimatedEnergyShare * r.totals.energyKwh));

  // Naive basis: kept when every part used the same one; otherwise the energy-weighted mean of
  // theirs (total naive emissions ÷ total energy) under the first part's other fields.
  const naiveKey = (n: Report["naive"]) => `${n.method}|${n.year}|${n.gPerKwh}|${n.factor}`;
  const naiveGroups = groupLabels(parts, (r) => naiveKey(r.naive));
  let naive: Report["naive"] = { ...first.report.naive };
  if (naiveGroups.size > 1) {
    const gPerKwh = energyKwh > 0 ? naiveEmissionsG / energyKwh : first.report.naive.gPerKwh;
    naive = { ...naive, gPerKwh };
    const described = [...naiveGroups.values()].map(({ report: r, labels }) => {
      const n = r.naive;
      return `${round(n.gPerKwh)} gCO2e/kWh ${n.factor} ${n.year} (${labels.join(", ")})`;
    });
    warnings.push(
      `nodes used different naive annual averages: ${described.join(", ")}; the merged naive figure is their energy-weighted mean, ${round(gPerKwh)} gCO2e/kWh.`,
    );
  }

  // Devices are kept as reported, even when two parts name the same host and id.
  const devices = reports.flatMap((r) => r.devices);
  warnings.push(...duplicateDeviceWarnings(parts));
  // A trace file in two parts is counted twice: without its per-minute data its share cannot be
  // taken out again safely, so it is counted and said.
  const sources = reports.flatMap((r) => r.sources);
  warnings.push(...duplicateSourceWarnings(parts));

  const intensity = mergeIntensity(parts, hours, warnings);

  const zones = groupLabels(parts, (r) => r.timezone.zone);
  if (zones.size > 1) {
    warnings.push(
      `node reports read zone-less timestamps in different time zones: ${describeGroups(zones)}; the merged report names ${first.report.timezone.zone}.`,
    );
  }

  const report: Report = {
    schemaVersion: 1,
    tool,
    generatedAt,
    window: { start, end, durationHours },
    totals: {
      energyKwh,
      emissionsG,
      intensityGPerKwh: energyKwh > 0 ? emissionsG / energyKwh : null,
      naiveEmissionsG,
      naiveIntensityGPerKwh: naive.gPerKwh,
      naiveDifferencePercent: percentChange(emissionsG, naiveEmissionsG),
      estimatedEnergyShare: energyKwh > 0 ? clamp01(estimatedKwh / energyKwh) : 0,
    },
    naive,
    hours,
    devices,
    hosts: mergeHosts(reports),
    sources,
    runs: reports.flatMap((r) => r.runs),
    estimates: reports.flatMap((r) => r.estimates),
    intensity,
    // No comparison: the caller compares the merged report with its baseline. Budgets likewise.
    budget: { passed: true, checks: [] },
    timezone: {
      zone: first.report.timezone.zone,
      ambiguousReadings: sum(reports.map((r) => r.timezone.ambiguousReadings)),
      nonexistentReadings: sum(reports.map((r) => r.timezone.nonexistentReadings)),
    },
    warnings: unique([
      ...parts.flatMap((p) => p.report.warnings.map((w) => `[${p.label}] ${w}`)),
      ...warnings,
    ]),
  };
  if (first.report.location) report.location = first.report.location;
  report.intensity.degraded = degradedReasons(report.intensity);
  // A merged report that fails the schema is a bug here: let it throw.
  return withDerived(parseReport(report), {
    trainingType: first.report.modelCard?.co2_eq_emissions.training_type,
  });
}

/** One sentence for the markdown, e.g. "Merged 3 node reports (node-1, node-2, node-3): 24 devices on 3 hosts." */
export function describeMerge(parts: readonly LabelledReport[]): string {
  const devices = sum(parts.map((p) => p.report.devices.length));
  const hosts = new Set(parts.flatMap((p) => p.report.hosts.map((h) => h.host))).size;
  const n = parts.length;
  return `Merged ${n} node report${n === 1 ? "" : "s"} (${parts.map((p) => p.label).join(", ")}): ${devices} device${devices === 1 ? "" : "s"} on ${hosts} host${hosts === 1 ? "" : "s"}.`;
}

/**
 * Hours merged by start and sorted; an hour missing from every part (between two parts' windows)
 * is not invented.
 */
function mergeHours(reports: readonly Report[]): Hour[] {
  const byStart = new Map<number, Hour[]>();
  for (const r of reports) {
    for (const h of r.hours) {
      const t = Date.parse(h.start);
      const list = byStart.get(t);
      if (list) list.push(h);
      else byStart.set(t, [h]);
    }
  }
  return [...byStart]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => {
      const energyKwh = sum(list.map((h) => h.energyKwh));
      const emissionsG = sum(list.map((h) => h.emissionsG));
      const fallbackKwh = sum(list.map((h) => h.fallbackEnergyShare * h.energyKwh));
      // With no energy drawn, the parts' intensities are series means over the hour: their mean.
      const idle = list.map((h) => h.intensityGPerKwh).filter((g): g is number => g !== null);
      return {
        start: (list[0] as Hour).start,
        energyKwh,
        intensityGPerKwh:
          energyKwh > 0 ? emissionsG / energyKwh : idle.length > 0 ? sum(idle) / idle.length : null,
        emissionsG,
        fallbackEnergyShare: energyKwh > 0 ? clamp01(fallbackKwh / energyKwh) : 0,
        estimated: list.some((h) => h.estimated),
        forecast: list.some((h) => h.forecast),
        observedDeviceSeconds: sum(list.map((h) => h.observedDeviceSeconds)),
      };
    });
}

/** Hosts merged by name in order of first appearance (assembleReport keeps first-seen order too). */
function mergeHosts(reports: readonly Report[]): Report["hosts"] {
  const byHost = new Map<string, { devices: number; energyKwh: number }>();
  for (const h of reports.flatMap((r) => r.hosts)) {
    const entry = byHost.get(h.host) ?? { devices: 0, energyKwh: 0 };
    entry.devices += h.devices;
    entry.energyKwh += h.energyKwh;
    byHost.set(h.host, entry);
  }
  return [...byHost].map(([host, e]) => ({ host, ...e }));
}

function mergeIntensity(
  parts: readonly LabelledReport[],
  hours: readonly Hour[],
  warnings: string[],
): Intensity {
  const infos = parts.map((p) => p.report.intensity);
  const first = infos[0] as Intensity;

  const zones = groupLabels(parts, (r) => r.intensity.zone ?? "(no zone)");
  if (zones.size > 1) {
    warnings.push(
      `nodes ran in different zones: ${describeGroups(zones)}; the merged report names ${first.zone ?? "none"}.`,
    );
  }
  const mixed: [string, (i: Intensity) => string][] = [
    ["intensity providers", (i) => i.provider],
    ["emission factors", (i) => i.factor],
    ["intensity signals", (i) => i.signal],
  ];
  for (const [what, key] of mixed) {
    const groups = groupLabels(parts, (r) => key(r.intensity));
    if (groups.size > 1) {
      warnings.push(`nodes used different ${what}: ${describeGroups(groups)}; the merged figures mix them.`);
    }
  }

  // Rows read: every node may have read the same intensity data (one file or one provider's
  // answer for one zone), so the same source is counted once (its largest read) and different
  // sources add.
  const bySource = new Map<string, Intensity>();
  for (const i of infos) {
    const key = [i.provider, i.source, i.file ?? "", i.zone ?? ""].join("\u0000");
    const seen = bySource.get(key);
    if (!seen || i.rowsRead > seen.rowsRead) bySource.set(key, i);
  }
  const distinct = [...bySource.values()];

  // Coverage from the merged hours, as hourlyFootprint counts it (only hours with energy count).
  const withEnergy = hours.filter((h) => h.energyKwh > 0);
  const hoursWithFallback = withEnergy.filter((h) => h.fallbackEnergyShare > 0).length;
  const energy = sum(withEnergy.map((h) => h.energyKwh));
  const fallbackKwh = sum(withEnergy.map((h) => h.fallbackEnergyShare * h.energyKwh));

  const fallback = infos.find((i) => i.fallback !== undefined)?.fallback;
  const quality = infos.reduce<Intensity["quality"]>(
    (worst, i) => (QUALITY_RANK[i.quality] > QUALITY_RANK[worst] ? i.quality : worst),
    "measured",
  );
  const attemptKey = (a: Intensity["attempts"][number]) =>
    [a.source, a.title, a.failure ?? ""].join("\u0000");
  const attempts = uniqueBy(
    infos.flatMap((i) => i.attempts),
    attemptKey,
  );

  return {
    source: first.source,
    provider: first.provider,
    ...(first.file !== undefined ? { file: first.file } : {}),
    ...(first.format !== undefined ? { format: first.format } : {}),
    // Synthetic anywhere is synthetic: the markdown must say so.
    synthetic: infos.some((i) => i.synthetic),
    ...(first.zone !== undefined ? { zone: first.zone } : {}),
    factor: first.factor,
    signal: first.signal,
    rowsRead: sum(distinct.map((i) => i.rowsRead)),
    rowsSkipped: sum(distinct.map((i) => i.rowsSkipped)),
    skippedExamples: uniqueBy(
      distinct.flatMap((i) => i.skippedExamples),
      (s) => `${s.line}\u0000${s.reason}`,
    ).slice(0, MAX_SKIPPED_EXAMPLES),
    estimatedHours: withEnergy.filter((h) => h.estimated).length,
    forecastHours: withEnergy.filter((h) => h.forecast).length,
    coverage: {
      hoursWithEnergy: withEnergy.length,
      hoursMeasured: withEnergy.length - hoursWithFallback,
      hoursWithFallback,
      energyShare: energy > 0 ? clamp01(1 - fallbackKwh / energy) : 1,
    },
    ...(fallback ? { fallback: { ...fallback } } : {}),
    summary: mergedSummary(parts),
    // The worst of the parts': one node priced from the annual average makes the whole job so.
    quality,
    attempts,
    licences: unique(infos.flatMap((i) => i.licences)),
  };
}

/** "<k> node reports merged: [a, b] <summary>; [c] <summary>", identical summaries told once. */
function mergedSummary(parts: readonly LabelledReport[]): string {
  const groups = groupLabels(parts, (r) => r.intensity.summary);
  const text = `${parts.length} node reports merged: ${[...groups]
    .map(([summary, g]) => `[${g.labels.join(", ")}] ${summary}`)
    .join("; ")}`;
  return text.length > SUMMARY_MAX_CHARS ? `${text.slice(0, SUMMARY_MAX_CHARS - 1).trimEnd()}…` : text;
}

/**
 * Devices of one host and id in two or more parts. A named host in two node reports is most likely
 * a mis-configured matrix (two jobs on one machine, or the same traces uploaded twice); devices
 * without a host name repeat ids across nodes as a matter of course, and are only noted once.
 */
function duplicateDeviceWarnings(parts: readonly LabelledReport[]): string[] {
  // host → id → labels of the parts reporting it
  const seen = new Map<string | undefined, Map<string, string[]>>();
  parts.forEach((p, index) => {
    const ids = new Set<string>();
    for (const d of p.report.devices) {
      if (ids.has(`${d.host}\u0000${d.id}`)) continue; // repeats within one part are its own business
      ids.add(`${d.host}\u0000${d.id}`);
      const byId = seen.get(d.host) ?? new Map<string, string[]>();
      const labels = byId.get(d.id) ?? [];
      labels.push(partName(parts, index));
      byId.set(d.id, labels);
      seen.set(d.host, byId);
    }
  });
  const out: string[] = [];
  for (const [host, byId] of seen) {
    const repeated = [...byId].filter(([, labels]) => labels.length > 1);
    if (repeated.length === 0) continue;
    const labels = unique(repeated.flatMap(([, l]) => l));
    const ids = repeated.map(([id]) => id);
    const idText = `${ids.length} device id(s) in more than one: ${clip(ids.join(", "), 120)}`;
    out.push(
      host === undefined
        ? `devices with no host name share ids across node reports ${listText(labels)} (${idText}); they are listed separately, and a host name in the traces would tell them apart.`
        : `host ${host} appears in node reports ${listText(labels)} (${idText}): two nodes report the same host name, likely a mis-configured matrix; the devices are kept, and their energy counted, in each.`,
    );
  }
  return out;
}

function duplicateSourceWarnings(parts: readonly LabelledReport[]): string[] {
  const bySha = new Map<string, { file: string; labels: string[] }>();
  parts.forEach((p, index) => {
    for (const s of p.report.sources) {
      const entry = bySha.get(s.sha256) ?? { file: s.file, labels: [] };
      const label = partName(parts, index);
      if (!entry.labels.includes(label)) entry.labels.push(label);
      bySha.set(s.sha256, entry);
    }
  });
  return [...bySha]
    .filter(([, e]) => e.labels.length > 1)
    .map(
      ([sha, e]) =>
        `the same trace file (${e.file}, sha256 ${sha.slice(0, 12)}…) was reported by ${listText(e.labels)}; its energy is counted ${e.labels.length === 2 ? "twice" : `${e.labels.length} times`}.`,
    );
}

/** A part's label; two parts under one label are told apart by their position. */
function partName(parts: readonly LabelledReport[], index: number): string {
  const label = (parts[index] as LabelledReport).label;
  return parts.filter((p) => p.label === label).length > 1 ? `${label} (#${index + 1})` : label;
}

/** Parts grouped by a key, in order of first appearance, with the first report of each group. */
function groupLabels(
  parts: readonly LabelledReport[],
  key: (r: Report) => string,
): Map<string, { report: Report; labels: string[] }> {
  const groups = new Map<string, { report: Report; labels: string[] }>();
  parts.forEach((p, index) => {
    const k = key(p.report);
    const group = groups.get(k) ?? { report: p.report, labels: [] };
    group.labels.push(partName(parts, index));
    groups.set(k, group);
  });
  return groups;
}

/** "GB (a, b), DE (c)" */
function describeGroups(groups: Map<string, { labels: string[] }>): string {
  return [...groups].map(([k, g]) => `${k} (${g.labels.join(", ")})`).join(", ");
}

/** "a and b", "a, b and c" */
function listText(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}

function pick(values: readonly string[], better: (a: number, b: number) => boolean): string {
  let best = values[0] as string;
  for (const v of values) if (better(Date.parse(v), Date.parse(best))) best = v;
  return best;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
