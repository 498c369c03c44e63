/**
 * The report JSON out of a GitHub Actions artifact zip, read in memory: nothing is written to disk.
 * The zip may come from a fork's pull-request run, so it is treated as hostile: the whole central
 * directory is checked before anything is inflated, and the chosen entry is inflated through a
 * counted stream that stops at a limit, whatever its headers claim.
 */
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import yauzl from "yauzl";

/** What upload-artifact holds for a gridprint report, in order of preference. */
export const DEFAULT_REPORT_ENTRY_NAMES: readonly string[] = ["gridprint-report.json", "report.json"];

const MiB = 1024 * 1024;
const DEFAULT_MAX_ENTRY_BYTES = 32 * MiB;
const DEFAULT_MAX_ENTRIES = 1000;
/** How many entry names an error lists before "and N more". */
const NAMES_SHOWN = 10;

/** zlib.crc32 arrived in Node 20.15; older runtimes skip the CRC check rather than fail. */
const hasCrc32 = typeof zlib.crc32 === "function";

export interface ReadReportZipOptions {
  /** Entry names accepted, in order of preference (top-level only). Default DEFAULT_REPORT_ENTRY_NAMES. */
  names?: readonly string[];
  /** Largest uncompressed size of the chosen entry, counted while inflating (default 32 MiB). */
  maxEntryBytes?: number;
  /** Most entries a zip may list (default 1000). */
  maxEntries?: number;
}

export interface ReportZipEntry {
  /** The entry's name in the zip. */
  entry: string;
  text: string;
  /** Uncompressed bytes read. */
  bytes: number;
}

/** The artifact zip is unreadable, unsafe, or holds no usable report. The only error thrown for bad bytes. */
export class ArtifactZipError extends Error {
  override readonly name = "ArtifactZipError";
}

/**
 * The text of the report entry of `zip`. Throws ArtifactZipError for any zip that is corrupt,
 * holds an unsafe name or a symlink anywhere, is encrypted, lists too many entries, has no
 * recognisable report, or whose report is too large or not UTF-8.
 */
export async function readReportFromZip(
  zip: Uint8Array,
  options: ReadReportZipOptions = {},
): Promise<ReportZipEntry> {
  const names = options.names ?? DEFAULT_REPORT_ENTRY_NAMES;
  const maxEntryBytes = positiveInteger(options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES, "maxEntryBytes");
  const maxEntries = positiveInteger(options.maxEntries ?? DEFAULT_MAX_ENTRIES, "maxEntries");

  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let zipfile: yauzl.ZipFile | undefined;
  try {
    zipfile = await openZip(buffer);
    const entries = await scanEntries(zipfile, maxEntries);
    const chosen = chooseEntry(entries, names);
    return await readEntryText(zipfile, chosen, maxEntryBytes);
  } catch (e) {
    if (e instanceof ArtifactZipError) throw e;
    // Whatever yauzl or zlib says about broken bytes still reaches the caller as one error type.
    throw new ArtifactZipError(`the artifact zip is not readable: ${messageOf(e)}`, { cause: e });
  } finally {
    zipfile?.close();
  }
}

/** An entry with its name decoded the way yauzl would have, once it passed our checks. */
interface NamedEntry {
  name: string;
  entry: yauzl.Entry;
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false so that names reach our own checks (with escaped, specific messages)
    // instead of yauzl's; we decode them below exactly as yauzl does, with strict backslashes.
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: false },
      (err, zipfile) => {
        if (err || !zipfile) {
          reject(err ?? new Error("no zip file"));
          return;
        }
        // yauzl emits "error" only in answer to readEntry (handled there); this keeps a late one
        // from ever becoming an uncaught exception.
        zipfile.on("error", () => {});
        resolve(zipfile);
      },
    );
  });
}

/** The next central-directory entry, or undefined at the end. */
function nextEntry(zipfile: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zipfile.off("entry", onEntry);
      zipfile.off("end", onEnd);
      zipfile.off("error", onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      done();
      resolve(entry);
    };
    const onEnd = () => {
      done();
      resolve(undefined);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    zipfile.on("entry", onEntry);
    zipfile.on("end", onEnd);
    zipfile.on("error", onError);
    zipfile.readEntry();
  });
}

