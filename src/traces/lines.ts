/** Line sources for readers: files are streamed, never loaded whole. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export function fileLines(path: string): AsyncIterable<string> {
  const stream = createReadStream(path, { encoding: "utf8" });
  return createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}

export async function* arrayLines(lines: readonly string[]): AsyncIterable<string> {
  yield* lines;
}

/** Splits text into lines the way fileLines does (\n or \r\n, no trailing empty line). */
export function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
