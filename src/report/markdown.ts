/**
 * The report as GitHub-flavoured markdown, read top to bottom in seconds: what happened and why
 * it differs from the naive figure, the change against the base branch, the budget verdict; then
 * the chart, what would have been better, the hours, and where every figure came from. Every
 * number is read from the validated report (a table of a long run sums its hours, nothing more);
 * every string from data is escaped.
 */
import { markdownTable } from "markdown-table";
import { hourlyChart, sparklines } from "./chart.js";
import { escapeMarkdown, grams, intensity, kwh, num, signed, signedPercent } from "./format.js";
import type { Report } from "./schema.js";

/** Longer tables are folded away in a <details> block. */
export const OPEN_TABLE_ROWS = 24;
/** Longer runs are shown in rows of several hours, so the comment stays within GitHub's limit. */
export const MAX_TABLE_ROWS = 168;

export function renderMarkdown(report: Report): string {
  return [
    headline(report),
    merged(report),
    estimated(report),
    comparison(report),
    budget(report),
    chart(report),
    whatIf(report),
    perUnit(report),
    hourTable(report),
    sources(report),
    modelCard(report),
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
  if (r.insight?.sentence && diff !== null && Math.abs(diff) >= 0.05)
    lines.push(escapeMarkdown(r.insight.sentence));
  return lines.join("\n");
}

function chart(r: Report): string {
  const mermaid = hourlyChart(r);
  if (mermaid === "") return "";
  return [mermaid, "", "<details><summary>Text chart</summary>", "", sparklines(r), "", "</details>"].join(
    "\n",
  );
}

/** In hindsight, and labelled so: other start times, pausing, other places, the next run. */
function whatIf(r: Report): string {
  const w = r.whatIf;
  if (!w) return "";
  const lines = ["**What if** (in hindsight: the same run's energy, hour by hour)"];
  const f = w.flexibleStart;
  if (w.actualG === null) {
    lines.push(
      "- No what-if savings: some hour of the run has no intensity data (priced with the annual average), so there is nothing exact to compare against.",
    );
  } else if (f.windowHours > 0) {
    const window = `${num(f.windowHours, 0)} h either side (${f.candidatesWithData} of ${f.candidatesTotal} starts had data)`;
    if (f.best && f.best.savingG !== null && f.best.savingG > 0) {
      lines.push(
        `- **Start at another time:** starting at ${utcMinute(f.best.start)} UTC (${signedHours(f.best.offsetMinutes)}) would have emitted ${grams(f.best.emissionsG ?? 0)}, ${grams(f.best.savingG)} (${num(f.best.savingPercent ?? 0, 1)}%) less; tried ${window}${f.best.forecast ? "; priced partly with forecasts" : ""}.`,
      );
    } else {
      lines.push(`- **Start at another time:** no cleaner start within ${window}.`);
    }
  }
  if (w.actualG !== null) {
    for (const p of w.pauseResume) {
      const stretch = `+${num(p.stretch * 100, 0)}% time`;
      if (p.emissionsG === null) {
        lines.push(
          `- **Pause through dirty hours (${stretch}):** not computed, ${num(p.dataShare * 100, 0)}% of that window has data.`,
        );
      } else {
        lines.push(
          `- **Pause through dirty hours (${stretch}):** running only in the cleanest hours until ${utcMinute(p.windowEnd)} UTC would emit ${grams(p.emissionsG)} (${savingText(p.savingG, p.savingPercent)}${p.segments !== null ? `, ${p.segments} stretch${p.segments === 1 ? "" : "es"}` : ""}; average power assumed, restart cost not counted).`,
        );
      }
    }
  }
  for (const p of w.places) {
    const basis = p.basis === "hourly" ? "hour by hour" : "at its annual average (no hourly data)";
    lines.push(
      p.emissionsG === null
        ? `- **In ${escapeMarkdown(p.zone)}:** no figures (${escapeMarkdown(p.source)}).`
        : `- **In ${escapeMarkdown(p.zone)}** (${basis}): ${grams(p.emissionsG)}${p.savingG === null ? "" : ` (${savingText(p.savingG, p.savingPercent)})`}.`,
    );
  }
  if (w.nextRun) {
    const n = w.nextRun;
    lines.push(
      n.start && n.emissionsG !== undefined
        ? `- **Next run:** by ${escapeMarkdown(n.source)}'s forecast, the cleanest start in the next 24 h is ${utcMinute(n.start)} UTC, ${grams(n.emissionsG)} for a run like this one${n.savingPercent !== null && n.savingPercent !== undefined ? ` (${num(n.savingPercent, 1)}% less than starting at once)` : ""}.`
        : `- **Next run:** ${escapeMarkdown(n.note ?? "no forecast")}.`,
    );
  }
  return lines.length > 1 ? lines.join("\n") : "";
}

function perUnit(r: Report): string {
  const w = r.work;
  if (!w) return "";
  const parts = Object.entries(w.perUnit).map(([kind, v]) => {
    const per = v.gPerUnit < 0.01 ? `${num(v.gPerUnit * 1000, 3)} mgCO2e` : `${num(v.gPerUnit, 3)} gCO2e`;
    const cmp = r.comparison?.perUnit?.[kind as keyof typeof w.perUnit];
    return `${per} per ${kind.replace(/s$/, "")} (${num(w.units[kind as keyof typeof w.units] ?? 0, 0)} ${kind})${cmp ? `, ${signedPercent(cmp.deltaPercent)} against the baseline` : ""}`;
  });
  return parts.length > 0 ? `**Per unit of work:** ${parts.join("; ")} — ${escapeMarkdown(w.basis)}.` : "";
}

/**
 * The model card's co2_eq_emissions block as YAML (strings JSON-quoted, which YAML reads as
 * double-quoted scalars), ready to paste into a card's front matter; "" when the report has none.
 */
export function modelCardYaml(r: Report): string {
  const c = r.modelCard?.co2_eq_emissions;
  if (!c) return "";
  const lines = ["co2_eq_emissions:", `  emissions: ${c.emissions}`, `  source: ${JSON.stringify(c.source)}`];
  if (c.training_type) lines.push(`  training_type: ${JSON.stringify(c.training_type)}`);
  if (c.geographical_location)
    lines.push(`  geographical_location: ${JSON.stringify(c.geographical_location)}`);
  if (c.hardware_used) lines.push(`  hardware_used: ${JSON.stringify(c.hardware_used)}`);
  return `${lines.join("\n")}\n`;
}

function modelCard(r: Report): string {
  const body = modelCardYaml(r).trimEnd();
  if (body === "") return "";
  // A fence longer than any run of backticks inside, so data cannot close it.
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return [
    "<details><summary>Hugging Face model card</summary>",
    "",
    `${fence}yaml`,
    body,
    fence,
    "",
    "</details>",
  ].join("\n");
}

/** "2025-06-03 13:00" from an ISO UTC time. */
function utcMinute(iso: string): string {
  return iso.slice(0, 16).replace("T", " ");
}

function signedHours(minutes: number): string {
  const h = minutes / 60;
  return `${h >= 0 ? "+" : "−"}${num(Math.abs(h), Number.isInteger(h) ? 0 : 1)} h`;
}

function savingText(savingG: number | null, savingPercent: number | null): string {
  if (savingG === null) return "n/a";
  if (savingG === 0) return "no saving";
  return savingG > 0
    ? `${grams(savingG)} (${num(savingPercent ?? 0, 1)}%) less`
    : `${grams(-savingG)} (${num(-(savingPercent ?? 0), 1)}%) more`;
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
    `of which ${signed(c.energyEffectG, grams)} from the change in energy (the code) and ${signed(c.gridEffectG, grams)} from the grid being ${c.gridEffectG <= 0 ? "cleaner" : "dirtier"} (not the code).`,
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
  const k = Math.max(1, Math.ceil(r.hours.length / MAX_TABLE_ROWS));
  const groups: Report["hours"][] = [];
  for (let i = 0; i < r.hours.length; i += k) groups.push(r.hours.slice(i, i + k));
  const rows = groups.map((g) => {
    const energy = g.reduce((s, h) => s + h.energyKwh, 0);
    const emissions = g.reduce((s, h) => s + h.emissionsG, 0);
    const fallback = energy > 0 ? g.reduce((s, h) => s + h.fallbackEnergyShare * h.energyKwh, 0) / energy : 0;
    const first = g[0] as Report["hours"][number];
    const gi = k === 1 ? first.intensityGPerKwh : energy > 0 ? emissions / energy : null;
    const notes: string[] = [];
    if (fallback > 0) notes.push(`annual average for ${num(fallback * 100, 0)}%`);
    if (g.some((h) => h.estimated)) notes.push("estimated");
    if (g.some((h) => h.forecast)) notes.push("forecast");
    if (energy === 0) notes.push(g.some((h) => h.observedDeviceSeconds > 0) ? "idle" : "no samples");
    return [
      utcMinute(first.start),
      num(energy, 3),
      gi === null ? "n/a" : num(gi, 0),
      num(emissions, 1),
      notes.join(", "),
    ];
  });
  const table = markdownTable(
    [
      [
        k === 1 ? "Hour (UTC)" : `${k} hours from (UTC)`,
        "Energy (kWh)",
        "Intensity (gCO2e/kWh)",
        "Emissions (gCO2e)",
        "Notes",
      ],
      ...rows,
    ],
    { align: ["l", "r", "r", "r", "l"] },
  );
  if (rows.length <= OPEN_TABLE_ROWS) return table;
  const what = k === 1 ? `${rows.length} hours` : `${r.hours.length} hours in ${rows.length} rows of ${k}`;
  return [`<details><summary>Hour by hour (${what})</summary>`, "", table, "", "</details>"].join("\n");
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
    ...(i.estimatedHours > 0 || i.forecastHours > 0
      ? [
          `Of the hours with energy, ${i.estimatedHours} used figures the provider marks as estimated and ${i.forecastHours} used forecasts.`,
        ]
      : []),
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
