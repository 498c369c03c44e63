/**
 * RAPL energy counter dumps: scripts that log `/sys/class/powercap/intel-rapl:*\/energy_uj`
 * (cumulative microjoules per domain) periodically. Three shapes:
 *
 * - long CSV: `time,domain,energy_uj[,max_energy_range_uj]`, one reading per row (a `name` column,
 *   with RAPL's domain names, may come too);
 * - wide CSV: `timestamp,intel-rapl:0,intel-rapl:0:0,intel-rapl:1`, one column per domain, with an
 *   optional `max_energy_range_uj` line (a row or a `#` comment) giving each domain's wrap range;
 * - the output of `for f in /sys/class/powercap/intel-rapl:*\/energy_uj; do echo "$(date +%s.%N) $f
 *   $(cat $f)"; done`: whitespace-separated `time path value`; lines for `max_energy_range_uj` and
 *   `name` files, where the script logs them too, give the wrap range and the domain name.
 *
 * What is counted: a package's sub-domains (intel-rapl:N:M, `core`, `uncore`, `gpu`) are parts of
 * it and are never added to it; DRAM is outside the package in RAPL's model, so a sub-domain named
 * `dram` is counted as its own device (`dram-N`). psys (the platform) contains the packages, so it
 * is counted only when the file has no package domain. intel-rapl-mmio is a second interface to the
 * same package counter and is used only when the MSR one is absent. Each domain's counter differences
 * become energy intervals (see energy-counter.ts): exact energy, wraps at max_energy_range_uj
 * included, resets not counted.
 */
import { InputError } from "../errors.js";
import { found, quote, splitCsvLine } from "../text/csv.js";
import { parseTimestamp } from "../time/timestamp.js";
import { EnergyCounter, IntervalBuffer, PLAUSIBLE_WATTS } from "./energy-counter.js";
import {
  type DeviceInfo,
  newStats,
  type ReadOptions,
  type ReadStats,
  type SampleTarget,
  skip,
  type TraceReader,
} from "./types.js";

const UJ = 1e-6;
/** More distinct domains than any machine has: a file that names more is not a RAPL dump. */
const MAX_DOMAINS = 1024;

// ---------------------------------------------------------------------------------------------
// Domains

type Role = "package" | "psys" | "dram" | "part" | "mmio";

interface DomainId {
  /** `intel-rapl:0:1`, `intel-rapl-mmio:0`, or undefined when the text names no zone. */
  zone: string | undefined;
  /** N of intel-rapl:N (or of package-N), -1 when unknown. */
  top: number;
  /** M of intel-rapl:N:M, -1 for a top-level zone. */
  sub: number;
  mmio: boolean;
  /** RAPL's domain name where the text gives one: package-0, psys, dram, core, uncore, gpu. */
  name: string | undefined;
}

const ZONE = /intel-rapl(-mmio)?:(\d{1,4})(?::(\d{1,4}))?/g;
const NAME = /(?:^|[^a-z0-9])(package-(\d{1,4})|psys|dram|core|uncore|gpu|pp0|pp1)(?![a-z0-9])/gi;

/** The zone and name a column header, domain value or sysfs path names; undefined when neither. */
function parseDomain(text: string): DomainId | undefined {
  let zone: RegExpExecArray | null = null;
  ZONE.lastIndex = 0;
  for (let m = ZONE.exec(text); m; m = ZONE.exec(text)) zone = m;
  let name: RegExpExecArray | null = null;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) name = m;
  if (!zone && !name) return undefined;
  const nameText = name ? (name[1] as string).toLowerCase() : undefined;
  if (zone) {
    return {
      zone: zone[0],
      top: Number(zone[2]),
      sub: zone[3] === undefined ? -1 : Number(zone[3]),
      mmio: zone[1] !== undefined,
      name: nameText,
    };
  }
  return {
    zone: undefined,
    top: name?.[2] === undefined ? -1 : Number(name[2]),
    sub: -1,
    mmio: false,
    name: nameText,
  };
}

