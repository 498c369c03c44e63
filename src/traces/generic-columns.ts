/**
 * Column logic of the generic CSV / JSON Lines readers: what each header name (or flattened JSON
 * key) means — the time, a device column, power or energy with its unit, the device it measures —
 * whether the user named the columns (--time-column, --power-columns, ...) or not.
 *
 * Nothing here guesses a unit: a power or energy column whose unit is written neither in its name
 * nor in --power-unit / --energy-unit is an error naming the column and the flag.
 */
import { InputError } from "../errors.js";
import type { ColumnMapping } from "./types.js";

export type Quantity = "power" | "energy";
/** How an energy column counts: a running counter, or the energy since the previous row. */
export type EnergyMode = "cumulative" | "per-row";

export interface TimeColumn {
  index: number;
  raw: string;
  /** The name says the times are UTC (`time_utc`, `Datetime (UTC)`). */
  utc: boolean;
  /** A separate `date` column to prefix when the time column holds only the time of day; -1 if none. */
  dateIndex: number;
}

export interface DeviceColumn {
  index: number;
  raw: string;
  /** Its values name machines (host, node, server): they become DeviceInfo.host. */
  hostLike: boolean;
  /** Its values are GPU indices when numeric (`gpu_index`): 3 → gpu3. */
  gpuIndex: boolean;
}

export interface ValueColumn {
  index: number;
  raw: string;
  quantity: Quantity;
  /** Factor from the column's unit to W (power) or J (energy). */
  scale: number;
  /** The unit as shown in notes ("W", "kWh"). */
  unit: string;
  unitFromFlag: boolean;
  /** Device id derived from the name (`n1_watts` → n1); "device" when the name names none. */
  id: string;
  host?: string;
  kind?: string;
  /** What the name says about an energy column; undefined when it says nothing. */
  mode?: EnergyMode;
  /** The name says total/sum/all. */
  namedTotal: boolean;
}

export interface Layout {
  names: readonly string[];
  time: TimeColumn;
  device?: DeviceColumn;
  values: ValueColumn[];
  /** The user named the value columns (no de-duplication, ids made unique). */
  explicit: boolean;
  notes: string[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Units

interface Unit {
  quantity: Quantity;
  scale: number;
  label: string;
}

const POWER_UNITS: Record<string, [number, string]> = {
  w: [1, "W"],
  watt: [1, "W"],
  watts: [1, "W"],
  kw: [1e3, "kW"],
  kilowatt: [1e3, "kW"],
  kilowatts: [1e3, "kW"],
  mw: [1e-3, "mW"],
  milliwatt: [1e-3, "mW"],
  milliwatts: [1e-3, "mW"],
  megawatt: [1e6, "MW"],
  megawatts: [1e6, "MW"],
  uw: [1e-6, "µW"],
  microwatt: [1e-6, "µW"],
  microwatts: [1e-6, "µW"],
};

const ENERGY_UNITS: Record<string, [number, string]> = {
  j: [1, "J"],
  joule: [1, "J"],
  joules: [1, "J"],
  kj: [1e3, "kJ"],
  kilojoule: [1e3, "kJ"],
  kilojoules: [1e3, "kJ"],
  mj: [1e-3, "mJ"],
  millijoule: [1e-3, "mJ"],
  millijoules: [1e-3, "mJ"],
  megajoule: [1e6, "MJ"],
  megajoules: [1e6, "MJ"],
  uj: [1e-6, "µJ"],
  microjoule: [1e-6, "µJ"],
  microjoules: [1e-6, "µJ"],
  nj: [1e-9, "nJ"],
  wh: [3600, "Wh"],
  kwh: [3.6e6, "kWh"],
  mwh: [3.6, "mWh"],
};

/** Mega spellings, told from milli by case: `MW`, `MWh`, `MJ`. */
const MEGA: Record<string, Unit> = {
  MW: { quantity: "power", scale: 1e6, label: "MW" },
  MWh: { quantity: "energy", scale: 3.6e9, label: "MWh" },
  MJ: { quantity: "energy", scale: 1e6, label: "MJ" },
};

/** Lower-case unit spellings whose m is milli in one case and mega in another. */
const M_AMBIGUOUS = new Set(["mw", "mwh", "mj"]);

const AMBIGUOUS = "ambiguous" as const;

/**
 * A unit from its spelling (`W`, `kWh`, `µJ`, `watts`), or "ambiguous" for mW/MW-like spellings
 * in a name written all in capitals, or undefined when it is no power or energy unit.
 */
export function parseUnit(text: string, allCaps = false): Unit | typeof AMBIGUOUS | undefined {
  const t = normaliseMicro(text.trim()).replace(/[\s·.-]/g, "");
  const mega = MEGA[t];
  if (mega && !allCaps) return mega;
  const lower = t.toLowerCase();
  if (allCaps && M_AMBIGUOUS.has(lower)) return AMBIGUOUS;
  const p = POWER_UNITS[lower];
  if (p) return { quantity: "power", scale: p[0], label: p[1] };
  const e = ENERGY_UNITS[lower];
  if (e) return { quantity: "energy", scale: e[0], label: e[1] };
  return undefined;
}

function normaliseMicro(s: string): string {
  return s.replace(/[µμ]/g, "u");
}

// ---------------------------------------------------------------------------------------------
// Names

export interface NameParts {
  raw: string;
  /** Lower-case word tokens, in order (camelCase split), without a bracketed unit. */
  tokens: string[];
  /** The same tokens as written (for the m/M of units). */
  original: string[];
  /** Text of a trailing `(…)` or `[…]`. */
  bracket: string | undefined;
  /** No lower-case letter anywhere: `POWER_MW` cannot tell mW from MW. */
  allCaps: boolean;
}

const BRACKET = /\s*[[(]([^\])]*)[\])]\s*$/;
const SPLIT = /[^A-Za-z0-9]+/;
/** A lone SI prefix left by camelCase splitting (`kWh` → k, Wh) is glued back to its unit. */
const PREFIXES = new Set(["k", "m", "u", "M"]);

