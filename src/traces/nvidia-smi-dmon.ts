/**
 * `nvidia-smi dmon` output: whitespace-aligned columns under a two-line `#` header (names, then
 * units), the header repeated every few dozen rows, `-` for readings the GPU does not report.
 *
 *     #Date       Time        gpu    pwr  gtemp  mtemp     sm    mem ...
 *     #YYYYMMDD   HH:MM:SS    Idx      W      C      C      %      % ...
 *      20250304   10:00:00      0    301     41     45     97     40 ...
 *
 * `--format csv` separates the same fields with `, `; `nounit` drops the units line. Sample times
 * exist only when dmon ran with `-o DT` (date and time, local wall clock with no zone, placed by
 * the user's --timezone). Without them the times cannot be known, and the reader
 * refuses the file rather than invent them. `pwr` is the board power in whole watts; `gpu` the
 * device index.
 */
import { InputError } from "../errors.js";
import { isDigits, parseDecimal, quote } from "../text/csv.js";
import {
  type DeviceChannel,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

/** No single GPU draws more; a larger figure is a corrupt row. */
const MAX_WATTS = 5000;

const RUN_WITH_DT =
  "nvidia-smi dmon prints sample times only when run with -o DT (date and time), " +
  "e.g. `nvidia-smi dmon -s p -o DT -d 1 > dmon.txt`; rerun it that way (gridprint does not guess sample times)";

/**
 * Splits a line into fields at whitespace and commas (dmon aligns with spaces; `--format csv`
 * drivers separate with `, `). Writes the fields whose slot is not -1 into out; returns the
 * number of fields.
 */
function pickTokens(line: string, from: number, slots: Int8Array | undefined, out: string[]): number {
  const n = line.length;
  let count = 0;
  let i = from;
  for (;;) {
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c > 32 && c !== 44) break;
      i++;
    }
    if (i >= n) return count;
    const start = i;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c <= 32 || c === 44) break;
      i++;
    }
    if (slots === undefined) out.push(line.slice(start, i));
    else if (count < slots.length) {
      const slot = slots[count] as number;
      if (slot !== -1) out[slot] = line.slice(start, i);
    }
    count++;
  }
}

function tokens(text: string): string[] {
  const out: string[] = [];
  pickTokens(text, 0, undefined, out);
  return out;
}

/** The names line's tokens (lower case, `#` dropped), or undefined when the line is no names line. */
function namesOf(line: string): string[] | undefined {
  if (line.charCodeAt(0) !== 35 /* # */) return undefined;
  const names = tokens(line.slice(1)).map((t) => t.toLowerCase());
  const gpu = names.indexOf("gpu");
  if (gpu === -1 || gpu > 2) return undefined;
  for (let i = 0; i < gpu; i++) if (names[i] !== "date" && names[i] !== "time") return undefined;
  return names;
}

const SLOT_DATE = 0;
const SLOT_TIME = 1;
const SLOT_GPU = 2;
const SLOT_PWR = 3;

interface Layout {
  names: string[];
  /** The names joined by one space: a repeat of the header compares equal. */
  key: string;
  slots: Int8Array;
}

/** `20250304` → its midnight as a wall-clock reading (ms, fields as if UTC), or NaN. */
function parseDate(text: string): number {
  if (text.length !== 8 || !isDigits(text)) return Number.NaN;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return Number.NaN;
  const ms = Date.UTC(y, m - 1, d);
  return new Date(ms).getUTCDate() === d ? ms : Number.NaN;
}

/** `HH:MM:SS` → milliseconds since midnight, or NaN. */
function parseTimeOfDay(text: string): number {
  if (text.length !== 8 || text.charCodeAt(2) !== 58 || text.charCodeAt(5) !== 58) return Number.NaN;
  const h = twoDigits(text, 0);
  const m = twoDigits(text, 3);
  const s = twoDigits(text, 6);
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return Number.NaN;
  return ((h * 60 + m) * 60 + s) * 1000;
}

function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Whole or decimal watts; the fast path is dmon's plain integer. */
function toWatts(text: string): number | undefined {
  if (text.length < 10 && isDigits(text)) return Number(text);
  return parseDecimal(text);
}

