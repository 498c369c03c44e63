/**
 * Fitting a Markdown report into one GitHub comment.
 *
 * GitHub's error says "Body is too long (maximum is 65536 characters)". What it measures is not
 * documented: measurements reported on GitHub (dead-claudia/github-limits#13) found that issue
 * comments actually take up to 262,144 UTF-8 bytes, while PR bodies stop at 65,536 code points.
 * We count UTF-16 code units (JavaScript's `length`) against 65,536, which is safe under every
 * one of those readings: code points <= UTF-16 code units, and one code unit is at most 3 UTF-8
 * bytes (a surrogate pair, two units, is 4 bytes), so 65,536 units are at most 196,608 bytes.
 */

/** GitHub's stated maximum for an issue or pull-request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** How far back (in code units) from the limit a line break is still preferred to a mid-line cut. */
const LINE_BREAK_WINDOW = 2_048;

/** The closing note appended to a comment that was cut. */
export function defaultCutNote(limit: number = GITHUB_COMMENT_LIMIT): string {
  return `… The comment was cut at ${limit.toLocaleString("en-US")} characters: the full report is in the job summary and the report artifact.`;
}

/**
 * Returns `markdown` unchanged when it fits in `limit` UTF-16 code units; otherwise a prefix of it
 * (cut at the last line break before the limit when there is one nearby, never inside a surrogate
 * pair), then closers for a ``` / ~~~ fence or <details> blocks the cut left open, then `note` on
 * its own paragraph. The result is never longer than `limit`, and is well-formed UTF-16 whenever
 * the input is.
 */
export function fitComment(
  markdown: string,
  limit: number = GITHUB_COMMENT_LIMIT,
  note: string = defaultCutNote(limit),
): string {
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  if (markdown.length <= limit) return markdown;
  const tail = `\n${note}`;
  if (tail.length + 1 > limit) return cutAtCodePoint(note, limit);

  let end = limit - tail.length - 1; // room for the prefix; the 1 is a possible "\n" after it
  for (;;) {
    const prefix = markdown.slice(0, chooseCut(markdown, end));
    const closers = openBlocksAt(prefix);
    const body = prefix.endsWith("\n") || prefix === "" ? prefix : `${prefix}\n`;
    const result = `${body}${closers.map((c) => `${c}\n`).join("")}${tail}`;
    if (result.length <= limit) return result;
    end -= result.length - limit;
    if (end <= 0) return cutAtCodePoint(note, limit);
  }
}

/** The cut index (exclusive) at or before `end`: just after a nearby line break, else a code-point boundary. */
function chooseCut(text: string, end: number): number {
  if (end <= 0) return 0;
  const lineBreak = text.lastIndexOf("\n", end - 1);
  if (lineBreak >= 0 && lineBreak + 1 >= end - LINE_BREAK_WINDOW) return lineBreak + 1;
  return codePointBoundary(text, end);
}

/** `end`, or one less when `end` would separate a high surrogate from its low surrogate. */
function codePointBoundary(text: string, end: number): number {
  if (end <= 0 || end >= text.length) return Math.max(0, Math.min(end, text.length));
  const before = text.charCodeAt(end - 1);
  const after = text.charCodeAt(end);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair ? end - 1 : end;
}

function cutAtCodePoint(text: string, limit: number): string {
  return text.slice(0, codePointBoundary(text, limit));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DETAILS_TAG = /<(\/?)details(?=[\s>/])[^>]*>?/gi;

/**
 * The lines that close what is still open at the end of `prefix`, innermost first: the code fence
 * (same character, same length as its opening) and then one `</details>` per unclosed <details>.
 * Tags inside fenced code do not count.
 */
function openBlocksAt(prefix: string): string[] {
  let fence: string | undefined;
  let details = 0;
  for (const line of prefix.split("\n")) {
    const m = FENCE.exec(line.replace(/\r$/, ""));
    if (fence !== undefined) {
      const run = m?.[1];
      if (run !== undefined && run[0] === fence[0] && run.length >= fence.length && m?.[2]?.trim() === "") {
        fence = undefined;
      }
      continue;
    }
    const run = m?.[1];
    // A backtick fence's info string may not contain a backtick (CommonMark); such a line is not a fence.
    if (run !== undefined && !(run[0] === "`" && m?.[2]?.includes("`"))) {
      fence = run;
      continue;
    }
    for (const tag of line.matchAll(DETAILS_TAG)) {
      if (tag[1] === "/") details = Math.max(0, details - 1);
      else details += 1;
    }
  }
  const closers: string[] = [];
  if (fence !== undefined) closers.push(fence);
  for (let i = 0; i < details; i++) closers.push("</details>");
  return closers;
}
