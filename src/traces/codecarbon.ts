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
import { parseDecimal, splitCsvLine } from "../text/csv.js";
import { parseTimestamp } from "../time/timestamp.js";
import type { SampleSink } from "./sample-sink.js";
import { newStats, type ReadOptions, type ReadStats, skip, type TraceReader } from "./types.js";

const KWH_TO_J = 3.6e6;
/** Rows without a run_id whose starts differ by at most this much are one run (timestamps are whole seconds). */
const SAME_START_MS = 2000;
/** Distinct location values kept for the notes. */
const MAX_DISTINCT = 5;

const REQUIRED = ["timestamp", "duration", "energy_consumed"] as const;

interface Layout {
  names: string[];
  /** The header's text: a repeat of it later in the file is skipped. */
  text: string;
  timestamp: number;
  duration: number;
  energy: number;
  runId: number;
  project: number;
  emissions: number;
  cpu: number;
  gpu: number;
  ram: number;
  country: number;
  countryName: number;
  region: number;
  cloudProvider: number;
  cloudRegion: number;
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
  const at = (name: string) => names.indexOf(name);
  return {
    names,
    text,
    timestamp: at("timestamp"),
    duration: at("duration"),
    energy: at("energy_consumed"),
    runId: at("run_id"),
    project: at("project_name"),
    emissions: at("emissions"),
    cpu: at("cpu_energy"),
    gpu: at("gpu_energy"),
    ram: at("ram_energy"),
    country: at("country_iso_code"),
    countryName: at("country_name"),
    region: at("region"),
    cloudProvider: at("cloud_provider"),
    cloudRegion: at("cloud_region"),
  };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** A non-negative decimal, NaN for an empty field, undefined for anything else. */
function quantity(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return Number.NaN;
  const v = parseDecimal(text);
  return v === undefined || v < 0 ? undefined : v;
}

function kwhText(kwh: number): string {
  return `${Number(kwh.toPrecision(6))} kWh`;
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

  async read(lines: AsyncIterable<string>, sink: SampleSink, options: ReadOptions): Promise<ReadStats> {
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
  private sessionsRestarted = 0;
  private readonly locations = {
    country: new Set<string>(),
    region: new Set<string>(),
    cloudProvider: new Set<string>(),
    cloudRegion: new Set<string>(),
  };

  constructor(
    private readonly sink: SampleSink,
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
    const fields = splitCsvLine(line);
    const stats = this.stats;
    if (fields.length !== layout.names.length) {
      if (this.headerRow(fields, line, lineNo)) return;
      if (fields.length < layout.names.length) this.shortRows++;
      skip(
        stats,
        lineNo,
        `expected ${layout.names.length} fields as in the header, got ${fields.length}` +
          (fields.length < layout.names.length
            ? " (fields cannot be matched to columns when some are left out)"
            : ""),
      );
      return;
    }

    const timeText = fields[layout.timestamp] as string;
    const parsed = parseTimestamp(timeText);
    if (parsed === undefined) {
      if (!this.headerRow(fields, line, lineNo))
        skip(stats, lineNo, `timestamp: expected a date and time, got ${quote(timeText)}`);
      return;
    }
    if (parsed.kind === "local") this.localTimes = true;
    const end = this.options.clock.toUtc(parsed);

    const durationText = fields[layout.duration] as string;
    const duration = quantity(durationText);
    if (duration === undefined || Number.isNaN(duration)) {
      skip(stats, lineNo, `duration: expected seconds ≥ 0, got ${quote(durationText)}`);
      return;
    }
    const energyText = fields[layout.energy] as string;
    let kwh = quantity(energyText);
    if (kwh === undefined) {
      skip(stats, lineNo, `energy_consumed: expected kWh ≥ 0, got ${quote(energyText)}`);
      return;
    }
    const cpu = this.part(fields, layout.cpu);
    const gpu = this.part(fields, layout.gpu);
    const ram = this.part(fields, layout.ram);
    if (Number.isNaN(kwh)) {
      // energy_consumed is the sum of its parts; where it is empty but every part is there, use them.
      if (!Number.isNaN(cpu) && !Number.isNaN(gpu) && !Number.isNaN(ram)) {
        kwh = cpu + gpu + ram;
        this.partsUsed++;
      } else stats.missingValues++;
    }
    const emissions = this.part(fields, layout.emissions);

    const row: Row = { line: lineNo, end, duration, kwh, emissions, cpu, gpu, ram };
    const project = layout.project === -1 ? "" : (fields[layout.project] as string);
    const runId = layout.runId === -1 ? "" : (fields[layout.runId] as string);
    this.runFor(project, runId, end - duration * 1000).rows.push(row);
    this.keepLocation(fields, layout);
  }

  /** A part of the energy or the emissions: NaN when empty or not a non-negative number. */
  private part(fields: readonly string[], index: number): number {
    if (index === -1) return Number.NaN;
    const v = quantity(fields[index]);
    return v === undefined ? Number.NaN : v;
  }

  private runFor(project: string, runId: string, start: number): Run {
    if (runId !== "") {
      const key = `${project}\u0000${runId}`;
      let run = this.runs.get(key);
      if (run === undefined) {
        run = { project, runId, rows: [], start };
        this.runs.set(key, run);
      } else if (start > run.start) run.start = start;
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

  private keepLocation(fields: readonly string[], layout: Layout): void {
    const keep = (set: Set<string>, index: number) => {
      const v = index === -1 ? "" : (fields[index] as string);
      if (v !== "" && set.size < MAX_DISTINCT && !set.has(v)) set.add(v);
    };
    const l = this.locations;
    keep(l.country, layout.country === -1 ? layout.countryName : layout.country);
    keep(l.region, layout.region);
    keep(l.cloudProvider, layout.cloudProvider);
    keep(l.cloudRegion, layout.cloudRegion);
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
  private headerRow(fields: readonly string[], line: string, lineNo: number): boolean {
    const names = headerNames(fields);
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
      const intervalStart = row.end - dDuration * 1000;
      this.sink.device({ id, kind: "system" }).pushEnergy(intervalStart, row.end, dKwh * KWH_TO_J);
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
    const l = this.locations;
    const list = (s: Set<string>) => [...s].join(", ");
    const where: string[] = [];
    if (l.country.size > 0) where.push(`country_iso_code ${list(l.country)}`);
    if (l.region.size > 0) where.push(`region ${list(l.region)}`);
    if (l.cloudProvider.size > 0) where.push(`cloud_provider ${list(l.cloudProvider)}`);
    if (l.cloudRegion.size > 0) where.push(`cloud_region ${list(l.cloudRegion)}`);
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