export const nvidiaSmiDmon: TraceReader = {
  format: "nvidia-smi-dmon",

  /**
   * dmon's names line (`# gpu pwr ...`, or `#Date Time gpu ...` with -o DT), after nothing but
   * blank or `#` comment lines, followed by its units line (`# Idx W ...`) or, with
   * `--format csv,nounit`, by a row with as many fields and a GPU index under `gpu`.
   * `nvidia-smi pmon` (per process, a `pid` column, no power) and `dcgmi dmon` (`#Entity ...`) are
   * not this format.
   */
  sniff(head: readonly string[]): boolean {
    const lines = head.map((l) => l.trim()).filter((l) => l !== "");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.charCodeAt(0) !== 35 /* # */) return false;
      const names = namesOf(line);
      if (names === undefined) continue;
      if (names.includes("pid")) return false;
      const next = lines[i + 1];
      if (next === undefined) return false;
      const gpu = names.indexOf("gpu");
      if (next.charCodeAt(0) === 35) return tokens(next.slice(1))[gpu]?.toLowerCase() === "idx";
      const row = tokens(next);
      return row.length === names.length && isDigits(row[gpu] ?? "");
    }
    return false;
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new DmonParser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },
};

class DmonParser {
  readonly stats = newStats();
  private layout: Layout | undefined;
  private repeatedHeaders = 0;
  private usedSample = false;
  private readonly devices = new Map<string, DeviceChannel>();
  private readonly picked: string[] = ["", "", "", ""];
  private lastDateText = "";
  private lastDateMs = Number.NaN;

  constructor(
    private readonly sink: SampleTarget,
    private readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    const line = rawLine.trim();
    if (line.length === 0) return;
    if (line.charCodeAt(0) === 35 /* # */) {
      this.headerLine(line, lineNo);
      return;
    }
    const layout = this.layout;
    if (layout === undefined) {
      this.dataBeforeHeader(line, lineNo);
      return;
    }
    const stats = this.stats;
    const picked = this.picked;
    const count = pickTokens(line, 0, layout.slots, picked);
    if (count !== layout.names.length) {
      skip(stats, lineNo, `expected ${layout.names.length} fields (${layout.key}), got ${count}`);
      return;
    }

    const pwrText = picked[SLOT_PWR] as string;
    const watts = toWatts(pwrText);
    if (watts === undefined || watts < 0 || watts > MAX_WATTS) {
      if (pwrText === "-") {
        stats.rowsRead++;
        stats.missingValues++;
      } else {
        const expected =
          watts === undefined ? "watts" : watts < 0 ? "watts ≥ 0" : `at most ${MAX_WATTS} W per GPU`;
        skip(stats, lineNo, `pwr: expected ${expected}, got ${quote(pwrText)}`);
      }
      return;
    }

    const dateText = picked[SLOT_DATE] as string;
    if (dateText !== this.lastDateText) {
      this.lastDateText = dateText;
      this.lastDateMs = parseDate(dateText);
    }
    if (Number.isNaN(this.lastDateMs)) {
      skip(stats, lineNo, `Date: expected YYYYMMDD, got ${quote(dateText)}`);
      return;
    }
    const timeText = picked[SLOT_TIME] as string;
    const timeOfDay = parseTimeOfDay(timeText);
    if (Number.isNaN(timeOfDay)) {
      skip(stats, lineNo, `Time: expected HH:MM:SS, got ${quote(timeText)}`);
      return;
    }
    const timeMs = this.options.clock.toUtc({ kind: "local", wallMs: this.lastDateMs + timeOfDay });

    const key = picked[SLOT_GPU] as string;
    let device = this.devices.get(key);
    if (device === undefined) {
      if (!isDigits(key) || key.length > 6) {
        skip(stats, lineNo, `gpu: expected a GPU index, got ${quote(key)}`);
        return;
      }
      device = this.sink.device({ id: `gpu${Number(key)}`, kind: "gpu" });
      this.devices.set(key, device);
    }
    device.push(timeMs, watts);
    stats.rowsRead++;
    this.usedSample = true;
  }

