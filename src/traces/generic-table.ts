/**
 * Generic power and energy traces: CSV (`,`, `;` or tab separated) and JSON Lines, read by column
 * meaning rather than by a known tool's layout. The last resort of auto-detection.
 *
 * - Wide: a time column and one column per device (`timestamp,n1_watts,n2_watts,total_watts`).
 * - Long: a time column, a device column and the value column(s) (`time,gpu,power_w`).
 * - Power columns give samples; energy columns give intervals, either differenced from a
 *   cumulative counter or taken as the energy since the previous row (from the name, else
 *   inferred from whether the column ever falls over its first readings).
 * - Node-level logs (BMC, Redfish, IPMI, PDUs): a column equal to the sum of the others (a total)
 *   is not added to them. Rule: where one column equals the sum of the others within 1% on at
 *   least 95% of the rows where all were read, the parts are read and the total is dropped — the
 *   parts say which node drew what, and a part that failed to read does not spoil the others.
 *   A column named like a total that is no such sum is read as its own device, with a warning.
 * - 0 W (or 0 J) from a node-level column is a failed read (no running server draws nothing): it
 *   is counted missing, never a sample.
 *
 * Column names are in generic-columns.ts; the flags --time-column, --power-columns,
 * --energy-columns, --device-column, --power-unit and --energy-unit override recognition.
 */
import { InputError } from "../errors.js";
import { parseDecimal, splitCsvLine, stripBom } from "../text/csv.js";
import { type ParsedTime, parseTimestamp } from "../time/timestamp.js";
import { EnergyCounter, type EnergyTarget, PLAUSIBLE_WATTS } from "./energy-counter.js";
import {
  autoDevice,
  buildLayout,
  type DeviceColumn,
  type EnergyMode,
  kindOfValue,
  type Layout,
  parseUnit,
  sniffNames,
  type ValueColumn,
} from "./generic-columns.js";
import {
  type DeviceChannel,
  type DeviceInfo,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

/** Lines longer than this are skipped unparsed. */
const MAX_LINE = 1 << 20;
/**
 * Rows buffered to decide which column, if any, is the sum of the others: at least this many, and
 * until that many rows had every column of a group read (a node may be down at the start), up to
 * {@link MAX_WINDOW_ROWS}.
 */
const WINDOW_ROWS = 256;
const WINDOW_COMPLETE = 32;
const MAX_WINDOW_ROWS = 20_000;
/** Readings of an energy column looked at to tell a counter from per-row energy. */
const DECIDE_READINGS = 256;
/** Share of rows on which a column must equal the sum of the others to be taken for their total. */
const SUM_SHARE = 0.95;
/** Relative tolerance of that equality. */
const SUM_TOLERANCE = 0.01;
/** No single column of a trace draws more; a larger figure is a unit mix-up or a corrupt row. */
const MAX_WATTS = 1e8;
/** Long format: more distinct values than this in the device column name no devices. */
const MAX_DEVICES = 10_000;
/** JSON Lines: lines looked at for the keys. */
const KEY_LINES = 20;

/** A value cell that was absent (a JSON key not in that line): not a reading, not missing. */
const ABSENT = Number.NEGATIVE_INFINITY;
/** A value cell that was not a number. */
const INVALID = -1;

type Cell = unknown;

// ---------------------------------------------------------------------------------------------
// Values and times

const MISSING = new Set([
  "",
  "na",
  "n/a",
  "nan",
  "null",
  "none",
  "nil",
  "-",
  "--",
  "?",
  "missing",
  "unknown",
  "err",
  "error",
  "timeout",
  "failed",
]);

function isMissingText(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length > 9) return false;
  if (text.charCodeAt(0) === 91 && text.charCodeAt(text.length - 1) === 93) return true; // [N/A]
  return MISSING.has(text.toLowerCase());
}

/** The digit at i, or a large negative number when it is not one (so that range checks fail). */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

function twoDigits(text: string, i: number): number {
  return digit(text, i) * 10 + digit(text, i + 1);
}

/**
 * {@link parseTimestamp} with a fast path for `YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|±HH:MM]`: the date is
 * parsed once per day, the time of day from its digits.
 */
class TimeParser {
  private datePart = "";
  private dayMs = Number.NaN;

  parse(text: string): ParsedTime | undefined {
    const n = text.length;
    if (
      n >= 19 &&
      n <= 29 &&
      text.charCodeAt(4) === 45 &&
      text.charCodeAt(7) === 45 &&
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58
    ) {
      const sep = text.charCodeAt(10);
      const h = twoDigits(text, 11);
      const m = twoDigits(text, 14);
      const s = twoDigits(text, 17);
      if ((sep === 84 || sep === 32) && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
        let i = 19;
        let ms = 0;
        if (i < n && text.charCodeAt(i) === 46) {
          let count = 0;
          i++;
          while (i < n && count < 4) {
            const d = digit(text, i);
            if (d < 0) break;
            if (count < 3) ms = ms * 10 + d;
            count++;
            i++;
          }
          // Past milliseconds the rounding is parseTimestamp's.
          if (count === 0 || count > 3) return parseTimestamp(text);
          ms *= count === 1 ? 100 : count === 2 ? 10 : 1;
        }
        let offsetMin = 0;
        let zone = false;
        if (i < n) {
          const c = text.charCodeAt(i);
          if ((c === 90 || c === 122) && i === n - 1) zone = true;
          else if ((c === 43 || c === 45) && (n - i === 6 || n - i === 5)) {
            const oh = twoDigits(text, i + 1);
            const om =
              n - i === 6 && text.charCodeAt(i + 3) === 58 ? twoDigits(text, i + 4) : twoDigits(text, i + 3);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (n - i === 5 && text.charCodeAt(i + 3) === 58)) {
              return parseTimestamp(text);
            }
            offsetMin = (c === 45 ? -1 : 1) * (oh * 60 + om);
            zone = true;
          } else return parseTimestamp(text);
        }
        const date = text.slice(0, 10);
        if (date !== this.datePart) {
          const day = parseTimestamp(date);
          this.datePart = date;
          this.dayMs = day?.kind === "local" ? day.wallMs : Number.NaN;
        }
        if (Number.isNaN(this.dayMs)) return undefined;
        const wall = this.dayMs + ((h * 60 + m) * 60 + s) * 1000 + ms;
        return zone ? { kind: "instant", ms: wall - offsetMin * 60_000 } : { kind: "local", wallMs: wall };
      }
    }
    return parseTimestamp(text);
  }
}

