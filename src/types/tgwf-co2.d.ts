// @tgwf/co2 ships no type declarations for its data entry points.
declare module "@tgwf/co2/data/electricity-maps" {
  interface YearlyTable {
    data: Record<string, unknown>;
    methodology?: string;
  }
  export const yearly2021: YearlyTable;
  export const yearly2022: YearlyTable;
  export const yearly2023: YearlyTable;
  export const yearly2024: YearlyTable;
  export const yearly2025: YearlyTable;
}
