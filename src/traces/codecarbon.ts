/**
 * CodeCarbon's emissions.csv, every schema generation (2.x: 31 columns; 3.x adds experiment_id;
 * later water_consumed, *_utilization_percent, ram_used_gb, wue): columns are found by name.
 *
 * Each row is written when a tracker flushes or stops, and its figures are CUMULATIVE since the
 * run started: `duration` seconds ending at `timestamp` (local time with no zone, or ISO with an
 * offset), `energy_consumed` kWh (the sum of cpu_energy, gpu_energy and ram_energy). The rows of
 * one run are therefore differenced: each adds the energy since the run's previous row, over the
 * time since then, and a run's energy is its last row's figure, never the sum of its rows.
 *
 * A run is the rows sharing a run_id. Rows without a run_id (older versions, some crashes) are
 * grouped by their start (timestamp − duration): the flushes of one run share it, to the second.
 */
import { InputError } from "../errors.js";
import { parseDecimal, pickFields, quote, splitCsvLine } from "../text/csv.js";
import { type ParsedTime, parseTimestamp } from "../time/timestamp.js";
import {
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

const KWH_TO_J = 3.6e6;
/** Rows without a run_id whose starts differ by at most this much are one run (timestamps are whole seconds). */
const SAME_START_MS = 2000;
/** No tracked run lasts longer; a larger duration is a corrupt row. */
const MAX_DURATION_S = 315_360_000;
/** Distinct location values kept for the notes. */
const MAX_DISTINCT = 5;
/**
 * The most one CodeCarbon run is believed to draw, on average over one row's interval: 1 MW. A
 * run is one process on one machine (all its GPUs included); the largest servers draw about 15 kW,
 * so this bound is loose on purpose: it catches corrupt figures and unit mix-ups (1,000,000 kWh in
 * 10 s, 1e308 kWh), never a real row. A row over it is skipped, and the run's next row is
 * differenced against the last row that was not.
 */
const MAX_WATTS = 1e6;
/**
 * The shortest interval a row's energy is spread over: 1 s. CodeCarbon writes its timestamps to
 * the second, so a shorter interval between two rows places nothing more precisely; and one of
 * under a millisecond (a `duration` of 1e-9 s) rounds to nothing on the time line, where its
 * energy would vanish from the hours. Such a row's energy is kept, over the second that ends at its
 * timestamp, and the bound above applies to that second.
 */
const MIN_INTERVAL_MS = 1000;

const REQUIRED = ["timestamp", "duration", "energy_consumed"] as const;

/** Where each wanted field lands in a row's picked fields. */
const S_TIME = 0;
const S_DURATION = 1;
const S_ENERGY = 2;
const S_RUN = 3;
const S_PROJECT = 4;
const S_EMISSIONS = 5;
const S_CPU = 6;
const S_GPU = 7;
const S_RAM = 8;
const S_COUNTRY = 9;
const S_REGION = 10;
const S_CLOUD_PROVIDER = 11;
const S_CLOUD_REGION = 12;
const SLOTS = 13;

interface Layout {
  names: string[];
  /** The header's text: a repeat of it later in the file is skipped. */
  text: string;
  /** Per column: the slot it is picked into, or -1. */
  slots: Int8Array;
  hasRunId: boolean;
  hasProject: boolean;
}

interface Row {
  line: number;
  /** UTC ms of the row's timestamp: the end of its duration. */
  end: number;
  /** Seconds since the run started. */
  duration: number;
  /** Cumulative figures since the run started; NaN where the row has none. */
  kwh: number;
  emissions: number;
  cpu: number;
  gpu: number;
  ram: number;
}

interface Run {
  project: string;
  runId: string;
  rows: Row[];
  /** Latest estimate of the start (timestamp − duration): the tightest, as timestamps are truncated. */
  start: number;
}

function headerNames(fields: readonly string[]): string[] {
  return fields.map((f) => f.trim().toLowerCase());
}

function isHeader(names: readonly string[]): boolean {
  return REQUIRED.every((r) => names.includes(r));
}

function layoutOf(names: string[], text: string): Layout {
  const slots = new Int8Array(names.length).fill(-1);
  const put = (name: string, slot: number) => {
    const i = names.indexOf(name);
    if (i !== -1) slots[i] = slot;
    return i !== -1;
  };
  put("timestamp", S_TIME);
  put("duration", S_DURATION);
  put("energy_consumed", S_ENERGY);
  const hasRunId = put("run_id", S_RUN);
  const hasProject = put("project_name", S_PROJECT);
  put("emissions", S_EMISSIONS);
  put("cpu_energy", S_CPU);
  put("gpu_energy", S_GPU);
  put("ram_energy", S_RAM);
  if (!put("country_iso_code", S_COUNTRY)) put("country_name", S_COUNTRY);
  put("region", S_REGION);
  put("cloud_provider", S_CLOUD_PROVIDER);
  put("cloud_region", S_CLOUD_REGION);
  return { names, text, slots, hasRunId, hasProject };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * {@link parseDecimal}'s grammar (`[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`, finite) checked by
 * hand: pandas writes many figures with an exponent, and a regex per field was the row's main cost.
 */
function decimal(text: string): number | undefined {
  const n = text.length;
  if (n > 64) return parseDecimal(text);
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) i++;
  let digits = 0;
  while (i < n && isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < n && text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return undefined;
  if (i < n) {
    c = text.charCodeAt(i);
    if (c !== 101 && c !== 69) return undefined;
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === from || i !== n) return undefined;
  }
  const v = Number(text);
  return Number.isFinite(v) ? v : undefined;
}

/** The digit pair at i as a number, or -1. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * {@link parseTimestamp} with a fast path for CodeCarbon 2.x's `2024-05-31T10:39:13` (local, no
 * zone): the date is parsed once per day.
 */
class TimeParser {
  private datePart = "";
  private dayMs = Number.NaN;

  parse(text: string): ParsedTime | undefined {
    if (
      text.length === 19 &&
      text.charCodeAt(10) === 84 /* T */ &&
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58
    ) {
      const h = twoDigits(text, 11);
      const m = twoDigits(text, 14);
      const sec = twoDigits(text, 17);
      if (h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60) {
        const date = text.slice(0, 10);
        if (date !== this.datePart) {
          const day =
            date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 ? parseTimestamp(date) : undefined;
          this.datePart = date;
          this.dayMs = day?.kind === "local" ? day.wallMs : Number.NaN;
        }
        if (!Number.isNaN(this.dayMs))
          return { kind: "local", wallMs: this.dayMs + ((h * 60 + m) * 60 + sec) * 1000 };
      }
    }
    return parseTimestamp(text);
  }
}

/** A non-negative decimal, NaN for an empty field, undefined for anything else. */
function quantity(text: string): number | undefined {
  if (text === "") return Number.NaN;
  const v = decimal(text);
  return v === undefined || v < 0 ? undefined : v;
}

/** A part of the energy, or the emissions: NaN when empty or not a non-negative number. */
function part(text: string): number {
  const v = quantity(text);
  return v === undefined ? Number.NaN : v;
}

function kwhText(kwh: number): string {
  return `${Number(kwh.toPrecision(6))} kWh`;
}

function wattsText(watts: number): string {
  return `${Number(watts.toPrecision(3))} W`;
}

export const codeCarbon: TraceReader = {
  format: "codecarbon",

  /** The first non-blank line is a header with timestamp, duration and energy_consumed, and run_id or project_name. */
  sniff(head: readonly string[]): boolean {
    const first = head.find((l) => l.trim() !== "");
    if (first === undefined) return false;
    const names = headerNames(splitCsvLine(first.trim()));
    return isHeader(names) && (names.includes("run_id") || names.includes("project_name"));
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new CodeCarbonParser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

class CodeCarbonParser {
  readonly stats = newStats();
  private layout: Layout | undefined;
  /** Runs by project and run_id. */
  private readonly runs = new Map<string, Run>();
  /** Runs without a run_id, by project and start second. */
  private readonly anonymous = new Map<string, Run>();
  private readonly anonymousRuns: Run[] = [];
  private anonymousRows = 0;
  private localTimes = false;
  private repeatedHeaders = 0;
  private shortRows = 0;
  private partsUsed = 0;
  private intervals = 0;
  /** Intervals shorter than {@link MIN_INTERVAL_MS}, spread over that long. */
  private widened = 0;
  /** Rows whose energy implied more than {@link MAX_WATTS}, skipped; the first one's line. */
  private implausible = 0;
  private firstImplausibleLine = 0;
  private sessionsRestarted = 0;
  /** Distinct country, region, cloud_provider and cloud_region values (a few each). */
  private readonly locations = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  private readonly lastLocation = ["", "", "", ""];
  private readonly picked: string[] = new Array<string>(SLOTS).fill("");
  private readonly times = new TimeParser();
  private lastRun: Run | undefined;

  constructor(
    private readonly sink: SampleTarget,
    private readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    const line = rawLine.trim();
    if (line.length === 0) return;
    const layout = this.layout;
    if (layout === undefined) {
      this.start(line, lineNo);
      return;
    }
    if (line === layout.text) {
      this.repeatedHeaders++;
      return;
    }
    const f = this.picked;
    const count = pickFields(line, layout.slots, f);
    const stats = this.stats;
    if (count !== layout.names.length) {
      if (this.headerRow(line, lineNo)) return;
      if (count < layout.names.length) this.shortRows++;
      skip(
        stats,
        lineNo,
        `expected ${layout.names.length} fields as in the header, got ${count}` +
          (count < layout.names.length
            ? " (fields cannot be matched to columns when some are left out)"
            : ""),
      );
      return;
    }

    const timeText = f[S_TIME] as string;
    const parsed = this.times.parse(timeText);
    if (parsed === undefined) {
      if (!this.headerRow(line, lineNo))
        skip(stats, lineNo, `timestamp: expected a date and time, got ${quote(timeText)}`);
      return;
    }
    if (parsed.kind === "local") this.localTimes = true;
    const end = this.options.clock.toUtc(parsed);

    const durationText = f[S_DURATION] as string;
    const duration = quantity(durationText);
    if (duration === undefined || Number.isNaN(duration) || duration > MAX_DURATION_S) {
      skip(
        stats,
        lineNo,
        `duration: expected seconds from 0 to ${MAX_DURATION_S} (ten years), got ${quote(durationText)}`,
      );
      return;
    }
    const energyText = f[S_ENERGY] as string;
    let kwh = quantity(energyText);
    if (kwh === undefined) {
      skip(stats, lineNo, `energy_consumed: expected kWh ≥ 0, got ${quote(energyText)}`);
      return;
    }
    const cpu = part(f[S_CPU] as string);
    const gpu = part(f[S_GPU] as string);
    const ram = part(f[S_RAM] as string);
    if (Number.isNaN(kwh)) {
      // energy_consumed is the sum of its parts; where it is empty but every part is there, use them.
      if (!Number.isNaN(cpu) && !Number.isNaN(gpu) && !Number.isNaN(ram)) {
        kwh = cpu + gpu + ram;
        this.partsUsed++;
      } else stats.missingValues++;
    }
    const emissions = part(f[S_EMISSIONS] as string);

    const row: Row = { line: lineNo, end, duration, kwh, emissions, cpu, gpu, ram };
    const project = layout.hasProject ? (f[S_PROJECT] as string) : "";
    const runId = layout.hasRunId ? (f[S_RUN] as string) : "";
    this.runFor(project, runId, end - duration * 1000).rows.push(row);
    this.keepLocation(f);
  }

  private runFor(project: string, runId: string, start: number): Run {
    const last = this.lastRun;
    if (runId !== "" && last !== undefined && last.runId === runId && last.project === project) {
      if (start > last.start) last.start = start;
      return last;
    }
    if (runId !== "") {
      const key = `${project}\u0000${runId}`;
      let run = this.runs.get(key);
      if (run === undefined) {
        run = { project, runId, rows: [], start };
        this.runs.set(key, run);
      } else if (start > run.start) run.start = start;
      this.lastRun = run;
      return run;
    }
    this.anonymousRows++;
    const second = Math.round(start / 1000);
    const reach = Math.ceil(SAME_START_MS / 1000);
    for (let s = second - reach; s <= second + reach; s++) {
      const run = this.anonymous.get(`${project}\u0000${s}`);
      if (run !== undefined && Math.abs(run.start - start) <= SAME_START_MS) {
        if (start > run.start) run.start = start;
        return run;
      }
    }
    const run: Run = { project, runId: "", rows: [], start };
    this.anonymous.set(`${project}\u0000${second}`, run);
    this.anonymousRuns.push(run);
    return run;
  }

  private keepLocation(f: readonly string[]): void {
    const seen = this.lastLocation;
    for (let i = 0; i < 4; i++) {
      const v = f[S_COUNTRY + i] as string;
      if (v === seen[i]) continue;
      seen[i] = v;
      const set = this.locations[i] as Set<string>;
      if (v !== "" && set.size < MAX_DISTINCT) set.add(v);
    }
  }

  private start(line: string, lineNo: number): void {
    const fields = splitCsvLine(line);
    const names = headerNames(fields);
    if (!isHeader(names)) {
      const missing = REQUIRED.filter((r) => !names.includes(r));
      throw new InputError(
        `not a CodeCarbon emissions.csv header: expected columns ${REQUIRED.join(", ")} ` +
          `(missing ${missing.join(", ")}; found ${quote(line.slice(0, 120))})`,
        this.options.file,
        lineNo,
      );
    }
    this.layout = layoutOf(names, line);
  }

  /** A header inside the file: a repeat (files concatenated) or another schema generation. */
  private headerRow(line: string, lineNo: number): boolean {
    if (line.indexOf("energy_consumed") === -1) return false;
    const names = headerNames(splitCsvLine(line));
    if (!isHeader(names)) return false;
    const current = this.layout as Layout;
    if (names.join(",") === current.names.join(",")) {
      this.repeatedHeaders++;
      return true;
    }
    this.layout = layoutOf(names, line);
    this.stats.notes.push(
      `line ${lineNo}: a new header (${names.length} columns); the rows after it are read by it`,
    );
    return true;
  }

  finish(): ReadStats {
    const { stats, options } = this;
    if (this.layout === undefined) {
      throw new InputError(
        "the file is empty: expected a CodeCarbon emissions.csv (header timestamp,project_name,run_id,duration,...,energy_consumed)",
        options.file,
        1,
      );
    }
    const runs = [...this.runs.values(), ...this.anonymousRuns];
    let totalKwh = 0;
    let totalEmissions = 0;
    let emissionRuns = 0;
    const parts = [0, 0, 0];
    const projects = new Map<string, { start: number; end: number }[]>();
    for (const run of runs) {
      const kwh = this.differenceRun(run);
      if (kwh === undefined) continue;
      totalKwh += kwh.total;
      if (kwh.emissions !== undefined) {
        totalEmissions += kwh.emissions;
        emissionRuns++;
      }
      kwh.parts.forEach((p, i) => {
        parts[i] = (parts[i] as number) + p;
      });
      const spans = projects.get(run.project) ?? [];
      spans.push({ start: kwh.start, end: kwh.end });
      projects.set(run.project, spans);
    }
    if (this.intervals === 0) {
      throw new InputError(
        "no usable rows: expected CodeCarbon rows with a timestamp, a duration and energy_consumed in kWh" +
          (stats.rowsSkipped > 0 ? ` (${stats.rowsSkipped} row(s) skipped)` : ""),
        options.file,
      );
    }
    this.describe(runs.length, totalKwh, totalEmissions, emissionRuns, parts, projects);
    return stats;
  }

  /**
   * Pushes the energy of one run's rows, each the difference from the run's previous row, over
   * the time since it. Rows are taken in time order; where duration and energy both fall, the
   * run_id was reused by a new session, whose figures count from zero. Returns the run's energy
   * and span, or undefined when no row was usable.
   */
  private differenceRun(
    run: Run,
  ): { total: number; emissions?: number; parts: number[]; start: number; end: number } | undefined {
    const { stats } = this;
    run.rows.sort((a, b) => a.end - b.end || a.duration - b.duration || a.line - b.line);
    const id = `codecarbon:${run.project === "" ? "run" : run.project}`;
    const who = run.runId === "" ? "this run (no run_id)" : `run ${run.runId}`;
    let prevDuration = 0;
    let prevKwh = 0;
    let prevLine = 0;
    let prevEmissions = Number.NaN;
    const prevParts = [Number.NaN, Number.NaN, Number.NaN];
    let total = 0;
    let emissions: number | undefined;
    const parts = [0, 0, 0];
    const closeSession = () => {
      total += prevKwh;
      if (!Number.isNaN(prevEmissions)) emissions = (emissions ?? 0) + prevEmissions;
      prevParts.forEach((p, i) => {
        if (!Number.isNaN(p)) parts[i] = (parts[i] as number) + p;
      });
    };
    let used = false;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const row of run.rows) {
      if (Number.isNaN(row.kwh)) {
        stats.rowsRead++; // counted as a missing value when read
        continue;
      }
      if (prevLine !== 0 && row.duration < prevDuration) {
        if (row.kwh < prevKwh) {
          // A new session under the same run_id: its figures start again from zero.
          closeSession();
          this.sessionsRestarted++;
          prevDuration = 0;
          prevKwh = 0;
          prevLine = 0;
          prevEmissions = Number.NaN;
          prevParts.fill(Number.NaN);
        } else {
          skip(
            stats,
            row.line,
            `duration: expected at least ${prevDuration} s, the duration of ${who} at line ${prevLine} ` +
              `(an earlier row), got ${row.duration} while energy_consumed did not fall`,
          );
          continue;
        }
      }
      const dDuration = row.duration - prevDuration;
      const dKwh = row.kwh - prevKwh;
      if (dKwh < 0) {
        skip(
          stats,
          row.line,
          `energy_consumed: expected at least ${kwhText(prevKwh)}, the total of ${who} at line ${prevLine} ` +
            `(figures are cumulative within a run), got ${kwhText(row.kwh)}`,
        );
        continue;
      }
      if (dDuration <= 0) {
        skip(
          stats,
          row.line,
          prevLine === 0
            ? `duration: expected more than 0 s, got ${row.duration}`
            : dKwh === 0
              ? `repeats line ${prevLine} of ${who} (same duration and energy)`
              : `duration: expected more than ${prevDuration} s, the duration of ${who} at line ${prevLine}, got ${row.duration}`,
        );
        continue;
      }
      let intervalStart = row.end - dDuration * 1000;
      let widened = false;
      // `!(… >= …)`: also when a duration of 1e-9 s leaves the start equal to the end.
      if (!(row.end - intervalStart >= MIN_INTERVAL_MS)) {
        intervalStart = row.end - MIN_INTERVAL_MS;
        widened = true;
      }
      const joules = dKwh * KWH_TO_J;
      const watts = joules / ((row.end - intervalStart) / 1000);
      if (!(watts <= MAX_WATTS)) {
        // Also Infinity, where the kWh overflow as joules. The row is left out of the differencing:
        // the run's next row counts from the previous row kept, so its energy is not lost with it.
        this.implausible++;
        if (this.firstImplausibleLine === 0) this.firstImplausibleLine = row.line;
        skip(
          stats,
          row.line,
          `energy_consumed: ${kwhText(row.kwh)} is ${kwhText(dKwh)} more than ` +
            (prevLine === 0 ? "the run's start" : `line ${prevLine} of ${who}`) +
            ` in ${dDuration} s: ${wattsText(watts)} on average, expected at most ${MAX_WATTS / 1e6} MW ` +
            `(one machine): a corrupt figure or a unit mix-up`,
        );
        continue;
      }
      if (widened) this.widened++;
      this.sink.device({ id, kind: "system" }).pushEnergy(intervalStart, row.end, joules);
      this.intervals++;
      if (intervalStart < start) start = intervalStart;
      if (row.end > end) end = row.end;
      stats.rowsRead++;
      used = true;
      prevDuration = row.duration;
      prevKwh = row.kwh;
      prevLine = row.line;
      if (!Number.isNaN(row.emissions)) prevEmissions = row.emissions;
      if (!Number.isNaN(row.cpu)) prevParts[0] = row.cpu;
      if (!Number.isNaN(row.gpu)) prevParts[1] = row.gpu;
      if (!Number.isNaN(row.ram)) prevParts[2] = row.ram;
    }
    if (!used) return undefined;
    closeSession();
    return { total, ...(emissions === undefined ? {} : { emissions }), parts, start, end };
  }

  private describe(
    runCount: number,
    totalKwh: number,
    totalEmissions: number,
    emissionRuns: number,
    parts: number[],
    projects: Map<string, { start: number; end: number }[]>,
  ): void {
    const { stats, options } = this;
    const notes = stats.notes;
    notes.push(
      `energy from energy_consumed (kWh, cumulative within each run, so each row adds the difference ` +
        `from the run's previous row): ${runCount} run(s), ${kwhText(totalKwh)} in all ` +
        `(cpu ${kwhText(parts[0] as number)}, gpu ${kwhText(parts[1] as number)}, ram ${kwhText(parts[2] as number)})`,
    );
    notes.push(
      `one device per project_name (codecarbon:<project>), energy spread evenly over each row's interval`,
    );
    if (this.anonymousRows > 0) {
      notes.push(
        `${this.anonymousRows} row(s) without a run_id, grouped into ${this.anonymousRuns.length} run(s) by ` +
          `their start (timestamp − duration, within ${SAME_START_MS / 1000} s): the flushes of one run share it`,
      );
    }
    if (this.sessionsRestarted > 0) {
      notes.push(
        `${this.sessionsRestarted} time(s) a run_id was reused by a new session (duration and energy fell ` +
          `back): each session counted from zero`,
      );
    }
    if (this.widened > 0) {
      notes.push(
        `${this.widened} row(s) added energy over less than ${MIN_INTERVAL_MS / 1000} s since their run's previous row ` +
          `(timestamps are written to the second): each spread over the ${MIN_INTERVAL_MS / 1000} s ending at its timestamp, its energy counted`,
      );
    }
    if (this.implausible > 0) {
      stats.warnings.push(
        `${this.implausible} row(s) whose energy_consumed implied more than ${MAX_WATTS / 1e6} MW since their run's ` +
          `previous row (first at line ${this.firstImplausibleLine}) skipped as corrupt; the run's next row, where ` +
          `there is one, is differenced against the last row kept, so it counts the energy of both`,
      );
    }
    if (this.partsUsed > 0) {
      notes.push(
        `${this.partsUsed} row(s) with an empty energy_consumed read as cpu_energy + gpu_energy + ram_energy`,
      );
    }
    if (stats.missingValues > 0) {
      stats.warnings.push(
        `${stats.missingValues} row(s) with no energy_consumed (nor all of its parts): the energy of those ` +
          `flushes is counted by the run's next row that has it, or lost when none follows`,
      );
    }
    if (emissionRuns > 0) {
      notes.push(
        `CodeCarbon's own estimate: ${Number(totalEmissions.toPrecision(6))} kg CO₂eq ` +
          `(its emissions column, last value of ${emissionRuns} run(s)); for comparison, not used`,
      );
    }
    const where: string[] = [];
    ["country_iso_code", "region", "cloud_provider", "cloud_region"].forEach((name, i) => {
      const set = this.locations[i] as Set<string>;
      if (set.size > 0) where.push(`${name} ${[...set].join(", ")}`);
    });
    if (where.length > 0) notes.push(`CodeCarbon located the runs at: ${where.join("; ")}`);
    if (this.localTimes)
      notes.push(`timestamps without a zone read as wall-clock time in ${options.clock.zone}`);
    for (const [project, spans] of projects) {
      spans.sort((a, b) => a.start - b.start);
      let overlaps = 0;
      let reach = Number.NEGATIVE_INFINITY;
      for (const s of spans) {
        if (s.start < reach) overlaps++;
        if (s.end > reach) reach = s.end;
      }
      if (overlaps > 0) {
        notes.push(
          `${overlaps} run(s) of project "${project || "run"}" overlap others in time (concurrent jobs): their energy adds up`,
        );
      }
    }
    if (this.repeatedHeaders > 0)
      notes.push(`header repeated ${this.repeatedHeaders} time(s); repeats ignored`);
    if (this.shortRows > 0) {
      stats.warnings.push(
        `${this.shortRows} row(s) have fewer fields than the header (CodeCarbon leaves out empty columns when it ` +
          `appends with some versions): they cannot be matched to columns and were skipped`,
      );
    }
  }
}
