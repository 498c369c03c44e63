/**
 * Units of carbon intensity as people write them in column headers and flags: `g/kWh`,
 * `gCO₂eq/kWh`, `carbon_intensity_gco2_per_kwh`, `moer (kg/kWh)`, `lbs_co2_per_mwh`...
 *
 * Only units that can be read one way are recognised: a `ton` (short or metric?) or `Mt` (megatonne
 * or metric ton?) gives undefined, and callers turn undefined into an error, never a guess.
 */

export interface IntensityUnit {
  /** Multiply a value in this unit by this to get gCO2e/kWh. */
  factorToGPerKwh: number;
  /** Canonical spelling, e.g. "kg/kWh", "lb/MWh". */
  unit: string;
}

const GRAMS_PER_POUND = 453.59237;

const MASS: Record<string, { grams: number; name: string }> = {
  mg: { grams: 0.001, name: "mg" },
  g: { grams: 1, name: "g" },
  gram: { grams: 1, name: "g" },
  grams: { grams: 1, name: "g" },
  kg: { grams: 1000, name: "kg" },
  t: { grams: 1e6, name: "t" },
  tonne: { grams: 1e6, name: "t" },
  tonnes: { grams: 1e6, name: "t" },
  lb: { grams: GRAMS_PER_POUND, name: "lb" },
  lbs: { grams: GRAMS_PER_POUND, name: "lb" },
  pound: { grams: GRAMS_PER_POUND, name: "lb" },
  pounds: { grams: GRAMS_PER_POUND, name: "lb" },
};

const ENERGY: Record<string, { kwh: number; name: string }> = {
  wh: { kwh: 0.001, name: "Wh" },
  kwh: { kwh: 1, name: "kWh" },
  mwh: { kwh: 1000, name: "MWh" },
  gwh: { kwh: 1e6, name: "GWh" },
};

/**
 * mass [CO2 qualifier] separator energy. The mass must not follow a letter, so the `g` of `kg` or
 * `avg` is never read as grams; alternatives are tried longest first; the energy unit must not run
 * on into a longer word.
 */
const UNIT =
  /(?<![a-z])(tonnes|tonne|pounds|pound|grams|gram|lbs|lb|kg|mg|g|t)(?:[\s_-]?co2(?:[\s_-]?(?:equivalent|equiv|eq|e))?)?(?:\s*\/\s*|[\s_-]+per[\s_-]+)(gwh|mwh|kwh|wh)(?![a-z])/;

/** Lower case, with the Unicode subscript two (CO₂) and the like spelled in ASCII. */
export function normalizeUnitText(text: string): string {
  return text
    .toLowerCase()
    .replace(/₂/g, "2")
    .replace(/[‐‑–—]/g, "-")
    .replace(/∕/g, "/");
}

/**
 * The unit named anywhere in text (a column header or a flag), case-insensitively; undefined when
 * there is none or it is not one gridprint can convert without guessing.
 */
export function parseIntensityUnit(text: string): IntensityUnit | undefined {
  const m = UNIT.exec(normalizeUnitText(text));
  if (!m) return undefined;
  const mass = MASS[m[1] as string];
  const energy = ENERGY[m[2] as string];
  if (!mass || !energy) return undefined;
  return { factorToGPerKwh: mass.grams / energy.kwh, unit: `${mass.name}/${energy.name}` };
}

/**
 * True when text looks like it tries to name a unit (`something/kWh`, `per MWh`, or a bracketed
 * `(a/b)`), whether or not {@link parseIntensityUnit} knows it: such a header with an unknown unit
 * is an error, not a column without a unit.
 */
export function looksLikeUnit(text: string): boolean {
  const s = normalizeUnitText(text);
  return (
    /(?:\/|(?<![a-z])per(?![a-z]))[\s_]*(?:[kmgt]?wh|kilowatt|megawatt)(?![a-z])/.test(s) ||
    /[([][^)\]]*\/[^)\]]*[)\]]/.test(s)
  );
}

/** The spellings to suggest in messages. */
export const UNIT_EXAMPLES = "g/kWh, gCO2eq/kWh, kg/kWh, kg/MWh, t/MWh, lb/MWh";
