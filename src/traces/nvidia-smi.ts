/**
 * nvidia-smi CSV power traces, in every shape they are found in:
 *
 * - native `nvidia-smi --query-gpu=timestamp,index,...,power.draw --format=csv[,nounits]`: a header
 *   with units (`power.draw [W]`), `, ` separators, values with units (`301.20 W`), local wall-clock
 *   times `YYYY/MM/DD HH:MM:SS.mmm` with no zone, the header repeated where runs were appended;
 * - `--format=csv,noheader[,nounits]`: no header, the field order comes from the `--query-gpu` list;
 * - any of these with an ISO time (with `Z` or an offset) prefixed to each line by a wrapper
 *   (`ts "%Y-%m-%dT%H:%M:%.S%z"`, `echo "$(date -Is), $line"`): that time, which has a zone, wins;
 * - wrapper scripts' own CSV (`timestamp,gpu_index,...,power_W`), recognised by column meaning.
 *
 * Several GPUs may be interleaved; each row is a sample of the device it names. Missing readings
 * (`[N/A]`, `[Not Supported]`) are counted, never read as 0 W.
 */
import { InputError } from "../errors.js";
import { isDigits, parseDecimal, pickFields, quote, splitCsvLine } from "../text/csv.js";
import { type ParsedTime, parseTimestamp } from "../time/timestamp.js";
import {
  type DeviceChannel,
  MAX_SKIPPED_EXAMPLES,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

/** No single GPU draws more; a larger figure is a unit mix-up or a corrupt row. */
const MAX_WATTS = 5000;

// ---------------------------------------------------------------------------------------------
// Column names

type Role = "time" | "index" | "uuid" | "bus" | "name" | "power" | "other";

interface Column {
  /** As written in the header (trimmed), for messages. */
  raw: string;
  role: Role;
  /** Power and index columns: preference, lower is better. */
  rank: number;
  /** Power columns: factor from the header's unit to watts. */
  scale: number;
  /** Time columns: the header says the times are UTC. */
  utc: boolean;
}

const WATT_UNITS = new Map<string, number>([
  ["w", 1],
  ["watt", 1],
  ["watts", 1],
  ["mw", 0.001],
  ["milliwatt", 0.001],
  ["milliwatts", 0.001],
  ["kw", 1000],
  ["kilowatt", 1000],
  ["kilowatts", 1000],
]);

/** Words that make a "power" column a setting or an aggregate rather than the draw. */
const NOT_DRAW = new Set([
  "limit",
  "limits",
  "max",
  "maximum",
  "min",
  "minimum",
  "cap",
  "enforced",
  "default",
  "management",
  "mode",
  "energy",
  "state",
  "requested",
  "target",
  "module",
  "supported",
  "smoothing",
]);

const TIME_NAMES = new Set([
  "timestamp",
  "time",
  "datetime",
  "date_time",
  "time_stamp",
  "ts",
  "timestamp_utc",
  "utc_timestamp",
  "time_utc",
  "utc_time",
  "datetime_utc",
  "utc_datetime",
  "date_time_utc",
]);
/** Columns holding the GPU index, most specific first: where a file has several, the first listed wins. */
const INDEX_NAMES = [
  "index",
  "gpu_index",
  "gpu_idx",
  "gpu_id",
  "device_index",
  "device_idx",
  "device_id",
  "cuda_device",
  "gpu_num",
  "gpu_number",
  "gpu_no",
  "gpu",
  "device",
];
const UUID_NAMES = new Set(["uuid", "gpu_uuid"]);
const BUS_NAMES = new Set(["pci_bus_id", "pci_bus", "bus_id", "gpu_bus_id", "pci_id"]);
const NAME_NAMES = new Set(["name", "gpu_name", "product_name"]);

/** nvidia-smi's own power draw fields, best first (recent drivers print both average and instant). */
const NVIDIA_POWER_RANK = new Map([
  ["power_draw_average", 0],
  ["power_draw", 1],
  ["power_draw_instant", 2],
]);

/** Columns of files that summarise runs (CodeCarbon emissions.csv) rather than sample power. */
const NOT_A_TRACE = new Set([
  "emissions",
  "emissions_rate",
  "energy_consumed",
  "run_id",
  "codecarbon_version",
]);

const UNIT_SUFFIX = /\s*[[(]([^\])]*)[\])]\s*$/;
const NON_WORD = /[^a-z0-9]+/;

interface ColumnName {
  tokens: string[];
  base: string;
  unit: string | undefined;
}

/** `power.draw [W]` → tokens power,draw unit w; `power_W` → power, w; `Datetime (UTC)` → datetime, utc. */
function splitName(raw: string): ColumnName {
  let s = raw.trim().toLowerCase();
  let unit: string | undefined;
  const m = UNIT_SUFFIX.exec(s);
  if (m) {
    unit = (m[1] ?? "").trim();
    s = s.slice(0, m.index);
  }
  const tokens = s.split(NON_WORD).filter((t) => t.length > 0);
  const last = tokens[tokens.length - 1];
  if (unit === undefined && tokens.length > 1 && last !== undefined && WATT_UNITS.has(last)) {
    unit = last;
    tokens.pop();
  }
  return { tokens, base: tokens.join("_"), unit };
}

