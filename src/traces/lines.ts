/** Line sources for readers: files are streamed, never loaded whole. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { stripBom } from "../text/csv.js";

/** The file's lines without line terminators; a leading byte-order mark is dropped. */
export async function* fileLines(path: string): AsyncIterable<string> {
  const stream = createReadStream(path, { encoding: "utf8" });
  let first = true;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (first) {
        first = false;
        yield stripBom(line);
      } else yield line;
    }
  } finally {
    // A reader that stops early (an unusable file) must not leave the descriptor open.
    stream.destroy();
  }
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
