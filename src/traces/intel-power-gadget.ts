/**
 * Intel Power Gadget CSV logs (PowerLog3.0 / the IPG app's "Log" button):
 *
 *     "System Time","RDTSC","Elapsed Time (sec)","CPU Utilization(%)",…,"Processor Power_0(Watt)",
 *     "Cumulative Processor Energy_0(Joules)",…,"IA Power_0(Watt)",…,"DRAM Power_0(Watt)",…
 *     "11:23:43:578","9863377260270","   0.100","  61.761",…
 *
 *     "Total Elapsed Time (sec) = 1.231120"
 *     "Cumulative Package Energy_0 (Joules) = 27.408203"
 *
 * Every field is quoted and space-padded. `System Time` is `HH:MM:SS:mmm` local time with no date,
 * and neither the rows nor the summary footer hold one, so the run's start must be given
 * (`runStart`, the UTC instant of the first row, from --run-start); sample times are then that start
 * plus `Elapsed Time (sec)`, which keeps counting across midnight where System Time starts again.
 * Reading stops at the summary footer (its `key = value` lines are not rows).
 *
 * What is counted, per package `_N`: "Processor" is the whole package (kind "cpu", `package-N`).
 * IA (the cores) and GT (integrated graphics) are parts of the package and are never added to it.
 * DRAM is outside the package in IPG's model (as in RAPL, whose counters IPG reads: PKG and DRAM are
 * separate domains, and IPG's summary reports them side by side), so DRAM is counted as its own
 * device (`dram-N`, kind "dram"). For each, the cumulative energy column (Joules) is preferred when
 * present: its differences are the exact energy, from the start of logging (0 J at elapsed 0) on;
 * the power column (an average over each row's interval) is used otherwise.
 */