export function splitName(raw: string): NameParts {
  let s = normaliseMicro(raw.trim());
  let bracket: string | undefined;
  const m = BRACKET.exec(s);
  if (m && m.index > 0) {
    bracket = (m[1] ?? "").trim();
    s = s.slice(0, m.index);
  }
  const original: string[] = [];
  for (const part of s.split(SPLIT)) {
    if (part.length === 0) continue;
    // camelCase: gpuPowerWatts → gpu Power Watts; kWh → k Wh (glued back below).
    const pieces = part.split(/(?<=[a-z0-9])(?=[A-Z])/);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i] as string;
      const next = pieces[i + 1];
      if (PREFIXES.has(p) && next !== undefined && /^(W|Wh|J)$/.test(next)) {
        original.push(p + next);
        i++;
      } else original.push(p);
    }
  }
  return {
    raw: raw.trim(),
    tokens: original.map((t) => t.toLowerCase()),
    original,
    bracket,
    allCaps: !/[a-z]/.test(raw),
  };
}

const TIME_NAMES = [
  "timestamp",
  "datetime",
  "date_time",
  "time_stamp",
  "time",
  "ts",
  "epoch",
  "epoch_time",
  "unix_time",
  "unix_timestamp",
  "unix",
  "time_iso",
  "iso_time",
  "iso_timestamp",
  "sample_time",
  "measurement_time",
  "read_time",
  "date",
];
/** Tokens a time column's name may carry besides its name: zone and epoch unit. */
const TIME_EXTRA = new Set([
  "utc",
  "local",
  "s",
  "ms",
  "us",
  "ns",
  "sec",
  "secs",
  "seconds",
  "millis",
  "iso",
]);

/** Rank of a time column name (lower is better), or -1; and whether it says UTC. */
export function timeRank(parts: NameParts): { rank: number; utc: boolean } {
  const core = parts.tokens.filter((t) => !TIME_EXTRA.has(t) || t === "iso");
  let base = core.join("_");
  let rank = TIME_NAMES.indexOf(base);
  if (rank === -1) {
    base = core.filter((t) => t !== "iso").join("_");
    rank = TIME_NAMES.indexOf(base);
  }
  // A nested JSON key (`meta.timestamp`), less preferred than a top-level one.
  const dot = parts.raw.lastIndexOf(".");
  if (rank === -1 && dot > 0 && dot < parts.raw.length - 1) {
    const inner = timeRank(splitName(parts.raw.slice(dot + 1)));
    if (inner.rank !== -1) return { rank: inner.rank + TIME_NAMES.length, utc: inner.utc };
  }
  const bracket = parts.bracket?.toLowerCase();
  const utc = parts.tokens.includes("utc") || bracket === "utc";
  return { rank, utc };
}

