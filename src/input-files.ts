/** Checks and peeks shared by every stage that opens the user's files. */
import { stat } from "node:fs/promises";
import { InputError } from "./errors.js";
import { fileLines } from "./traces/lines.js";

/** Only regular files are read: a FIFO or device would block or never end. */
export async function assertRegularFile(path: string, shown: string, expected: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(error)})`,
      shown,
    );
  }
  if (!info.isFile()) throw new InputError(`not a regular file: expected ${expected}`, shown);
}

/** The first `count` lines of a file (fewer if it is shorter), for sniffing its format. */
export async function headLines(path: string, count: number): Promise<string[]> {
  const head: string[] = [];
  const lines = fileLines(path)[Symbol.asyncIterator]();
  try {
    while (head.length < count) {
      const next = await lines.next();
      if (next.done) break;
      head.push(next.value);
    }
  } finally {
    await lines.return?.();
  }
  return head;
}
