/**
 * Any CSV with a time column and a carbon intensity column: `time,gco2_per_kwh`,
 * `period_start,carbon_intensity (g/kWh)`, WattTime's `time,moer,f1..f36`...
 *
 * Times are period starts (ISO 8601 with or without offset, or epoch seconds/milliseconds); each
 * value holds until the next row's time, the last for the median spacing of the rows. The value
 * column's header names its unit, or `--intensity-unit` does; nothing is assumed.
 */
import { InputError } from "../../errors.js";
import { parseDecimal, splitCsvLine } from "../../text/csv.js";
import { HOUR_MS } from "../../time/timestamp.js";
import { newStats, skip } from "../../traces/types.js";
import type { EmissionFactor, SignalKind } from "../series.js";
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
  missingUnitError,
  noRowsError,
  parseFlagUnit,
  readValue,
  resolveUnit,
  TimeReader,
} from "./common.js";
import type { IntensityFileReader, IntensityReadOptions, IntensityReadResult } from "./types.js";
import { type IntensityUnit, looksLikeUnit, parseIntensityUnit, UNIT_EXAMPLES } from "./units.js";

const FORMAT = "intensity-csv";

/** Columns that hold no intensity even though they are not the (start) time. */
const NOT_VALUE_KEYS = new Set([
  "end",
  "end_time",
  "endtime",
  "end_date",
  "period_end",
  "interval_end",
  "to",
  "valid_to",
  "zone",
  "zone_id",
  "zone_name",
  "region",
  "ba",
  "country",
  "source",
  "data_source",
  "unit",
  "units",
]);

/** Names that say "this is the intensity", most specific first. */
const PREFERRED_NAMES = ["moer", "carbon_intensity", "intensity", "co2", "value"];

function hasToken(key: string, name: string): boolean {
  return `_${key}_`.includes(`_${name}_`);
}