/** The ASCII white space String.prototype.trim removes (not NUL, which is no padding). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function quote(value: Cell): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function percent(part: number, whole: number): string {
  if (part === whole) return "100%";
  return `${(Math.floor((part / whole) * 1000) / 10).toFixed(1)}%`;
}

// ---------------------------------------------------------------------------------------------
// Series: one value column of one device

interface SeriesOwner {
  readonly sink: SampleTarget;
  readonly stats: ReadStats;
}

class PowerSeries {
  private samples: DeviceChannel | undefined;
  zeros = 0;
  count = 0;

  constructor(
    private readonly owner: SeriesOwner,
    readonly info: DeviceInfo,
    readonly column: ValueColumn,
    readonly zeroMissing: boolean,
  ) {}

  observe(t: number, v: number, _line: number): void {
    if (v === ABSENT) return;
    if (v > 0 || (v === 0 && !this.zeroMissing)) {
      this.samples ??= this.owner.sink.device(this.info);
      this.samples.push(t, v);
      this.count++;
    } else {
      this.owner.stats.missingValues++;
      if (v === 0) this.zeros++;
    }
  }

  get produced(): boolean {
    return this.count > 0;
  }

  finish(): void {}
}

interface ModeDecision {
  mode: EnergyMode;
  why: string;
  /** Too few readings to tell. */
  weak: boolean;
}

/** Fewer readings than this make the counter-or-per-row inference a guess, which is said. */
const FEW_READINGS = 4;

/** Counter or per-row energy, from how the first readings move. */
function inferMode(values: readonly number[]): ModeDecision {
  let rises = 0;
  let falls = 0;
  let prev = Number.NaN;
  let n = 0;
  let nonZero = false;
  for (const v of values) {
    if (!(v >= 0)) continue;
    n++;
    if (v !== 0) nonZero = true;
    if (!Number.isNaN(prev)) {
      if (v > prev) rises++;
      else if (v < prev) falls++;
    }
    prev = v;
  }
  const over = `over the first ${n} reading${n === 1 ? "" : "s"}`;
  const weak = n < FEW_READINGS;
  if (falls === 0 && rises > 0) return { mode: "cumulative", why: `it never decreases ${over}`, weak };
  if (falls > 0 && rises >= 20 * falls) {
    return {
      mode: "cumulative",
      why: `it rises ${rises} times and falls ${falls} time(s) ${over} (a counter reset)`,
      weak,
    };
  }
  if (rises === 0 && falls === 0 && nonZero && n > 1) {
    return { mode: "cumulative", why: `it stays constant ${over} (a counter that did not move)`, weak };
  }
  if (n <= 1) return { mode: "per-row", why: `${n === 0 ? "no readings" : "one reading"}`, weak };
  return { mode: "per-row", why: `it rises and falls ${over}`, weak };
}

/** Highest believable mean power over one counter interval, by kind (see PLAUSIBLE_WATTS). */
function plausibleWatts(info: DeviceInfo): number {
  if (info.kind === "gpu" || info.kind === "cpu" || info.kind === "dram") return PLAUSIBLE_WATTS[info.kind];
  // One named machine; a total, rack or facility meter may draw far more.
  if (info.kind === "node" && info.host !== undefined) return PLAUSIBLE_WATTS.node;
  return MAX_WATTS;
}

class EnergySeries implements EnergyTarget {
  private channel: DeviceChannel | undefined;
  mode: EnergyMode | undefined;
  why: string;
  weak = false;
  /** Buffered [t, v, line] triples until the mode is decided. */
  private pending: number[] = [];
  private readings = 0;
  /** Time of the previous row of this series (per-row mode) or of the last counter reading. */
  private prevT = Number.NaN;
  /** Line of the previous row of this series (per-row mode). */
  private prevLine = 0;
  /** Per-row energy of rows at the instant of the previous one, added to the next interval. */
  private carry = 0;
  private counter: EnergyCounter | undefined;
  /** The last reading the counter took (time, joules, line); time NaN before the first. */
  private lastT = Number.NaN;
  private lastV = 0;
  private lastLine = 0;
  /** A counter reading held back: its rise over the last one implies more than the bound. */
  private held: { t: number; v: number; line: number; watts: number } | undefined;
  // Facts for notes.
  zeros = 0;
  intervals = 0;
  backwards = 0;
  unplaced = 0;
  unplacedJ = 0;
  /** Readings skipped for implying more than the series' bound: per-row energy or counter spikes. */
  implausible = 0;
  firstImplausibleLine = 0;

  constructor(
    private readonly owner: SeriesOwner,
    readonly info: DeviceInfo,
    readonly column: ValueColumn,
    readonly zeroMissing: boolean,
    readonly label: string,
    mode: EnergyMode | undefined,
    why: string,
  ) {
    this.mode = mode;
    this.why = why;
  }

  observe(t: number, value: number, line: number): void {
    if (value === ABSENT) return;
    let v = value;
    if (!(v > 0 || (v === 0 && !this.zeroMissing))) {
      if (v === 0) this.zeros++;
      v = Number.NaN;
    }
    if (this.mode === undefined) {
      this.pending.push(t, v, line);
      if (!Number.isNaN(v) && ++this.readings >= DECIDE_READINGS) this.decide();
      return;
    }
    this.emit(t, v, line);
  }

  private decide(): void {
    const values: number[] = [];
    for (let i = 1; i < this.pending.length; i += 3) values.push(this.pending[i] as number);
    const d = inferMode(values);
    this.mode = d.mode;
    this.why = `inferred: ${d.why}`;
    this.weak = d.weak;
    const pending = this.pending;
    this.pending = [];
    for (let i = 0; i < pending.length; i += 3) {
      this.emit(pending[i] as number, pending[i + 1] as number, pending[i + 2] as number);
    }
  }

  pushEnergy(start: number, end: number, joules: number): void {
    this.channel ??= this.owner.sink.device(this.info);
    this.channel.pushEnergy(start, end, joules);
    this.intervals++;
  }

