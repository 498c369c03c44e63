/**
 * The report as GitHub-flavoured markdown: headline, per-hour table, sources. Every number is
 * read from the validated report; nothing is computed here but presentation.
 */
import { markdownTable } from "markdown-table";
import { escapeMarkdown, grams, intensity, kwh, num, signed, signedPercent } from "./format.js";
import type { Report } from "./schema.js";

export function renderMarkdown(report: Report): string {
  return [
    headline(report),
    merged(report),
    estimated(report),
    comparison(report),
    budget(report),
    hourTable(report),
    sources(report),
    warnings(report),
  ]
    .filter((s) => s.length > 0)
    .join("\n\n")
    .concat("\n");
}

function headline(r: Report): string {
  const t = r.totals;
  const zone = r.intensity.zone ? ` in ${escapeMarkdown(r.intensity.zone)}` : "";
  const lines = [
    `### gridprint: ${grams(t.emissionsG)} for ${kwh(t.energyKwh)}${t.estimatedEnergyShare > 0 ? " (estimated)" : ""}${zone}`,
    "",
    `Hour by hour: **${grams(t.emissionsG)}** (${intensity(t.intensityGPerKwh)} on average over the run) for **${kwh(t.energyKwh)}** between ${r.window.start} and ${r.window.end} (${num(r.window.durationHours, 1)} h).`,
  ];
  const naiveWhat = `${r.naive.year} annual average (${intensity(r.naive.gPerKwh)})`;
  const diff = t.naiveDifferencePercent;
  const verdict =
    diff === null
      ? ""
      : Math.abs(diff) < 0.05
        ? ": the same as the hourly figure"
        : `: the hourly figure is ${num(Math.abs(diff), 1)}% ${diff > 0 ? "higher" : "lower"}`;
  lines.push(`The ${naiveWhat} would give **${grams(t.naiveEmissionsG)}**${verdict}.`);
  return lines.join("\n");
}

function estimated(r: Report): string {
  if (r.estimates.length === 0) return "";
  const share = r.totals.estimatedEnergyShare;
  const head =
    share >= 1
      ? "**All of this energy is estimated, not measured**: no power trace was given."
      : `**${num(share * 100, 0)}% of this energy is estimated, not measured.**`;
  return [head, ...r.estimates.map((e) => `- ${escapeMarkdown(e.explanation)}`)].join("\n");
}

function merged(r: Report): string {
  return r.merged ? escapeMarkdown(r.merged.summary) : "";
}

function comparison(r: Report): string {
  const c = r.comparison;
  if (!c) return r.baselineNote ? `_${escapeMarkdown(r.baselineNote)}_` : "";
  return [
    `**Against the baseline** (${escapeMarkdown(c.baseFile)}): energy ${signed(c.energyDeltaKwh, kwh)} (${signedPercent(c.energyDeltaPercent)}), emissions ${signed(c.emissionsDeltaG, grams)} (${signedPercent(c.emissionsDeltaPercent)}),`,
    `of which ${signed(c.energyEffectG, grams)} from the change in energy and ${signed(c.gridEffectG, grams)} from the grid being cleaner or dirtier.`,
  ].join(" ");
}

function budget(r: Report): string {
  if (r.budget.checks.length === 0) return "";
  const lines = r.budget.checks.map(
    (c) => `- ${c.value === null ? "➖" : c.passed ? "✅" : "❌"} ${escapeMarkdown(c.message)}`,
  );
  return [`**Budget: ${r.budget.passed ? "kept" : "broken"}**`, ...lines].join("\n");
}

function hourTable(r: Report): string {
  const rows = r.hours.map((h) => {
    const notes: string[] = [];
    if (h.fallbackEnergyShare > 0) notes.push(`annual average for ${num(h.fallbackEnergyShare * 100, 0)}%`);
    if (h.estimated) notes.push("estimated");
    if (h.forecast) notes.push("forecast");
    if (h.energyKwh === 0) notes.push(h.observedDeviceSeconds > 0 ? "idle" : "no samples");
    return [
      h.start.slice(0, 16).replace("T", " "),
      num(h.energyKwh, 3),
      h.intensityGPerKwh === null ? "n/a" : num(h.intensityGPerKwh, 0),
      num(h.emissionsG, 1),
      notes.join(", "),
    ];
  });
  const table = markdownTable(
    [["Hour (UTC)", "Energy (kWh)", "Intensity (gCO2e/kWh)", "Emissions (gCO2e)", "Notes"], ...rows],
    { align: ["l", "r", "r", "r", "l"] },
  );
  return table;
}

function sources(r: Report): string {
  const traces = r.sources.map((s) => {
    const synthetic = s.synthetic ? " (synthetic example data)" : "";
    const skipped = s.rowsSkipped > 0 ? `, ${num(s.rowsSkipped, 0)} skipped` : "";
    const missing = s.missingValues > 0 ? `, ${num(s.missingValues, 0)} missing readings` : "";
    return `${escapeMarkdown(s.file)}${synthetic} (${escapeMarkdown(s.format)}, ${num(s.rowsRead, 0)} rows${skipped}${missing})`;
  });
  const i = r.intensity;
  const factor = i.factor === "lifecycle" ? "life-cycle" : "direct";
  const intensityLine = `${escapeMarkdown(i.source)}${i.file ? ` (${escapeMarkdown(i.file)}${i.synthetic ? ", synthetic example data" : ""})` : ""}, ${i.zone ? `zone ${escapeMarkdown(i.zone)}, ` : ""}${factor} factors, ${i.signal} intensity: ${escapeMarkdown(i.summary)}`;
  const devices = `${r.devices.length} device${r.devices.length === 1 ? "" : "s"}${
    r.hosts.length > 1
      ? ` on ${r.hosts.length} hosts (${r.hosts.map((h) => `${escapeMarkdown(h.host)} ${kwh(h.energyKwh)}`).join(", ")})`
      : ""
  }`;
  const runs = r.runs.map((run) => {
    const units = Object.entries(run.units)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${num(v as number, 0)} ${k}`)
      .join(", ");
    return `${escapeMarkdown(run.file)} (${escapeMarkdown(run.format)}${units ? `: ${units}` : ""})`;
  });
  return [
    `**Data** — power: ${traces.length > 0 ? traces.join("; ") : "none (estimated)"}; ${devices}.`,
    ...(runs.length > 0 ? [`Training logs: ${runs.join("; ")}.`] : []),
    `Intensity: ${intensityLine}.`,
    ...((i.degraded ?? []).length > 0
      ? [`**Fallback:** ${(i.degraded ?? []).map(escapeMarkdown).join("; ")}.`]
      : []),
    ...(i.signal === "marginal"
      ? [
          "These are marginal figures (the emissions of the plants that answer extra demand), not the average of the mix; the annual average they are set against is an average figure.",
        ]
      : []),
    `Naive figure: ${escapeMarkdown(r.naive.source)}${r.naive.year !== r.naive.requestedYear ? ` (${r.naive.year}: nearest to ${r.naive.requestedYear})` : ""}.`,
    ...(i.licences.length > 0 ? [`Data terms: ${i.licences.map(escapeMarkdown).join("; ")}.`] : []),
  ].join("\n");
}

function warnings(r: Report): string {
  if (r.warnings.length === 0) return "";
  return [
    `<details><summary>Warnings (${r.warnings.length})</summary>`,
    "",
    ...r.warnings.map((w) => `- ${escapeMarkdown(w)}`),
    "",
    "</details>",
  ].join("\n");
}