  /** A `#` line: dmon's names line (first, repeated, or a new one), its units line, or a comment. */
  private headerLine(line: string, lineNo: number): void {
    const names = namesOf(line);
    if (names === undefined) return; // units line (`# Idx W ...`) or a comment
    const key = names.join(" ");
    const current = this.layout;
    if (current !== undefined && current.key === key) {
      this.repeatedHeaders++;
      return;
    }
    this.layout = this.layoutOf(names, key, lineNo);
    if (current !== undefined) {
      this.devices.clear();
      this.stats.notes.push(`line ${lineNo}: a new dmon header (${key}); the rows after it are read by it`);
    }
  }

  private layoutOf(names: string[], key: string, lineNo: number): Layout {
    const { file } = this.options;
    if (names.includes("pid")) {
      throw new InputError(
        `this is nvidia-smi pmon output (per-process, columns ${key}), which has no power; ` +
          `expected nvidia-smi dmon output with a pwr column`,
        file,
        lineNo,
      );
    }
    const pwr = names.indexOf("pwr");
    if (pwr === -1) {
      throw new InputError(
        `no pwr column in the dmon header (found: ${key}); expected dmon run with power selected, ` +
          `e.g. \`nvidia-smi dmon -s p -o DT\``,
        file,
        lineNo,
      );
    }
    const date = names.indexOf("date");
    const time = names.indexOf("time");
    if (date === -1 || time === -1) {
      const found =
        time !== -1
          ? "has a Time column but no Date (dmon -o T), so the day of each sample is unknown"
          : date !== -1
            ? "has a Date column but no Time (dmon -o D), so the time of day of each sample is unknown"
            : "has no Date and Time columns";
      throw new InputError(
        `no sample times: the dmon header (${key}) ${found}; ${RUN_WITH_DT}`,
        file,
        lineNo,
      );
    }
    const slots = new Int8Array(names.length).fill(-1);
    slots[date] = SLOT_DATE;
    slots[time] = SLOT_TIME;
    slots[names.indexOf("gpu")] = SLOT_GPU;
    slots[pwr] = SLOT_PWR;
    return { names, key, slots };
  }

  /**
   * A data row before any names line. Rows that begin with the GPU index (no date and time) are
   * dmon run without -o DT: refused at line 1, where the header names the columns, as that file
   * can never be read. Otherwise the header is simply missing.
   */
  private dataBeforeHeader(line: string, lineNo: number): void {
    const first = tokens(line.slice(0, 64));
    const dated = !Number.isNaN(parseDate(first[0] ?? "")) || !Number.isNaN(parseTimeOfDay(first[0] ?? ""));
    if (!dated) {
      throw new InputError(
        `no sample times: the rows start with the GPU index (${quote(line.slice(0, 40))}), with no ` +
          `Date and Time columns; ${RUN_WITH_DT}`,
        this.options.file,
        1,
      );
    }
    throw new InputError(
      `no dmon header before the first row: expected the names line ("#Date Time gpu pwr ...") ` +
        `that nvidia-smi dmon prints first (--format noheader leaves it out: run without noheader), ` +
        `got ${quote(line.slice(0, 60))}`,
      this.options.file,
      lineNo,
    );
  }

  finish(): ReadStats {
    if (this.layout === undefined) {
      throw new InputError(
        'no nvidia-smi dmon header: expected "#Date Time gpu pwr ..." and rows of samples',
        this.options.file,
        1,
      );
    }
    const { stats } = this;
    stats.notes.push("power from dmon's pwr column (whole watts, one reading per GPU per interval)");
    stats.notes.push(
      `dmon Date and Time carry no zone: read as wall-clock time in ${this.options.clock.zone}`,
    );
    if (this.repeatedHeaders > 0) {
      stats.notes.push(
        `header repeated ${this.repeatedHeaders} time(s) (dmon reprints it every few dozen rows); repeats ignored`,
      );
    }
    if (!this.usedSample && stats.missingValues > 0) {
      stats.warnings.push(
        `every pwr reading is "-" (${stats.missingValues} rows): this GPU or driver does not report power to dmon`,
      );
    }
    return stats;
  }
}
