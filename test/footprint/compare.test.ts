import { describe, expect, it } from "vitest";
import { evaluateBudgets } from "../../src/footprint/budget.js";
import { compareFootprints } from "../../src/footprint/compare.js";

describe("compareFootprints", () => {
  it("splits the emissions change into an energy effect and a grid effect that add up", () => {
    // Base: 10 kWh at 200 g/kWh. Head: 12 kWh at 150 g/kWh.
    const c = compareFootprints({ energyKwh: 12, emissionsG: 1800 }, { energyKwh: 10, emissionsG: 2000 });
    expect(c.energyDeltaKwh).toBeCloseTo(2, 12);
    expect(c.energyDeltaPercent).toBeCloseTo(20, 12);
    expect(c.emissionsDeltaG).toBeCloseTo(-200, 12);
    expect(c.energyEffectG).toBeCloseTo(400, 12); // 2 kWh × 200
    expect(c.gridEffectG).toBeCloseTo(-600, 12); // 12 kWh × (150 − 200)
    expect(c.energyEffectG + c.gridEffectG).toBeCloseTo(c.emissionsDeltaG, 12);
  });

  it("has no percentages against a base that drew nothing", () => {
    const c = compareFootprints({ energyKwh: 1, emissionsG: 100 }, { energyKwh: 0, emissionsG: 0 });
    expect(c.energyDeltaPercent).toBeNull();
    expect(c.energyEffectG).toBe(100);
    expect(c.gridEffectG).toBe(0);
  });
});

describe("evaluateBudgets", () => {
  const totals = { energyKwh: 5, emissionsG: 900 };
  it("passes and fails absolute budgets with messages naming them", () => {
    const v = evaluateBudgets({ budgetG: 800, budgetKwh: 6 }, totals, undefined);
    expect(v.passed).toBe(false);
    expect(v.checks.map((c) => [c.name, c.passed])).toEqual([
      ["budget-g", false],
      ["budget-kwh", true],
    ]);
    expect(v.checks[0]?.message).toBe("emissions 900.0 gCO2e exceed budget-g 800 gCO2e");
  });

  it("checks the energy increase over the baseline, and says when there is none", () => {
    const c = compareFootprints(totals, { energyKwh: 4, emissionsG: 700 });
    expect(evaluateBudgets({ maxIncreasePercent: 20 }, totals, c).passed).toBe(false);
    expect(evaluateBudgets({ maxIncreasePercent: 25 }, totals, c).passed).toBe(true);
    const none = evaluateBudgets({ maxIncreasePercent: 5 }, totals, undefined);
    expect(none.passed).toBe(true);
    expect(none.checks[0]?.message).toMatch(/no baseline/);
  });

  it("passes with no limits set", () => {
    expect(evaluateBudgets({}, totals, undefined)).toEqual({ checks: [], passed: true });
  });
});