  private emit(t: number, v: number, line: number): void {
    if (this.mode === "cumulative") {
      this.emitCounter(t, v, line);
      return;
    }
    if (Number.isNaN(v)) this.owner.stats.missingValues++;
    const prev = this.prevT;
    if (Number.isNaN(prev)) {
      // The first row's energy has no start.
      this.prevT = t;
      this.prevLine = line;
      if (!Number.isNaN(v)) {
        this.unplaced++;
        this.unplacedJ += v;
      }
      return;
    }
    if (t < prev) {
      if (!Number.isNaN(v)) this.backwards++;
      return;
    }
    if (t === prev) {
      if (!Number.isNaN(v)) this.carry += v;
      return;
    }
    if (!Number.isNaN(v)) {
      const joules = v + this.carry;
      this.carry = 0;
      const watts = joules / ((t - prev) / 1000);
      // The bound of a power column: no column of a trace draws more than MAX_WATTS. Over it (or
      // Infinity, where the energy of rows at one instant overflows) the row's figure is not
      // counted; the next row's is the energy since this row, so the time moves on all the same.
      if (watts <= MAX_WATTS) this.pushEnergy(prev, t, joules);
      else {
        this.noteImplausible(line);
        skip(
          this.owner.stats,
          line,
          `${this.label}: ${+joules.toPrecision(6)} J since line ${this.prevLine} (${(t - prev) / 1000} s before) ` +
            `implies ${+watts.toPrecision(3)} W, expected at most ${MAX_WATTS / 1e6} MW (a corrupt figure or the wrong unit)`,
        );
      }
    }
    this.prevT = t;
    this.prevLine = line;
  }

  private noteImplausible(line: number): void {
    this.implausible++;
    if (this.firstImplausibleLine === 0) this.firstImplausibleLine = line;
  }

  /**
   * A counter reading, through the project's counter logic (resets, implausible jumps, failed
   * reads spanned). A reading whose rise over the last implies more than the bound is held back
   * until the next: where that one continues from the last reading as if the spike had not been,
   * the spike was a corrupt reading, skipped, and the counter goes on from the last reading kept;
   * else the counter takes both (the spike restarts it, as a reset would: it is said in a warning).
   */
  private emitCounter(t: number, v: number, line: number): void {
    const maxWatts = plausibleWatts(this.info);
    this.counter ??= new EnergyCounter(this, this.owner.stats, {
      label: this.label,
      unit: "J",
      joulesPerUnit: 1,
      maxWatts,
    });
    if (Number.isNaN(v)) {
      this.counter.missing();
      return;
    }
    if (t <= this.prevT) {
      // Readings must move forward; one at the same instant adds nothing the next will not.
      if (t < this.prevT) this.backwards++;
      return;
    }
    this.prevT = t;
    const held = this.held;
    const watts = this.riseWatts(t, v);
    if (held !== undefined) {
      this.held = undefined;
      // Continues: neither below the last reading kept nor an implausible rise over it.
      if (v >= this.lastV && watts <= maxWatts) {
        this.noteImplausible(held.line);
        skip(
          this.owner.stats,
          held.line,
          `${this.label}: counter ${held.v} J rose ${+(held.v - this.lastV).toPrecision(6)} J in ` +
            `${(held.t - this.lastT) / 1000} s since line ${this.lastLine}, implying ${+held.watts.toPrecision(3)} W ` +
            `(expected at most ${maxWatts} W), and the next reading (line ${line}) continues from line ` +
            `${this.lastLine}: a corrupt reading`,
        );
      } else this.take(held.t, held.v, held.line);
    } else if (watts > maxWatts) {
      this.held = { t, v, line, watts };
      return;
    }
    this.take(t, v, line);
  }

  /** The mean power a rise from the last reading taken to (t, v) implies; 0 for none or a fall. */
  private riseWatts(t: number, v: number): number {
    if (Number.isNaN(this.lastT) || !(v > this.lastV)) return 0;
    return (v - this.lastV) / ((t - this.lastT) / 1000);
  }

  private take(t: number, v: number, line: number): void {
    if ((this.counter as EnergyCounter).reading(t, v, line)) {
      this.lastT = t;
      this.lastV = v;
      this.lastLine = line;
    }
  }

  get produced(): boolean {
    return this.intervals > 0;
  }

  finish(): void {
    if (this.mode === undefined) this.decide();
    // A spike in the last reading: nothing tells a corrupt reading from a jump; the counter judges.
    const held = this.held;
    this.held = undefined;
    if (held !== undefined) this.take(held.t, held.v, held.line);
    this.counter?.finish();
  }
}

type Series = PowerSeries | EnergySeries;

// ---------------------------------------------------------------------------------------------
// Sum relations between columns (node totals)

interface Relation {
  total: number;
  parts: number[];
  complete: number;
  match: number;
}

// ---------------------------------------------------------------------------------------------
// The table: rows of parsed cells, whatever the file syntax

/** Slots of the cells handed to {@link Table.row}. */
const SLOT_TIME = 0;
const SLOT_DATE = 1;
const SLOT_DEVICE = 2;
const SLOT_VALUES = 3;

interface BufferedRow {
  line: number;
  t: number;
  vals: Float64Array;
}

class Table implements SeriesOwner {
  private readonly values: ValueColumn[];
  private readonly nv: number;
  private readonly device: DeviceColumn | undefined;
  private readonly vals: Float64Array;
  private readonly times = new TimeParser();
  private lastTimeText = "";
  private lastTime: ParsedTime | undefined;
  /** Whether the time column is joined to a date column; undefined until the first row says. */
  private joinDate: boolean | undefined;
  private localTimes = false;
  decimalComma = false;
  private usedDecimalComma = false;
  private bad = "";
  private badValue: Cell = undefined;
  // Wide format.
  private readonly series: (Series | undefined)[] = [];
  private window: BufferedRow[] | undefined;
  /** Value columns of one quantity, where there are two or more: where a total may hide. */
  private groups: number[][] = [];
  /** Per group, buffered rows on which all its columns were read. */
  private groupComplete: number[] = [];
  private readonly dropped: boolean[];
  private relations: Relation[] = [];
  // Long format.
  private readonly byDevice = new Map<string, Series[]>();
  private readonly allSeries: Series[] = [];