function roleOf(id: DomainId): Role {
  if (id.mmio) return "mmio";
  const name = id.name;
  if (name === "dram") return "dram";
  if (name === "psys") return "psys";
  if (id.sub >= 0) return "part";
  // A top-level zone (no name, or package-N), or package-N without a zone; else core, uncore, gpu.
  return name === undefined || name.startsWith("package") ? "package" : "part";
}

class Domain {
  readonly buffer = new IntervalBuffer();
  readonly counter: EnergyCounter;
  role: Role;
  /** The text of the last max_energy_range_uj seen (long format), to parse it once. */
  maxText = "";

  constructor(
    readonly key: string,
    public id: DomainId,
    stats: ReadStats,
  ) {
    this.role = roleOf(id);
    const maxWatts =
      this.role === "psys"
        ? PLAUSIBLE_WATTS.system
        : this.role === "dram"
          ? PLAUSIBLE_WATTS.dram
          : PLAUSIBLE_WATTS.cpu;
    this.counter = new EnergyCounter(this.buffer, stats, {
      label: key,
      unit: "µJ",
      joulesPerUnit: UJ,
      maxWatts,
    });
  }

  /** Learns the domain's RAPL name (a `name` file logged alongside). */
  rename(name: string): void {
    const id = parseDomain(`${this.id.zone ?? ""} ${name}`);
    if (id?.name) {
      this.id = { ...this.id, name: id.name, top: this.id.top >= 0 ? this.id.top : id.top };
      this.role = roleOf(this.id);
    }
  }

  /** How messages name the domain: `intel-rapl:0 (package-0)`. */
  describe(): string {
    const zone = this.id.zone ?? this.key;
    return this.id.name && this.id.name !== zone ? `${zone} (${this.id.name})` : zone;
  }
}

// ---------------------------------------------------------------------------------------------
// Values

/** A failed read: the script logged nothing, a placeholder, or cat's error message. */
const FAILED_READ =
  /denied|error|no such|cannot|can't|failed|not permitted|unavailable|busy|timed out|invalid|not supported/i;

function isFailedRead(text: string): boolean {
  if (text.length === 0) return true;
  const lower = text.toLowerCase();
  if (
    lower === "-" ||
    lower === "n/a" ||
    lower === "na" ||
    lower === "nan" ||
    lower === "null" ||
    lower === "none" ||
    lower === "?" ||
    lower === "[n/a]"
  )
    return true;
  return FAILED_READ.test(text);
}

/** A counter value: a non-negative integer (µJ) of at most 2^53; -1 otherwise. */
function parseCount(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= Number.MAX_SAFE_INTEGER ? v : -1;
}

const TIME_NAMES = new Set([
  "time",
  "timestamp",
  "datetime",
  "date_time",
  "ts",
  "epoch",
  "unix_time",
  "unixtime",
  "time_s",
  "timestamp_s",
  "epoch_s",
  "time_utc",
  "timestamp_utc",
  "utc_time",
  "utc_timestamp",
]);
const DOMAIN_NAMES = new Set([
  "domain",
  "zone",
  "path",
  "file",
  "rapl_domain",
  "rapl_zone",
  "zone_path",
  "sysfs",
]);
const NAME_NAMES = new Set(["name", "domain_name", "zone_name"]);
const ENERGY_NAMES = new Set(["energy_uj", "energy_microjoules", "energy_µj", "energy_uj_counter"]);
const MAX_NAMES = new Set(["max_energy_range_uj", "max_energy_uj", "max_range_uj", "energy_range_uj"]);

/** `Energy (uJ)` → energy_uj, `max_energy_range_uj` → itself. */
function baseName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s()[\]./-]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Epoch seconds as `date +%s.%N` writes them: the one shape worth a fast path. */
function epochSecondsMs(text: string): number | undefined {
  const n = text.length;
  if (n !== 10 && !(n > 11 && text.charCodeAt(10) === 46)) /* . */ return undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 48 || c > 57) && i !== 10) return undefined;
  }
  return Number(text) * 1000;
}

