/** Arbitraries that rearrange a generated file's rows: shuffles, repeats, garbage, cuts. */
import fc from "fast-check";
import type { FormatCase, Generated } from "./formats.js";

/** The rows in a random order. */
export function shuffled(rows: readonly string[]): fc.Arbitrary<string[]> {
  return fc.shuffledSubarray([...rows], { minLength: rows.length, maxLength: rows.length });
}

/**
 * The rows with 1..5 of them repeated: each copy anywhere after the head, or anywhere after its
 * original (`later`).
 */
export function withRepeats(rows: readonly string[], where: "anywhere" | "later"): fc.Arbitrary<string[]> {
  return fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }).map((picks) => {
    const out = [...rows];
    for (const [which, at] of picks) {
      if (out.length === 0) break;
      const i = which % out.length;
      const copy = out[i] as string;
      const position = where === "later" ? i + 1 + (at % (out.length - i)) : at % (out.length + 1);
      out.splice(position, 0, copy);
    }
    return out;
  });
}

/** Characters of junk lines: letters and punctuation, never a digit, separator or quote. */
const JUNK = "abcdefghijklmnopqrstuvwxyz!?%&*~^";
/** A line of no field structure. */
const BARE_GARBAGE = fc
  .tuple(
    fc.integer({ min: 0, max: 9 }),
    fc.array(fc.integer({ min: 0, max: JUNK.length - 1 }), { minLength: 1, maxLength: 20 }),
  )
  .map(([d, chars]) => `${d}#!garbage ${chars.map((c) => JUNK[c]).join("")}`);

/** A garbage line the format must skip, exactly once: a corrupted copy of a row, or a line of no shape. */
export function garbageLine(format: FormatCase, rows: readonly string[]): fc.Arbitrary<string> {
  const corrupted = fc
    .tuple(fc.nat(), fc.integer({ min: 0, max: 999_999 }))
    .map(([i, n]) => format.corrupt(rows[i % rows.length] as string, `#!garbage${n}`));
  if (!format.bareGarbage) return corrupted;
  return fc.oneof(corrupted, BARE_GARBAGE);
}

/**
 * The rows with k garbage lines inserted at random places after the head (after the first row
 * where the format cannot start with junk); k is returned with them.
 */
export function withGarbage(
  format: FormatCase,
  rows: readonly string[],
): fc.Arbitrary<{ rows: string[]; k: number }> {
  const from = format.leadingGarbage === "yes" ? 0 : 1;
  return fc
    .array(fc.tuple(garbageLine(format, rows), fc.nat()), { minLength: 0, maxLength: 10 })
    .map((inserts) => {
      const out = [...rows];
      for (const [line, at] of inserts) out.splice(from + (at % (out.length + 1 - from)), 0, line);
      return { rows: out, k: inserts.length };
    });
}

/** Where the file may be cut: between two rows (or only at the generator's cuts, e.g. between runs). */
export function cutIndex(g: Generated): fc.Arbitrary<number> | undefined {
  const cuts = g.cuts ?? Array.from({ length: Math.max(0, g.rows.length - 1) }, (_, i) => i + 1);
  return cuts.length === 0 ? undefined : fc.constantFrom(...cuts);
}

/**
 * The two files of a cut: plain (each row in one), or overlapping (each device's last reading
 * before the cut is also the first reading of the second file, as a rotated counter log starts
 * with the counter's value; for rows that read every device, the last row).
 */
export function splitAt(g: Generated, cut: number, mode: "plain" | "overlap"): [string[], string[]] {
  const first = g.rows.slice(0, cut);
  let second = g.rows.slice(cut);
  if (mode === "overlap") {
    const lastOf = new Map<string, number>();
    for (let i = 0; i < cut; i++) lastOf.set(g.rowDevice[i] as string, i);
    const carried = [...lastOf.values()].sort((a, b) => a - b).map((i) => g.rows[i] as string);
    second = [...carried, ...second];
  }
  return [
    [...g.head, ...first],
    [...g.head, ...second],
  ];
}
