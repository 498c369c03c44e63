/**
 * Reading a grid carbon intensity file of any known format, plain or gzip-compressed: the format
 * is told by the content of the first lines, never by the file name.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { InputError, UsageError } from "../../errors.js";
import { fileLines, splitLines } from "../../traces/lines.js";
import { clip, isNotRow } from "./common.js";
import { electricityMapsCsv } from "./electricity-maps-csv.js";
import { genericIntensityCsv } from "./generic-csv.js";
import { providerJson, readSavedResponses } from "./provider-json.js";
import type { IntensityFileReader, IntensityReadOptions, IntensityReadResult } from "./types.js";

export type IntensityFileFormat = "provider-json" | "electricity-maps-csv" | "intensity-csv";

/** In the order they are tried: the most specific first. */
export const INTENSITY_FILE_READERS: readonly IntensityFileReader[] = [
  providerJson,
  electricityMapsCsv,
  genericIntensityCsv,
];

export type ReadIntensityFileOptions = Omit<IntensityReadOptions, "file"> & {
  /** File name for messages; the path when absent. */
  file?: string;
  format?: "auto" | IntensityFileFormat;
};

/** Lines that are not blank or comments looked at to tell the format, and all lines at most. */
const HEAD_ROWS = 3;
const MAX_HEAD_LINES = 200;

const EXPECTED_FORMATS =
  'expected an Electricity Maps CSV export (header "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),..."), a CSV with a time column and a carbon intensity column (e.g. "time,gco2_per_kwh"), or an intensity API\'s answer saved as JSON';

export async function readIntensityFile(
  path: string,
  options: ReadIntensityFileOptions,
): Promise<IntensityReadResult & { format: string; synthetic: boolean }> {
  const file = options.file ?? path;
  const { format = "auto", file: _file, ...rest } = options;
  const readOptions: IntensityReadOptions = { ...rest, file };

  if (format !== "auto" && !INTENSITY_FILE_READERS.some((r) => r.format === format)) {
    throw new UsageError(
      `unknown intensity file format "${format}" (expected auto, ${INTENSITY_FILE_READERS.map((r) => r.format).join(", ")})`,
    );
  }
  const gzip = await isGzip(path, file);
  const source = gzip ? gunzipLines(path, file) : fileLines(path);
  const iterator = source[Symbol.asyncIterator]();
  try {
    const head: string[] = [];
    let contentLines = 0;
    while (contentLines < HEAD_ROWS && head.length < MAX_HEAD_LINES) {
      const r = await next(iterator, file);
      if (r.done) break;
      head.push(r.value);
      if (!isNotRow(r.value)) contentLines++;
    }
    if (contentLines === 0) {
      throw new InputError(
        head.every((l) => l.trim() === "") ? "the file is empty" : "the file holds only comments",
        file,
        1,
      );
    }

    const reader =
      format === "auto"
        ? INTENSITY_FILE_READERS.find((r) => r.sniff(head))
        : INTENSITY_FILE_READERS.find((r) => r.format === format);
    if (!reader) {
      const firstIndex = head.findIndex((l) => !isNotRow(l));
      const afterComments = head.slice(0, firstIndex).some((l) => l.trimStart().startsWith("#"));
      throw new InputError(
        `not a carbon intensity file gridprint can read: the first line${afterComments ? " after the comments" : ""} is "${clip(head[firstIndex] ?? "", 120)}"; ${EXPECTED_FORMATS}`,
        file,
        firstIndex + 1,
      );
    }
    // A saved API answer is often one long line: read it as text, not lines (no line limit).
    const result =
      reader === providerJson
        ? await readSavedResponses(gzip ? gunzipText(path, file) : fileText(path), readOptions)
        : await reader.read(rejoin(head, iterator, file), readOptions);
    // Example data says so in a leading comment; the report repeats it.
    const synthetic = head.some((l) => l.trimStart().startsWith("#") && /synthetic/i.test(l));
    return { ...result, format: reader.format, synthetic };
  } finally {
    await iterator.return?.();
  }
}

/** True when the file starts with the gzip magic bytes 1f 8b. */
async function isGzip(path: string, file: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (e) {
    throw openError(e, file);
  }
  try {
    const buffer = Buffer.alloc(2);
    const { bytesRead } = await handle.read(buffer, 0, 2, 0);
    if (bytesRead === 0) throw new InputError("the file is empty", file, 1);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } catch (e) {
    throw e instanceof InputError ? e : openError(e, file);
  } finally {
    await handle.close();
  }
}

function openError(e: unknown, file: string): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "a directory, not a file"
        : code === "EACCES"
          ? "permission denied"
          : (e as Error).message;
  return new InputError(`cannot read the carbon intensity file: ${why}`, file);
}

/** The decompressed lines of a gzip file, split as {@link fileLines} splits those of a plain one. */
async function* gunzipLines(path: string, file: string): AsyncIterable<string> {
  const raw = createReadStream(path);
  const gunzip = createGunzip();
  raw.on("error", (e) => gunzip.destroy(e));
  try {
    yield* splitLines(raw.pipe(gunzip) as AsyncIterable<Buffer>);
  } catch (e) {
    throw e instanceof InputError
      ? e
      : new InputError(`not a readable gzip file: ${(e as Error).message}`, file);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

/** The file's text in chunks (UTF-8 decoded across chunk boundaries). */
async function* fileText(path: string): AsyncIterable<string> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  try {
    yield* stream as AsyncIterable<string>;
  } finally {
    stream.destroy();
  }
}

async function* gunzipText(path: string, file: string): AsyncIterable<string> {
  const raw = createReadStream(path);
  const gunzip = createGunzip();
  raw.on("error", (e) => gunzip.destroy(e));
  try {
    yield* raw.pipe(gunzip).setEncoding("utf8") as AsyncIterable<string>;
  } catch (e) {
    throw e instanceof InputError
      ? e
      : new InputError(`not a readable gzip file: ${(e as Error).message}`, file);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

async function next(iterator: AsyncIterator<string>, file: string): Promise<IteratorResult<string>> {
  try {
    return await iterator.next();
  } catch (e) {
    throw e instanceof InputError ? e : openError(e, file);
  }
}

/** The lines already looked at, then the rest of the file. */
async function* rejoin(head: readonly string[], iterator: AsyncIterator<string>, file: string) {
  yield* head;
  for (;;) {
    const r = await next(iterator, file);
    if (r.done) return;
    yield r.value;
  }
}