function describeColumn(raw: string): Column {
  const { tokens, base, unit } = splitName(raw);
  const column: Column = { raw: raw.trim(), role: "other", rank: 0, scale: 1, utc: false };
  if (TIME_NAMES.has(base)) {
    column.role = "time";
    column.utc = unit === "utc" || tokens.includes("utc");
  } else if (INDEX_NAMES.includes(base)) {
    column.role = "index";
    column.rank = INDEX_NAMES.indexOf(base);
  } else if (UUID_NAMES.has(base)) column.role = "uuid";
  else if (BUS_NAMES.has(base)) column.role = "bus";
  else if (NAME_NAMES.has(base)) column.role = "name";
  else if (tokens.includes("power") && !tokens.some((t) => NOT_DRAW.has(t))) {
    // A power column names watts, or is a draw (nvidia-smi reports draw in W when nounits drops the unit).
    const scale = unit === undefined ? (tokens.includes("draw") ? 1 : undefined) : WATT_UNITS.get(unit);
    if (scale !== undefined) {
      column.role = "power";
      column.scale = scale;
      const nvidia = NVIDIA_POWER_RANK.get(base);
      const average = tokens.includes("average") || tokens.includes("avg");
      const instant = tokens.includes("instant") || tokens.includes("instantaneous");
      column.rank = nvidia ?? 3 + (average ? 0 : instant ? 2 : 1);
    }
  }
  return column;
}

/**
 * A header line: no field reads as a value (values start with a digit, a sign, a dot or `[`), and
 * some field is a word.
 */
function isHeaderFields(fields: readonly string[]): boolean {
  let word = false;
  for (const f of fields) {
    const c = f.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 91) return false;
    if (!word && /[a-z]/i.test(f)) word = true;
  }
  return word;
}

// ---------------------------------------------------------------------------------------------
// Layout: which field is what

interface Layout {
  columns: Column[];
  /** Field count every data row must have. */
  fieldCount: number;
  time: number;
  power: number;
  powerScale: number;
  /** Field keying the device, and how its value becomes an id. */
  id: number;
  idRole: "index" | "uuid" | "bus" | "none";
  name: number;
  uuid: number;
  /** Other power columns, for the note. */
  otherPower: string[];
  /** Per field: the slot it is picked into ({@link SLOT_TIME} …), or -1. */
  slots: Int8Array;
}

const SLOT_TIME = 0;
const SLOT_POWER = 1;
const SLOT_ID = 2;

function layoutOf(names: readonly string[]): Layout | undefined {
  const columns = names.map(describeColumn);
  let power = -1;
  const others: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as Column;
    if (c.role !== "power") continue;
    if (power === -1 || c.rank < (columns[power] as Column).rank) {
      if (power !== -1) others.push(power);
      power = i;
    } else others.push(i);
  }
  if (power === -1) return undefined;
  const find = (role: Role) => columns.findIndex((c) => c.role === role);
  let index = -1;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as Column;
    if (c.role === "index" && (index === -1 || c.rank < (columns[index] as Column).rank)) index = i;
  }
  const uuid = find("uuid");
  const bus = find("bus");
  const [id, idRole] =
    index !== -1
      ? ([index, "index"] as const)
      : uuid !== -1
        ? ([uuid, "uuid"] as const)
        : bus !== -1
          ? ([bus, "bus"] as const)
          : ([-1, "none"] as const);
  const time = find("time");
  const slots = new Int8Array(columns.length).fill(-1);
  if (time !== -1) slots[time] = SLOT_TIME;
  slots[power] = SLOT_POWER;
  if (id !== -1) slots[id] = SLOT_ID;
  return {
    slots,
    columns,
    fieldCount: columns.length,
    time,
    power,
    powerScale: (columns[power] as Column).scale,
    id,
    idRole,
    name: find("name"),
    uuid,
    otherPower: others.sort((a, b) => a - b).map((i) => (columns[i] as Column).raw),
  };
}

function noPowerMessage(names: readonly string[], where: string): string {
  return (
    `no power column in ${where} (found: ${names.map((n) => JSON.stringify(n)).join(", ")}); ` +
    `expected nvidia-smi's power.draw (e.g. "power.draw [W]", "power.draw.average [W]") ` +
    `or a column naming power in watts (e.g. "power_W")`
  );
}

// ---------------------------------------------------------------------------------------------
// ISO time prefixes added by wrapper scripts

/** An ISO time with a zone at the start of a line, then a comma or whitespace. */
const ISO_PREFIX =
  /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?))(?:\s*,\s*|\s+)/;

/** `YYYY/MM/DD HH:MM:SS.mmm`: nvidia-smi's own timestamp. */
const NATIVE_TIME = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;
const WATTS_WITH_UNIT = /^\d+(?:\.\d+)? W$/;