// ---------------------------------------------------------------------------------------------
// Layouts

type Mode = "long" | "wide" | "paths";

interface LongLayout {
  count: number;
  time: number;
  domain: number;
  energy: number;
  max: number;
  name: number;
  names: string[];
}

interface WideLayout {
  count: number;
  time: number;
  names: string[];
  /** Per column: its domain, or undefined (the time column, columns that are no domain). */
  domains: (Domain | undefined)[];
}

function longLayout(names: string[]): LongLayout | undefined {
  const bases = names.map(baseName);
  const find = (set: Set<string>) => bases.findIndex((b) => set.has(b));
  const energy = find(ENERGY_NAMES);
  const domain = find(DOMAIN_NAMES);
  const name = find(NAME_NAMES);
  const time = find(TIME_NAMES);
  if (energy === -1 || (domain === -1 && name === -1)) return undefined;
  return {
    count: names.length,
    time,
    domain: domain === -1 ? name : domain,
    energy,
    max: find(MAX_NAMES),
    name: domain === -1 ? -1 : name,
    names,
  };
}

/** A header naming RAPL zones as columns (`intel-rapl:0`). */
function isWideHeader(fields: readonly string[]): boolean {
  return fields.some((f) => f.includes("intel-rapl"));
}

/** A line of the `echo "$(date +%s.%N) $f $(cat $f)"` shape. */
function isPathLine(line: string): boolean {
  if (line.indexOf(",") !== -1) return false;
  const at = line.indexOf("intel-rapl");
  if (at <= 0) return false;
  const tokenStart = Math.max(line.lastIndexOf(" ", at), line.lastIndexOf("\t", at)) + 1;
  return tokenStart > 0 && line.slice(0, tokenStart).trim().length > 0;
}

const MAX_WORD = "max_energy_range_uj";

// ---------------------------------------------------------------------------------------------
// The reader

export const raplCounters: TraceReader = {
  format: "rapl-energy-uj",

  sniff(head: readonly string[]): boolean {
    for (const raw of head) {
      const line = raw.trim();
      if (line === "" || line.charCodeAt(0) === 35 /* # */) continue;
      if (line.toLowerCase().startsWith(MAX_WORD)) continue;
      if (isPathLine(line)) {
        const { token, start } = pathToken(line);
        const time = line.slice(0, start).trim();
        return (
          (token.endsWith("energy_uj") || token.endsWith(MAX_WORD) || token.endsWith("/name")) &&
          (epochSecondsMs(time) !== undefined || parseTimestamp(time) !== undefined)
        );
      }
      const fields = splitCsvLine(line);
      if (longLayout(fields)) return true;
      if (!isWideHeader(fields)) return false;
      const bases = fields.map(baseName);
      return bases.some((b) => TIME_NAMES.has(b));
    }
    return false;
  },

  async read(lines: AsyncIterable<string>, sink: SampleTarget, options: ReadOptions): Promise<ReadStats> {
    const parser = new Parser(options);
    let lineNo = 0;
    for await (const line of lines) parser.line(line, ++lineNo);
    return parser.finish(sink);
  },
};

function pathToken(line: string): { token: string; start: number; end: number } {
  const at = line.indexOf("intel-rapl");
  const start = Math.max(line.lastIndexOf(" ", at), line.lastIndexOf("\t", at)) + 1;
  let end = at;
  while (end < line.length) {
    const c = line.charCodeAt(end);
    if (c === 32 || c === 9) break;
    end++;
  }
  return { token: line.slice(start, end), start, end };
}