  constructor(
    readonly layout: Layout,
    readonly sink: SampleTarget,
    readonly stats: ReadStats,
    private readonly options: ReadOptions,
  ) {
    this.values = layout.values;
    this.nv = layout.values.length;
    this.device = layout.device;
    this.vals = new Float64Array(this.nv);
    this.dropped = new Array<boolean>(this.nv).fill(false);
    if (this.device === undefined) {
      for (const column of this.values) {
        const info: DeviceInfo = { id: column.id };
        if (column.host !== undefined) info.host = column.host;
        if (column.kind !== undefined) info.kind = column.kind;
        const s = this.newSeries(info, column, column.raw);
        this.series.push(s);
        this.allSeries.push(s);
      }
      this.groups = (["power", "energy"] as const)
        .map((q) => this.values.map((v, i) => (v.quantity === q ? i : -1)).filter((i) => i !== -1))
        .filter((g) => g.length >= 2);
      this.groupComplete = this.groups.map(() => 0);
      if (this.groups.length > 0) this.window = [];
    }
  }

  private newSeries(info: DeviceInfo, column: ValueColumn, label: string): Series {
    const zeroMissing = info.kind === "node";
    if (column.quantity === "power") return new PowerSeries(this, info, column, zeroMissing);
    const flag = energyKindFlag(this.options);
    const [mode, why] =
      flag !== undefined
        ? [flag, "as --energy-kind says"]
        : column.mode !== undefined
          ? [column.mode, "the column name says so"]
          : [undefined, ""];
    return new EnergySeries(this, info, column, zeroMissing, label, mode, why);
  }

  /** One row; cells by slot (time, date, device, values...). */
  row(lineNo: number, cells: readonly Cell[]): void {
    const stats = this.stats;
    const t = this.time(cells, lineNo);
    if (t === undefined) return;

    let deviceKey = "";
    if (this.device !== undefined) {
      const cell = cells[SLOT_DEVICE];
      deviceKey =
        typeof cell === "string"
          ? cell
          : typeof cell === "number" && Number.isFinite(cell)
            ? String(cell)
            : "";
      if (deviceKey === "" || isMissingText(deviceKey)) {
        skip(stats, lineNo, `${this.device.raw}: expected a device name, got ${quote(cell ?? "")}`);
        return;
      }
    }

    const vals = this.vals;
    let any = false;
    for (let j = 0; j < this.nv; j++) {
      const column = this.values[j] as ValueColumn;
      const v = this.value(cells[SLOT_VALUES + j], column);
      if (v === INVALID) {
        skip(stats, lineNo, `${column.raw}: expected ${this.bad}, got ${quote(this.badValue)}`);
        return;
      }
      if (v !== ABSENT) any = true;
      vals[j] = v;
    }
    if (!any) {
      skip(
        stats,
        lineNo,
        `expected ${this.nv === 1 ? "the key" : "one of the keys"} ${this.values.map((v) => v.raw).join(", ")}, found none`,
      );
      return;
    }
    stats.rowsRead++;

    if (this.device !== undefined) {
      let list = this.byDevice.get(deviceKey);
      if (list === undefined) {
        if (this.byDevice.size >= MAX_DEVICES) {
          throw new InputError(
            `"${this.device.raw}" has more than ${MAX_DEVICES} different values: it does not name devices; name the device column with --device-column, or choose the columns with --power-columns / --energy-columns`,
            this.options.file,
            lineNo,
          );
        }
        list = this.values.map((column) =>
          this.newSeries(this.longInfo(deviceKey, column), column, `${column.raw} of ${deviceKey}`),
        );
        this.byDevice.set(deviceKey, list);
        this.allSeries.push(...list);
      }
      for (let j = 0; j < this.nv; j++) (list[j] as Series).observe(t, vals[j] as number, lineNo);
      return;
    }
    if (this.window !== undefined) {
      this.window.push({ line: lineNo, t, vals: vals.slice() });
      let settled = true;
      for (let g = 0; g < this.groups.length; g++) {
        const group = this.groups[g] as number[];
        if (group.every((j) => this.present(vals, j)))
          this.groupComplete[g] = (this.groupComplete[g] as number) + 1;
        if ((this.groupComplete[g] as number) < WINDOW_COMPLETE) settled = false;
      }
      const n = this.window.length;
      if ((n >= WINDOW_ROWS && settled) || n >= MAX_WINDOW_ROWS) this.closeWindow();
      return;
    }
    this.feed(t, vals, lineNo);
  }

  private feed(t: number, vals: Float64Array, lineNo: number): void {
    for (const r of this.relations) this.countRelation(r, vals);
    for (let j = 0; j < this.nv; j++) {
      if (!this.dropped[j]) (this.series[j] as Series).observe(t, vals[j] as number, lineNo);
    }
  }

  /** The row's UTC time, or undefined (and the row skipped) when it has none. */
  private time(cells: readonly Cell[], lineNo: number): number | undefined {
    const cell = cells[SLOT_TIME];
    let text =
      typeof cell === "string" ? cell : typeof cell === "number" && Number.isFinite(cell) ? String(cell) : "";
    const time = this.layout.time;
    if (time.dateIndex !== -1 && this.joinDate !== false) {
      const date = cells[SLOT_DATE];
      if (this.joinDate === undefined && typeof date === "string" && date !== "") {
        this.joinDate = parseTimestamp(text) === undefined && parseTimestamp(`${date} ${text}`) !== undefined;
        if (this.joinDate) {
          this.stats.notes.push(
            `time from "${this.layout.names[time.dateIndex]}" and "${time.raw}" together`,
          );
        }
      }
      if (this.joinDate === true) text = `${typeof date === "string" ? date : ""} ${text}`;
    }
    let parsed: ParsedTime | undefined;
    if (text === this.lastTimeText) parsed = this.lastTime;
    else {
      parsed = text.length > 64 ? undefined : this.times.parse(text);
      this.lastTimeText = text;
      this.lastTime = parsed;
    }
    if (parsed === undefined) {
      skip(this.stats, lineNo, `${time.raw}: expected a date and time, got ${quote(cell ?? "")}`);
      return undefined;
    }
    if (parsed.kind === "instant") return parsed.ms;
    this.localTimes = true;
    return time.utc ? parsed.wallMs : this.options.clock.toUtc(parsed);
  }

