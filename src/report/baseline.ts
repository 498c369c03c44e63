/**
 * Head against base, at the level of whole reports: the comparison and the budget verdict that
 * depends on it. Every shell and mode ends here, whatever found the base report (a file, the base
 * branch's artifact, or nothing).
 */
import { type BudgetLimits, evaluateBudgets } from "../footprint/budget.js";
import { compareFootprints, percentChange } from "../footprint/compare.js";
import { parseReport, type Report, UNIT_KINDS } from "./schema.js";

export interface BaseReport {
  report: Report;
  /** Where it came from, in words: a path, or "run 1234 of main (abc1234)". */
  label: string;
  run?: NonNullable<Report["comparison"]>["baseRun"];
}

/** The report compared with `base` (or with nothing, saying why in `note`) and budgets re-evaluated. */
export function applyBaseline(
  head: Report,
  base: BaseReport | undefined,
  limits: BudgetLimits,
  note?: string,
): Report {
  const { comparison: _c, baselineNote: _n, ...rest } = head;
  const comparison = base
    ? {
        baseFile: base.label,
        ...(base.run ? { baseRun: base.run } : {}),
        baseGeneratedAt: base.report.generatedAt,
        ...compareFootprints(head.totals, base.report.totals),
        ...perUnitComparison(head, base.report),
      }
    : undefined;
  const budget = evaluateBudgets(limits, head.totals, comparison);
  return parseReport({
    ...rest,
    ...(comparison ? { comparison } : {}),
    ...(!base && note ? { baselineNote: note } : {}),
    budget,
  });
}

/** gCO2e per unit, head against base, for each unit both count: longer training that is cleaner per step reads as such. */
function perUnitComparison(
  head: Report,
  base: Report,
): { perUnit?: NonNullable<Report["comparison"]>["perUnit"] } {
  const perUnit: NonNullable<NonNullable<Report["comparison"]>["perUnit"]> = {};
  for (const kind of UNIT_KINDS) {
    const h = head.work?.perUnit[kind];
    const b = base.work?.perUnit[kind];
    if (!h || !b) continue;
    perUnit[kind] = {
      baseGPerUnit: b.gPerUnit,
      headGPerUnit: h.gPerUnit,
      deltaPercent: percentChange(h.gPerUnit, b.gPerUnit),
    };
  }
  return Object.keys(perUnit).length > 0 ? { perUnit } : {};
}
