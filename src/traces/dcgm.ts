/**
 * NVIDIA DCGM power traces, in the two shapes they are found in:
 *
 * - `dcgmi dmon -e 155,156 [-d ms]` output: a `#Entity POWER TOTEC` header, an `ID` units line, rows
 *   `GPU 0   301.230   123456789` (field 155 DCGM_FI_DEV_POWER_USAGE in W, field 156
 *   DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION in mJ), `N/A` for missing values. dcgmi dmon prints no
 *   time at all, so it is read only when a wrapper prefixed a time to each line
 *   (`2024-06-01T10:00:00Z GPU 0 301.2 …`); without one the file is refused, never given
 *   invented times.
 * - dcgm-exporter's Prometheus text, scraped repeatedly and appended: `# HELP`/`# TYPE` lines and
 *   samples `DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-…",modelName="…",Hostname="node-1"} 301.2
 *   [ms]`. A sample's time is its own timestamp (milliseconds), else a time prefixed to the line,
 *   else the last `# scrape time …` style comment holding a date and time.
 *
 * Where a GPU has both, the energy counter wins (exact energy between readings, whatever the power
 * did in between) and its power samples are not used: never both.
 */
import { InputError } from "../errors.js";
import { found, parseDecimal, quote } from "../text/csv.js";
import { type ParsedTime, parseTimestamp } from "../time/timestamp.js";
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

const POWER_METRIC = "DCGM_FI_DEV_POWER_USAGE";
const ENERGY_METRIC = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
/** dcgmi dmon's short column names for fields 155 and 156. */
const DMON_POWER = "POWER";
const DMON_ENERGY = "TOTEC";
const MAX_WATTS = PLAUSIBLE_WATTS.gpu;
/** More GPUs than any trace holds: beyond this a file is not what it claims to be. */
const MAX_GPUS = 65_536;

// ---------------------------------------------------------------------------------------------
// Shared pieces