  /** A value in W or J, NaN when missing, ABSENT, or INVALID (with this.bad and this.badValue set). */
  private value(cell: Cell, column: ValueColumn): number {
    let v: number | undefined;
    if (typeof cell === "string") {
      if (isMissingText(cell)) return Number.NaN;
      v = parseDecimal(cell);
      if (v === undefined) v = this.unusualNumber(cell, column);
      else v *= column.scale;
    } else if (typeof cell === "number") {
      v = Number.isFinite(cell) ? cell * column.scale : undefined;
    } else if (cell === null) return Number.NaN;
    else if (cell === undefined) return ABSENT;
    if (v === undefined || !(v >= 0) || (column.quantity === "power" ? v > MAX_WATTS : v === Infinity)) {
      this.badValue = cell;
      this.bad =
        v === undefined
          ? `${column.quantity === "power" ? "power" : "energy"} in ${column.unit} (a number)`
          : v < 0
            ? `${column.quantity} ≥ 0`
            : column.quantity === "power"
              ? `at most ${MAX_WATTS / 1e6} MW`
              : `energy in ${column.unit} that is finite in joules`;
      return INVALID;
    }
    return v;
  }

  /** A decimal comma (`;`-separated files) or a unit after the number (`301.2 W`). */
  private unusualNumber(text: string, column: ValueColumn): number | undefined {
    let t = text;
    let scale = column.scale;
    const m = /^(.*?\d)\s*([A-Za-zµμ]+)$/.exec(t);
    if (m) {
      const unit = parseUnit(m[2] as string);
      if (unit === undefined || unit === "ambiguous" || unit.quantity !== column.quantity) return undefined;
      t = m[1] as string;
      scale = unit.scale;
    }
    if (this.decimalComma) {
      const comma = t.indexOf(",");
      if (comma !== -1 && t.indexOf(",", comma + 1) === -1 && t.indexOf(".") === -1) {
        t = `${t.slice(0, comma)}.${t.slice(comma + 1)}`;
        this.usedDecimalComma = true;
      }
    }
    const v = parseDecimal(t);
    return v === undefined ? undefined : v * scale;
  }

  private longInfo(key: string, column: ValueColumn): DeviceInfo {
    const device = this.device as DeviceColumn;
    const own = column.id !== "device";
    if (device.hostLike) {
      const info: DeviceInfo = { id: own ? column.id : key, host: key };
      const kind = column.kind ?? (own ? undefined : "node");
      if (kind !== undefined) info.kind = kind;
      return info;
    }
    const base = device.gpuIndex && isDigits(key) ? `gpu${Number(key)}` : key;
    const info: DeviceInfo = { id: own && this.nv > 1 ? `${base}_${column.id}` : base };
    const kind = column.kind ?? kindOfValue(base) ?? (device.gpuIndex ? "gpu" : undefined);
    if (column.host !== undefined) info.host = column.host;
    if (kind !== undefined) info.kind = kind;
    return info;
  }

  // -------------------------------------------------------------------------------------------
  // Totals

  private present(vals: Float64Array, j: number): boolean {
    const v = vals[j] as number;
    return v > 0 || (v === 0 && this.values[j]?.kind !== "node");
  }

  private countRelation(r: Relation, vals: Float64Array): void {
    if (!this.present(vals, r.total)) return;
    const total = vals[r.total] as number;
    if (total === 0) return;
    let sum = 0;
    for (const p of r.parts) {
      if (!this.present(vals, p)) return;
      sum += vals[p] as number;
    }
    r.complete++;
    if (Math.abs(total - sum) <= SUM_TOLERANCE * total) r.match++;
  }

  /** Decides from the buffered rows which column (if any) is the sum of the others, then reads them. */
  private closeWindow(): void {
    const rows = this.window ?? [];
    this.window = undefined;
    for (const quantity of ["power", "energy"] as const) {
      const group = this.values.map((v, i) => (v.quantity === quantity ? i : -1)).filter((i) => i !== -1);
      if (group.length < 2) continue;
      const candidates: Relation[] = [];
      const named: Relation[] = [];
      for (const total of group) {
        const r: Relation = { total, parts: group.filter((i) => i !== total), complete: 0, match: 0 };
        for (const row of rows) this.countRelation(r, row.vals);
        const column = this.values[total] as ValueColumn;
        const need = column.namedTotal ? 1 : 3;
        if (r.complete >= need && r.match >= SUM_SHARE * r.complete) candidates.push(r);
        else if (column.namedTotal) named.push(r);
      }
      const pick =
        candidates.find((r) => this.values[r.total]?.namedTotal) ?? candidates[candidates.length - 1];
      if (pick !== undefined) {
        this.dropped[pick.total] = true;
        this.relations.push(pick);
      }
      for (const r of candidates) if (r !== pick && this.values[r.total]?.namedTotal) named.push(r);
      for (const r of named) {
        if (r.total === pick?.total) continue;
        this.relations.push(r);
      }
    }
    // Counted again as the rows are fed, over the whole file.
    for (const r of this.relations) {
      r.complete = 0;
      r.match = 0;
    }
    for (const row of rows) this.feed(row.t, row.vals, row.line);
  }

  // -------------------------------------------------------------------------------------------

  finish(): void {
    if (this.window !== undefined) this.closeWindow();
    const { notes, warnings } = this.stats;
    const [n, w] = [notes.length, warnings.length];
    for (const s of this.allSeries) s.finish();
    // The counters' own notes go after the file's.
    const counterNotes = notes.splice(n);
    const counterWarnings = warnings.splice(w);
    this.describe();
    notes.push(...counterNotes);
    warnings.push(...counterWarnings);
  }

