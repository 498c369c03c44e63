/**
 * Carbon budgets: absolute limits per run (grams, kWh) and a limit on the increase over the base
 * branch (energy by default, as the part the change controls).
 */
import type { Comparison, FootprintTotals } from "./compare.js";

export interface BudgetLimits {
  budgetG?: number;
  budgetKwh?: number;
  maxIncreasePercent?: number;
  /** What max-increase-percent limits (default energy: the part the change controls). */
  increaseOf?: "energy" | "emissions";
}

export interface BudgetCheck {
  name: "budget-g" | "budget-kwh" | "max-increase-percent";
  limit: number;
  /** The figure checked; null when it could not be computed (no baseline). */
  value: number | null;
  passed: boolean;
  message: string;
}

export interface BudgetVerdict {
  checks: BudgetCheck[];
  /** True when no check failed (a check that could not run is not a failure, and says so). */
  passed: boolean;
}

const fmt = (v: number, digits: number) => v.toFixed(digits);

export function evaluateBudgets(
  limits: BudgetLimits,
  totals: FootprintTotals,
  comparison: Comparison | undefined,
): BudgetVerdict {
  const checks: BudgetCheck[] = [];
  if (limits.budgetG !== undefined) {
    const passed = totals.emissionsG <= limits.budgetG;
    checks.push({
      name: "budget-g",
      limit: limits.budgetG,
      value: totals.emissionsG,
      passed,
      message: `emissions ${fmt(totals.emissionsG, 1)} gCO2e ${passed ? "within" : "exceed"} budget-g ${limits.budgetG} gCO2e`,
    });
  }
  if (limits.budgetKwh !== undefined) {
    const passed = totals.energyKwh <= limits.budgetKwh;
    checks.push({
      name: "budget-kwh",
      limit: limits.budgetKwh,
      value: totals.energyKwh,
      passed,
      message: `energy ${fmt(totals.energyKwh, 3)} kWh ${passed ? "within" : "exceeds"} budget-kwh ${limits.budgetKwh} kWh`,
    });
  }
  if (limits.maxIncreasePercent !== undefined) {
    const of = limits.increaseOf ?? "energy";
    const pct =
      (of === "energy" ? comparison?.energyDeltaPercent : comparison?.emissionsDeltaPercent) ?? null;
    if (pct === null) {
      checks.push({
        name: "max-increase-percent",
        limit: limits.maxIncreasePercent,
        value: null,
        passed: true,
        message: comparison
          ? `max-increase-percent not checked: the baseline's ${of} is zero`
          : "max-increase-percent not checked: no baseline report",
      });
    } else {
      const passed = pct <= limits.maxIncreasePercent;
      checks.push({
        name: "max-increase-percent",
        limit: limits.maxIncreasePercent,
        value: pct,
        passed,
        message: `${of} change ${pct >= 0 ? "+" : ""}${fmt(pct, 1)}% against the baseline ${passed ? "within" : "exceeds"} max-increase-percent ${limits.maxIncreasePercent}%`,
      });
    }
  }
  return { checks, passed: checks.every((c) => c.passed) };
}