function isMissing(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    lower === "n/a" ||
    lower === "na" ||
    lower === "nan" ||
    lower === "-" ||
    lower === "" ||
    lower === "[n/a]" ||
    lower === "blank"
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A time a wrapper put at the start of the line (`2024-06-01T10:00:00Z `, `2024-06-01 10:00:00 `,
 * `1717243200.123 `): the parsed time and where the rest of the line starts, or undefined.
 */
function timePrefix(line: string): { time: ParsedTime; rest: number } | undefined {
  const span = prefixSpan(line);
  const time = span && parseTimestamp(span.text);
  return span && time ? { time, rest: span.rest } : undefined;
}

/**
 * The text a time prefix would be (the first token, or the first two when the first is a bare
 * `YYYY-MM-DD`) and where the rest of the line starts; undefined when the line starts with no digit.
 */
function prefixSpan(line: string): { text: string; rest: number } | undefined {
  if (!isDigit(line.charCodeAt(0))) return undefined;
  let end = 0;
  while (end < line.length && line.charCodeAt(end) > 32) end++;
  if (end === 10 && line.charCodeAt(4) === 45 && line.charCodeAt(7) === 45) {
    let next = end;
    while (next < line.length && line.charCodeAt(next) <= 32) next++;
    let stop = next;
    while (stop < line.length && line.charCodeAt(stop) > 32) stop++;
    if (stop > next && isDigit(line.charCodeAt(next))) {
      const text = `${line.slice(0, 10)} ${line.slice(next, stop)}`;
      while (stop < line.length && line.charCodeAt(stop) <= 32) stop++;
      return { text, rest: stop };
    }
  }
  const text = line.slice(0, end);
  while (end < line.length && line.charCodeAt(end) <= 32) end++;
  return { text, rest: end };
}

/** One GPU: its power samples and its energy counter, kept until the end decides which is used. */
class Gpu {
  readonly power: DeviceSamples;
  readonly buffer = new IntervalBuffer();
  readonly counter: EnergyCounter;
  lastPowerTime = Number.NaN;
  lastEnergyTime = Number.NaN;
  lastEnergyValue = Number.NaN;

  constructor(
    readonly info: DeviceInfo,
    stats: ReadStats,
    counterName: string,
  ) {
    this.power = new DeviceSamples(info);
    const label = `${info.host === undefined ? "" : `${info.host}/`}${info.id}`;
    this.counter = new EnergyCounter(this.buffer, stats, {
      label: `${label} ${counterName}`,
      unit: "mJ",
      joulesPerUnit: 1e-3,
      maxWatts: MAX_WATTS,
    });
  }

  get label(): string {
    return `${this.info.host === undefined ? "" : `${this.info.host}/`}${this.info.id}`;
  }
}

/** Pushes each GPU's energy (counter intervals when there are any, else power samples) into the sink. */
function settle(
  gpus: Iterable<Gpu>,
  sink: SampleTarget,
  stats: ReadStats,
  powerName: string,
  energyName: string,
): number {
  const byCounter: string[] = [];
  const overPower: string[] = [];
  const byPower: string[] = [];
  for (const gpu of gpus) {
    if (gpu.counter.intervals > 0) {
      gpu.counter.finish();
      byCounter.push(gpu.label);
      if (gpu.power.length > 0) overPower.push(gpu.label);
      gpu.buffer.flushTo(sink.device(gpu.info));
    } else if (gpu.power.length > 0) {
      if (gpu.counter.readings > 0) gpu.counter.finish();
      byPower.push(gpu.label);
      const device = sink.device(gpu.info);
      const { times, watts } = gpu.power;
      for (let i = 0; i < gpu.power.length; i++) device.push(times[i] as number, watts[i] as number);
    } else if (gpu.counter.readings > 0) gpu.counter.finish();
  }
  if (byCounter.length > 0)
    stats.notes.push(
      `energy from the ${energyName} counter (exact energy between readings) for ${byCounter.join(", ")}` +
        (overPower.length > 0
          ? `; their ${powerName} samples are not used (preferred the counter, never both)`
          : ""),
    );
  if (byPower.length > 0) stats.notes.push(`power from ${powerName} for ${byPower.join(", ")}`);
  return byCounter.length + byPower.length;
}

// ---------------------------------------------------------------------------------------------
// Prometheus label sets

/**
 * `gpu="0",UUID="GPU-…",modelName="NVIDIA H100 80GB HBM3"` (the text between the braces) → a map;
 * values may hold escaped quotes, backslashes, newlines, commas and braces. Undefined when malformed.
 */
export function parseLabels(text: string): Map<string, string> | undefined {
  const labels = new Map<string, string>();
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 44)) i++; // spaces, commas
    if (i >= n) return labels;
    const eq = text.indexOf("=", i);
    if (eq === -1) return undefined;
    const name = text.slice(i, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
    i = eq + 1;
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (text.charCodeAt(i) !== 34 /* " */) return undefined;
    i++;
    let value = "";
    let start = i;
    for (;;) {
      if (i >= n) return undefined;
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92 /* \ */) {
        value += text.slice(start, i);
        const e = text[i + 1];
        value += e === "n" ? "\n" : e === undefined ? "" : e;
        i += 2;
        start = i;
      } else i++;
    }
    value += text.slice(start, i);
    labels.set(name, value);
    i++;
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i < n && text.charCodeAt(i) !== 44) return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Sniffing

