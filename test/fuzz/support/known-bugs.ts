/**
 * Signatures of the bugs pinned in known-bugs.test.ts. The no-crash properties count an input
 * that fails with one of them as a known failure (and say how often they met it) rather than stop
 * at it, so that every run keeps looking for new failures. Remove a signature when its bug is fixed.
 */
export interface KnownBug {
  id: string;
  /** Whether an error thrown while `format` read an input is this bug. */
  matches(format: string, error: unknown): boolean;
}

/**
 * None open: bugs 1, 2, 4 and 6 (the crash signatures once listed here) are fixed, and
 * known-bugs.test.ts keeps their inputs as regression tests. Add a signature here, with its
 * `it.fails` test there, when a fuzz run finds a new bug that is not fixed at once.
 */
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** An instant a reader returned that no Date holds (thrown by the no-crash checks). */
export class InvalidInstant extends Error {
  override readonly name = "InvalidInstant";
}

/** How often each known bug was met in this file's runs. */
export const knownBugHits = new Map<string, number>();

/** The known bug an error is, counted; undefined for anything else. */
export function knownBug(format: string, error: unknown): KnownBug | undefined {
  const bug = KNOWN_BUGS.find((b) => b.matches(format, error));
  if (bug) knownBugHits.set(bug.id, (knownBugHits.get(bug.id) ?? 0) + 1);
  return bug;
}