class Parser {
  readonly stats = newStats();
  private mode: Mode | undefined;
  private long: LongLayout | undefined;
  private wide: WideLayout | undefined;
  private headerText = "";
  private repeatedHeaders = 0;
  private readonly domains = new Map<string, Domain>();
  /** Path tokens of the path form → the domain and which file (energy, range, name). */
  private readonly paths = new Map<string, { domain: Domain; file: "energy" | "max" | "name" | "other" }>();
  /** max_energy_range_uj seen before the header, applied when it comes. */
  private pendingMax: string[] = [];
  private lastTimeText = "";
  private lastTimeMs: number | undefined;
  private lastRowTime = Number.NEGATIVE_INFINITY;
  private lastRowLine = 0;
  private localTimes = false;
  private ignoredColumns: string[] = [];
  private otherFiles = 0;
  /** The wide row being read: each column's counter value (-1: a failed read). */
  private values = new Float64Array(0);

  constructor(private readonly options: ReadOptions) {}

  line(raw: string, lineNo: number): void {
    const line = raw.trim();
    if (line.length === 0) return;
    if (line.charCodeAt(0) === 35 /* # */) {
      this.comment(line.slice(1).trim(), lineNo);
      return;
    }
    switch (this.mode) {
      case "long":
        this.longRow(line, lineNo);
        return;
      case "wide":
        this.wideRow(line, lineNo);
        return;
      case "paths":
        this.pathRow(line, lineNo);
        return;
      default:
        this.start(line, lineNo);
    }
  }

  private start(line: string, lineNo: number): void {
    if (isPathLine(line)) {
      this.setMode("paths", lineNo);
      this.pathRow(line, lineNo);
      return;
    }
    if (line.toLowerCase().startsWith(MAX_WORD)) {
      this.pendingMax.push(line);
      return;
    }
    const fields = splitCsvLine(line);
    const long = longLayout(fields);
    if (long) {
      if (long.time === -1) {
        throw new InputError(
          `no time column in the header (found: ${found(fields)}); expected "time" or "timestamp" next to "energy_uj"`,
          this.options.file,
          lineNo,
        );
      }
      this.long = long;
      this.headerText = line;
      this.setMode("long", lineNo);
      return;
    }
    if (isWideHeader(fields)) {
      if (fields.length > MAX_DOMAINS) {
        throw new InputError(
          `a header of ${fields.length} columns: more RAPL domains than any machine has (at most ${MAX_DOMAINS})`,
          this.options.file,
          lineNo,
        );
      }
      const time = fields.findIndex((f) => TIME_NAMES.has(baseName(f)));
      if (time === -1) {
        throw new InputError(
          `no time column in the header (found: ${found(fields)}); expected "timestamp" or "time" before the intel-rapl columns`,
          this.options.file,
          lineNo,
        );
      }
      const domains = fields.map((f, i) => {
        if (i === time) return undefined;
        const id = parseDomain(f);
        if (!id) {
          this.ignoredColumns.push(f);
          return undefined;
        }
        return this.domain(f, id);
      });
      this.wide = { count: fields.length, time, names: fields, domains };
      this.values = new Float64Array(fields.length);
      this.headerText = line;
      this.setMode("wide", lineNo);
      return;
    }
    throw new InputError(
      `not a RAPL energy dump: expected a header "time,domain,energy_uj[,max_energy_range_uj]", ` +
        `a header naming intel-rapl zones ("timestamp,intel-rapl:0,intel-rapl:1"), or lines ` +
        `"<epoch seconds> /sys/class/powercap/intel-rapl:0/energy_uj <microjoules>"; got ${quote(line)}`,
      this.options.file,
      lineNo,
    );
  }

  private domain(key: string, id: DomainId): Domain {
    let d = this.domains.get(key);
    if (!d) {
      d = new Domain(key, id, this.stats);
      this.domains.set(key, d);
      const max = this.maxByKey.get(key) ?? (id.zone && this.maxByKey.get(id.zone)) ?? this.singleMax;
      if (max !== undefined) this.applyMax(d, max);
    }
    return d;
  }

