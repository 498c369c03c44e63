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
  const s = text.trim();
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}
