/**
 * Electricity Maps CSV exports (the hourly/daily/yearly downloads of the data portal), both header
 * generations:
 *
 *   current: Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),
 *            Carbon intensity gCO₂eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),...,
 *            Data source,Data estimated,Data estimation method
 *   legacy:  Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),
 *            Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,...,Data Estimated,...
 *
 * Columns are found by meaning, not position. Times are period starts in UTC without a zone marker;
 * each row holds for the spacing of the rows (1 h in hourly exports).
 */
import { InputError } from "../../errors.js";
import { parseDecimal, splitCsvLine } from "../../text/csv.js";
import { HOUR_MS } from "../../time/timestamp.js";
import { newStats, skip } from "../../traces/types.js";
import {
  buildPeriods,
  clip,
  FACTOR_NAME,
  findTimeColumn,
  formatDuration,
  headerFactor,
  headerKey,
  headerOf,
  headerSaysUtc,
  type IntensityRow,
  isNotRow,
  noRowsError,
  plural,
  readValue,
  resolveUnit,
  TimeReader,
} from "./common.js";
import type { IntensityFileReader, IntensityReadOptions, IntensityReadResult } from "./types.js";

const FORMAT = "electricity-maps-csv";

interface Columns {
  time: number;
  value: number;
  zone: number;
  estimated: number;
}

function isIntensityKey(key: string): boolean {
  return key.startsWith("carbon_intensity") || key.includes("co2eq_intensity");
}

function isZoneIdKey(key: string): boolean {
  return key === "zone_id" || key === "zoneid" || key === "zone_key";
}

function isEstimatedKey(key: string): boolean {
  return key === "data_estimated" || key === "estimated" || key === "is_estimated" || key === "isestimated";
}

function isEmHeader(headers: readonly string[]): boolean {
  const keys = headers.map(headerKey);
  return (
    findTimeColumn(headers) !== -1 &&
    keys.some(isIntensityKey) &&
    keys.some((k) => isZoneIdKey(k) || k === "zone_name" || isEstimatedKey(k))
  );
}

function findColumns(
  headers: readonly string[],
  options: IntensityReadOptions,
  headerLine: number,
  headerText: string,
  warnings: string[],
): Columns {
  const keys = headers.map(headerKey);
  const time = findTimeColumn(headers);
  if (time === -1) {
    throw new InputError(
      `no time column in the Electricity Maps header "${clip(headerText)}" (expected "Datetime (UTC)")`,
      options.file,
      headerLine,
    );
  }
  const intensity = keys.flatMap((k, i) => (isIntensityKey(k) ? [i] : []));
  let value = intensity.find((i) => headerFactor(headers[i] as string) === options.factor);
  if (value === undefined) {
    const unqualified = intensity.filter((i) => headerFactor(headers[i] as string) === undefined);
    const [only] = unqualified;
    if (unqualified.length === 1 && only !== undefined) {
      value = only;
      warnings.push(
        `column "${headers[only]}" does not say whether it holds direct or life-cycle figures; read as ${FACTOR_NAME[options.factor]}`,
      );
    } else {
      const found = intensity.map((i) => `"${headers[i]}"`).join(", ");
      throw new InputError(
        `no ${FACTOR_NAME[options.factor]} carbon intensity column in this Electricity Maps export (found ${found || "none"}); ask for the factor the file has`,
        options.file,
        headerLine,
      );
    }
  }
  return {
    time,
    value,
    zone: keys.findIndex(isZoneIdKey),
    estimated: keys.findIndex(isEstimatedKey),
  };
}

function isTrue(text: string | undefined): boolean {
  if (text === undefined) return false;
  const s = text.toLowerCase();
  return s === "true" || s === "1" || s === "yes";
}

export const electricityMapsCsv: IntensityFileReader = {
  format: FORMAT,

  sniff(head: readonly string[]): boolean {
    const first = headerOf(head);
    return first !== undefined && isEmHeader(splitCsvLine(first));
  },

  async read(lines: AsyncIterable<string>, options: IntensityReadOptions): Promise<IntensityReadResult> {
    const stats = newStats();
    const rows: IntensityRow[] = [];
    let lineNo = 0;
    let headerLine = 0;
    let headers: string[] | undefined;
    let cols: Columns | undefined;
    let factor = 1;
    let valueHeader = "";
    let times: TimeReader | undefined;
    let zone: string | undefined;
    const otherZones = new Map<string, number>();

    for await (const line of lines) {
      lineNo++;
      if (isNotRow(line)) continue;
      if (cols === undefined || headers === undefined || times === undefined) {
        headers = splitCsvLine(line);
        headerLine = lineNo;
        cols = findColumns(headers, options, headerLine, line, stats.warnings);
        valueHeader = headers[cols.value] as string;
        const unit = resolveUnit(valueHeader, options.unit, options.file, headerLine, line);
        factor = unit.unit.factorToGPerKwh;
        if (unit.from === "flag") stats.notes.push(`values in ${unit.unit.unit}, as --intensity-unit says`);
        times = new TimeReader(options.clock, headerSaysUtc(headers[cols.time] as string));
        continue;
      }
      stats.rowsRead++;
      const f = splitCsvLine(line);
      const timeText = f[cols.time];
      const t = timeText === undefined ? undefined : times.read(timeText);
      if (t === undefined) {
        skip(stats, lineNo, `not a time: "${clip(timeText ?? "", 40)}"`);
        continue;
      }
      if (cols.zone !== -1) {
        const z = f[cols.zone] ?? "";
        if (zone === undefined && z !== "") zone = z;
        else if (z !== zone && z !== "") {
          otherZones.set(z, (otherZones.get(z) ?? 0) + 1);
          skip(stats, lineNo, `zone ${z}, not ${zone}`);
          continue;
        }
      }
      const g = readValue(f[cols.value], factor, stats, lineNo, valueHeader, parseDecimal);
      if (g === undefined) continue;
      const est = cols.estimated !== -1 && isTrue(f[cols.estimated]);
      rows.push({ t, gPerKwh: g, estimated: est, line: lineNo });
    }

    if (headers === undefined || cols === undefined || times === undefined) {
      throw new InputError("the file is empty", options.file, 1);
    }
    if (otherZones.size > 0) {
      const skipped = [...otherZones.values()].reduce((a, b) => a + b, 0);
      stats.warnings.push(
        `the file holds several zones (${[zone, ...otherZones.keys()].join(", ")}); read ${zone} only and skipped ${skipped} row${plural(skipped)} of the others`,
      );
    }
    if (rows.length === 0) throw noRowsError(options.file, headerLine, stats);

    const built = buildPeriods(rows, stats, { forecast: false, fallbackStepMs: HOUR_MS });
    const estimatedKept = built.periods.reduce((n, p) => n + (p.estimated ? 1 : 0), 0);
    stats.notes.unshift(
      `carbon intensity from "${valueHeader}" (${FACTOR_NAME[options.factor]})`,
      ...(estimatedKept > 0
        ? [`${estimatedKept} of ${built.periods.length} periods estimated by Electricity Maps`]
        : []),
    );
    if (built.stepInferred && built.stepMs !== HOUR_MS) {
      stats.notes.push(
        `rows are ${formatDuration(built.stepMs)} apart (median), so each holds for ${formatDuration(built.stepMs)}`,
      );
    }
    times.report(stats, headers[cols.time] as string);

    return {
      series: {
        source: "Electricity Maps CSV export",
        ...(zone === undefined ? {} : { zone }),
        factor: options.factor,
        signal: "average",
        periods: built.periods,
      },
      stats,
    };
  },
};
