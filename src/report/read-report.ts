/** Reading a report.json that another run wrote: size-capped, parsed, validated against the schema. */
import { open } from "node:fs/promises";
import { InputError } from "../errors.js";
import { assertRegularFile } from "../input-files.js";
import { parseReport, type Report } from "./schema.js";

/** Far above any real report (a year of hours and thousands of devices stays under a few MiB). */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

/** `workspace`: where relative paths are resolved; a link out of it is refused (see assertRegularFile). */
export async function readReportFile(path: string, shown: string, workspace?: string): Promise<Report> {
  await assertRegularFile(path, shown, "a gridprint report.json", workspace);
  const handle = await open(path, "r").catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read the report (${error.code ?? error})`, shown);
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_REPORT_BYTES) {
      throw new InputError(
        `too large for a gridprint report (${size} bytes; at most ${MAX_REPORT_BYTES})`,
        shown,
      );
    }
    return parseReportText(await handle.readFile("utf8"), shown);
  } finally {
    await handle.close();
  }
}

/** Parses and validates report text; errors name `shown` (a file or an artifact). */
export function parseReportText(text: string, shown: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`not JSON: ${(error as Error).message}`, shown);
  }
  try {
    return parseReport(data);
  } catch (error) {
    throw new InputError((error as Error).message, shown);
  }
}