  private describe(): void {
    const { stats, layout } = this;
    const notes: string[] = [...layout.notes];
    const warnings: string[] = [...layout.warnings];
    if (this.localTimes) {
      notes.push(
        layout.time.utc
          ? `times without a zone read as UTC, as the "${layout.time.raw}" header says`
          : `times without a zone read as wall-clock time in ${this.options.clock.zone}`,
      );
    }
    if (this.usedDecimalComma) notes.push("decimal commas read as decimal points");

    // Which columns became which devices.
    const used = this.values.filter((_, j) => !this.dropped[j]);
    const describeColumn = (v: ValueColumn) =>
      `"${v.raw}" (${v.unit}${v.unitFromFlag ? `, from --${v.quantity}-unit` : ""})`;
    if (this.device !== undefined) {
      notes.push(
        `one device per value of "${this.device.raw}" (${this.byDevice.size} found); ${used
          .map((v) => `${v.quantity} from ${describeColumn(v)}`)
          .join(", ")}`,
      );
    } else {
      for (const quantity of ["power", "energy"] as const) {
        const list = used.filter((v) => v.quantity === quantity);
        if (list.length === 0) continue;
        notes.push(
          `${quantity} from ${list
            .map((v) => {
              const { info } = this.series[this.values.indexOf(v)] as Series;
              const who =
                info.host !== undefined && info.host !== info.id ? `${info.host}/${info.id}` : info.id;
              return `${describeColumn(v)} → ${who}${info.kind ? ` (${info.kind})` : ""}`;
            })
            .join(", ")}`,
        );
      }
    }

    // Totals.
    for (const r of this.relations) {
      const total = this.values[r.total] as ValueColumn;
      const parts = r.parts.map((p) => (this.values[p] as ValueColumn).raw);
      const sum = parts.join(" + ");
      if (this.dropped[r.total]) {
        const partList =
          parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
        notes.push(
          `${total.raw} = ${sum} on ${percent(r.match, r.complete)} of the ${r.complete} rows where all were read: using ${partList}, not ${total.raw}`,
        );
        if (r.complete > 0 && r.match < SUM_SHARE * r.complete) {
          warnings.push(
            `${total.raw} equalled ${sum} on the first rows but on only ${percent(r.match, r.complete)} of all ${r.complete} rows where all were read; ${total.raw} was not added: check the file, or choose columns with --${total.quantity}-columns`,
          );
        }
      } else {
        warnings.push(
          `"${total.raw}" is named like a total but is not the sum of the other ${total.quantity} columns (equal on ${r.match} of ${r.complete} rows where all were read): read as a device of its own, which double-counts if it includes them; choose columns with --${total.quantity}-columns`,
        );
      }
    }

    // Zeros from node columns.
    const zeroCounts = new Map<string, number>();
    for (const s of this.allSeries) {
      if (s.zeros > 0) zeroCounts.set(s.column.raw, (zeroCounts.get(s.column.raw) ?? 0) + s.zeros);
    }
    if (zeroCounts.size > 0) {
      notes.push(
        `zero readings of node-level columns counted as missing (a failed read: a running server never draws 0 W): ${[
          ...zeroCounts,
        ]
          .map(([c, n]) => `${c} ${n}`)
          .join(", ")}`,
      );
    }

    // Energy: how each column counts.
    for (const column of used.filter((v) => v.quantity === "energy")) {
      const list = this.allSeries.filter(
        (s): s is EnergySeries => s instanceof EnergySeries && s.column === column,
      );
      const modes = new Map<string, EnergySeries[]>();
      for (const s of list) {
        const key = `${s.mode}|${s.why}`;
        modes.set(key, [...(modes.get(key) ?? []), s]);
      }
      const say = (s: EnergySeries) =>
        s.mode === "cumulative"
          ? `a cumulative counter, differenced row to row (${s.why})`
          : `the energy since the previous row (${s.why})`;
      if (modes.size <= 1 && list[0]) notes.push(`"${column.raw}": ${say(list[0])}`);
      else if (modes.size > 1) {
        const counts = [...modes.values()].map((g) => `${g.length} device(s): ${say(g[0] as EnergySeries)}`);
        warnings.push(`"${column.raw}" reads differently per device: ${counts.join("; ")}`);
      }
      const sum = (f: (s: EnergySeries) => number) => list.reduce((a, s) => a + f(s), 0);
      const backwards = sum((s) => s.backwards);
      const unplaced = sum((s) => s.unplaced);
      if (backwards > 0) {
        warnings.push(
          `"${column.raw}": ${backwards} reading(s) earlier than the row before ignored (rows out of time order)`,
        );
      }
      const implausible = sum((s) => s.implausible);
      if (implausible > 0) {
        const flagged = list.filter((s) => s.implausible > 0);
        const first = Math.min(...flagged.map((s) => s.firstImplausibleLine));
        const after = flagged.every((s) => s.mode === "cumulative")
          ? "the counter went on from the last reading kept"
          : "their energy is not counted";
        warnings.push(
          `"${column.raw}": ${implausible} reading(s) implied more power than the device can draw (first at line ${first}) and were skipped as corrupt; ${after}`,
        );
      }
      if (unplaced > 0) {
        notes.push(
          `"${column.raw}": the first row's energy (${+sum((s) => s.unplacedJ).toPrecision(6)} J${unplaced > 1 ? ` over ${unplaced} devices` : ""}) has no start time and is not counted`,
        );
      }
      if (list.some((s) => s.weak && s.produced)) {
        warnings.push(
          `"${column.raw}": too few readings to tell a counter from per-row energy; name the column with a _total (counter) or _delta (per row) suffix`,
        );
      }
    }

    // Node-level and component columns side by side double-count.
    const kinds = new Set<string>();
    for (const s of this.allSeries) if (s.produced) kinds.add(s.info.kind ?? "");
    if (kinds.has("node") && (kinds.has("gpu") || kinds.has("cpu") || kinds.has("dram"))) {
      warnings.push(
        "node-level and component (GPU/CPU/memory) columns in one file: a node's power includes its components, so adding them double-counts; choose columns with --power-columns / --energy-columns",
      );
    }
    if (this.device !== undefined) {
      const totals = [...this.byDevice.keys()].filter((k) => /^(total|sum|all|aggregate|overall)$/i.test(k));
      if (totals.length > 0) {
        warnings.push(
          `"${this.device.raw}" names a device ${totals.map((k) => `"${k}"`).join(", ")}: if it is the sum of the others, it is counted twice`,
        );
      }
    }
    stats.notes.push(...notes);
    stats.warnings.push(...warnings);
  }
}

/**
 * --energy-kind (cumulative | per-row), where the shell passes it on in options.columns; not
 * part of ColumnMapping yet, so read defensively.
 */
function energyKindFlag(options: ReadOptions): EnergyMode | undefined {
  const kind = (options.columns as { energyKind?: unknown } | undefined)?.energyKind;
  if (typeof kind !== "string") return undefined;
  const k = kind.trim().toLowerCase();
  if (k === "cumulative" || k === "counter") return "cumulative";
  if (k === "per-row" || k === "per_row" || k === "delta" || k === "interval") return "per-row";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** `,`, `;` or tab, whichever the header uses most (outside quotes); a tie goes to `;` or tab. */
function detectDelimiter(header: string): string {
  let commas = 0;
  let semis = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) commas++;
      else if (c === 59) semis++;
      else if (c === 9) tabs++;
    }
  }
  if (tabs > 0 && tabs >= commas && tabs >= semis) return "\t";
  if (semis > 0 && semis >= commas) return ";";
  return ",";
}