  private setMode(mode: Mode, lineNo: number): void {
    this.mode = mode;
    for (const pending of this.pendingMax) this.maxLine(pending, lineNo);
    this.pendingMax = [];
  }

  // -- comments: the wrap range may be given in one ------------------------------------------------

  private comment(text: string, lineNo: number): void {
    if (!text.toLowerCase().startsWith(MAX_WORD)) return;
    if (this.mode === undefined) this.pendingMax.push(text);
    else this.maxLine(text, lineNo);
  }

  /**
   * `max_energy_range_uj,262143328850,,262143328850` (aligned with the wide header's columns, the
   * label standing in the first column), `max_energy_range_uj intel-rapl:0=262143328850 …`, or one
   * value for every domain (`max_energy_range_uj: 262143328850`).
   */
  private maxLine(text: string, lineNo: number): void {
    const rest = text.slice(MAX_WORD.length);
    if (rest.includes("=")) {
      for (const m of rest.matchAll(/([^\s,=]+)\s*=\s*([^\s,]+)/g)) {
        const key = parseDomain(m[1] as string)?.zone ?? (m[1] as string);
        this.maxByKey.set(key, m[2] as string);
        for (const d of this.domains.values())
          if (d.key === key || d.id.zone === key) this.applyMax(d, m[2] as string);
      }
      return;
    }
    const values = rest.includes(",")
      ? rest.split(",").map((v) => v.trim())
      : ["", ...rest.replace(/^[\s:]+/, "").split(/\s+/)];
    const nonEmpty = values.filter((v) => v !== "");
    const wide = this.wide;
    if (wide && values.length === wide.count) {
      for (let i = 0; i < wide.count; i++) {
        const d = wide.domains[i];
        if (d) this.applyMax(d, values[i] as string);
      }
    } else if (nonEmpty.length === 1) {
      this.singleMax = nonEmpty[0] as string;
      for (const d of this.domains.values()) this.applyMax(d, this.singleMax);
    } else {
      this.stats.notes.push(
        `line ${lineNo}: a max_energy_range_uj line that matches no column layout; ignored`,
      );
    }
  }

  /** A single max_energy_range_uj for every domain, applied to domains seen later too. */
  private singleMax: string | undefined;
  /** max_energy_range_uj per domain key or zone, applied to domains seen later too. */
  private readonly maxByKey = new Map<string, string>();

  // -- times ---------------------------------------------------------------------------------------

  private time(text: string): number | undefined {
    if (text === this.lastTimeText) return this.lastTimeMs;
    let ms = epochSecondsMs(text);
    if (ms === undefined) {
      const parsed = parseTimestamp(text);
      if (parsed) {
        if (parsed.kind === "local") this.localTimes = true;
        ms = this.options.clock.toUtc(parsed);
      }
    }
    this.lastTimeText = text;
    this.lastTimeMs = ms;
    return ms;
  }

  private badTime(lineNo: number, column: string, text: string): void {
    skip(
      this.stats,
      lineNo,
      `${column}: expected epoch seconds (date +%s.%N) or an ISO date and time, got ${quote(text)}`,
    );
  }

  /** One checked counter value (-1: a failed read, missing). */
  private value(domain: Domain, v: number, timeMs: number, lineNo: number): void {
    if (v >= 0) {
      if (domain.counter.reading(timeMs, v, lineNo)) this.stats.rowsRead++;
    } else {
      domain.counter.missing();
      this.stats.rowsRead++;
    }
  }

  // -- long CSV -----------------------------------------------------------------------------------