/**
 * Whether a first data line carries a prefix: without it the line must have the expected field
 * count, and with it either the count is off by the prefix field, or the prefix is glued by
 * whitespace to the first field.
 */
function hasPrefix(line: string, fieldCount: number): boolean {
  const m = ISO_PREFIX.exec(line);
  if (!m) return false;
  const rest = splitCsvLine(line.slice(m[0].length));
  if (rest.length !== fieldCount) return false;
  const whole = splitCsvLine(line);
  return whole.length !== fieldCount || whole[0] !== m[1];
}

// ---------------------------------------------------------------------------------------------
// Values

function isMissing(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) === 91 && text.charCodeAt(text.length - 1) === 93) return true; // [N/A], [GPU is lost]
  const lower = text.toLowerCase();
  return (
    lower === "n/a" ||
    lower === "na" ||
    lower === "nan" ||
    lower === "none" ||
    lower === "null" ||
    lower === "-"
  );
}

/** Watts from a power field, or undefined when it is not a number (units in the value win over the header's). */
function parseWatts(text: string, headerScale: number): number | undefined {
  let scale = headerScale;
  let num = text;
  const n = text.length;
  if (n > 1 && text.charCodeAt(n - 1) === 87 /* W */) {
    const before = text.charCodeAt(n - 2);
    if (before === 109 /* m */) {
      scale = 0.001;
      num = text.slice(0, n - 2);
    } else if (before === 107 /* k */) {
      scale = 1000;
      num = text.slice(0, n - 2);
    } else {
      scale = 1;
      num = text.slice(0, n - 1);
    }
  }
  let end = num.length;
  while (end > 0 && num.charCodeAt(end - 1) === 32) end--;
  if (end !== num.length) num = num.slice(0, end);
  const v = parseDecimal(num);
  return v === undefined ? undefined : v * scale;
}

/**
 * {@link parseTimestamp} with a fast path for the two shapes of nearly every trace,
 * `2024/10/13 03:33:31.779` (nvidia-smi) and `2025-09-24T03:17:04.490Z` (wrappers): the date is
 * parsed once per day, the time of day from its digits.
 */
class TimeParser {
  private datePart = "";
  private dayMs = Number.NaN;

  parse(text: string): ParsedTime | undefined {
    const n = text.length;
    if (
      (n === 23 || (n === 24 && text.charCodeAt(23) === 90)) /* Z */ &&
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58 &&
      text.charCodeAt(19) === 46
    ) {
      const sep = text.charCodeAt(10);
      if (sep === 32 || sep === 84 /* T */) {
        const h = twoDigits(text, 11);
        const m = twoDigits(text, 14);
        const s = twoDigits(text, 17);
        const ms = twoDigits(text, 20) * 10 + digit(text, 22);
        if (h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60 && ms >= 0) {
          const date = text.slice(0, 10);
          if (date !== this.datePart) {
            const day = parseTimestamp(date);
            this.datePart = date;
            this.dayMs = day?.kind === "local" ? day.wallMs : Number.NaN;
          }
          if (!Number.isNaN(this.dayMs)) {
            const t = this.dayMs + ((h * 60 + m) * 60 + s) * 1000 + ms;
            return n === 24 ? { kind: "instant", ms: t } : { kind: "local", wallMs: t };
          }
        }
      }
    }
    return parseTimestamp(text);
  }
}

/** The digit at i, or a large negative number when it is not one (so that range checks fail). */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

function twoDigits(text: string, i: number): number {
  return digit(text, i) * 10 + digit(text, i + 1);
}

// ---------------------------------------------------------------------------------------------
// The reader

function sniffLine(line: string): boolean {
  const candidates = [line];
  const m = ISO_PREFIX.exec(line);
  if (m) candidates.push(line.slice(m[0].length));
  for (const text of candidates) {
    const fields = splitCsvLine(text);
    if (isHeaderFields(fields)) {
      if (fields.some((f) => NOT_A_TRACE.has(splitName(f).base))) return false;
      const columns = fields.map(describeColumn);
      const power = columns.filter((c) => c.role === "power");
      if (power.length === 0) continue;
      if (power.some((c) => c.rank <= 2)) return true;
      // A wrapper's own columns: one power column per row, keyed by a GPU index or uuid. Wide
      // files (a power column per device) and other tables belong to the generic reader.
      const keyed = columns.some((c) => c.role === "index" || c.role === "uuid" || c.role === "bus");
      if (power.length === 1 && keyed && columns.some((c) => c.role === "time")) return true;
    } else if (NATIVE_TIME.test(fields[0] ?? "") && fields.some((f) => WATTS_WITH_UNIT.test(f))) {
      return true;
    }
  }
  return false;
}

