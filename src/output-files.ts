/**
 * Writing the report and the markdown where the user asked. A pull request can commit a symbolic
 * link where report.json will be written (the default report-path is in the workspace): such a
 * path is refused, and the file is opened with O_NOFOLLOW, so nothing outside is ever overwritten
 * through a link.
 */
import { constants } from "node:fs";
import { lstat, open, realpath } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { InputError } from "./errors.js";
import { inside } from "./input-files.js";

export async function writeOutputFile(
  path: string,
  shown: string,
  text: string,
  workspace: string,
): Promise<void> {
  const root = resolve(workspace);
  const target = resolve(root, path);
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    throw new InputError("is a symbolic link: refusing to write the report through it", shown);
  }
  if (info && !info.isFile())
    throw new InputError("exists and is not a regular file: refusing to write there", shown);
  // Inside the workspace as written: its folder must stay inside once links are followed.
  if (inside(target, root)) {
    const [realDir, realRoot] = await Promise.all([
      realpath(dirname(target)).catch(() => undefined),
      realpath(root).catch(() => root),
    ]);
    if (realDir === undefined) throw new InputError("its folder does not exist", shown);
    if (!inside(realDir, realRoot)) {
      throw new InputError(
        `its folder resolves outside the workspace (to ${realDir}): refusing to write there`,
        shown,
      );
    }
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ELOOP"
        ? "is a symbolic link: refusing to write the report through it"
        : `cannot write the file (${code ?? error})`,
      shown,
    );
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