  private longRow(line: string, lineNo: number): void {
    const layout = this.long as LongLayout;
    if (line === this.headerText) {
      this.repeatedHeaders++;
      return;
    }
    const fields = line.indexOf('"') === -1 ? line.split(",") : splitCsvLine(line);
    if (fields.length !== layout.count) {
      skip(this.stats, lineNo, `expected ${layout.count} fields, got ${fields.length}`);
      return;
    }
    const timeText = (fields[layout.time] as string).trim();
    const keyText = (fields[layout.domain] as string).trim();
    const energyText = (fields[layout.energy] as string).trim();
    let domain = this.domains.get(keyText);
    if (domain === undefined) {
      const id = this.domains.size < MAX_DOMAINS ? parseDomain(keyText) : undefined;
      if (!id) {
        skip(
          this.stats,
          lineNo,
          `${layout.names[layout.domain]}: expected a RAPL domain (intel-rapl:0, intel-rapl:0:1, package-0, psys, dram), got ${quote(keyText)}`,
        );
        return;
      }
      domain = this.domain(keyText, id);
    }
    if (layout.name !== -1 && domain.id.name === undefined) {
      const name = (fields[layout.name] as string).trim();
      if (name) domain.rename(name);
    }
    if (layout.max !== -1) {
      const maxText = (fields[layout.max] as string).trim();
      if (maxText !== domain.maxText) {
        domain.maxText = maxText;
        this.applyMax(domain, maxText);
      }
    }
    const v = parseCount(energyText);
    if (v < 0 && !isFailedRead(energyText)) {
      skip(
        this.stats,
        lineNo,
        `${layout.names[layout.energy]}: expected a non-negative integer (µJ), got ${quote(energyText)}`,
      );
      return;
    }
    const timeMs = this.time(timeText);
    if (timeMs === undefined) {
      this.badTime(lineNo, layout.names[layout.time] as string, timeText);
      return;
    }
    this.value(domain, v, timeMs, lineNo);
  }

  private applyMax(domain: Domain, text: string): void {
    const v = parseCount(text);
    if (v > 0) domain.counter.setMaxRange(v);
  }

  // -- wide CSV -----------------------------------------------------------------------------------

  private wideRow(line: string, lineNo: number): void {
    const layout = this.wide as WideLayout;
    if (line === this.headerText) {
      this.repeatedHeaders++;
      return;
    }
    const fields = line.indexOf('"') === -1 ? line.split(",") : splitCsvLine(line);
    const first = (fields[0] as string).trim();
    if (first.toLowerCase().startsWith(MAX_WORD)) {
      this.maxLine(line, lineNo);
      return;
    }
    if (fields.length !== layout.count) {
      skip(this.stats, lineNo, `expected ${layout.count} fields, got ${fields.length}`);
      return;
    }
    // Check the whole row first: a malformed value skips the row, never part of it.
    const values = this.values;
    for (let i = 0; i < layout.count; i++) {
      if (layout.domains[i] === undefined) continue;
      const text = (fields[i] as string).trim();
      const v = parseCount(text);
      values[i] = v;
      if (v < 0 && !isFailedRead(text)) {
        skip(
          this.stats,
          lineNo,
          `${layout.names[i]}: expected a non-negative integer (µJ), got ${quote(text)}`,
        );
        return;
      }
    }
    const timeText = (fields[layout.time] as string).trim();
    const timeMs = this.time(timeText);
    if (timeMs === undefined) {
      this.badTime(lineNo, layout.names[layout.time] as string, timeText);
      return;
    }
    if (!(timeMs > this.lastRowTime)) {
      skip(
        this.stats,
        lineNo,
        `${layout.names[layout.time]}: ${quote(timeText)} is not after the previous row's time (line ${this.lastRowLine}); rows must be in time order`,
      );
      return;
    }
    this.lastRowTime = timeMs;
    this.lastRowLine = lineNo;
    for (let i = 0; i < layout.count; i++) {
      const domain = layout.domains[i];
      if (domain === undefined) continue;
      const v = values[i] as number;
      if (v < 0) domain.counter.missing();
      else domain.counter.reading(timeMs, v, lineNo);
    }
    this.stats.rowsRead++;
  }

  // -- time path value ----------------------------------------------------------------------------

