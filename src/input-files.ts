/** Checks and peeks shared by every stage that opens the user's files. */
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "./errors.js";
import { fileLines } from "./traces/lines.js";

/**
 * Only regular files are read: a FIFO or device would block or never end. With `workspace` (the
 * directory relative paths are resolved against: GITHUB_WORKSPACE in the action, the working
 * directory in the CLI), a path inside the workspace must also stay inside it once symbolic
 * links are followed, in the file itself or in any directory above it: the workspace holds a
 * checkout of the pull request, and a link committed there to /proc/self/environ, ~/.ssh or
 * /dev/zero must not be read. Both sides are compared after fs.realpath, so a workspace that is
 * itself reached through a link (macOS /tmp) is fine, and so is a link from one place inside the
 * workspace to another.
 *
 * A path that is outside the workspace as written (/tmp/x.csv, ../x.csv) is read as given: it
 * was typed by whoever wrote the workflow or the command line, not committed by a pull request.
 */
export async function assertRegularFile(
  path: string,
  shown: string,
  expected: string,
  workspace?: string,
): Promise<void> {
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
  if (workspace !== undefined) await assertStaysInside(path, shown, workspace);
  if (!info.isFile()) throw new InputError(`not a regular file: expected ${expected}`, shown);
}

/** `path` is `root` or below it (both absolute and normalised). */
export function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

async function assertStaysInside(path: string, shown: string, workspace: string): Promise<void> {
  const root = resolve(workspace);
  const written = resolve(root, path);
  if (!inside(written, root)) return;
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(written), realpath(root)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read the file (${code ?? String(error)})`, shown);
  }
  if (!inside(real, realRoot)) {
    throw new InputError(
      `resolves outside the workspace (through a symbolic link, to ${real}); only files inside ${root} are read from there`,
      shown,
    );
  }
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
