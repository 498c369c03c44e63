/**
 * Timestamp parsing shared by every reader.
 *
 * A timestamp either names its instant (an offset, `Z`, or an epoch number) or is a wall-clock
 * reading with no zone, which only a {@link LocalClock} can place on the UTC time line.
 */

export type ParsedTime =
  /** An absolute instant, milliseconds since the Unix epoch. */
  | { kind: "instant"; ms: number }
  /** A wall-clock reading with no zone: the fields encoded as if they were UTC. */
  | { kind: "local"; wallMs: number };

// 2024-10-13T03:33:31.779Z, 2024-10-13 03:33:31, 2024/10/13 03:33:31.779, 2024-10-13T03:33+02:00
const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

const EPOCH = /^\d{9,19}(?:\.\d+)?$/;

/**
 * Parses ISO 8601 and the near-ISO spellings tools write (`/` date separators, a space before
 * the time, `UTC` suffix), or an epoch number in seconds, milliseconds, microseconds or
 * nanoseconds (told apart by magnitude). Returns undefined when the text is not a timestamp or
 * names an impossible date.
 */
export function parseTimestamp(text: string): ParsedTime | undefined {
  const s = text.trim();
  if (s.length === 0) return undefined;
  if (EPOCH.test(s)) return parseEpoch(s);
  const m = DATE_TIME.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // 24:00:00 is ISO's end of day; anything past it, or a leap second, is not a clock reading we trust.
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || fraction))) {
    return undefined;
  }
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000);
  const zone = m[8];
  if (zone === undefined) return { kind: "local", wallMs };
  if (zone === "Z" || zone === "z" || zone === "UTC") return { kind: "instant", ms: wallMs };
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (offsetHours > 18 || offsetMinutes > 59) return undefined;
  return { kind: "instant", ms: wallMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000 };
}

function parseEpoch(s: string): ParsedTime | undefined {
  const value = Number(s);
  if (!Number.isFinite(value)) return undefined;
  const integerDigits = s.indexOf(".") === -1 ? s.length : s.indexOf(".");
  // Seconds until 2286 have 10 digits, milliseconds 13, microseconds 16, nanoseconds 19.
  let ms: number;
  if (integerDigits <= 11) ms = value * 1000;
  else if (integerDigits <= 14) ms = value;
  else if (integerDigits <= 17) ms = value / 1000;
  else ms = value / 1e6;
  return { kind: "instant", ms };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO 8601 in UTC with second precision, or milliseconds when they are not zero. */
export function isoUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

export const HOUR_MS = 3_600_000;

export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
