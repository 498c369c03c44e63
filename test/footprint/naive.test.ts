import { describe, expect, it } from "vitest";
import { naiveBasis, yearMean } from "../../src/footprint/naive.js";
import { bundledAnnualAverage } from "../../src/intensity/annual-average.js";
import { stepSeries } from "../helpers.js";

describe("naive basis", () => {
  it("uses the series mean when the series covers the run's whole year", () => {
    // 2023 has 8760 hours: alternate 100 and 300, mean 200.
    const values = Array.from({ length: 8760 }, (_, i) => (i % 2 ? 300 : 100));
    const series = stepSeries("2023-01-01T00:00:00Z", 60, values);
    expect(yearMean(series, 2023)).toEqual({ gPerKwh: 200, coverage: 1 });
    const basis = naiveBasis("GB", 2023, series, "lifecycle", []);
    expect(basis).toMatchObject({ method: "series-year-mean", gPerKwh: 200, year: 2023 });
  });

  it("falls back to the bundled Electricity Maps yearly average for a partial series", () => {
    const series = stepSeries("2024-06-03T00:00:00Z", 60, [100, 200]);
    const warnings: string[] = [];
    const basis = naiveBasis("GB", 2024, series, "lifecycle", warnings);
    expect(basis).toMatchObject({
      method: "bundled-yearly-average",
      gPerKwh: 175,
      year: 2024,
      factor: "lifecycle",
    });
    expect(warnings).toEqual([]);
  });

  it("takes the nearest bundled year and says so", () => {
    const warnings: string[] = [];
    const basis = naiveBasis("GB", 2026, undefined, "lifecycle", warnings);
    expect(basis).toMatchObject({ year: 2025, requestedYear: 2026, gPerKwh: 176 });
    expect(warnings[0]).toMatch(/nearest year/);
    expect(bundledAnnualAverage("GB", 2019)?.year).toBe(2021);
  });

  it("warns that the bundled figure is life-cycle when direct factors were asked for", () => {
    const warnings: string[] = [];
    naiveBasis("DE", 2024, undefined, "direct", warnings);
    expect(warnings.join(" ")).toMatch(/life-cycle figures only/);
  });

  it("has no basis for an unknown zone", () => {
    expect(naiveBasis("XX-NOWHERE", 2024, undefined, "lifecycle", [])).toBeUndefined();
  });
});
