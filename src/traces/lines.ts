/**
 * Line sources for readers: files are streamed, never loaded whole, and no line may grow without
 * bound (a file with no newlines would otherwise be read into memory whole).
 */
import { createReadStream } from "node:fs";
import { stripBom } from "../text/csv.js";

/** Longest line kept; longer ones are replaced by {@link OVERLONG_LINE}. */
export const MAX_LINE_BYTES = 1 << 20;
/**
 * What a reader sees in place of an overlong line: text no format can parse, so the line is
 * skipped and counted like any other malformed row (and never silently dropped).
 */
export const OVERLONG_LINE = `\u0000(line longer than ${MAX_LINE_BYTES} bytes, not read)`;

/** The file's lines without line terminators (\n or \r\n); a leading byte-order mark is dropped. */
export async function* fileLines(path: string): AsyncIterable<string> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    yield* splitLines(stream as AsyncIterable<Buffer>);
  } finally {
    // A reader that stops early (an unusable file) must not leave the descriptor open.
    stream.destroy();
  }
}

/** Lines from a stream of byte chunks (a file, a gunzip stream), split as {@link fileLines} says. */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncIterable<string> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let first = true;
  const take = (bytes: Buffer): string => {
    let text = bytes.toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (first) {
      first = false;
      text = stripBom(text);
    }
    return text;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!overlong) {
        if (pendingBytes + (end - start) > MAX_LINE_BYTES) {
          overlong = true;
          pending = [];
          pendingBytes = 0;
        } else if (end > start) {
          pending.push(chunk.subarray(start, end));
          pendingBytes += end - start;
        }
      }
      if (newline === -1) break;
      if (overlong) {
        first = false;
        yield OVERLONG_LINE;
      } else yield take(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
      overlong = false;
      start = newline + 1;
    }
    // Keep only what this chunk left pending, as a copy: the chunk itself can then be freed.
    if (pending.length > 0 && pending[pending.length - 1]?.buffer === chunk.buffer) {
      const last = pending.pop() as Buffer;
      pending.push(Buffer.from(last));
    }
  }
  if (overlong) yield OVERLONG_LINE;
  else if (pendingBytes > 0) yield take(Buffer.concat(pending));
}

export async function* arrayLines(lines: readonly string[]): AsyncIterable<string> {
  yield* lines;
}

/** Splits text into lines the way fileLines does (\n or \r\n, no trailing empty line). */
export function textLines(text: string): string[] {
  const lines = stripBom(text).split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