const DEVICE_NAMES = new Map<string, { hostLike: boolean; gpuIndex: boolean }>([
  ["device", { hostLike: false, gpuIndex: false }],
  ["device_id", { hostLike: false, gpuIndex: false }],
  ["device_name", { hostLike: false, gpuIndex: false }],
  ["device_index", { hostLike: false, gpuIndex: false }],
  ["gpu", { hostLike: false, gpuIndex: true }],
  ["gpu_id", { hostLike: false, gpuIndex: true }],
  ["gpu_index", { hostLike: false, gpuIndex: true }],
  ["gpu_idx", { hostLike: false, gpuIndex: true }],
  ["gpu_num", { hostLike: false, gpuIndex: true }],
  ["host", { hostLike: true, gpuIndex: false }],
  ["hostname", { hostLike: true, gpuIndex: false }],
  ["host_name", { hostLike: true, gpuIndex: false }],
  ["node", { hostLike: true, gpuIndex: false }],
  ["node_id", { hostLike: true, gpuIndex: false }],
  ["node_name", { hostLike: true, gpuIndex: false }],
  ["nodename", { hostLike: true, gpuIndex: false }],
  ["server", { hostLike: true, gpuIndex: false }],
  ["machine", { hostLike: true, gpuIndex: false }],
  ["instance", { hostLike: true, gpuIndex: false }],
  ["sensor", { hostLike: false, gpuIndex: false }],
  ["sensor_id", { hostLike: false, gpuIndex: false }],
  ["sensor_name", { hostLike: false, gpuIndex: false }],
  ["component", { hostLike: false, gpuIndex: false }],
  ["meter", { hostLike: false, gpuIndex: false }],
  ["meter_id", { hostLike: false, gpuIndex: false }],
]);

/** Words that make a power or energy column something other than a reading of the draw. */
const NOT_A_READING = new Set([
  "limit",
  "limits",
  "max",
  "maximum",
  "min",
  "minimum",
  "cap",
  "capacity",
  "enforced",
  "default",
  "management",
  "mode",
  "state",
  "status",
  "requested",
  "target",
  "setpoint",
  "threshold",
  "supported",
  "factor",
  "supply",
  "source",
  "budget",
  "rating",
  "rated",
  "efficiency",
  "percent",
  "pct",
  "ratio",
  "headroom",
  "reserve",
  "forecast",
  "predicted",
  "peak",
  "saving",
  "savings",
  "price",
  "cost",
]);

/** After `per`, these make a per-row energy (`energy_per_interval_j`); any other word makes a rate. */
const PER_ROW_AFTER_PER = new Set(["row", "interval", "sample", "period", "poll", "read", "reading", "step"]);

/** Words that name the quantity or how it was taken, not the device. */
const QUANTITY_WORDS = new Set([
  "power",
  "energy",
  "draw",
  "consumption",
  "consumed",
  "usage",
  "used",
  "reading",
  "readings",
  "measured",
  "measurement",
  "value",
  "instant",
  "instantaneous",
  "current",
  "avg",
  "average",
  "mean",
  "actual",
  "input",
  "cumulative",
  "cum",
  "counter",
  "accumulated",
  "accum",
  "running",
  "delta",
  "interval",
  "diff",
  "increment",
  "incremental",
  "since",
  "last",
  "per",
  "row",
  "sample",
  "period",
  "poll",
  "read",
]);

const CUMULATIVE_WORDS = new Set(["cumulative", "cum", "counter", "accumulated", "accum", "running"]);
const PER_ROW_WORDS = new Set(["delta", "interval", "diff", "increment", "incremental", "since"]);
const TOTAL_WORDS = new Set(["total", "sum", "all", "aggregate", "combined", "overall"]);

