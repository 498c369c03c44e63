import { describe, expect, it } from "vitest";
import { looksLikeUnit, parseIntensityUnit } from "../../../src/intensity/file/units.js";

const LB = 453.59237;

describe("parseIntensityUnit", () => {
  it.each([
    ["g/kWh", 1, "g/kWh"],
    ["gCO2/kWh", 1, "g/kWh"],
    ["gCO2eq/kWh", 1, "g/kWh"],
    ["gCO₂eq/kWh", 1, "g/kWh"],
    ["gCO2e/kWh", 1, "g/kWh"],
    ["g CO2-eq / kWh", 1, "g/kWh"],
    ["g_per_kwh", 1, "g/kWh"],
    ["gco2_per_kwh", 1, "g/kWh"],
    ["gco2eq_per_kwh", 1, "g/kWh"],
    ["G/KWH", 1, "g/kWh"],
    ["grams per kWh", 1, "g/kWh"],
    ["kg/kWh", 1000, "kg/kWh"],
    ["kgCO2/kWh", 1000, "kg/kWh"],
    ["kg_per_kwh", 1000, "kg/kWh"],
    ["KgCO2e/kWh", 1000, "kg/kWh"],
    ["lbs/MWh", LB / 1000, "lb/MWh"],
    ["lb/MWh", LB / 1000, "lb/MWh"],
    ["lbs_co2_per_mwh", LB / 1000, "lb/MWh"],
    ["t/MWh", 1000, "t/MWh"],
    ["tCO2/MWh", 1000, "t/MWh"],
    ["tonnes/MWh", 1000, "t/MWh"],
    ["kg/MWh", 1, "kg/MWh"],
    ["g/MWh", 0.001, "g/MWh"],
    ["mg/kWh", 0.001, "mg/kWh"],
    ["g/Wh", 1000, "g/Wh"],
  ])("%s → × %d", (text, factor, unit) => {
    const parsed = parseIntensityUnit(text);
    expect(parsed?.unit).toBe(unit);
    expect(parsed?.factorToGPerKwh).toBeCloseTo(factor, 12);
  });

  it.each([
    ["carbon_intensity_gco2_per_kwh", 1],
    ["moer (kg/kWh)", 1000],
    ["Carbon intensity gCO₂eq/kWh (Life cycle)", 1],
    ["Carbon Intensity gCO₂eq/kWh (LCA)", 1],
    ["Carbon intensity gCO₂eq/kWh (direct)", 1],
    ["marginal_lbs_co2_per_mwh", LB / 1000],
    ["intensity [kgCO2e/MWh]", 1],
    ["avg_g_per_kwh", 1],
  ])("finds the unit inside %s", (text, factor) => {
    expect(parseIntensityUnit(text)?.factorToGPerKwh).toBeCloseTo(factor, 12);
  });

  it("does not read kg/kWh as g/kWh, nor kg/MWh as g/MWh", () => {
    expect(parseIntensityUnit("kg/kWh")?.factorToGPerKwh).toBe(1000);
    expect(parseIntensityUnit("moer_kg_per_kwh")?.factorToGPerKwh).toBe(1000);
    expect(parseIntensityUnit("kg/MWh")?.factorToGPerKwh).toBe(1);
    expect(parseIntensityUnit("g/MWh")?.factorToGPerKwh).toBe(0.001);
  });

  it("does not read lbs/MWh as g/MWh or as grams, nor MWh as kWh", () => {
    expect(parseIntensityUnit("lbs/MWh")?.factorToGPerKwh).toBeCloseTo(0.45359237, 12);
    expect(parseIntensityUnit("lbs/kWh")?.factorToGPerKwh).toBeCloseTo(453.59237, 9);
    expect(parseIntensityUnit("g/kWh")?.factorToGPerKwh).toBe(1);
  });

  it("does not take the g of a longer word for grams", () => {
    expect(parseIntensityUnit("avg/kWh")).toBeUndefined();
    expect(parseIntensityUnit("mmBtu/MWh")).toBeUndefined();
  });

  it.each([
    "furlongs/kWh",
    "intensity (furlongs/kWh)",
    "ton/MWh",
    "tons/MWh",
    "moer",
    "time",
    "gco2",
    "kWh",
    "g",
    "",
    "Renewable energy percentage (RE%)",
    "g/kWhr",
  ])("does not guess a unit in %j", (text) => {
    expect(parseIntensityUnit(text)).toBeUndefined();
  });
});

describe("looksLikeUnit", () => {
  it.each([
    ["intensity (furlongs/kWh)", true],
    ["co2_per_kwh", true],
    ["pounds per MWh", true],
    ["value (a/b)", true],
    ["moer", false],
    ["Datetime (UTC)", false],
    ["Carbon-free energy percentage (CFE%)", false],
    ["carbon_intensity", false],
  ])("%s → %s", (text, expected) => {
    expect(looksLikeUnit(text)).toBe(expected);
  });
});
