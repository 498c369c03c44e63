import { describe, expect, it } from "vitest";
import { applyBaseline } from "../../src/report/baseline.js";
import { degradedReasons } from "../../src/report/degraded.js";
import { withDerived } from "../../src/report/derive.js";
import { parseReport } from "../../src/report/schema.js";
import { hour, makeReport } from "./factory.js";

// Head: 2 kWh for 300 g (150 g/kWh). Base: 1 kWh for 200 g (200 g/kWh).
const head = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 2, 300)] });
const base = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 200)] });

describe("applyBaseline", () => {
  it("replaces the head's comparison and budget with ones against the base", () => {
    const r = applyBaseline(
      head,
      { report: base, label: "run 5 of main (abc1234)" },
      { maxIncreasePercent: 50 },
    );
    const c = r.comparison;
    expect(c?.baseFile).toBe("run 5 of main (abc1234)");
    expect(c?.baseGeneratedAt).toBe(base.generatedAt);
    expect(c?.energyDeltaKwh).toBe(1);
    expect(c?.energyDeltaPercent).toBe(100);
    expect(c?.emissionsDeltaG).toBe(100);
    // Energy effect: ΔE × base intensity = 1 × 200; grid effect: 2 × (150 − 200) = −100.
    expect(c?.energyEffectG).toBe(200);
    expect(c?.gridEffectG).toBe(-100);
    expect(r.budget.passed).toBe(false);
    expect(r.budget.checks).toEqual([
      {
        name: "max-increase-percent",
        limit: 50,
        value: 100,
        passed: false,
        message: "energy change +100.0% against the baseline exceeds max-increase-percent 50%",
      },
    ]);
  });

  it("limits emissions instead with increase-of emissions", () => {
    const r = applyBaseline(
      head,
      { report: base, label: "b" },
      { maxIncreasePercent: 60, increaseOf: "emissions" },
    );
    expect(r.budget.checks[0]?.value).toBe(50);
    expect(r.budget.checks[0]?.passed).toBe(true);
    expect(r.budget.checks[0]?.message).toBe(
      "emissions change +50.0% against the baseline within max-increase-percent 60%",
    );
  });

  it("without a base drops any old comparison, keeps the note, and cannot check the increase", () => {
    const r = applyBaseline(
      head,
      undefined,
      { maxIncreasePercent: 5, budgetG: 250 },
      "No baseline: none yet.",
    );
    expect(r.comparison).toBeUndefined();
    expect(r.baselineNote).toBe("No baseline: none yet.");
    expect(r.budget.checks.map((c) => [c.name, c.passed, c.value])).toEqual([
      ["budget-g", false, 300],
      ["max-increase-percent", true, null],
    ]);
  });

  it("a base with no energy gives no percentages, and the whole change is the energy's", () => {
    const empty = makeReport({ hours: [hour("2025-01-01T10:00:00Z", 0, 0)] });
    const r = applyBaseline(head, { report: empty, label: "b" }, { maxIncreasePercent: 5 });
    expect(r.comparison?.energyDeltaPercent).toBeNull();
    expect(r.comparison?.energyEffectG).toBe(300);
    expect(r.comparison?.gridEffectG).toBe(0);
    expect(r.budget.checks[0]?.message).toBe(
      "max-increase-percent not checked: the baseline's energy is zero",
    );
  });
});

describe("degradedReasons", () => {
  const intensity = head.intensity;
  it("is empty when every hour came from data", () => {
    expect(degradedReasons(intensity)).toEqual([]);
  });

  it("names failed providers and hours priced with the annual average", () => {
    const reasons = degradedReasons({
      ...intensity,
      attempts: [
        {
          source: "uk",
          title: "UK Carbon Intensity API",
          licence: "CC BY 4.0",
          periodsUsed: 0,
          requests: 3,
          failure: "HTTP 503",
        },
      ],
      coverage: { hoursWithEnergy: 4, hoursMeasured: 3, hoursWithFallback: 1, energyShare: 0.75 },
    });
    expect(reasons).toEqual([
      "UK Carbon Intensity API gave no figures (HTTP 503)",
      "1 of 4 hour(s) priced in whole or part with the annual average (25.0% of the energy)",
    ]);
  });

  it("an annual average that was asked for is a choice, not a fallback", () => {
    const average = { ...intensity, provider: "average", requested: "average", quality: "fallback" as const };
    expect(degradedReasons(average)).toEqual([]);
    expect(degradedReasons({ ...average, requested: "auto" })[0]).toMatch(/^no hourly intensity data/);
  });
});

describe("a version-1 report from before the fields added since", () => {
  it("is still read and compared (every added field is optional)", () => {
    const full = withDerived(head);
    const {
      work: _w,
      whatIf: _wi,
      insight: _i,
      modelCard: _m,
      location: _l,
      merged: _mg,
      baselineNote: _b,
      comparison: _c,
      ...old
    } = full;
    const { requested: _r, degraded: _d, ...intensity } = old.intensity;
    const first = parseReport(JSON.parse(JSON.stringify({ ...old, intensity })));
    expect(first.intensity.degraded).toBeUndefined();
    const r = applyBaseline(head, { report: first, label: "an old base" }, {});
    expect(r.comparison?.emissionsDeltaG).toBe(0);
    expect(r.comparison?.perUnit).toBeUndefined();
  });
});