/** Tokens naming a whole machine (a BMC, a PDU outlet, the sum of nodes). */
const NODE_WORDS = new Set([
  "node",
  "nodes",
  "host",
  "server",
  "bmc",
  "ipmi",
  "redfish",
  "chassis",
  "psu",
  "system",
  "sys",
  "total",
  "sum",
  "all",
  "aggregate",
  "combined",
  "overall",
  "whole",
  "wall",
  "pdu",
  "rack",
  "facility",
  "plug",
  "outlet",
  "meter",
]);
/** A token naming one machine: n1, node3, host12, server2, worker0. */
const HOST_TOKEN = /^(?:n|node|host|server|srv|compute|worker|machine)\d+$/;
const COMPONENT_KINDS: [RegExp, string][] = [
  [/^(?:gpu|cuda|accelerator)\d*$/, "gpu"],
  [/^(?:cpu|package|pkg|socket|processor|soc)\d*$/, "cpu"],
  [/^(?:dram|ram|mem|memory)\d*$/, "dram"],
];

interface ValueName {
  quantity: Quantity;
  /** undefined: the name names no unit; "ambiguous": mW or MW. */
  unit: Unit | typeof AMBIGUOUS | undefined;
  /** Tokens with the unit removed (the rest of the name). */
  rest: string[];
}

/**
 * Whether a name reads as a power or energy column, and its unit when the name gives one:
 * `power_w`, `n1_watts`, `power (kW)`, `gpu_power_mw`, `energy_kwh`, `node_energy_joules_total`,
 * or a unit-less `gpu_power` / `energy`.
 */
export function valueName(parts: NameParts): ValueName | undefined {
  const { tokens, original } = parts;
  if (tokens.some((t) => NOT_A_READING.has(t))) return undefined;
  const perAt = tokens.indexOf("per");
  if (perAt !== -1 && !PER_ROW_AFTER_PER.has(tokens[perAt + 1] ?? "")) return undefined;
  if (parts.bracket !== undefined) {
    const unit = parseUnit(parts.bracket, parts.allCaps);
    if (unit !== undefined) {
      const quantity = unit === AMBIGUOUS ? quantityWord(tokens) : unit.quantity;
      if (quantity === undefined) return undefined;
      return { quantity, unit, rest: tokens };
    }
    // A bracket that is no unit (`(%)`, `(direct)`) is no power reading.
    return undefined;
  }
  // The unit is the last token, the one before a trailing marker (`energy_joules_total`), or the
  // one right after the quantity (`power_w.gpu0`, a flattened JSON key).
  const last = tokens.length - 1;
  const positions = [last];
  const after = tokens[last];
  if (after !== undefined && (CUMULATIVE_WORDS.has(after) || PER_ROW_WORDS.has(after) || after === "total")) {
    positions.push(last - 1);
  }
  for (let i = 1; i < last; i++) {
    const before = tokens[i - 1];
    if (before === "power" || before === "energy") positions.push(i);
  }
  for (const at of positions) {
    if (at < 0) continue;
    const unit = parseUnit(original[at] as string, parts.allCaps);
    if (unit === undefined) continue;
    const lower = tokens[at] as string;
    // A bare symbol (`W`, `J`) names a column only beside other words; `watts` or `kwh` alone do.
    if (tokens.length === 1 && lower.length <= 2) return undefined;
    const quantity = unit === AMBIGUOUS ? (lower === "mw" ? "power" : "energy") : unit.quantity;
    return { quantity, unit, rest: tokens.filter((_, i) => i !== at) };
  }
  const quantity = quantityWord(tokens);
  return quantity === undefined ? undefined : { quantity, unit: undefined, rest: tokens };
}

function quantityWord(tokens: readonly string[]): Quantity | undefined {
  if (tokens.includes("energy")) return "energy";
  if (tokens.includes("power")) return "power";
  return undefined;
}

interface DeviceName {
  id: string;
  host?: string;
  kind?: string;
}

