/**
 * Arbitrary inputs for the no-crash properties: random text, random bytes split into lines as a file
 * would be, soups of the tokens readers look for, and valid files (the fixtures and generated traces)
 * with random mutations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { splitLines, textLines } from "../../../src/traces/lines.js";
import { FORMAT_CASES, linesOf } from "./formats.js";

/** Lines kept from each fixture: enough for every shape, small enough for 10,000 runs. */
const MAX_CORPUS_LINES = 60;

const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** The fixture files of these folders (first lines of each), by folder. */
export function fixtureCorpus(folders: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const folder of folders) {
    const dir = `${fixtures}${folder}/`;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".md")) continue;
      const text = readFileSync(`${dir}${name}`, "utf8");
      out.push(textLines(text).slice(0, MAX_CORPUS_LINES));
    }
  }
  return out;
}

export const TRACE_FIXTURES = [
  "nvidia-smi",
  "h200",
  "dmon",
  "dcgm",
  "codecarbon",
  "rapl",
  "ipg",
  "wandb",
  "generic",
] as const;
export const RUN_LOG_FIXTURES = ["runlogs"] as const;
export const INTENSITY_FIXTURES = ["intensity", "providers"] as const;

/**
 * Values a reader must survive wherever they land: empty and blank fields, hex, overflow, signs,
 * absurd and negative figures, missing markers, epoch and local times, quotes and separators.
 */
export const EDGE_TOKENS = [
  "",
  " ",
  "0x1F",
  "1e400",
  "-1e400",
  "1e308",
  "-5",
  "-0",
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "99999999999999999999999",
  "5001",
  "1e-320",
  "+7",
  ".5",
  "5.",
  "1,5",
  "１２３",
  "[N/A]",
  "[Not Supported]",
  "N/A",
  "-",
  "null",
  "\u0000",
  "\uFEFF",
  '"',
  '""',
  ",",
  ";",
  "\t",
  "{",
  "}",
  "[",
  "#",
  "=",
  ":",
  "0",
  "1717243200",
  "1717243200123",
  "1717243200123456789",
  "1717243200.123456789",
  "2025/03/04 10:00:00.000",
  "2025-03-30T01:30:00",
  "2025-10-26 01:30:00",
  "2025-03-04T10:00:00Z",
  "2025-03-04T10:00:00+25:00",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "2025-02-30T00:00:00Z",
  "24:00:00",
  "20250304",
  "10:00:00",
  "301.20 W",
  "301 mW",
  "1 kW",
  "GPU 0",
  "intel-rapl:0",
  "intel-rapl:0:0",
  "/sys/class/powercap/intel-rapl:0/energy_uj",
  "/sys/class/powercap/intel-rapl:0/max_energy_range_uj",
  "max_energy_range_uj",
  "package-0",
  "psys",
  "dram",
  "DCGM_FI_DEV_POWER_USAGE",
  'DCGM_FI_DEV_POWER_USAGE{gpu="0"}',
  'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",Hostname="n1"}',
  "#Entity POWER TOTEC",
  "#Date Time gpu pwr",
  "#YYYYMMDD HH:MM:SS Idx W",
  "timestamp, index, power.draw [W]",
  "timestamp,project_name,run_id,duration,energy_consumed",
  '"System Time","RDTSC","Elapsed Time (sec)","Processor Power_0(Watt)"',
  "Total Elapsed Time (sec) = 1.23",
  '{"_timestamp": 1717243200, "system.gpu.0.powerWatts": 300}',
  '{"time": "2025-03-04T10:00:00Z", "power_w": 5}',
  "time,gpu,power_w",
  "timestamp,n1_watts,n2_watts,total_watts",
  "node1_energy_j",
  ":::MLLOG",
  '{"log_history": [',
  "epoch,step,train_loss",
  "Datetime (UTC),Zone id,Carbon intensity gCO₂eq/kWh (Life cycle)",
  "time,gco2_per_kwh",
  '{"data": [',
];

const TOKEN = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);
const SEPARATOR = fc.constantFrom(",", ", ", " ", "   ", "\t", ";", '","', "");

/** Lines of random tokens joined by random separators. */
const tokenSoup: fc.Arbitrary<string[]> = fc.array(
  fc.tuple(fc.array(TOKEN, { maxLength: 12 }), SEPARATOR).map(([tokens, sep]) => tokens.join(sep)),
  { maxLength: 15 },
);

/** Random text: any code points (lone surrogates included), or whole graphemes. */
const randomText: fc.Arbitrary<string[]> = fc
  .oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }))
  .map((text) => text.split("\n"));

