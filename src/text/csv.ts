/**
 * One CSV record per line (RFC 4180 quoting within the line; fields are trimmed of the padding
 * tools add, e.g. nvidia-smi's ", " separators). Records spanning lines do not occur in the
 * traces and grid files gridprint reads.
 */
export function splitCsvLine(line: string, delimiter = ","): string[] {
  if (line.indexOf('"') === -1) {
    const fields = line.split(delimiter);
    for (let i = 0; i < fields.length; i++) fields[i] = (fields[i] as string).trim();
    return fields;
  }
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field.trim());
      field = "";
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

/** Strips a UTF-8 byte-order mark, which spreadsheet exports put before the header. */
export function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}

/**
 * Parses a number the way a careful reader should: finite decimal notation only. Empty text,
 * hex, `Infinity`, `NaN` and overflow (`1e400`) give undefined, never 0 or Infinity.
 */
export function parseDecimal(text: string): number | undefined {
  // Fast path for plain "123.45", which is nearly every reading in a trace.
  const n = text.length;
  let digits = 0;
  let dots = 0;
  let plain = n < 20;
  for (let i = 0; i < n && plain; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else plain = false;
  }
  if (plain && digits > 0 && dots <= 1) return Number(text);
  const s = text.trim();
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Splits a row as {@link splitCsvLine} does but keeps only the fields a reader needs, each into
 * `out` at its slot (`slots[field]`, -1 for fields not kept): the per-row path of large files.
 * Returns the field count.
 */
export function pickFields(line: string, slots: Int8Array, out: string[]): number {
  if (line.indexOf('"') !== -1) {
    const all = splitCsvLine(line);
    for (let i = 0; i < all.length && i < slots.length; i++) {
      const slot = slots[i] as number;
      if (slot !== -1) out[slot] = all[i] as string;
    }
    return all.length;
  }
  let start = 0;
  let i = 0;
  for (;;) {
    const comma = line.indexOf(",", start);
    const end = comma === -1 ? line.length : comma;
    const slot = i < slots.length ? (slots[i] as number) : -1;
    if (slot !== -1) {
      let a = start;
      let b = end;
      while (a < b && line.charCodeAt(a) <= 32) a++;
      while (b > a && line.charCodeAt(b - 1) <= 32) b--;
      out[slot] = line.slice(a, b);
    }
    i++;
    if (comma === -1) return i;
    start = comma + 1;
  }
}

/** A value from a file, quoted for a message and cut to 60 characters: what a reader says it found. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Header fields for a message: quoted, at most 20 of them and 60 characters each. */
export function found(fields: readonly string[]): string {
  const shown = fields
    .slice(0, 20)
    .map((f) => quote(f))
    .join(", ");
  return fields.length > 20 ? `${shown}, … (${fields.length} fields)` : shown;
}

/** True for a non-empty run of ASCII digits. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