export const nvidiaSmiCsv: TraceReader = {
  format: "nvidia-smi-csv",

  sniff(head: readonly string[]): boolean {
    // A leading "# ..." comment (a provenance note) is not nvidia-smi's; the first other line is.
    const first = head.find((l) => l.trim() !== "" && !l.startsWith("#"));
    return first !== undefined && sniffLine(first.trim());
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new Parser(sink, options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish();
  },

  async readBytes(
    chunks: AsyncIterable<Buffer>,
    sink: SampleTarget,
    options: ReadOptions,
  ): Promise<ReadStats> {
    const parser = new Parser(sink, options);
    const rows = new ByteRows(parser);
    for await (const chunk of chunks) rows.chunk(chunk);
    rows.end();
    return parser.finish();
  },
};

/**
 * The reader's state, fed one line at a time. A plain synchronous method per line (rather than
 * the body of the async loop) is what V8 optimises soonest.
 */
class Parser {
  readonly stats = newStats();
  layout: Layout | undefined;
  /** The header's text after any prefix: rows equal to it are repeated headers. */
  private headerText: string | undefined;
  private headerLine = 0;
  private fromQuery = false;
  /** Whether lines carry an ISO time prefix; decided on the first data row that settles it. */
  prefixed: boolean | undefined;
  private repeatedHeaders = 0;
  localTimes = false;
  usedSample = false;
  /** A different header was adopted mid-file. */
  headerChanged = false;
  /** Devices by the raw value of the device field. */
  readonly devices = new Map<string, DeviceChannel>();
  /** Picked fields of the current row, by slot. */
  private readonly picked: string[] = ["", "", ""];
  private readonly times = new TimeParser();
  private lastTimeText = "";
  private lastTime: ParsedTime | undefined;

  constructor(
    private readonly sink: SampleTarget,
    readonly options: ReadOptions,
  ) {}

  line(rawLine: string, lineNo: number): void {
    const line = rawLine.trim();
    if (line.length === 0) return;
    let layout = this.layout;
    if (layout === undefined) {
      layout = this.start(line, lineNo);
      if (layout === undefined) return;
      // Else a header-less file: this line is its first data row.
    } else if (line === this.headerText) {
      this.repeatedHeaders++;
      return;
    }
    const stats = this.stats;

    let body = line;
    let prefixTime: ParsedTime | undefined;
    let rowPrefixed = this.prefixed;
    if (rowPrefixed === undefined) rowPrefixed = this.decidePrefix(line, layout, lineNo);
    if (rowPrefixed) {
      const m = ISO_PREFIX.exec(line);
      if (m) {
        const token = m[1] as string;
        body = line.slice(m[0].length);
        if (body === this.headerText) {
          this.repeatedHeaders++;
          return;
        }
        if (token === this.lastTimeText) prefixTime = this.lastTime;
        else {
          prefixTime = parseTimestamp(token);
          this.lastTimeText = token;
          this.lastTime = prefixTime;
        }
      }
    }

    const picked = this.picked;
    const count = pickFields(body, layout.slots, picked);
    if (count !== layout.fieldCount) {
      if (!this.headerRow(body, lineNo))
        skip(stats, lineNo, `expected ${layout.fieldCount} fields, got ${count}`);
      return;
    }

    // Power first: a missing reading is counted and needs nothing else from the row.
    const powerText = picked[SLOT_POWER] as string;
    const watts = parseWatts(powerText, layout.powerScale);
    if (watts === undefined || watts < 0 || watts > MAX_WATTS) {
      if (watts === undefined && isMissing(powerText)) {
        stats.rowsRead++;
        stats.missingValues++;
      } else if (watts !== undefined || !this.headerRow(body, lineNo)) {
        const expected =
          watts === undefined ? "watts" : watts < 0 ? "watts ≥ 0" : `at most ${MAX_WATTS} W per GPU`;
        skip(
          stats,
          lineNo,
          `${layout.columns[layout.power]?.raw}: expected ${expected}, got ${quote(powerText)}`,
        );
      }
      return;
    }

    let timeMs: number;
    if (rowPrefixed) {
      if (prefixTime === undefined) {
        skip(
          stats,
          lineNo,
          `expected an ISO time with a zone before the fields (e.g. 2025-01-31T12:00:00.000+00:00), got ${quote(line.slice(0, 40))}`,
        );
        return;
      }
      timeMs = this.options.clock.toUtc(prefixTime);
    } else {
      const timeText = picked[SLOT_TIME] as string;
      let parsed: ParsedTime | undefined;
      if (timeText === this.lastTimeText) parsed = this.lastTime;
      else {
        parsed = this.times.parse(timeText);
        this.lastTimeText = timeText;
        this.lastTime = parsed;
      }
      if (parsed === undefined) {
        skip(
          stats,
          lineNo,
          `${layout.columns[layout.time]?.raw}: expected a date and time, got ${quote(timeText)}`,
        );
        return;
      }
      if (parsed.kind === "local") {
        this.localTimes = true;
        timeMs = (layout.columns[layout.time] as Column).utc
          ? parsed.wallMs
          : this.options.clock.toUtc(parsed);
      } else timeMs = parsed.ms;
    }

    const key = layout.id === -1 ? "" : (picked[SLOT_ID] as string);
    let device = this.devices.get(key);
    if (device === undefined) {
      device = this.newDevice(key, body, layout, lineNo);
      if (device === undefined) return;
    }
    device.push(timeMs, watts);
    stats.rowsRead++;
    this.usedSample = true;
  }

  /** The first non-blank line: the header, or (no header) the layout from the --query-gpu list. */
  private start(line: string, lineNo: number): Layout | undefined {
    // Comment preambles are not nvidia-smi's but are harmless.
    if (line.charCodeAt(0) === 35 /* # */) return undefined;
    const { file } = this.options;
    this.headerLine = lineNo;
    const fields = splitCsvLine(line);
    if (isHeaderFields(fields)) {
      this.adoptHeader(fields, line, lineNo);
      return undefined;
    }
    const m = ISO_PREFIX.exec(line);
    if (m) {
      const rest = line.slice(m[0].length);
      const restFields = splitCsvLine(rest);
      if (isHeaderFields(restFields)) {
        this.adoptHeader(restFields, rest, lineNo);
        return undefined;
      }
    }
    // No header: nvidia-smi --format=csv,noheader. The field order is the --query-gpu list.
    const query = (this.options.nvidiaSmiQuery ?? [])
      .flatMap((q) => q.split(","))
      .map((q) => q.trim())
      .filter((q) => q !== "");
    if (query.length === 0) {
      throw new InputError(
        `no header line: this looks like nvidia-smi --format=csv,noheader output, whose field order ` +
          `is not in the file; pass the --query-gpu list with --nvidia-smi-query (CLI) or the ` +
          `nvidia-smi-query input (action), e.g. --nvidia-smi-query timestamp,index,power.draw`,
        file,
        lineNo,
      );
    }
    const layout = layoutOf(query);
    if (!layout) throw new InputError(noPowerMessage(query, "the --nvidia-smi-query list"), file, lineNo);
    this.layout = layout;
    this.fromQuery = true;
    return layout;
  }

  private adoptHeader(fields: string[], text: string, lineNo: number): void {
    const layout = layoutOf(fields);
    if (!layout) throw new InputError(noPowerMessage(fields, "the header"), this.options.file, lineNo);
    this.layout = layout;
    this.headerText = text;
  }

  /** Whether the first data rows carry an ISO time prefix; refuses a file with no time at all. */
  private decidePrefix(line: string, layout: Layout, lineNo: number): boolean {
    const rowPrefixed = hasPrefix(line, layout.fieldCount);
    if (rowPrefixed) this.prefixed = true;
    else if (splitCsvLine(line).length === layout.fieldCount) this.prefixed = false;
    if (this.prefixed === false && layout.time === -1) {
      throw new InputError(
        `no time column in ${this.fromQuery ? "the --nvidia-smi-query list" : "the header"} ` +
          `(found: ${layout.columns.map((c) => JSON.stringify(c.raw)).join(", ")}) and no ISO time ` +
          `prefixed to the lines; expected a "timestamp" field`,
        this.options.file,
        this.fromQuery ? lineNo : this.headerLine,
      );
    }
    return rowPrefixed;
  }

  /**
   * A header in the middle of the file: a repeat (ignored) or the header of another --query-gpu
   * list appended to the file (adopted). False when the row is no header.
   */
  private headerRow(body: string, lineNo: number): boolean {
    const fields = splitCsvLine(body);
    if (!isHeaderFields(fields)) return false;
    const current = this.layout as Layout;
    if (fields.length === current.columns.length && fields.every((f, i) => f === current.columns[i]?.raw)) {
      this.repeatedHeaders++;
      return true;
    }
    const next = layoutOf(fields);
    if (!next || (next.time === -1 && !this.prefixed)) return false;
    this.layout = next;
    this.headerText = body;
    this.headerChanged = true;
    this.devices.clear();
    this.stats.notes.push(
      `line ${lineNo}: a new header (${fields.join(", ")}); the rows after it are read by it`,
    );
    return true;
  }

  private newDevice(key: string, body: string, layout: Layout, lineNo: number): DeviceChannel | undefined {
    if (layout.id !== -1 && isMissing(key)) {
      skip(
        this.stats,
        lineNo,
        `${layout.columns[layout.id]?.raw}: expected a GPU ${layout.idRole}, got ${quote(key)}`,
      );
      return undefined;
    }
    const id =
      layout.idRole === "none"
        ? "gpu0"
        : layout.idRole === "index" && isDigits(key)
          ? `gpu${Number(key)}`
          : key;
    const fields = layout.name === -1 && layout.uuid === -1 ? [] : splitCsvLine(body);
    const name = layout.name === -1 ? undefined : fields[layout.name];
    const uuid = layout.uuid === -1 ? undefined : fields[layout.uuid];
    const device = this.sink.device({
      id,
      ...(name && !isMissing(name) ? { name } : {}),
      ...(uuid && !isMissing(uuid) ? { uuid } : {}),
    });
    this.devices.set(key, device);
    return device;
  }

  finish(): ReadStats {
    const part = this.finishPart();
    describe(part.stats, part.layout, part.facts);
    return part.stats;
  }

  /** The counts and facts of what was read, before they are put into words (see joinParts). */
  finishPart(): NvidiaSmiPart {
    if (this.layout === undefined) {
      throw new InputError(
        "the file is empty: expected nvidia-smi CSV (a header such as `timestamp, index, power.draw [W]` and samples)",
        this.options.file,
        1,
      );
    }
    return {
      stats: this.stats,
      layout: this.layout,
      facts: {
        fromQuery: this.fromQuery,
        zone: this.options.clock.zone,
        prefixed: this.prefixed === true,
        repeatedHeaders: this.repeatedHeaders,
        localTimes: this.localTimes,
        usedSample: this.usedSample,
      },
      headerChanged: this.headerChanged,
    };
  }
}

interface Facts {
  fromQuery: boolean;
  zone: string;
  prefixed: boolean;
  repeatedHeaders: number;
  localTimes: boolean;
  usedSample: boolean;
}

/** One part of a file read on its own (a worker thread's share of a large trace). */
export interface NvidiaSmiPart {
  stats: ReadStats;
  layout: Layout;
  facts: Facts;
  /** A different header appeared mid-part: a later part's layout cannot be known in advance. */
  headerChanged: boolean;
}

/** Reads one part of a file from its bytes (the header lines first, when it is not the first part). */
export async function readNvidiaSmiPart(
  chunks: AsyncIterable<Buffer>,
  sink: SampleTarget,
  options: ReadOptions,
): Promise<NvidiaSmiPart & { lines: number }> {
  const parser = new Parser(sink, options);
  const rows = new ByteRows(parser);
  for await (const chunk of chunks) rows.chunk(chunk);
  rows.end();
  return { ...parser.finishPart(), lines: rows.lines };
}

/**
 * The lines a later part of the file must be read after, so that it knows the layout: everything
 * up to and including the header. Undefined when the file does not open with a plain header
 * (header-less, or prefixed), where parts cannot be read on their own.
 */
export function headerContext(head: readonly string[]): string[] | undefined {
  for (let i = 0; i < head.length; i++) {
    const line = (head[i] as string).trim();
    if (line === "" || line.startsWith("#")) continue;
    return isHeaderFields(splitCsvLine(line)) ? head.slice(0, i + 1) : undefined;
  }
  return undefined;
}

/**
 * The stats of a file read in consecutive parts, as one read would give them. `lineShifts[i]` is
 * what turns part i's line numbers into the file's.
 */
export function joinParts(parts: readonly NvidiaSmiPart[], lineShifts: readonly number[]): ReadStats {
  const first = parts[0];
  if (!first) throw new Error("no parts");
  const stats = newStats();
  const facts: Facts = { ...first.facts, repeatedHeaders: 0, localTimes: false, usedSample: false };
  parts.forEach((part, i) => {
    const shift = lineShifts[i] ?? 0;
    stats.rowsRead += part.stats.rowsRead;
    stats.rowsSkipped += part.stats.rowsSkipped;
    stats.missingValues += part.stats.missingValues;
    for (const s of part.stats.skippedExamples) {
      if (stats.skippedExamples.length < MAX_SKIPPED_EXAMPLES)
        stats.skippedExamples.push({ ...s, line: s.line + shift });
    }
    for (const w of part.stats.warnings) if (!stats.warnings.includes(w)) stats.warnings.push(w);
    for (const n of part.stats.notes) if (!stats.notes.includes(n)) stats.notes.push(n);
    facts.repeatedHeaders += part.facts.repeatedHeaders;
    facts.localTimes ||= part.facts.localTimes;
    facts.usedSample ||= part.facts.usedSample;
  });
  describe(stats, first.layout, facts);
  return stats;
}

function describe(stats: ReadStats, layout: Layout, facts: Facts): void {
  const power = layout.columns[layout.power] as Column;
  const notes: string[] = [];
  if (facts.fromQuery)
    notes.push(
      `no header: fields read in --nvidia-smi-query order (${layout.columns.map((c) => c.raw).join(", ")})`,
    );
  let powerNote = `power from "${power.raw}"`;
  if (layout.otherPower.length > 0)
    powerNote += ` (preferred over ${layout.otherPower.map((p) => `"${p}"`).join(", ")})`;
  if (power.scale !== 1) powerNote += `, converted to W`;
  notes.push(powerNote);
  if (facts.prefixed) notes.push("sample times from the ISO time prefixed to each line (it carries a zone)");
  else if (facts.localTimes) {
    const time = layout.columns[layout.time] as Column;
    notes.push(
      time.utc
        ? `times without a zone read as UTC, as the "${time.raw}" header says`
        : `times without a zone read as wall-clock time in ${facts.zone}`,
    );
  }
  if (layout.idRole === "none")
    notes.push("no GPU index, uuid or pci.bus_id column: all samples belong to gpu0");
  else if (layout.idRole !== "index") notes.push(`GPUs keyed by "${layout.columns[layout.id]?.raw}"`);
  if (facts.repeatedHeaders > 0) {
    notes.push(
      `header repeated ${facts.repeatedHeaders} time(s) (appended nvidia-smi runs); repeats ignored`,
    );
  }
  stats.notes.push(...notes);
  if (!facts.usedSample && stats.missingValues > 0) {
    stats.warnings.push(
      `every power reading is missing (${stats.missingValues} rows such as "[N/A]" or "[Not Supported]"): this GPU or driver does not report ${power.raw}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Byte-level fast path

const MAX_LINE_BYTES = 1 << 20;

/**
 * Reads raw bytes for the shape of nearly every large trace (native nvidia-smi CSV: local
 * `YYYY/MM/DD HH:MM:SS.mmm` times, a GPU index, `301.20 W`): one pass over the bytes finds lines
 * and fields together, and the time, index and watts are parsed from their digits without making
 * strings. Any row that is not exactly that shape (headers, `[N/A]`, prefixes, quotes, odd units)
 * is decoded and handed to the line parser, so both paths read every file the same way.
 */
class ByteRows {
  private carry: Buffer | undefined;
  private lineNo = 0;
  /** Physical lines read so far. */
  get lines(): number {
    return this.lineNo;
  }
  private first = true;
  private discarding = false;
  private layout: Layout | undefined;
  private eligible = false;
  private timeSlot = -1;
  private powerSlot = -1;
  private idSlot = -1;
  private fieldCount = 0;
  private utcTimes = false;
  private powerScale = 1;
  private readonly byIndex: (DeviceChannel | undefined)[] = [];
  private dateKey = -1;
  private dayMs = 0;
  // Field boundaries of the current line, by field number: [start, end) pairs.
  private bounds = new Int32Array(64);

  constructor(private readonly parser: Parser) {}

  chunk(input: Buffer): void {
    let buf = input;
    if (this.first) {
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (this.carry) {
      // Only the line that straddles the chunks is copied, not the whole chunk.
      const carry = this.carry;
      this.carry = undefined;
      const newline = buf.indexOf(10);
      if (newline === -1) {
        this.chunk(Buffer.concat([carry, buf]));
        return;
      }
      this.chunk(Buffer.concat([carry, buf.subarray(0, newline + 1)]));
      buf = buf.subarray(newline + 1);
    }
    // Lines and fields are found with Buffer#indexOf (memchr): far faster than a loop over bytes.
    const bounds = this.bounds;
    const n = buf.length;
    let lineStart = 0;
    // The next quote in the chunk, looked for again only once passed (so each byte is scanned
    // once): a line with a quote goes to the line path, whose CSV splitting honours quotes.
    let quoteAt = buf.indexOf(34 /* " */);
    for (;;) {
      const newline = buf.indexOf(10, lineStart);
      if (newline === -1) break;
      this.lineNo++;
      if (quoteAt !== -1 && quoteAt < lineStart) quoteAt = buf.indexOf(34, lineStart);
      if (this.discarding) this.discarding = false;
      else if (quoteAt !== -1 && quoteAt < newline) this.slow(buf, lineStart, newline);
      else {
        let fields = 0;
        let fieldStart = lineStart;
        for (;;) {
          let comma = buf.indexOf(44, fieldStart);
          if (comma === -1 || comma > newline) comma = newline;
          if (fields < 31) {
            bounds[fields * 2] = fieldStart;
            bounds[fields * 2 + 1] = comma;
          }
          fields++;
          if (comma === newline) break;
          fieldStart = comma + 1;
        }
        this.row(buf, lineStart, newline, fields);
      }
      lineStart = newline + 1;
    }
    if (lineStart < n) {
      if (this.discarding || n - lineStart > MAX_LINE_BYTES) {
        if (!this.discarding) {
          skip(
            this.parser.stats,
            this.lineNo + 1,
            `line longer than ${MAX_LINE_BYTES} bytes: not a trace row`,
          );
          this.discarding = true;
        }
      } else this.carry = Buffer.from(buf.subarray(lineStart));
    }
  }

  end(): void {
    if (this.carry && this.carry.length > 0) {
      const buf = this.carry;
      this.carry = undefined;
      // The last line has no newline: scan it as if it had one.
      this.chunk(Buffer.concat([buf, Buffer.from("\n")]));
    }
  }

  private row(buf: Buffer, start: number, end: number, fields: number): void {
    if (!this.fast(buf, start, end, fields)) this.slow(buf, start, end);
  }

  /** The line decoded and handed to the line parser. */
  private slow(buf: Buffer, start: number, end: number): void {
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    this.parser.line(buf.toString("utf8", start, e), this.lineNo);
  }

  private refreshLayout(): void {
    const parser = this.parser;
    const layout = parser.layout as Layout;
    this.layout = layout;
    this.byIndex.length = 0;
    this.eligible =
      parser.prefixed === false &&
      layout.time !== -1 &&
      (layout.idRole === "index" || layout.idRole === "none");
    this.timeSlot = layout.time;
    this.powerSlot = layout.power;
    this.idSlot = layout.id;
    this.fieldCount = layout.fieldCount;
    this.utcTimes = (layout.columns[layout.time] as Column | undefined)?.utc ?? false;
    this.powerScale = layout.powerScale;
  }

  /** The row parsed from its bytes; false when it is not the plain native shape. */
  private fast(buf: Buffer, start: number, end: number, fields: number): boolean {
    const parser = this.parser;
    if (parser.layout === undefined || parser.prefixed === undefined) return false;
    if (parser.layout !== this.layout) this.refreshLayout();
    if (!this.eligible || fields !== this.fieldCount || fields > 31) return false;
    const b = this.bounds;

    // Time: YYYY/MM/DD HH:MM:SS.mmm, padded by spaces.
    let a = b[this.timeSlot * 2] as number;
    let z = b[this.timeSlot * 2 + 1] as number;
    while (a < z && buf[a] === 32) a++;
    while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13)) z--;
    if (z - a !== 23 || buf[a + 4] !== 47 || buf[a + 7] !== 47 || buf[a + 10] !== 32) return false;
    if (buf[a + 13] !== 58 || buf[a + 16] !== 58 || buf[a + 19] !== 46) return false;
    const year = digits(buf, a, 4);
    const month = digits(buf, a + 5, 2);
    const day = digits(buf, a + 8, 2);
    const hour = digits(buf, a + 11, 2);
    const minute = digits(buf, a + 14, 2);
    const second = digits(buf, a + 17, 2);
    const milli = digits(buf, a + 20, 3);
    if ((year | month | day | hour | minute | second | milli) < 0) return false;
    if (hour > 23 || minute > 59 || second > 59) return false;
    const dateKey = year * 10000 + month * 100 + day;
    if (dateKey !== this.dateKey) {
      if (month < 1 || month > 12 || day < 1) return false;
      const dayMs = Date.UTC(year, month - 1, day);
      if (new Date(dayMs).getUTCDate() !== day) return false;
      this.dateKey = dateKey;
      this.dayMs = dayMs;
    }
    const wall = this.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;

    // Power: 301.20 W, or a bare number under a header that names the unit.
    a = b[this.powerSlot * 2] as number;
    z = b[this.powerSlot * 2 + 1] as number;
    while (a < z && buf[a] === 32) a++;
    while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13)) z--;
    let scale = this.powerScale;
    if (z > a && buf[z - 1] === 87 /* W */) {
      z--;
      if (z > a && (buf[z - 1] === 109 || buf[z - 1] === 107)) return false;
      while (z > a && buf[z - 1] === 32) z--;
      scale = 1;
    }
    let whole = 0;
    let i = a;
    while (i < z && (buf[i] as number) >= 48 && (buf[i] as number) <= 57)
      whole = whole * 10 + (buf[i++] as number) - 48;
    if (i === a || i - a > 6) return false;
    let watts = whole;
    if (i < z) {
      if (buf[i] !== 46) return false;
      i++;
      let frac = 0;
      let div = 1;
      const fracStart = i;
      while (i < z && (buf[i] as number) >= 48 && (buf[i] as number) <= 57 && div < 1e9) {
        frac = frac * 10 + (buf[i++] as number) - 48;
        div *= 10;
      }
      if (i !== z || i === fracStart) return false;
      // One division of two exact integers (at most 15 digits): rounded exactly as Number(text).
      watts = (whole * div + frac) / div;
    }
    watts *= scale;
    if (watts > MAX_WATTS) return false;

    // Device: a GPU index.
    let device: DeviceChannel | undefined;
    let index = 0;
    if (this.idSlot === -1) device = this.byIndex[0];
    else {
      a = b[this.idSlot * 2] as number;
      z = b[this.idSlot * 2 + 1] as number;
      while (a < z && buf[a] === 32) a++;
      while (z > a && (buf[z - 1] === 32 || buf[z - 1] === 13)) z--;
      if (z === a || z - a > 4) return false;
      for (let k = a; k < z; k++) {
        const c = buf[k] as number;
        if (c < 48 || c > 57) return false;
        index = index * 10 + c - 48;
      }
      // A leading zero ("01") is keyed by its text on the line path; leave it there.
      if (z - a > 1 && buf[a] === 48) return false;
      device = this.byIndex[index];
    }
    if (device === undefined) {
      // First row of this GPU: let the line path create the device, then remember it.
      let e = end;
      if (e > start && buf[e - 1] === 13) e--;
      parser.line(buf.toString("utf8", start, e), this.lineNo);
      const created = parser.devices.get(this.idSlot === -1 ? "" : String(index));
      if (created) this.byIndex[this.idSlot === -1 ? 0 : index] = created;
      return true;
    }

    const clock = parser.options.clock;
    let timeMs: number;
    if (this.utcTimes) timeMs = wall;
    else {
      clock.localReadings++;
      timeMs = clock.place(wall);
    }
    parser.localTimes = true;
    device.push(timeMs, watts);
    parser.stats.rowsRead++;
    parser.usedSample = true;
    return true;
  }
}

/** The value of `count` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(buf: Buffer, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    const c = (buf[k] as number) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