function preferred(headers: readonly string[], candidates: readonly number[]): number | undefined {
  for (const name of PREFERRED_NAMES) {
    const hit = candidates.find((i) => hasToken(headerKey(headers[i] as string), name));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

interface ValueColumn {
  index: number;
  unit: IntensityUnit;
  unitFrom: "header" | "flag";
}

function chooseValueColumn(
  headers: readonly string[],
  time: number,
  options: IntensityReadOptions,
  headerLine: number,
  headerText: string,
): ValueColumn {
  const candidates = headers.flatMap((h, i) =>
    i !== time && h !== "" && !NOT_VALUE_KEYS.has(headerKey(h)) ? [i] : [],
  );
  const names = (list: readonly number[]) => list.map((i) => `"${headers[i]}"`).join(", ");
  if (candidates.length === 0) {
    throw new InputError(
      `no carbon intensity column next to the time column "${headers[time]}" in the header "${clip(headerText)}"`,
      options.file,
      headerLine,
    );
  }
  const ambiguous = (list: readonly number[]) =>
    new InputError(
      `cannot tell which column holds the carbon intensity (${clip(names(list))}); keep one, or name it like ${PREFERRED_NAMES.join(", ")}`,
      options.file,
      headerLine,
    );

  const withUnit = candidates.filter(
    (i) => parseIntensityUnit(headers[i] as string) !== undefined || looksLikeUnit(headers[i] as string),
  );
  let index: number | undefined;
  if (withUnit.length > 0) {
    if (withUnit.length === 1) index = withUnit[0];
    else {
      const byFactor = withUnit.filter((i) => headerFactor(headers[i] as string) === options.factor);
      index =
        byFactor.length === 1 ? byFactor[0] : preferred(headers, byFactor.length > 1 ? byFactor : withUnit);
    }
    if (index === undefined) throw ambiguous(withUnit);
    const header = headers[index] as string;
    if (parseIntensityUnit(header) === undefined) {
      throw new InputError(
        `the unit in column "${header}" is not one gridprint knows (expected one of ${UNIT_EXAMPLES}); fix the header`,
        options.file,
        headerLine,
      );
    }
    const { unit, from } = resolveUnit(header, options.unit, options.file, headerLine, headerText);
    return { index, unit, unitFrom: from };
  }

  // No header names a unit: only --intensity-unit can, and then the column must be unmistakable.
  if (options.unit === undefined) throw missingUnitError(options.file, headerLine, headerText);
  const unit = parseFlagUnit(options.unit);
  index = candidates.length === 1 ? candidates[0] : preferred(headers, candidates);
  if (index === undefined) throw ambiguous(candidates);
  return { index, unit, unitFrom: "flag" };
}

function signalOf(header: string): SignalKind {
  const key = headerKey(header);
  return hasToken(key, "moer") || key.includes("marginal") ? "marginal" : "average";
}

export const genericIntensityCsv: IntensityFileReader = {
  format: FORMAT,

  sniff(head: readonly string[]): boolean {
    const first = headerOf(head);
    if (first === undefined) return false;
    const headers = splitCsvLine(first);
    return headers.length >= 2 && findTimeColumn(headers) !== -1;
  },

  async read(lines: AsyncIterable<string>, options: IntensityReadOptions): Promise<IntensityReadResult> {
    const stats = newStats();
    const rows: IntensityRow[] = [];
    let lineNo = 0;
    let headerLine = 0;
    let headers: string[] | undefined;
    let time = -1;
    let value: ValueColumn | undefined;
    let times: TimeReader | undefined;

    for await (const line of lines) {
      lineNo++;
      if (isNotRow(line)) continue;
      if (headers === undefined || value === undefined || times === undefined) {
        headers = splitCsvLine(line);
        headerLine = lineNo;
        time = findTimeColumn(headers);
        if (time === -1) {
          throw new InputError(
            `no time column in the header "${clip(line)}" (expected one named time, timestamp, datetime, date, period_start or start)`,
            options.file,
            headerLine,
          );
        }
        value = chooseValueColumn(headers, time, options, headerLine, line);
        times = new TimeReader(options.clock, headerSaysUtc(headers[time] as string));
        continue;
      }
      stats.rowsRead++;
      const f = splitCsvLine(line);
      const timeText = f[time];
      const t = timeText === undefined ? undefined : times.read(timeText);
      if (t === undefined) {
        skip(stats, lineNo, `not a time: "${clip(timeText ?? "", 40)}"`);
        continue;
      }
      const g = readValue(
        f[value.index],
        value.unit.factorToGPerKwh,
        stats,
        lineNo,
        headers[value.index] as string,
        parseDecimal,
      );
      if (g === undefined) continue;
      rows.push({ t, gPerKwh: g, estimated: false, line: lineNo });
    }

    if (headers === undefined || value === undefined || times === undefined) {
      throw new InputError("the file is empty", options.file, 1);
    }
    if (rows.length === 0) throw noRowsError(options.file, headerLine, stats);

    const valueHeader = headers[value.index] as string;
    const key = headerKey(valueHeader);
    const forecast = hasToken(key, "forecast");
    const built = buildPeriods(rows, stats, { forecast, fallbackStepMs: HOUR_MS });
    const signal = signalOf(valueHeader);
    const named = headerFactor(valueHeader);
    const factor: EmissionFactor = named ?? options.factor;
    if (named !== undefined && named !== options.factor) {
      stats.warnings.push(
        `column "${valueHeader}" holds ${FACTOR_NAME[named]} figures, not the ${FACTOR_NAME[options.factor]} ones asked for`,
      );
    }

    const { unit, unitFrom } = value;
    const conversion = unit.factorToGPerKwh === 1 ? "" : ` (× ${unit.factorToGPerKwh} → g/kWh)`;
    const ignored = headers.length - 2;
    stats.notes.unshift(
      `carbon intensity from "${valueHeader}" in ${unit.unit}${conversion}${unitFrom === "flag" ? ", as --intensity-unit says" : ""}`,
      `${signal} signal${forecast ? ", forecast" : ""}`,
      ...(ignored > 0 ? [`ignored ${ignored} other column${ignored === 1 ? "" : "s"}`] : []),
    );
    if (built.stepInferred) {
      stats.notes.push(`periods of ${formatDuration(built.stepMs)} (the median spacing of the rows)`);
    } else {
      stats.warnings.push(
        `only one time in the file, so the length of its period is unknown; assumed ${formatDuration(built.stepMs)}`,
      );
    }
    times.report(stats, headers[time] as string);

    return {
      series: { source: "the intensity file", factor, signal, periods: built.periods },
      stats,
    };
  },
};