/** The device a column measures, from the words of its name that are not quantity, unit or marker. */
export function deviceFromTokens(rest: readonly string[], quantity: Quantity): DeviceName {
  const words = rest.filter((t, i) => {
    if (QUANTITY_WORDS.has(t)) return false;
    // A trailing `total` on an energy name is a counter's suffix (Prometheus `_total`), not a device.
    if (t === "total" && quantity === "energy" && i === rest.length - 1 && rest.length > 1) return false;
    return true;
  });
  if (words.length === 0) return { id: "device" };
  let kind: string | undefined;
  for (const w of words) {
    for (const [re, k] of COMPONENT_KINDS) if (re.test(w)) kind ??= k;
  }
  const hostToken = words.find((w) => HOST_TOKEN.test(w));
  if (kind !== undefined) {
    // A component on a named machine: n1_gpu0_watts → host n1, id gpu0.
    if (hostToken !== undefined && words.length > 1) {
      return { id: words.filter((w) => w !== hostToken).join("_"), host: hostToken, kind };
    }
    return { id: words.join("_"), kind };
  }
  const id = words.join("_");
  if (hostToken !== undefined) return { id, host: hostToken, kind: "node" };
  if (words.some((w) => NODE_WORDS.has(w))) return { id, kind: "node" };
  return { id };
}

/** The kind a device value names (long format): `gpu3` → gpu, `node7` → node. */
export function kindOfValue(value: string): string | undefined {
  const v = value.toLowerCase();
  for (const [re, k] of COMPONENT_KINDS) if (re.test(v)) return k;
  if (HOST_TOKEN.test(v) || NODE_WORDS.has(v)) return "node";
  return undefined;
}

function energyModeOf(parts: NameParts): EnergyMode | undefined {
  const t = parts.tokens;
  if (t.some((w) => CUMULATIVE_WORDS.has(w))) return "cumulative";
  if (t.some((w) => PER_ROW_WORDS.has(w))) return "per-row";
  if (t.includes("per")) return "per-row";
  if (t.length > 1 && t[t.length - 1] === "total") return "cumulative";
  // `energy_joules_total` after the unit was removed, or `energy_total [J]`.
  const unitless = t.filter((w) => parseUnit(w) === undefined);
  if (unitless.length > 1 && unitless[unitless.length - 1] === "total") return "cumulative";
  return undefined;
}