/** A header line: no field reads as a value (starts with a digit, a sign or a dot), and some field is a word. */
function isHeaderFields(fields: readonly string[]): boolean {
  let word = false;
  for (const f of fields) {
    const c = f.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return false;
    if (!word && /[a-z_µ]/i.test(f)) word = true;
  }
  return word;
}

/** The first non-blank, non-comment line of a head, without its byte-order mark. */
function firstLine(head: readonly string[]): string | undefined {
  for (const raw of head) {
    const line = stripBom(raw).trim();
    if (line === "" || line.startsWith("#")) continue;
    return line;
  }
  return undefined;
}

class CsvParser {
  readonly stats = newStats();
  private table: Table | undefined;
  private delimiter = ",";
  private headerText = "";
  private fieldCount = 0;
  /** Per field: its slot in {@link cells}, or -1. */
  private slots = new Int32Array(0);
  private cells: string[] = [];
  private repeatedHeaders = 0;
  private started = false;
  /** The header ends with a delimiter (an empty last name): rows may omit that field. */
  private headerTrailing = false;

  constructor(
    private readonly sink: SampleTarget,
    private readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    if (rawLine.length > MAX_LINE) {
      if (this.table === undefined) {
        throw new InputError(
          `the first line is ${rawLine.length} characters long: expected a CSV header naming a time column and power or energy columns`,
          this.options.file,
          lineNo,
        );
      }
      skip(this.stats, lineNo, `line of ${rawLine.length} characters (over 1 MB): not parsed`);
      return;
    }
    const line = this.started ? rawLine.trim() : stripBom(rawLine).trim();
    if (line.length === 0) return;
    if (line.charCodeAt(0) === 35 /* # */) return;
    const table = this.table;
    if (table === undefined) {
      this.start(line, lineNo);
      return;
    }
    if (line === this.headerText) {
      this.repeatedHeaders++;
      return;
    }
    const cells = this.cells;
    let count = this.pick(line);
    // A trailing delimiter adds an empty field, to the rows or to the header.
    if (count === this.fieldCount + 1 && line.endsWith(this.delimiter)) count--;
    else if (count === this.fieldCount - 1 && this.headerTrailing) count++;
    if (count !== this.fieldCount) {
      skip(this.stats, lineNo, `expected ${this.fieldCount} fields, got ${count}`);
      return;
    }
    table.row(lineNo, cells);
  }

  private start(line: string, lineNo: number): void {
    this.started = true;
    const { file } = this.options;
    if (line.charCodeAt(0) === 123 /* { */) {
      throw new InputError(
        "the first line is a JSON object: this looks like JSON Lines, not CSV (use --format jsonl)",
        file,
        lineNo,
      );
    }
    this.delimiter = detectDelimiter(line);
    const names = splitCsvLine(line, this.delimiter);
    if (!isHeaderFields(names)) {
      throw new InputError(
        `no header line (first line: ${quote(line)}): expected a header naming a time column and power or energy columns, e.g. "timestamp,n1_watts,n2_watts"`,
        file,
        lineNo,
      );
    }
    const layout = buildLayout(names, { file, line: lineNo, what: "header", columns: this.options.columns });
    const device = layout.device ?? autoDevice(names, layout);
    if (device) layout.device = device;
    this.headerText = line;
    this.fieldCount = names.length;
    this.headerTrailing = names.length > 1 && names[names.length - 1] === "";
    const slots = new Int32Array(names.length).fill(-1);
    slots[layout.time.index] = SLOT_TIME;
    if (layout.time.dateIndex !== -1) slots[layout.time.dateIndex] = SLOT_DATE;
    if (layout.device) slots[layout.device.index] = SLOT_DEVICE;
    layout.values.forEach((v, j) => {
      slots[v.index] = SLOT_VALUES + j;
    });
    this.slots = slots;
    this.cells = new Array<string>(SLOT_VALUES + layout.values.length).fill("");
    if (this.delimiter !== ",") {
      layout.notes.unshift(`fields separated by ${this.delimiter === "\t" ? "tabs" : `"${this.delimiter}"`}`);
    }
    const seen = new Set<string>();
    const dups = names.filter((n) => n !== "" && (seen.has(n) || !seen.add(n)));
    if (dups.length > 0)
      layout.notes.push(`header names repeated (${dups.join(", ")}): the first of each is read`);
    this.table = new Table(layout, this.sink, this.stats, this.options);
    this.table.decimalComma = this.delimiter !== ",";
  }

  /** Splits a row into {@link cells} by slot, keeping only the fields in use; returns the field count. */
  private pick(line: string): number {
    const slots = this.slots;
    const out = this.cells;
    if (line.indexOf('"') !== -1) {
      const all = splitCsvLine(line, this.delimiter);
      for (let i = 0; i < all.length && i < slots.length; i++) {
        const slot = slots[i] as number;
        if (slot !== -1) out[slot] = all[i] as string;
      }
      return all.length;
    }
    const delimiter = this.delimiter;
    let start = 0;
    let i = 0;
    for (;;) {
      const at = line.indexOf(delimiter, start);
      const end = at === -1 ? line.length : at;
      const slot = i < slots.length ? (slots[i] as number) : -1;
      if (slot !== -1) {
        let a = start;
        let b = end;
        while (a < b && isSpace(line.charCodeAt(a))) a++;
        while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
        out[slot] = line.slice(a, b);
      }
      i++;
      if (at === -1) return i;
      start = at + 1;
    }
  }

