/**
 * The bundled yearly averages: Electricity Maps' figure per zone and year (life-cycle, gCO2e/kWh),
 * as shipped by @tgwf/co2. The last resort when no hourly data is at hand, and the basis of the
 * naive figure when the intensity source does not cover the run's whole year.
 */
import { yearly2021, yearly2022, yearly2023, yearly2024, yearly2025 } from "@tgwf/co2/data/electricity-maps";

interface YearlyTable {
  data: Record<string, { zone?: { zoneName?: string }; carbonIntensity?: { value?: number } }>;
}

const TABLES: ReadonlyMap<number, YearlyTable> = new Map([
  [2021, yearly2021 as YearlyTable],
  [2022, yearly2022 as YearlyTable],
  [2023, yearly2023 as YearlyTable],
  [2024, yearly2024 as YearlyTable],
  [2025, yearly2025 as YearlyTable],
]);

export const BUNDLED_YEARS = [...TABLES.keys()];

export interface AnnualAverage {
  zone: string;
  zoneName?: string;
  /** The year asked for. */
  requestedYear: number;
  /** The year whose figure was used: the nearest one bundled that has the zone. */
  year: number;
  gPerKwh: number;
  source: string;
}

export const BUNDLED_SOURCE = "Electricity Maps yearly average (bundled with @tgwf/co2)";

/** The zone's yearly average for the year, or the nearest year that has the zone; undefined if no year has it. */
export function bundledAnnualAverage(zone: string, year: number): AnnualAverage | undefined {
  const years = [...TABLES.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  for (const y of years) {
    const entry = TABLES.get(y)?.data[zone];
    const value = entry?.carbonIntensity?.value;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
      return {
        zone,
        zoneName: entry?.zone?.zoneName,
        requestedYear: year,
        year: y,
        gPerKwh: value,
        source: BUNDLED_SOURCE,
      };
    }
  }
  return undefined;
}

/** Zone ids known to the bundled tables (for "did you mean" messages). */
export function knownZones(): string[] {
  const all = new Set<string>();
  for (const t of TABLES.values()) for (const z of Object.keys(t.data)) all.add(z);
  return [...all].sort();
}