/**
 * Every entry, each checked: one bad name or symlink anywhere rejects the whole artifact, even if
 * the report itself is fine, because such a zip was not made by upload-artifact.
 */
async function scanEntries(zipfile: yauzl.ZipFile, maxEntries: number): Promise<NamedEntry[]> {
  // The count in the end record is what yauzl will walk; refuse a huge one before walking it.
  if (zipfile.entryCount > maxEntries) throw tooManyEntries(zipfile.entryCount, maxEntries);
  const entries: NamedEntry[] = [];
  for (;;) {
    const entry = await nextEntry(zipfile);
    if (entry === undefined) return entries;
    if (entries.length + 1 > maxEntries) throw tooManyEntries(entries.length + 1, maxEntries);
    entries.push({ name: checkedName(entry), entry });
  }
}

function tooManyEntries(count: number, max: number): ArtifactZipError {
  return new ArtifactZipError(`the artifact zip lists ${count} entries; at most ${max} are accepted`);
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** The entry's decoded name, after the name, symlink and encryption checks. */
function checkedName(entry: yauzl.Entry): string {
  const flags = entry.generalPurposeBitFlag;
  // With decodeStrings off, fileNameRaw is the name field's bytes; a Unicode Path extra field may
  // override it, as yauzl does. Both spellings are checked, since another tool may read either.
  const name = yauzl.getFileNameLowLevel(flags, entry.fileNameRaw, entry.extraFields, true);
  const plain = yauzl.getFileNameLowLevel(flags, entry.fileNameRaw, [], true);
  for (const candidate of plain === name ? [name] : [name, plain]) {
    const why = unsafeNameReason(candidate);
    if (why !== undefined) {
      throw new ArtifactZipError(
        `the artifact zip holds an entry with an unsafe name ${quote(candidate)} (${why}); refusing the whole artifact`,
      );
    }
  }
  // The unix mode sits in the high 16 bits of the external attributes; checked whatever the
  // "made by" host says, as nothing legitimate sets a symlink type there.
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw new ArtifactZipError(
      `the artifact zip holds a symbolic link ${quote(name)}; refusing the whole artifact`,
    );
  }
  if ((flags & 0x1) !== 0) {
    throw new ArtifactZipError(
      `the artifact zip holds an encrypted entry ${quote(name)}; upload-artifact never encrypts, so refusing it`,
    );
  }
  return name;
}

/** Why a name could escape or confuse an extraction, or undefined when it is fine. */
function unsafeNameReason(name: string): string | undefined {
  if (name === "") return "it is empty";
  if (name.includes("\0")) return "it contains a NUL character";
  if (name.includes("\\")) return "it contains a backslash";
  if (name.startsWith("/")) return "it is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "it starts with a drive letter";
  if (name.split("/").includes("..")) return 'it has a ".." path segment';
  return undefined;
}

/** The first preferred top-level name present, else the only top-level .json file. */
function chooseEntry(entries: NamedEntry[], names: readonly string[]): NamedEntry {
  const topLevel = entries.filter((e) => !e.name.includes("/"));
  for (const wanted of names) {
    const found = topLevel.filter((e) => e.name === wanted);
    if (found.length > 1) {
      // Tools disagree on which duplicate wins; a report that depends on that is not trusted.
      throw new ArtifactZipError(
        `the artifact zip holds ${found.length} entries named ${quote(wanted)}; refusing to guess which is the report`,
      );
    }
    if (found[0] !== undefined) return found[0];
  }
  const json = topLevel.filter((e) => e.name.toLowerCase().endsWith(".json"));
  if (json.length === 1 && json[0] !== undefined) return json[0];

  const expected = names.length > 0 ? `a top-level ${names.map(quote).join(" or ")}, or ` : "";
  const shown = entries.slice(0, NAMES_SHOWN).map((e) => quote(e.name));
  const more = entries.length > NAMES_SHOWN ? ` and ${entries.length - NAMES_SHOWN} more` : "";
  const found = entries.length === 0 ? "it is empty" : `it holds ${shown.join(", ")}${more}`;
  const ambiguity = json.length > 1 ? ` (${json.length} top-level .json files, so none is chosen)` : "";
  return fail(
    `the artifact zip holds no report: expected ${expected}exactly one top-level .json file, but ${found}${ambiguity}`,
  );
}