function namedTotal(parts: NameParts, quantity: Quantity): boolean {
  const t = parts.tokens;
  const mode = quantity === "energy" ? energyModeOf(parts) : undefined;
  return t.some((w, i) => {
    if (!TOTAL_WORDS.has(w)) return false;
    // A trailing energy `total` is a counter suffix, not a sum of devices.
    if (w === "total" && mode === "cumulative" && !t.slice(0, i).some((x) => x === "total")) {
      const unitless = t.filter((x) => parseUnit(x) === undefined);
      if (unitless[unitless.length - 1] === "total") return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Files the generic readers must leave to others (or to no one)

/** Whole-header substrings of grid-intensity files and other readers' formats. */
const FOREIGN_TEXT = [
  "gco2",
  "gco₂",
  "co2",
  "co₂",
  "g/kwh",
  "lbs/mwh",
  "lb/mwh",
  "moer",
  "intensity",
  "emission",
  "power.draw",
  "pci.bus_id",
  "utilization.gpu",
  "memory.used",
  "temperature.gpu",
  "clocks.",
  "rdtsc",
  "system time",
  "rapl",
  "powercap",
  "max_energy_range",
  "dcgm",
  ":::mllog",
];
/** Whole column names of CodeCarbon and nvidia-smi output. */
const FOREIGN_NAMES = new Set([
  "run_id",
  "experiment_id",
  "project_name",
  "energy_consumed",
  "codecarbon_version",
  "pstate",
  "zone_id",
  "zone_name",
]);

/** Weights & Biases system metrics (JSON Lines): `_wandb`, `_runtime`, `system.gpu.0.powerWatts`. */
const WANDB_KEY = /^(?:_wandb|_runtime)$|(?:^|\.)gpu\.(?:process\.)?\d+\.power(?:watts|percent)$/;
/** A RAPL dump in long form: a µJ counter column beside a domain column (the RAPL reader's). */
const RAPL_COUNTERS = new Set(["energy_uj", "energy_microjoules", "energy_uj_counter"]);
const RAPL_DOMAINS = new Set([
  "domain",
  "zone",
  "path",
  "file",
  "sysfs",
  "zone_path",
  "name",
  "domain_name",
  "zone_name",
]);

/** GPU keys of nvidia-smi wrapper scripts' CSV (`timestamp,gpu_index,...,power_W`): the nvidia-smi reader's. */
const NVIDIA_GPU_KEYS = new Set([
  "index",
  "gpu",
  "gpu_index",
  "gpu_idx",
  "gpu_id",
  "gpu_num",
  "uuid",
  "gpu_uuid",
  "pci_bus_id",
]);

/** Why a header belongs to another format (CodeCarbon, grid intensity, nvidia-smi, ...), or undefined. */
export function foreignHeader(names: readonly string[]): string | undefined {
  let raplCounter = false;
  let raplDomain = false;
  let gpuKey = false;
  for (const name of names) {
    const lower = name.trim().toLowerCase();
    for (const text of FOREIGN_TEXT) if (lower.includes(text)) return `"${name}" (${text})`;
    if (WANDB_KEY.test(lower)) return `"${name}" (Weights & Biases)`;
    const base = splitName(name).tokens.join("_");
    if (FOREIGN_NAMES.has(base)) return `"${name}"`;
    if (RAPL_COUNTERS.has(base)) raplCounter = true;
    if (RAPL_DOMAINS.has(base)) raplDomain = true;
    if (NVIDIA_GPU_KEYS.has(base)) gpuKey = true;
  }
  if (raplCounter && raplDomain) return "a RAPL energy_uj counter per domain";
  if (gpuKey && names.some((n) => splitName(n).tokens.includes("power"))) {
    return "a GPU index or UUID column beside a power column (nvidia-smi's wrapper CSV)";
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Layout

const POWER_FLAG = "--power-unit (W, kW or mW)";
const ENERGY_FLAG = "--energy-unit (J, kJ, Wh, kWh, mJ or uJ)";

/** A unit given by --power-unit / --energy-unit; throws when it is not one of that quantity. */
export function flagUnit(text: string | undefined, quantity: Quantity, file: string): Unit | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const unit = parseUnit(text);
  if (unit === undefined || unit === AMBIGUOUS || unit.quantity !== quantity) {
    throw new InputError(
      `--${quantity}-unit "${text}" is not a ${quantity} unit; expected ${quantity === "power" ? "W, kW or mW" : "J, kJ, Wh, kWh, mJ or uJ"}`,
      file,
    );
  }
  return unit;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 30).map((n) => JSON.stringify(n.length > 60 ? `${n.slice(0, 60)}…` : n));
  return `${shown.join(", ")}${names.length > 30 ? `, … (${names.length} in all)` : ""}`;
}

/** Finds a column the user named: exactly, then ignoring case and surrounding space. */
function findColumn(
  names: readonly string[],
  wanted: string,
  flag: string,
  file: string,
  line: number,
): number {
  const w = wanted.trim();
  let i = names.indexOf(w);
  if (i === -1) {
    const lower = w.toLowerCase();
    i = names.findIndex((n) => n.trim().toLowerCase() === lower);
  }
  if (i === -1) {
    throw new InputError(
      `column "${w}" given with ${flag} is not in the header (found: ${listNames(names)})`,
      file,
      line,
    );
  }
  return i;
}

export interface LayoutOptions {
  file: string;
  /** Physical line of the header (1-based), or of the first object for JSON Lines. */
  line: number;
  /** "header" for CSV, "keys" for JSON Lines: used in messages. */
  what: string;
  columns?: ColumnMapping | undefined;
}

/**
 * Decides the meaning of each column. Throws an InputError when there is no time column, no power
 * or energy column, a value column with no unit, or a column the user named is missing.
 */
export function buildLayout(names: readonly string[], options: LayoutOptions): Layout {
  const { file, line, what } = options;
  const mapping = options.columns ?? {};
  const parts = names.map(splitName);
  const notes: string[] = [];
  const warnings: string[] = [];

  // Time.
  let time: TimeColumn | undefined;
  if (mapping.time !== undefined && mapping.time.trim() !== "") {
    const index = findColumn(names, mapping.time, "--time-column", file, line);
    const p = parts[index] as NameParts;
    time = { index, raw: p.raw, utc: timeRank(p).utc, dateIndex: -1 };
  } else {
    let best = -1;
    let bestRank = Number.POSITIVE_INFINITY;
    for (let i = 0; i < parts.length; i++) {
      const { rank } = timeRank(parts[i] as NameParts);
      if (rank !== -1 && rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best === -1) {
      throw new InputError(
        `no time column in the ${what} (found: ${listNames(names)}); expected one named like timestamp, time, datetime, date or ts, or name it with --time-column`,
        file,
        line,
      );
    }
    const p = parts[best] as NameParts;
    time = { index: best, raw: p.raw, utc: timeRank(p).utc, dateIndex: -1 };
  }
  // A time-of-day column beside a date column: `date,time,...` (decided on the first row).
  if (TIME_NAMES[timeRank(parts[time.index] as NameParts).rank] !== "date") {
    const dateIndex = parts.findIndex(
      (p, i) => i !== time.index && timeRank(p).rank === TIME_NAMES.indexOf("date"),
    );
    time.dateIndex = dateIndex;
  }

  // Device column (long format).
  let device: DeviceColumn | undefined;
  if (mapping.device !== undefined && mapping.device.trim() !== "") {
    const index = findColumn(names, mapping.device, "--device-column", file, line);
    const p = parts[index] as NameParts;
    const known = DEVICE_NAMES.get(p.tokens.join("_"));
    device = {
      index,
      raw: p.raw,
      hostLike: known?.hostLike ?? p.tokens.some((t) => NODE_WORDS.has(t) || t === "hostname"),
      gpuIndex: known?.gpuIndex ?? p.tokens.includes("gpu"),
    };
  }

  // Value columns.
  const explicit = (mapping.power?.length ?? 0) > 0 || (mapping.energy?.length ?? 0) > 0;
  const powerFlag = flagUnit(mapping.powerUnit, "power", file);
  const energyFlag = flagUnit(mapping.energyUnit, "energy", file);
  const chosen: { index: number; quantity: Quantity }[] = [];
  if (explicit) {
    const seen = new Set<number>();
    for (const [list, quantity, flag] of [
      [mapping.power ?? [], "power", "--power-columns"],
      [mapping.energy ?? [], "energy", "--energy-columns"],
    ] as const) {
      for (const name of list) {
        if (name.trim() === "") continue;
        const index = findColumn(names, name, flag, file, line);
        if (seen.has(index)) {
          throw new InputError(
            `column "${names[index]}" is named twice in --power-columns / --energy-columns`,
            file,
            line,
          );
        }
        seen.add(index);
        chosen.push({ index, quantity });
      }
    }
  } else {
    for (let i = 0; i < parts.length; i++) {
      if (i === time.index || i === time.dateIndex || i === device?.index) continue;
      const v = valueName(parts[i] as NameParts);
      if (v !== undefined) chosen.push({ index: i, quantity: v.quantity });
    }
  }
  if (chosen.length === 0) {
    throw new InputError(
      `no power or energy column in the ${what} (found: ${listNames(names)}); expected names with a unit such as power_w, n1_watts, "power (kW)", energy_j or energy_kwh, or name them with --power-columns / --energy-columns`,
      file,
      line,
    );
  }

  const values: ValueColumn[] = [];
  for (const { index, quantity } of chosen) {
    const p = parts[index] as NameParts;
    const v = valueName(p);
    let unit: Unit | typeof AMBIGUOUS | undefined = v?.unit;
    if (unit !== undefined && unit !== AMBIGUOUS && unit.quantity !== quantity) {
      throw new InputError(
        `column "${p.raw}" given as ${quantity} names a ${unit.quantity} unit (${unit.label})`,
        file,
        line,
      );
    }
    const flagged = quantity === "power" ? powerFlag : energyFlag;
    let unitFromFlag = false;
    if (unit === undefined || unit === AMBIGUOUS) {
      if (flagged === undefined) {
        const flag = quantity === "power" ? POWER_FLAG : ENERGY_FLAG;
        const why =
          unit === AMBIGUOUS
            ? `is written in capitals, so its unit could be milli or mega (mW or MW, mWh or MWh, mJ or MJ)`
            : `names no unit`;
        const example =
          quantity === "power"
            ? `${p.tokens.join("_")}_w, "${p.raw} (W)"`
            : `${p.tokens.join("_")}_j, "${p.raw} (kWh)"`;
        throw new InputError(
          `${quantity} column "${p.raw}" ${why}; set ${flag}, or put the unit in the ${what} (e.g. ${example})`,
          file,
          line,
        );
      }
      unit = flagged;
      unitFromFlag = true;
    } else if (flagged !== undefined && flagged.label !== unit.label) {
      notes.push(
        `"${p.raw}" names its unit (${unit.label}); --${quantity}-unit ${flagged.label} not applied to it`,
      );
    }
    const dev = deviceFromTokens(v?.rest ?? p.tokens, quantity);
    const column: ValueColumn = {
      index,
      raw: p.raw,
      quantity,
      scale: unit.scale,
      unit: unit.label,
      unitFromFlag,
      id: dev.id,
      namedTotal: namedTotal(p, quantity),
    };
    if (dev.host !== undefined) column.host = dev.host;
    if (dev.kind !== undefined) column.kind = dev.kind;
    if (column.kind === undefined && column.namedTotal) column.kind = "node";
    const mode = quantity === "energy" ? energyModeOf(p) : undefined;
    if (mode !== undefined) column.mode = mode;
    values.push(column);
  }

  return {
    names,
    time,
    ...(device ? { device } : {}),
    values: explicit ? uniqueIds(values) : dedupe(values, notes),
    explicit,
    notes,
    warnings,
  };
}

/** Auto-detected long format: a device column beside value columns, when the user named none. */
export function autoDevice(names: readonly string[], layout: Layout): DeviceColumn | undefined {
  if (layout.device) return layout.device;
  const used = new Set([layout.time.index, layout.time.dateIndex, ...layout.values.map((v) => v.index)]);
  for (let i = 0; i < names.length; i++) {
    if (used.has(i)) continue;
    const p = splitName(names[i] as string);
    const known = DEVICE_NAMES.get(p.tokens.join("_"));
    if (known) return { index: i, raw: p.raw, ...known };
  }
  return undefined;
}

function deviceKey(v: ValueColumn): string {
  return `${v.host ?? ""}/${v.id}`;
}

/** User-named columns: every one is read; ids that clash take the column's whole name. */
function uniqueIds(values: ValueColumn[]): ValueColumn[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(deviceKey(v), (count.get(deviceKey(v)) ?? 0) + 1);
  const taken = new Set<string>();
  for (const v of values) {
    if ((count.get(deviceKey(v)) ?? 0) > 1) {
      let id = splitName(v.raw).tokens.join("_") || `column${v.index + 1}`;
      while (taken.has(`${v.host ?? ""}/${id}`)) id = `${id}_${v.index + 1}`;
      v.id = id;
    }
    taken.add(deviceKey(v));
  }
  return values;
}

/**
 * Recognised columns that measure the same device: an energy column wins over a power column (a
 * counter is the exact integral), else the first column wins. Each drop is noted.
 */
function dedupe(values: ValueColumn[], notes: string[]): ValueColumn[] {
  const byKey = new Map<string, ValueColumn>();
  for (const v of values) {
    const key = deviceKey(v);
    const prior = byKey.get(key);
    if (prior === undefined) {
      byKey.set(key, v);
      continue;
    }
    const keep = prior.quantity === "power" && v.quantity === "energy" ? v : prior;
    const drop = keep === prior ? v : prior;
    byKey.set(key, keep);
    notes.push(
      `"${drop.raw}" and "${keep.raw}" measure the same device (${keep.id}): using "${keep.raw}"${keep.quantity === "energy" && drop.quantity === "power" ? " (energy is exact where power is sampled)" : ""}, not adding "${drop.raw}"`,
    );
  }
  const kept = new Set(byKey.values());
  return values.filter((v) => kept.has(v));
}

/**
 * The sniff rule shared by both generic readers: a recognisable time column and at least one
 * power or energy column whose name carries its unit, and nothing of another format.
 */
export function sniffNames(names: readonly string[]): boolean {
  if (names.length < 2) return false;
  if (foreignHeader(names) !== undefined) return false;
  const parts = names.map(splitName);
  if (!parts.some((p) => timeRank(p).rank !== -1)) return false;
  return parts.some((p) => {
    const v = valueName(p);
    return v !== undefined && v.unit !== undefined && v.unit !== AMBIGUOUS && timeRank(p).rank === -1;
  });
}
