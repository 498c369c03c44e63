/**
 * Placing wall-clock readings that carry no zone on the UTC time line, in an IANA time zone.
 *
 * Around a DST fall-back the same wall-clock hour happens twice; a real clock walks through the
 * first one and then the second, so a {@link LocalClock} resolves the repeat by the order in which
 * readings arrive. Around a spring-forward the skipped wall-clock hour never happened; readings in
 * it are moved forward by the size of the jump (as a clock that was not yet changed would read)
 * and counted.
 */
import { HOUR_MS, type ParsedTime } from "./timestamp.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError naming the zone when it is not a known IANA zone. */
export function assertTimeZone(zone: string): void {
  formatterFor(zone);
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new RangeError(
        `unknown time zone "${zone}" (expected an IANA name such as Europe/London or UTC)`,
      );
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function offsetAt(zone: string, utcMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

export class LocalClock {
  /** Readings in a skipped (spring-forward) hour, moved forward. */
  nonexistent = 0;
  /** Readings in a repeated (fall-back) hour, resolved by order. */
  ambiguous = 0;
  /** Readings that carried no zone and were placed by this clock. */
  localReadings = 0;
  private last = Number.NEGATIVE_INFINITY;
  private lastHourKey = Number.NaN;
  private lastOffset = 0;
  private readonly candidatesByHour = new Map<number, number[]>();
  readonly isUtc: boolean;

  constructor(readonly zone: string) {
    assertTimeZone(zone);
    this.isUtc = zone === "UTC" || zone === "Etc/UTC";
  }

  /** The UTC instant of a parsed timestamp; instants pass through, wall-clock readings are placed. */
  toUtc(t: ParsedTime): number {
    if (t.kind === "instant") return t.ms;
    this.localReadings++;
    return this.place(t.wallMs);
  }

  /** The UTC instant of a wall-clock reading (its fields encoded as if UTC). */
  place(wallMs: number): number {
    if (this.isUtc) return wallMs;
    const hourKey = Math.floor(wallMs / HOUR_MS);
    // Consecutive readings nearly always fall in the same unambiguous hour.
    if (hourKey === this.lastHourKey) {
      const utc = wallMs - this.lastOffset;
      this.last = utc;
      return utc;
    }
    let offsets = this.candidatesByHour.get(hourKey);
    if (!offsets) {
      offsets = this.offsetsFor(hourKey * HOUR_MS);
      this.candidatesByHour.set(hourKey, offsets);
    }
    let utc: number;
    if (offsets.length === 1) {
      this.lastHourKey = hourKey;
      this.lastOffset = offsets[0] as number;
      utc = wallMs - this.lastOffset;
    } else if (offsets.length === 0) {
      // Skipped hour: read it with the offset in force before the jump.
      this.nonexistent++;
      utc = wallMs - offsetAt(this.zone, wallMs - 12 * HOUR_MS);
    } else {
      // Repeated hour: the earliest placement not before the previous reading, else the latest.
      this.ambiguous++;
      const placements = offsets.map((o) => wallMs - o).sort((a, b) => a - b);
      utc = placements.find((p) => p >= this.last) ?? (placements[placements.length - 1] as number);
    }
    this.last = utc;
    return utc;
  }

  /** Offsets under which the wall-clock hour starting at hourWallMs exists (0, 1 or 2 of them). */
  private offsetsFor(hourWallMs: number): number[] {
    const candidates = new Set([
      offsetAt(this.zone, hourWallMs - 24 * HOUR_MS),
      offsetAt(this.zone, hourWallMs + 24 * HOUR_MS),
      offsetAt(this.zone, hourWallMs),
    ]);
    const found: number[] = [];
    for (const o of candidates) {
      // A placement is valid when the zone really shows that wall time at that instant; check the
      // middle of the hour so a transition at the hour's edge does not count twice.
      const probe = hourWallMs + HOUR_MS / 2 - o;
      if (offsetAt(this.zone, probe) === o) found.push(o);
    }
    return found;
  }
}