/** Inflates the chosen entry, counting bytes as they come, and decodes it as UTF-8. */
async function readEntryText(
  zipfile: yauzl.ZipFile,
  { name, entry }: NamedEntry,
  maxEntryBytes: number,
): Promise<ReportZipEntry> {
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) {
    fail(
      `the report entry ${quote(name)} uses compression method ${method}; only stored (0) and deflate (8) are supported`,
    );
  }
  const declared = entry.uncompressedSize;
  if (declared > maxEntryBytes) {
    fail(
      `the report entry ${quote(name)} declares ${formatBytes(declared)} uncompressed, beyond the ${formatBytes(maxEntryBytes)} limit`,
    );
  }

  // Raw bytes, inflated here rather than by yauzl: its inflater is never destroyed when the stream
  // is cut short (yauzl issue #27), while pipeline() below tears every stage down on any outcome.
  const raw = await openRawStream(zipfile, entry);
  const chunks: Buffer[] = [];
  let total = 0;
  let crc = 0;
  // pipeline() may reject with the AbortError of the stages it tears down rather than with what
  // stopped the sink, so the sink's own verdict is kept aside.
  let stopped: ArtifactZipError | undefined;
  const stop = (message: string): never => {
    stopped = new ArtifactZipError(message);
    throw stopped;
  };
  const collect = async (source: AsyncIterable<Buffer | string>) => {
    for await (const piece of source) {
      const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
      total += chunk.length;
      // Counted as it streams: a zip bomb's headers may lie, so the declared size proves nothing.
      if (total > maxEntryBytes) {
        stop(
          `the report entry ${quote(name)} expands beyond ${formatBytes(maxEntryBytes)} while inflating; refusing it`,
        );
      }
      if (total > declared) {
        stop(
          `the report entry ${quote(name)} expands beyond the ${declared} bytes its header declares; the zip is corrupt or hostile`,
        );
      }
      chunks.push(chunk);
      if (hasCrc32) crc = zlib.crc32(chunk, crc);
    }
  };
  try {
    if (method === 8) await pipeline(raw, zlib.createInflateRaw(), collect);
    else await pipeline(raw, collect);
  } catch (e) {
    if (stopped !== undefined) throw stopped;
    if (e instanceof ArtifactZipError) throw e;
    fail(`the report entry ${quote(name)} could not be inflated: ${messageOf(e)}`, e);
  }
  if (total !== declared) {
    fail(
      `the report entry ${quote(name)} holds ${total} bytes, fewer than the ${declared} its header declares; the zip is corrupt`,
    );
  }
  // Raw deflate has no checksum of its own: without this a corrupted report could still parse.
  if (hasCrc32 && crc >>> 0 !== entry.crc32 >>> 0) {
    fail(`the report entry ${quote(name)} fails its CRC-32 check; the zip is corrupt`);
  }

  let text: string;
  try {
    // The default ignoreBOM: false already drops one leading BOM.
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks, total));
  } catch (e) {
    fail(`the report entry ${quote(name)} is not valid UTF-8`, e);
  }
  return { entry: name, text, bytes: total };
}

function openRawStream(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    try {
      zipfile.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
        if (err || !stream) reject(err ?? new Error("no stream for the entry"));
        else resolve(stream);
      });
    } catch (e) {
      reject(e);
    }
  });
}

function fail(message: string, cause?: unknown): never {
  throw new ArtifactZipError(message, cause === undefined ? undefined : { cause });
}

function positiveInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`readReportFromZip: ${what} must be a positive integer, got ${value}`);
  }
  return value;
}

/**
 * A name as JSON, so control characters show escaped; bidi and invisible format characters,
 * which JSON leaves alone but could disguise a name in a log, are escaped too. Long names are cut.
 */
function quote(name: string): string {
  const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
  return JSON.stringify(shown).replace(
    /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Whole MiB as "32 MiB", smaller sizes in KiB or bytes. */
function formatBytes(n: number): string {
  if (n >= MiB) return `${Number((n / MiB).toFixed(2))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(2))} KiB`;
  return `${n} bytes`;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