import { InputError } from "../errors.js";
import { found, parseDecimal, quote, splitCsvLine } from "../text/csv.js";
import { offsetAt } from "../time/zone.js";
import { EnergyCounter, IntervalBuffer, PLAUSIBLE_WATTS } from "./energy-counter.js";
import { DeviceSamples } from "./sample-sink.js";
import {
  type DeviceInfo,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

const DAY_MS = 86_400_000;
/** How far --run-start may be from the first row's System Time before a warning. */
const CLOCK_TOLERANCE_MS = 120_000;
/** The largest instant a Date holds, ms. */
const MAX_TIME_MS = 8.64e15;
/** Longer than any log runs (about 30 years): a larger Elapsed Time is corrupt. */
const MAX_ELAPSED_S = 1e9;

/** `Processor Power_0 (Watt)` and `Processor Power_0(Watt)` alike. */
function normalise(name: string): string {
  return name.trim().replace(/\s+\(/g, "(").replace(/\s+/g, " ");
}

const PACKAGE_POWER = /^Processor Power_(\d+)\(Watt\)$/i;
const PACKAGE_ENERGY = /^Cumulative Processor Energy_(\d+)\(Joules\)$/i;
const DRAM_POWER = /^DRAM Power_(\d+)\(Watt\)$/i;
const DRAM_ENERGY = /^Cumulative DRAM Energy_(\d+)\(Joules\)$/i;
const PART_POWER = /^(IA|GT) Power(?:_(\d+))?\(Watt\)$/i;

/** `HH:MM:SS:mmm` → ms into the day, or undefined. */
function systemTimeMs(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})[:.](\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (h > 23 || min > 59 || s > 59) return undefined;
  return ((h * 60 + min) * 60 + s) * 1000 + Number((m[4] as string).padEnd(3, "0"));
}

function clockText(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

const NUMBER = 1;
const TEXT = 2;

/**
 * A plain decimal (`   22.490`, padded) read where it lies in the line, without slicing it out:
 * digits with at most one dot, at most 15 digits in all (so the integer of its digits is exact and
 * one division by a power of ten rounds it exactly as Number() would). -1 for anything else.
 */
function plainNumber(line: string, start: number, end: number): number {
  let a = start;
  let b = end;
  while (a < b && line.charCodeAt(a) === 32) a++;
  while (b > a && line.charCodeAt(b - 1) === 32) b--;
  if (a === b) return -1;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (let i = a; i < b; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else return -1;
  }
  if (digits === 0 || digits > 15) return -1;
  return scale === 0 ? m : m / (POW10[scale] as number);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function isMissing(text: string): boolean {
  const lower = text.toLowerCase();
  return lower === "" || lower === "n/a" || lower === "na" || lower === "nan" || lower === "-";
}

/** One counted domain (a package or its DRAM) with both its sources, decided at the end. */
class Domain {
  readonly samples: DeviceSamples;
  readonly buffer = new IntervalBuffer();
  readonly counter: EnergyCounter;
  powerCol = -1;
  energyCol = -1;

  constructor(
    readonly info: DeviceInfo,
    stats: ReadStats,
    maxWatts: number,
  ) {
    this.samples = new DeviceSamples(info);
    this.counter = new EnergyCounter(this.buffer, stats, {
      label: info.id,
      unit: "J",
      joulesPerUnit: 1,
      maxWatts,
    });
  }
}

interface Layout {
  names: string[];
  count: number;
  /** Per column: {@link NUMBER} or {@link TEXT} for the columns a row is read from, else 0. */
  needed: Uint8Array;
  /** Power and energy columns, in the order they are checked. */
  valueCols: number[];
  systemTime: number;
  elapsed: number;
  domains: Domain[];
  parts: string[];
}

function isHeader(fields: readonly string[]): boolean {
  return normalise(fields[0] ?? "").toLowerCase() === "system time";
}

export const intelPowerGadget: TraceReader = {
  format: "intel-power-gadget",

  sniff(head: readonly string[]): boolean {
    const first = head.find((l) => l.trim() !== "");
    if (first === undefined) return false;
    const fields = splitCsvLine(first.trim());
    if (!isHeader(fields)) return false;
    const names = fields.map(normalise);
    return (
      names.some((n) => /^Elapsed Time\(sec\)$/i.test(n)) &&
      names.some((n) => PACKAGE_POWER.test(n) || PACKAGE_ENERGY.test(n))
    );
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new Parser(options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish(sink);
  },
};

class Parser {
  readonly stats = newStats();
  private layout: Layout | undefined;
  private readonly runStart: number | undefined;
  private firstElapsed = Number.NaN;
  private lastElapsed = Number.NEGATIVE_INFINITY;
  private lastLine = 0;
  private readonly footer = new Map<string, string>();
  private inFooter = false;
  private appended = 0;
  /** The needed fields of the row being read, by column. */
  private fields: string[] = [];
  /** The row's values by column (NaN: missing). */
  private nums = new Float64Array(0);
  private implausible = 0;
  private firstImplausible = "";

  constructor(private readonly options: ReadOptions) {
    const runStart = (options as { runStart?: number }).runStart;
    this.runStart = typeof runStart === "number" && Math.abs(runStart) <= MAX_TIME_MS ? runStart : undefined;
  }

  /**
   * One line. Rows end at the summary footer (`"Total Elapsed Time (sec) = 1.231120"`; no row holds
   * an "="): what follows is read only for the summary's figures, never as rows.
   */
  line(raw: string, lineNo: number): void {
    const line = raw.trim();
    if (line.length === 0) return;
    if (this.inFooter) {
      this.footerLine(line);
      return;
    }
    const layout = this.layout;
    if (layout === undefined) {
      this.header(line, lineNo);
      return;
    }
    // Rows start with `"HH:`; only other lines need the search for an "=".
    const second = line.charCodeAt(line.charCodeAt(0) === 34 ? 1 : 0);
    if (!(second >= 48 && second <= 57) && line.indexOf("=") !== -1) {
      this.inFooter = true;
      this.footerLine(line);
      return;
    }
    const count = this.pick(line, layout);
    if (count !== layout.count) {
      skip(
        this.stats,
        lineNo,
        isHeader(splitCsvLine(line))
          ? "a second header: another log appended without its summary; rows must come from one log"
          : `expected ${layout.count} fields, got ${count}`,
      );
      return;
    }
    this.row(layout, lineNo);
  }

  /**
   * Reads the row's needed fields: numbers (Elapsed Time, power, energy) into {@link nums} by column
   * (NaN: missing, -1: not a number ≥ 0, its text then in {@link fields}), System Time's text into
   * {@link fields}. IPG quotes every field and never a quote inside one, so `"a","b"` is split at
   * `","` and plain numbers are parsed where they lie (a field holding a quote is then no number,
   * and its row is skipped); any other shape goes through {@link splitCsvLine}. Returns the field
   * count.
   */
  private pick(line: string, layout: Layout): number {
    const { needed } = layout;
    const out = this.fields;
    const nums = this.nums;
    const n = line.length;
    if (n >= 2 && line.charCodeAt(0) === 34 && line.charCodeAt(n - 1) === 34) {
      let start = 1;
      let i = 0;
      for (;;) {
        const sep = line.indexOf('","', start);
        const end = sep === -1 ? n - 1 : sep;
        const role = i < needed.length ? needed[i] : 0;
        if (role === NUMBER) {
          const v = plainNumber(line, start, end);
          if (v >= 0) nums[i] = v;
          else this.slowNumber(i, line.slice(start, end).trim());
        } else if (role === TEXT) out[i] = line.slice(start, end).trim();
        i++;
        if (sep === -1) return i;
        start = sep + 3;
      }
    }
    const all = splitCsvLine(line);
    for (let i = 0; i < all.length && i < needed.length; i++) {
      if (needed[i] === NUMBER) this.slowNumber(i, all[i] as string);
      else if (needed[i] === TEXT) out[i] = all[i] as string;
    }
    return all.length;
  }

  private slowNumber(col: number, text: string): void {
    this.fields[col] = text;
    const v = parseDecimal(text);
    this.nums[col] = v !== undefined && v >= 0 ? v : isMissing(text) ? Number.NaN : -1;
  }

  private header(line: string, lineNo: number): void {
    const { file } = this.options;
    const fields = splitCsvLine(line);
    if (!isHeader(fields)) {
      throw new InputError(
        `not an Intel Power Gadget log: expected a header starting "System Time","RDTSC","Elapsed Time (sec)", got ${quote(line)}`,
        file,
        lineNo,
      );
    }
    const names = fields.map(normalise);
    const elapsed = names.findIndex((n) => /^Elapsed Time\(sec\)$/i.test(n));
    if (elapsed === -1) {
      throw new InputError(
        `no "Elapsed Time (sec)" column in the Intel Power Gadget header (found: ${found(fields)})`,
        file,
        lineNo,
      );
    }
    const domains = new Map<string, Domain>();
    const parts: string[] = [];
    const domain = (kind: "cpu" | "dram", n: string) => {
      const id = `${kind === "cpu" ? "package" : "dram"}-${Number(n)}`;
      let d = domains.get(id);
      if (!d) {
        d = new Domain({ id, kind }, this.stats, kind === "cpu" ? PLAUSIBLE_WATTS.cpu : PLAUSIBLE_WATTS.dram);
        domains.set(id, d);
      }
      return d;
    };
    const roles: [RegExp, "cpu" | "dram", "powerCol" | "energyCol"][] = [
      [PACKAGE_POWER, "cpu", "powerCol"],
      [PACKAGE_ENERGY, "cpu", "energyCol"],
      [DRAM_POWER, "dram", "powerCol"],
      [DRAM_ENERGY, "dram", "energyCol"],
    ];
    names.forEach((name, i) => {
      for (const [pattern, kind, column] of roles) {
        const m = pattern.exec(name);
        if (m) {
          domain(kind, m[1] as string)[column] = i;
          return;
        }
      }
      if (PART_POWER.test(name)) parts.push(fields[i] as string);
    });
    const list = [...domains.values()].sort((a, b) =>
      a.info.kind === b.info.kind ? 0 : a.info.kind === "cpu" ? -1 : 1,
    );
    if (!list.some((d) => d.info.kind === "cpu")) {
      throw new InputError(
        `no "Processor Power_0(Watt)" or "Cumulative Processor Energy_0(Joules)" column in the Intel Power Gadget header (found: ${found(fields)})`,
        file,
        lineNo,
      );
    }
    if (this.runStart === undefined) {
      throw new InputError(
        "an Intel Power Gadget log has no date: System Time is only HH:MM:SS:mmm local time and the summary " +
          "footer holds none; pass --run-start with the ISO date and time of the log's first row " +
          "(e.g. --run-start 2024-06-01T11:23:43.578+02:00)",
        file,
        lineNo,
      );
    }
    const systemTime = names.findIndex((n) => n.toLowerCase() === "system time");
    const valueCols = list.flatMap((d) => [d.powerCol, d.energyCol]).filter((c) => c !== -1);
    const needed = new Uint8Array(fields.length);
    for (const c of [elapsed, ...valueCols]) needed[c] = NUMBER;
    if (systemTime !== -1) needed[systemTime] = TEXT;
    this.fields = new Array<string>(fields.length).fill("");
    this.nums = new Float64Array(fields.length);
    this.layout = {
      names: fields,
      count: fields.length,
      needed,
      valueCols,
      systemTime,
      elapsed,
      domains: list,
      parts,
    };
  }

  private row(layout: Layout, lineNo: number): void {
    const { stats, nums, fields } = this;
    const elapsed = nums[layout.elapsed] as number;
    if (!(elapsed >= 0) || elapsed > MAX_ELAPSED_S) {
      const text = elapsed > MAX_ELAPSED_S ? String(elapsed) : (fields[layout.elapsed] as string);
      skip(stats, lineNo, `Elapsed Time (sec): expected seconds ≥ 0, got ${quote(text)}`);
      return;
    }
    if (!(elapsed > this.lastElapsed)) {
      skip(
        stats,
        lineNo,
        `Elapsed Time (sec): ${elapsed} is not after the previous row's (line ${this.lastLine}); rows must be in time order`,
      );
      return;
    }
    // Check every value first: a malformed value skips the row, never part of it.
    for (const col of layout.valueCols) {
      if ((nums[col] as number) < 0) {
        skip(
          stats,
          lineNo,
          `${(layout.names[col] as string).trim()}: expected a number ≥ 0, got ${quote(fields[col] as string)}`,
        );
        return;
      }
    }
    const runStart = this.runStart as number;
    if (Number.isNaN(this.firstElapsed)) this.first(layout, elapsed, lineNo);
    const t = runStart + (elapsed - this.firstElapsed) * 1000;
    for (const d of layout.domains) {
      if (d.powerCol !== -1) {
        const w = nums[d.powerCol] as number;
        if (Number.isNaN(w)) stats.missingValues++;
        else if (w > d.counter.options.maxWatts) {
          if (this.implausible++ === 0) this.firstImplausible = `line ${lineNo}: ${d.info.id} ${w} W`;
        } else d.samples.push(t, w);
      }
      if (d.energyCol !== -1) {
        const v = nums[d.energyCol] as number;
        if (Number.isNaN(v)) d.counter.missing();
        else d.counter.reading(t, v, lineNo);
      }
    }
    this.lastElapsed = elapsed;
    this.lastLine = lineNo;
    stats.rowsRead++;
  }

  /** The first row: anchors elapsed time, seeds the counters at 0 J when logging began, checks the clock. */
  private first(layout: Layout, elapsed: number, lineNo: number): void {
    const fields = this.fields;
    const runStart = this.runStart as number;
    this.firstElapsed = elapsed;
    // IPG's cumulative energy starts at 0 J when logging starts (elapsed 0).
    for (const d of layout.domains)
      if (d.energyCol !== -1 && elapsed > 0) d.counter.reading(runStart - elapsed * 1000, 0, lineNo);
    if (layout.systemTime === -1) return;
    const systemText = fields[layout.systemTime] as string;
    const system = systemTimeMs(systemText);
    if (system === undefined) return;
    const zone = this.options.clock.zone;
    const wall = (((runStart + offsetAt(zone, runStart)) % DAY_MS) + DAY_MS) % DAY_MS;
    const diff = Math.abs(wall - system);
    if (Math.min(diff, DAY_MS - diff) > CLOCK_TOLERANCE_MS) {
      this.stats.warnings.push(
        `--run-start puts the first row (line ${lineNo}) at ${clockText(wall)} in ${zone}, but its System Time says ${systemText}: check --run-start and --timezone`,
      );
    }
  }

  private footerLine(line: string): void {
    const text = line.replace(/^"|"$/g, "");
    const eq = text.indexOf("=");
    if (eq === -1) {
      if (isHeader(splitCsvLine(line))) this.appended++;
      return;
    }
    if (this.footer.size < 100) this.footer.set(normalise(text.slice(0, eq)), text.slice(eq + 1).trim());
  }

  finish(sink: SampleTarget): ReadStats {
    const { stats } = this;
    const layout = this.layout;
    if (layout === undefined) {
      throw new InputError(
        'the file is empty: expected an Intel Power Gadget log ("System Time","RDTSC","Elapsed Time (sec)",… and rows)',
        this.options.file,
        1,
      );
    }
    for (const d of layout.domains) {
      const summary = this.footer.get(
        d.info.kind === "cpu"
          ? `Cumulative Package Energy_${d.info.id.slice(8)}(Joules)`
          : `Cumulative DRAM Energy_${d.info.id.slice(5)}(Joules)`,
      );
      if (d.counter.intervals > 0) {
        d.counter.finish();
        d.buffer.flushTo(sink.device(d.info));
        let note = `${d.info.id}: energy from "${(layout.names[d.energyCol] as string).trim()}" (exact)`;
        if (summary !== undefined)
          note += `; ${d.counter.joules.toFixed(3)} J against ${summary} J in the log's summary`;
        stats.notes.push(note);
        const expected = summary === undefined ? undefined : Number(summary);
        if (expected !== undefined && expected > 0 && Math.abs(d.counter.joules - expected) > 0.01 * expected)
          stats.warnings.push(
            `${d.info.id}: ${d.counter.joules.toFixed(3)} J read but the log's summary says ${summary} J (rows skipped or missing?)`,
          );
      } else if (d.samples.length > 0) {
        const device = sink.device(d.info);
        for (let i = 0; i < d.samples.length; i++)
          device.push(d.samples.times[i] as number, d.samples.watts[i] as number);
        stats.notes.push(`${d.info.id}: power from "${(layout.names[d.powerCol] as string).trim()}"`);
      }
    }
    stats.notes.push(
      "counted the package (Processor) and DRAM, which IPG reports as separate domains" +
        (layout.parts.length > 0
          ? `; ${layout.parts.join(", ")} are parts of the package and are not added`
          : ""),
    );
    stats.notes.push(
      "sample times: --run-start (the first row) plus Elapsed Time (sec); the log's System Time has no date",
    );
    if (this.implausible > 0)
      stats.warnings.push(
        `${this.implausible} power value(s) above what one package or DRAM can draw were not used (first: ${this.firstImplausible})`,
      );
    if (this.appended > 0)
      stats.warnings.push(
        `${this.appended} more log(s) appended after the summary footer were not read: each needs its own --run-start; split the file`,
      );
    return stats;
  }
}