  private pathRow(line: string, lineNo: number): void {
    if (!isPathLine(line)) {
      skip(
        this.stats,
        lineNo,
        `expected "<time> <path of an intel-rapl energy_uj file> <microjoules>", got ${quote(line)}`,
      );
      return;
    }
    const { token, start, end } = pathToken(line);
    let entry = this.paths.get(token);
    if (entry === undefined) {
      // The token contains intel-rapl, but perhaps no zone (`…/powercap/intel-rapl/energy_uj`, the
      // control type's directory) and no domain name: parseDomain finds nothing in it.
      const id = parseDomain(token);
      if (
        id === undefined ||
        id.zone === undefined ||
        (this.domains.size >= MAX_DOMAINS && !this.domains.has(id.zone))
      ) {
        skip(
          this.stats,
          lineNo,
          `expected the path of an intel-rapl zone's file (…/intel-rapl:N/energy_uj), got ${quote(token)}`,
        );
        return;
      }
      const slash = token.lastIndexOf("/");
      const fileName = slash === -1 ? "" : token.slice(slash + 1);
      const key = id.zone ?? token;
      const domain = this.domain(key, id);
      const file =
        fileName === "energy_uj"
          ? "energy"
          : fileName === MAX_WORD
            ? "max"
            : fileName === "name"
              ? "name"
              : slash === -1 || fileName.startsWith("intel-rapl")
                ? "energy"
                : "other";
      entry = { domain, file };
      if (this.paths.size < 4 * MAX_DOMAINS) this.paths.set(token, entry);
    }
    const value = line.slice(end).trim();
    const timeText = line.slice(0, start).trim();
    switch (entry.file) {
      case "max":
        this.applyMax(entry.domain, value);
        return;
      case "name":
        entry.domain.rename(value);
        return;
      case "other":
        this.otherFiles++;
        return;
    }
    const v = parseCount(value);
    if (v < 0 && !isFailedRead(value)) {
      skip(this.stats, lineNo, `${token}: expected a non-negative integer (µJ), got ${quote(value)}`);
      return;
    }
    const timeMs = this.time(timeText);
    if (timeMs === undefined) {
      this.badTime(lineNo, "time", timeText);
      return;
    }
    this.value(entry.domain, v, timeMs, lineNo);
  }

  // -- the end: which domains are counted ---------------------------------------------------------