  finish(): ReadStats {
    const table = this.table;
    if (table === undefined) {
      throw new InputError(
        'the file is empty: expected a CSV header naming a time column and power or energy columns (e.g. "timestamp,n1_watts,n2_watts") and rows',
        this.options.file,
        1,
      );
    }
    if (this.repeatedHeaders > 0) {
      this.stats.notes.push(
        `header repeated ${this.repeatedHeaders} time(s) (appended logs); repeats ignored`,
      );
    }
    table.finish();
    return this.stats;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

/** Flattened key limits while looking for keys: deeper or wider objects are not traces. */
const MAX_DEPTH = 16;
const MAX_KEYS = 5000;

function collectKeys(value: unknown, prefix: string, depth: number, out: Set<string>): void {
  if (depth > MAX_DEPTH || out.size >= MAX_KEYS) return;
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (v !== null && typeof v === "object") collectKeys(v, path, depth + 1, out);
    else if (out.size < MAX_KEYS) out.add(path);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

type ParsedLine = { ok: true; value: unknown } | { ok: false; reason: string };

function parseJsonLine(line: string): ParsedLine {
  if (line.length > MAX_LINE)
    return { ok: false, reason: `line of ${line.length} characters (over 1 MB): not parsed` };
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `expected a JSON object, got invalid JSON (${message.slice(0, 80)})` };
  }
}

class JsonlParser {
  readonly stats = newStats();
  private table: Table | undefined;
  /** Lines seen before the keys are known. */
  private pending: { line: number; value: Record<string, unknown> }[] = [];
  private seen = 0;
  private slots = new Map<string, number>();
  private prefixes = new Set<string>();
  private cells: Cell[] = [];

  constructor(
    private readonly sink: SampleTarget,
    private readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    const line = lineNo === 1 ? stripBom(rawLine).trim() : rawLine.trim();
    if (line.length === 0) return;
    const parsed = parseJsonLine(line);
    let value: Record<string, unknown> | undefined;
    if (!parsed.ok) skip(this.stats, lineNo, parsed.reason);
    else if (!isObject(parsed.value)) {
      skip(this.stats, lineNo, `expected a JSON object, got ${quote(line)}`);
    } else value = parsed.value;
    if (this.table === undefined) {
      this.seen++;
      if (value !== undefined) this.pending.push({ line: lineNo, value });
      if (this.seen >= KEY_LINES) this.start();
      return;
    }
    if (value !== undefined) this.object(value, lineNo);
  }

  private start(): void {
    const keys = new Set<string>();
    for (const p of this.pending) collectKeys(p.value, "", 0, keys);
    const first = this.pending[0];
    if (first === undefined) {
      throw new InputError(
        `no JSON object in the first ${this.seen} lines: expected JSON Lines, one object per line with a time key and power or energy keys`,
        this.options.file,
        1,
      );
    }
    const names = [...keys];
    const layout = buildLayout(names, {
      file: this.options.file,
      line: first.line,
      what: "keys",
      columns: this.options.columns,
    });
    const device = layout.device ?? autoDevice(names, layout);
    if (device) layout.device = device;
    const slot = (name: string | undefined, s: number) => {
      if (name === undefined) return;
      this.slots.set(name, s);
      const parts = name.split(".");
      for (let i = 1; i < parts.length; i++) this.prefixes.add(parts.slice(0, i).join("."));
    };
    slot(names[layout.time.index], SLOT_TIME);
    if (layout.time.dateIndex !== -1) slot(names[layout.time.dateIndex], SLOT_DATE);
    if (layout.device) slot(names[layout.device.index], SLOT_DEVICE);
    layout.values.forEach((v, j) => {
      slot(names[v.index], SLOT_VALUES + j);
    });
    this.cells = new Array<Cell>(SLOT_VALUES + layout.values.length).fill(undefined);
    if (names.some((n) => n.includes("."))) layout.notes.unshift('nested JSON keys flattened with "."');
    this.table = new Table(layout, this.sink, this.stats, this.options);
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) this.object(p.value, p.line);
  }

  private object(value: Record<string, unknown>, lineNo: number): void {
    const cells = this.cells;
    cells.fill(undefined);
    this.pickFrom(value, "");
    const table = this.table as Table;
    if (cells[SLOT_TIME] === undefined) {
      skip(this.stats, lineNo, `expected the key ${table.layout.time.raw}, found none`);
      return;
    }
    table.row(lineNo, cells);
  }

  private pickFrom(value: Record<string, unknown>, prefix: string): void {
    for (const key in value) {
      const v = value[key];
      const path = prefix === "" ? key : `${prefix}.${key}`;
      if (v !== null && typeof v === "object") {
        if (this.prefixes.has(path)) this.pickFrom(v as Record<string, unknown>, path);
      } else {
        const s = this.slots.get(path);
        if (s !== undefined) this.cells[s] = v;
      }
    }
  }

  finish(): ReadStats {
    if (this.table === undefined) {
      if (this.seen === 0) {
        throw new InputError(
          "the file is empty: expected JSON Lines, one object per line with a time key and power or energy keys",
          this.options.file,
          1,
        );
      }
      this.start();
    }
    (this.table as Table).finish();
    return this.stats;
  }
}

// ---------------------------------------------------------------------------------------------
// The readers

export const genericCsv: TraceReader = {
  format: "csv",

  /**
   * True when the first line is a header with a recognisable time column and at least one power
   * or energy column whose name carries its unit, and names nothing of CodeCarbon, Electricity
   * Maps, nvidia-smi, Intel Power Gadget, RAPL, DCGM or grid intensity.
   */
  sniff(head: readonly string[]): boolean {
    const line = firstLine(head);
    if (line === undefined || line.length > MAX_LINE || line.charCodeAt(0) === 123) return false;
    const names = splitCsvLine(line, detectDelimiter(line));
    return isHeaderFields(names) && sniffNames(names);
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new CsvParser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

export const genericJsonl: TraceReader = {
  format: "jsonl",

  /** The CSV rule applied to the flattened keys of the first JSON objects. */
  sniff(head: readonly string[]): boolean {
    const keys = new Set<string>();
    let objects = 0;
    for (const raw of head) {
      const line = stripBom(raw).trim();
      if (line === "") continue;
      if (line.charCodeAt(0) !== 123) return false;
      const parsed = parseJsonLine(line);
      if (!parsed.ok || !isObject(parsed.value)) continue;
      objects++;
      collectKeys(parsed.value, "", 0, keys);
    }
    return objects > 0 && sniffNames([...keys]);
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new JsonlParser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

/**
 * The generic reader for a file whose columns the user named (--time-column, --power-columns, ...):
 * JSON Lines when the first line is an object, else CSV.
 */
export function genericReaderFor(head: readonly string[]): TraceReader {
  const line = firstLine(head);
  return line !== undefined && line.charCodeAt(0) === 123 ? genericJsonl : genericCsv;
}