const PROM_LINE = /^(?:#\s*(?:HELP|TYPE)\s+)?DCGM_FI_[A-Z0-9_]+(?:\{|\s)/;
const DMON_HEADER = /^#\s*Entity\s+\S/;
const DMON_ROW = /^(?:GPU|GPU-I|GPU-CI|Switch|CPU|Core|Link|CX|Nvlink)\s+\d+\s+(?:N\/A|-?\d)/;
const DMON_UNITS = /^ID(?:\s|$)/;

function sniffLine(line: string): boolean | undefined {
  let text = line.trim();
  if (text === "") return undefined;
  const prefix = timePrefix(text);
  if (prefix) text = text.slice(prefix.rest);
  if (PROM_LINE.test(text) || DMON_HEADER.test(text)) return true;
  if (DMON_UNITS.test(text)) return undefined;
  if (DMON_ROW.test(text)) return true;
  if (text.startsWith("#")) return undefined;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The reader

export const dcgm: TraceReader = {
  format: "dcgm",

  sniff(head: readonly string[]): boolean {
    for (const line of head) {
      const verdict = sniffLine(line);
      if (verdict !== undefined) return verdict;
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

class Parser {
  readonly stats = newStats();
  private mode: "dmon" | "prometheus" | undefined;
  private readonly gpus = new Map<string, Gpu>();
  private localTimes = false;
  private lastPrefixText = "";
  private lastPrefixMs: number | undefined;
  // dmon
  private columns: string[] | undefined;
  private powerCol = -1;
  private energyCol = -1;
  private otherEntities = 0;
  private sawPrefix = false;
  private repeatedHeaders = 0;
  // prometheus
  private readonly labelCache = new Map<string, Gpu | undefined>();
  private scrapeTime: number | undefined;
  private timedSamples = 0;
  private untimed = 0;
  private duplicates = 0;
  private otherMetrics = new Set<string>();
  private usedMetric = false;
  private sampleTimestamps = false;

  constructor(private readonly options: ReadOptions) {}

  line(raw: string, lineNo: number): void {
    const line = raw.trim();
    if (line.length === 0) return;
    let prefixMs: number | undefined;
    let body = line;
    const span = prefixSpan(line);
    if (span) {
      prefixMs = this.prefixTime(span.text);
      if (prefixMs !== undefined) {
        body = line.slice(span.rest);
        if (body.length === 0) return;
      }
    }
    if (this.mode === "prometheus") this.promLine(body, prefixMs, lineNo);
    else if (this.mode === "dmon") this.dmonLine(body, prefixMs, lineNo);
    else this.start(body, prefixMs, lineNo);
  }

  /** A prefix's UTC instant (undefined when the text is no time), parsed once per distinct text. */
  private prefixTime(text: string): number | undefined {
    if (text === this.lastPrefixText) return this.lastPrefixMs;
    const parsed = parseTimestamp(text);
    if (parsed?.kind === "local") this.localTimes = true;
    const ms = parsed && this.options.clock.toUtc(parsed);
    this.lastPrefixText = text;
    this.lastPrefixMs = ms;
    return ms;
  }

  private start(body: string, prefixMs: number | undefined, lineNo: number): void {
    if (PROM_LINE.test(body)) {
      this.mode = "prometheus";
      this.promLine(body, prefixMs, lineNo);
    } else if (DMON_HEADER.test(body) || DMON_ROW.test(body) || DMON_UNITS.test(body)) {
      this.mode = "dmon";
      this.dmonLine(body, prefixMs, lineNo);
    } else if (body.startsWith("#")) {
      // A comment before anything else: perhaps the scrape time of the first scrape.
      this.promComment(body);
    } else {
      throw new InputError(
        `not DCGM output: expected dcgmi dmon lines ("#Entity POWER TOTEC", "GPU 0  301.2  123456789") ` +
          `or dcgm-exporter metrics ("${POWER_METRIC}{gpu=\\"0\\",…} 301.2"); got ${quote(body)}`,
        this.options.file,
        lineNo,
      );
    }
  }

  private gpu(key: string, info: DeviceInfo, counterName: string): Gpu | undefined {
    let gpu = this.gpus.get(key);
    if (!gpu) {
      if (this.gpus.size >= MAX_GPUS) return undefined;
      gpu = new Gpu(info, this.stats, counterName);
      this.gpus.set(key, gpu);
    } else {
      if (info.name && !gpu.info.name) gpu.info.name = info.name;
      if (info.uuid && !gpu.info.uuid) gpu.info.uuid = info.uuid;
    }
    return gpu;
  }

  // -- dcgmi dmon ---------------------------------------------------------------------------------

  private dmonLine(body: string, prefixMs: number | undefined, lineNo: number): void {
    const c = body.charCodeAt(0);
    if (c === 35 /* # */) {
      if (DMON_HEADER.test(body)) this.dmonHeader(body, lineNo);
      return;
    }
    if (c === 73 /* I */ && DMON_UNITS.test(body)) return;
    if (prefixMs !== undefined) this.sawPrefix = true;
    else if (!this.sawPrefix && DMON_ROW.test(body)) {
      throw new InputError(
        "dcgmi dmon prints no time on its lines, so when these readings were taken is unknown " +
          "(gridprint does not invent times); prefix each line with an ISO time as it is written, e.g. " +
          `dcgmi dmon -e 155,156 -d 1000 | while read -r l; do echo "$(date -Is) $l"; done, ` +
          `or pipe it through moreutils ts '%Y-%m-%dT%H:%M:%.S%z'`,
        this.options.file,
        lineNo,
      );
    }
    const columns = this.columns;
    if (columns === undefined) {
      throw new InputError(
        `dcgmi dmon rows without their "#Entity …" header line: which column is POWER (field 155) and which TOTEC (field 156) is unknown`,
        this.options.file,
        lineNo,
      );
    }
    const tokens = body.split(/\s+/);
    if (tokens.length !== columns.length + 2 || !/^\d{1,6}$/.test(tokens[1] as string)) {
      skip(
        this.stats,
        lineNo,
        `expected an entity ("GPU 0") and ${columns.length} value(s) (${columns.join(" ")}), got ${quote(body)}`,
      );
      return;
    }
    if (tokens[0] !== "GPU") {
      // MIG instances (GPU-I, GPU-CI) report their parent GPU's power: counting them would double it.
      this.otherEntities++;
      return;
    }
    if (prefixMs === undefined) {
      skip(this.stats, lineNo, "expected a time prefixed to the line, as on the other lines");
      return;
    }
    const index = tokens[1] as string;
    const gpu = this.gpu(`GPU ${index}`, { id: `gpu${Number(index)}`, kind: "gpu" }, "TOTEC (field 156)");
    if (gpu === undefined) {
      skip(this.stats, lineNo, `more than ${MAX_GPUS} GPUs: expected a GPU index, got ${quote(index)}`);
      return;
    }
    const powerText = this.powerCol === -1 ? undefined : (tokens[this.powerCol + 2] as string);
    const energyText = this.energyCol === -1 ? undefined : (tokens[this.energyCol + 2] as string);
    // Validate the whole row before using any of it.
    const watts = powerText === undefined || isMissing(powerText) ? undefined : parseDecimal(powerText);
    if (
      powerText !== undefined &&
      !isMissing(powerText) &&
      (watts === undefined || watts < 0 || watts > MAX_WATTS)
    ) {
      skip(
        this.stats,
        lineNo,
        `POWER: expected watts${watts === undefined ? "" : ` between 0 and ${MAX_WATTS}`}, got ${quote(powerText)}`,
      );
      return;
    }
    const energy = energyText === undefined || isMissing(energyText) ? undefined : parseDecimal(energyText);
    if (energyText !== undefined && !isMissing(energyText) && (energy === undefined || energy < 0)) {
      skip(
        this.stats,
        lineNo,
        `TOTEC: expected a non-negative energy counter (mJ), got ${quote(energyText)}`,
      );
      return;
    }
    let used = true;
    // Rows sharing a time (a wrapper's clock in whole seconds) are merged downstream, as for any trace.
    if (watts !== undefined) gpu.power.push(prefixMs, watts);
    else if (powerText !== undefined) this.stats.missingValues++;
    if (energy !== undefined) used = gpu.counter.reading(prefixMs, energy, lineNo);
    else if (energyText !== undefined) gpu.counter.missing();
    if (used) this.stats.rowsRead++;
  }

  private dmonHeader(body: string, lineNo: number): void {
    const names = body
      .replace(/^#\s*Entity\s+/, "")
      .trim()
      .split(/\s+/);
    const known = this.columns;
    if (known && names.length === known.length && names.every((n, i) => n === known[i])) {
      this.repeatedHeaders++;
      return;
    }
    const power = names.indexOf(DMON_POWER);
    const energy = names.indexOf(DMON_ENERGY);
    if (power === -1 && energy === -1) {
      throw new InputError(
        `the dcgmi dmon header names neither POWER (field 155, W) nor TOTEC (field 156, mJ) (found: ${found(names)}); record with dcgmi dmon -e 155,156`,
        this.options.file,
        lineNo,
      );
    }
    if (known)
      this.stats.notes.push(
        `line ${lineNo}: a new dcgmi dmon header (${names.join(" ")}); the rows after it are read by it`,
      );
    this.columns = names;
    this.powerCol = power;
    this.energyCol = energy;
  }

  // -- dcgm-exporter (Prometheus text) ------------------------------------------------------------

  private promComment(body: string): void {
    // # HELP, # TYPE, # UNIT, # EOF: metadata, not times.
    const text = body.replace(/^#+\s*/, "");
    if (/^(?:HELP|TYPE|UNIT|EOF)\b/.test(text)) return;
    const tokens = text.split(/[\s=]+/).filter((t) => t !== "");
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = (tokens[i] as string).replace(/^[:(]+|[:),;]+$/g, "");
      // A time of day or an epoch number; a bare date ("# run of 2024-06-01") is no scrape time.
      if (token.indexOf(":") === -1 && !/^\d{9,}(?:\.\d+)?$/.test(token)) continue;
      const pair = i > 0 ? `${tokens[i - 1]} ${token}` : undefined;
      const parsed = (pair !== undefined ? parseTimestamp(pair) : undefined) ?? parseTimestamp(token);
      if (parsed) {
        if (parsed.kind === "local") this.localTimes = true;
        this.scrapeTime = this.options.clock.toUtc(parsed);
        return;
      }
    }
  }

  private promLine(body: string, prefixMs: number | undefined, lineNo: number): void {
    if (body.charCodeAt(0) === 35 /* # */) {
      this.promComment(body);
      return;
    }
    let metric: "power" | "energy";
    let nameEnd: number;
    if (body.startsWith(POWER_METRIC)) {
      metric = "power";
      nameEnd = POWER_METRIC.length;
    } else if (body.startsWith(ENERGY_METRIC)) {
      metric = "energy";
      nameEnd = ENERGY_METRIC.length;
    } else {
      this.otherMetric(body);
      return;
    }
    const next = body.charCodeAt(nameEnd);
    if (next !== 123 /* { */ && next !== 32 && next !== 9) {
      this.otherMetric(body); // DCGM_FI_DEV_POWER_USAGE_INSTANT and the like
      return;
    }
    this.usedMetric = true;
    let labelText = "";
    let restStart = nameEnd;
    if (next === 123) {
      const close = body.lastIndexOf("}");
      if (close < nameEnd) {
        skip(this.stats, lineNo, `expected a label set closed by "}", got ${quote(body)}`);
        return;
      }
      labelText = body.slice(nameEnd + 1, close);
      restStart = close + 1;
    }
    let gpu = this.labelCache.get(labelText);
    if (gpu === undefined && !this.labelCache.has(labelText)) {
      gpu = this.promGpu(labelText);
      // Label sets change with pods and jobs; keep the cache bounded.
      if (this.labelCache.size >= 4096) this.labelCache.clear();
      this.labelCache.set(labelText, gpu);
    }
    if (gpu === undefined) {
      skip(
        this.stats,
        lineNo,
        `expected labels naming the GPU (gpu="0", UUID="GPU-…"), got ${quote(labelText === "" ? body : `{${labelText}}`)}`,
      );
      return;
    }
    const rest = body.slice(restStart).trim();
    const space = rest.search(/\s/);
    const valueText = space === -1 ? rest : rest.slice(0, space);
    const stampText = space === -1 ? "" : rest.slice(space).trim();
    const name = metric === "power" ? POWER_METRIC : ENERGY_METRIC;

    let timeMs: number | undefined;
    if (stampText !== "") {
      // Epoch milliseconds: 12 to 14 digits (1973 to 5138).
      const stamp = /^\d{12,14}$/.test(stampText) ? Number(stampText) : Number.NaN;
      if (!(stamp > 0)) {
        skip(
          this.stats,
          lineNo,
          `${name}: expected a timestamp in epoch milliseconds after the value, got ${quote(stampText)}`,
        );
        return;
      }
      timeMs = stamp;
      this.sampleTimestamps = true;
    } else timeMs = prefixMs ?? this.scrapeTime;

    const value = isMissing(valueText) ? undefined : parseDecimal(valueText);
    if (value === undefined && !isMissing(valueText)) {
      skip(this.stats, lineNo, `${name}: expected a number, got ${quote(valueText)}`);
      return;
    }
    if (timeMs === undefined) {
      this.untimed++;
      skip(
        this.stats,
        lineNo,
        `${name}: no time: the sample has no timestamp and no scrape time ("# scrape time <ISO time>") came before it`,
      );
      return;
    }
    this.timedSamples++;
    if (metric === "power") {
      if (value === undefined) {
        this.stats.missingValues++;
        this.stats.rowsRead++;
        return;
      }
      if (value < 0 || value > MAX_WATTS) {
        skip(
          this.stats,
          lineNo,
          `${name}: expected watts between 0 and ${MAX_WATTS}, got ${quote(valueText)}`,
        );
        return;
      }
      if (timeMs === gpu.lastPowerTime) {
        this.duplicates++; // the same GPU under another label set (MIG instances, pod labels)
        return;
      }
      gpu.power.push(timeMs, value);
      gpu.lastPowerTime = timeMs;
      this.stats.rowsRead++;
      return;
    }
    if (value === undefined) {
      gpu.counter.missing();
      this.stats.rowsRead++;
      return;
    }
    if (value < 0) {
      skip(this.stats, lineNo, `${name}: expected a non-negative counter (mJ), got ${quote(valueText)}`);
      return;
    }
    if (timeMs === gpu.lastEnergyTime && value === gpu.lastEnergyValue) {
      this.duplicates++;
      return;
    }
    gpu.lastEnergyTime = timeMs;
    gpu.lastEnergyValue = value;
    if (gpu.counter.reading(timeMs, value, lineNo)) this.stats.rowsRead++;
  }

  private otherMetric(body: string): void {
    if (this.otherMetrics.size >= 50) return;
    let end = 0;
    while (end < body.length) {
      const c = body.charCodeAt(end);
      if (c === 123 || c <= 32) break;
      end++;
    }
    this.otherMetrics.add(body.slice(0, end));
  }

  /** The GPU a label set names: keyed by host and gpu index (else UUID, else device). */
  private promGpu(labelText: string): Gpu | undefined {
    const labels = parseLabels(labelText);
    if (!labels) return undefined;
    const index = labels.get("gpu");
    const uuid = labels.get("UUID") ?? labels.get("uuid");
    const device = labels.get("device");
    const host = labels.get("Hostname") ?? labels.get("hostname");
    let id: string | undefined;
    if (index !== undefined && /^\d+$/.test(index)) id = `gpu${Number(index)}`;
    else if (device !== undefined && /^nvidia\d+$/.test(device)) id = `gpu${Number(device.slice(6))}`;
    else if (uuid) id = uuid;
    if (id === undefined) return undefined;
    const name = labels.get("modelName");
    const info: DeviceInfo = {
      id,
      kind: "gpu",
      ...(host ? { host } : {}),
      ...(name ? { name } : {}),
      ...(uuid ? { uuid } : {}),
    };
    return this.gpu(`${host ?? ""}/${id}`, info, ENERGY_METRIC);
  }

  // -- the end ------------------------------------------------------------------------------------

  finish(sink: SampleTarget): ReadStats {
    const { stats, options } = this;
    if (this.mode === undefined) {
      throw new InputError(
        'the file is empty: expected dcgmi dmon output ("#Entity POWER TOTEC" and "GPU 0 …" rows) or dcgm-exporter metrics',
        options.file,
        1,
      );
    }
    let used = 0;
    if (this.mode === "prometheus") {
      if (!this.usedMetric) {
        const seen = [...this.otherMetrics].slice(0, 8).join(", ");
        throw new InputError(
          `no ${POWER_METRIC} or ${ENERGY_METRIC} samples in the dcgm-exporter metrics${seen ? ` (found: ${seen})` : ""}; enable those fields in dcgm-exporter's counters CSV`,
          options.file,
        );
      }
      if (this.timedSamples === 0) {
        throw new InputError(
          "the dcgm-exporter metrics carry no time: no sample has a timestamp, no line a time prefix, and no " +
            `"# scrape time <ISO time>" comment precedes a scrape; when each scrape was taken is unknown`,
          options.file,
        );
      }
      used = settle(this.gpus.values(), sink, stats, POWER_METRIC, ENERGY_METRIC);
      if (this.sampleTimestamps)
        stats.notes.push("sample times from the timestamps after the values (epoch ms)");
      else stats.notes.push("sample times from the scrape times written with each scrape");
      if (this.untimed > 0)
        stats.warnings.push(
          `${this.untimed} sample(s) before the first scrape time could not be placed in time and were skipped`,
        );
      if (this.duplicates > 0)
        stats.notes.push(
          `${this.duplicates} repeated sample(s) of a GPU at the same time (other label sets, e.g. MIG instances) ignored`,
        );
    } else {
      if (this.columns === undefined) {
        throw new InputError('no dcgmi dmon header ("#Entity POWER TOTEC") and no rows', options.file);
      }
      used = settle(this.gpus.values(), sink, stats, "POWER (field 155)", "TOTEC (field 156)");
      stats.notes.push("sample times from the time prefixed to each dcgmi dmon line");
      if (this.otherEntities > 0)
        stats.notes.push(
          `${this.otherEntities} row(s) of entities other than whole GPUs (MIG instances, switches) ignored: they would count a GPU's power twice`,
        );
      if (this.repeatedHeaders > 0)
        stats.notes.push(`dcgmi dmon header repeated ${this.repeatedHeaders} time(s); repeats ignored`);
    }
    if (this.localTimes)
      stats.notes.push(`times without a zone read as wall-clock time in ${options.clock.zone}`);
    if (this.gpus.size > 0 && used === 0 && stats.missingValues > 0)
      stats.warnings.push(`every power and energy reading is missing (${stats.missingValues} N/A values)`);
    return stats;
  }
}