  finish(sink: SampleTarget): ReadStats {
    const { stats } = this;
    if (this.mode === undefined) {
      throw new InputError(
        'the file is empty: expected a RAPL energy dump ("time,domain,energy_uj" rows, a header naming intel-rapl zones, or "<time> <intel-rapl energy_uj path> <µJ>" lines)',
        this.options.file,
        1,
      );
    }
    const all = [...this.domains.values()];
    this.guessPsys(all);
    const by = (role: Role) => all.filter((d) => d.role === role);
    const packages = by("package");
    const psys = by("psys");
    const dram = by("dram");
    const parts = by("part");
    const mmio = by("mmio");
    const used: Domain[] = [];
    const list = (ds: Domain[]) => ds.map((d) => d.describe()).join(", ");
    if (packages.length > 0 || mmio.length > 0) {
      const pk = packages.length > 0 ? packages : mmio;
      used.push(...pk, ...dram);
      stats.notes.push(
        `counted the RAPL package domain(s) ${list(pk)}${dram.length > 0 ? ` and DRAM ${list(dram)} (DRAM is outside the package in RAPL)` : ""}`,
      );
      if (packages.length > 0 && mmio.length > 0)
        stats.notes.push(
          `skipped ${list(mmio)}: intel-rapl-mmio is a second interface to the same package counter`,
        );
      if (psys.length > 0)
        stats.notes.push(
          `skipped ${list(psys)}: psys (the platform) contains the packages; the packages are counted`,
        );
      if (parts.length > 0)
        stats.notes.push(`skipped sub-domain(s) ${list(parts)}: parts of their package, which is counted`);
    } else if (psys.length > 0) {
      used.push(...psys);
      stats.notes.push(`counted psys ${list(psys)} (the platform): the file has no package domain`);
      if (dram.length + parts.length > 0)
        stats.notes.push(`skipped ${list([...dram, ...parts])}: inside psys, which is counted`);
    } else if (dram.length + parts.length > 0) {
      used.push(...dram, ...parts);
      stats.warnings.push(
        `no RAPL package or psys domain in the file: counted the sub-domain(s) ${list([...dram, ...parts])} on their own, which misses the rest of the package`,
      );
    }
    const ids = new Set<string>();
    for (const d of used) {
      const info = deviceOf(d);
      if (ids.has(info.id)) {
        stats.warnings.push(`${d.describe()}: a second domain for ${info.id}; not counted twice`);
        continue;
      }
      ids.add(info.id);
      d.counter.finish();
      if (d.buffer.length > 0) d.buffer.flushTo(sink.device(info));
    }
    if (this.localTimes)
      stats.notes.push(`times without a zone read as wall-clock time in ${this.options.clock.zone}`);
    if (this.repeatedHeaders > 0)
      stats.notes.push(`header repeated ${this.repeatedHeaders} time(s) (appended logs); repeats ignored`);
    if (this.ignoredColumns.length > 0)
      stats.notes.push(`columns that name no RAPL domain ignored: ${this.ignoredColumns.join(", ")}`);
    if (this.otherFiles > 0)
      stats.notes.push(
        `${this.otherFiles} line(s) for powercap files other than energy_uj, max_energy_range_uj and name ignored`,
      );
    if (used.some((d) => d.counter.resets > 0 && d.counter.options.maxRange === undefined))
      stats.warnings.push(
        "no max_energy_range_uj in the file: a counter wrap cannot be told from a reset; log /sys/class/powercap/intel-rapl:*/max_energy_range_uj alongside energy_uj",
      );
    if (used.length > 0 && used.every((d) => d.counter.readings === 0) && stats.missingValues > 0)
      stats.warnings.push(
        `every energy_uj read failed (${stats.missingValues} empty or error values): since Linux 5.10 energy_uj is readable only by root`,
      );
    return stats;
  }

  /**
   * A top-level zone with no name and no sub-domains, in a file where the other top-level zones
   * have sub-domains, is psys (Intel client parts: intel-rapl:0 package with core/uncore, intel-rapl:1
   * psys with none). Servers (every package has its dram sub-zone) and AMD (no sub-zones) never match.
   */
  private guessPsys(all: Domain[]): void {
    const withSubs = new Set(all.filter((d) => d.id.sub >= 0 && !d.id.mmio).map((d) => d.id.top));
    if (withSubs.size === 0) return;
    const unnamedTops = all.filter((d) => d.role === "package" && d.id.name === undefined && d.id.zone);
    for (const d of unnamedTops) {
      if (!withSubs.has(d.id.top)) {
        d.role = "psys";
        this.stats.warnings.push(
          `${d.describe()} has no name and no sub-domains while the other package(s) have sub-domains: read as psys (the platform, which contains the packages), as on Intel client parts; if it is a package, name it in the file (e.g. a column "${d.describe()} (package-${d.id.top})" or its name file logged alongside)`,
        );
      }
    }
  }
}

function deviceOf(d: Domain): DeviceInfo {
  const n = d.id.name?.startsWith("package-") ? Number(d.id.name.slice(8)) : Math.max(d.id.top, 0);
  switch (d.role) {
    case "psys":
      return { id: "psys", kind: "system" };
    case "dram":
      return { id: `dram-${Math.max(d.id.top, 0)}`, kind: "dram" };
    case "part":
      return { id: d.id.name ? `${d.id.name}-${n}` : (d.id.zone ?? d.key), kind: "cpu" };
    default:
      return { id: `package-${n}`, kind: "cpu" };
  }
}