/** Random bytes, one "line" holding them all: they are written as they are. */
const randomBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 400 });

export type Mutation =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number; to: number }
  | { op: "swap"; at: number; to: number }
  | { op: "field"; at: number; field: number; value: string }
  | { op: "insert"; at: number; line: string }
  | { op: "truncate"; at: number; cut: number }
  | { op: "char"; at: number; pos: number; char: string }
  | { op: "join"; at: number };

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant("field" as const), at: fc.nat(), field: fc.nat(), value: TOKEN }),
  fc.record({ op: fc.constant("field" as const), at: fc.nat(), field: fc.nat(), value: TOKEN }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    line: fc.oneof(fc.constantFrom(...EDGE_TOKENS), fc.string({ maxLength: 40 })),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({
    op: fc.constant("char" as const),
    at: fc.nat(),
    pos: fc.nat(),
    char: fc.constantFrom(",", " ", '"', "#", "{", "}", "=", ":", ".", "-", "\u0000", "9", "x", "é"),
  }),
  fc.record({ op: fc.constant("join" as const), at: fc.nat() }),
);

/** Splits a line into fields at commas or runs of blanks, whichever it has. */
function fields(line: string): { parts: string[]; sep: string } {
  if (line.includes(",")) return { parts: line.split(","), sep: "," };
  return { parts: line.split(/(?<=\S)\s+/), sep: " " };
}

export function mutate(lines: readonly string[], mutations: readonly Mutation[]): string[] {
  const out = [...lines];
  for (const m of mutations) {
    const n = out.length;
    if (n === 0) {
      if (m.op === "insert") out.push(m.line);
      continue;
    }
    const i = m.at % n;
    const line = out[i] as string;
    switch (m.op) {
      case "delete":
        out.splice(i, 1);
        break;
      case "duplicate":
        out.splice(m.to % (n + 1), 0, line);
        break;
      case "swap": {
        const j = m.to % n;
        out[i] = out[j] as string;
        out[j] = line;
        break;
      }
      case "field": {
        const { parts, sep } = fields(line);
        parts[m.field % parts.length] = m.value;
        out[i] = parts.join(sep);
        break;
      }
      case "insert":
        out.splice(i, 0, m.line);
        break;
      case "truncate":
        out[i] = line.slice(0, m.cut % (line.length + 1));
        break;
      case "char": {
        const p = m.pos % (line.length + 1);
        out[i] = line.slice(0, p) + m.char + line.slice(p);
        break;
      }
      case "join":
        if (i + 1 < n) out.splice(i, 2, line + (out[i + 1] as string));
        break;
    }
  }
  return out;
}

/** A corpus file (or a generated valid trace) with 1..8 random mutations. */
export function mutatedFrom(corpus: readonly string[][], generated = true): fc.Arbitrary<string[]> {
  const sources: fc.Arbitrary<string[]>[] = [fc.constantFrom(...corpus)];
  if (generated) sources.push(fc.oneof(...FORMAT_CASES.map((f) => f.file)).map(linesOf));
  return fc
    .tuple(fc.oneof(...sources), fc.array(MUTATION, { minLength: 1, maxLength: 8 }))
    .map(([lines, mutations]) => mutate(lines, mutations));
}

export { randomBytes, randomText, tokenSoup };

/**
 * Any of the inputs above as the bytes of a file: lines joined by "\n" (or "\r\n"), random bytes
 * as they are. A reader then sees them exactly as it would see a file (see {@link fileLinesOf}).
 */
export function anyFile(corpus: readonly string[][], generated = true): fc.Arbitrary<Buffer> {
  const asText = (lines: fc.Arbitrary<string[]>) =>
    fc
      .tuple(lines, fc.constantFrom("\n", "\r\n"), fc.boolean())
      .map(([ls, eol, last]) => Buffer.from(ls.join(eol) + (last ? eol : ""), "utf8"));
  return fc.oneof(
    { weight: 1, arbitrary: randomBytes.map((b) => Buffer.from(b)) },
    { weight: 1, arbitrary: asText(randomText) },
    { weight: 2, arbitrary: asText(tokenSoup) },
    { weight: 6, arbitrary: asText(mutatedFrom(corpus, generated)) },
  );
}

async function* chunksOf(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  if (bytes.length === 0) return;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A file's bytes in chunks of `size`, as a stream would hand them. */
export const chunked = chunksOf;

/** The lines of a file's bytes, split exactly as fileLines splits a file on disk. */
export async function fileLinesOf(bytes: Buffer): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines(chunksOf(bytes, 1 << 16))) lines.push(line);
  return lines;
}
