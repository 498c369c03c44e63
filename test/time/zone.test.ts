import { describe, expect, it } from "vitest";
import { parseTimestamp } from "../../src/time/timestamp.js";
import { LocalClock, offsetAt } from "../../src/time/zone.js";
import { T } from "../helpers.js";

const wall = (text: string) => {
  const p = parseTimestamp(text);
  if (p?.kind !== "local") throw new Error(`not a wall time: ${text}`);
  return p.wallMs;
};

describe("LocalClock", () => {
  it("places readings in summer and winter time", () => {
    const clock = new LocalClock("Europe/London");
    expect(clock.place(wall("2024-07-01 12:00:00"))).toBe(T("2024-07-01T11:00:00Z"));
    expect(clock.place(wall("2024-12-01 12:00:00"))).toBe(T("2024-12-01T12:00:00Z"));
    expect(offsetAt("America/Chicago", T("2024-07-01T12:00:00Z"))).toBe(-5 * 3.6e6);
  });

  it("walks through the repeated hour of a fall-back night in order", () => {
    // 2024-10-27, Europe/London: 01:00–01:59 happens first in BST (UTC+1), then in GMT.
    const clock = new LocalClock("Europe/London");
    const readings = ["00:30", "01:15", "01:45", "01:15", "01:45", "02:15"].map((t) =>
      clock.place(wall(`2024-10-27 ${t}:00`)),
    );
    expect(readings).toEqual(
      [
        "2024-10-26T23:30:00Z",
        "2024-10-27T00:15:00Z",
        "2024-10-27T00:45:00Z",
        "2024-10-27T01:15:00Z",
        "2024-10-27T01:45:00Z",
        "2024-10-27T02:15:00Z",
      ].map(T),
    );
    expect(clock.ambiguous).toBe(4);
  });

  it("keeps samples that share a wall time in the repeated hour together", () => {
    const clock = new LocalClock("Europe/London");
    const a = clock.place(wall("2024-10-27 01:10:00"));
    const b = clock.place(wall("2024-10-27 01:10:00"));
    expect(a).toBe(b);
    expect(a).toBe(T("2024-10-27T00:10:00Z"));
  });

  it("moves readings in the skipped spring-forward hour forward and counts them", () => {
    const clock = new LocalClock("Europe/London");
    expect(clock.place(wall("2024-03-31 01:30:00"))).toBe(T("2024-03-31T01:30:00Z"));
    expect(clock.nonexistent).toBe(1);
  });

  it("rejects an unknown zone with its name", () => {
    expect(() => new LocalClock("Mars/Olympus")).toThrow(/Mars\/Olympus/);
  });
});

describe("parseTimestamp", () => {
  it.each([
    ["2024-10-13T03:33:31.779Z", { kind: "instant", ms: T("2024-10-13T03:33:31.779Z") }],
    ["2024-10-13T05:33:31+02:00", { kind: "instant", ms: T("2024-10-13T03:33:31Z") }],
    ["2024-10-13T05:33:31+0200", { kind: "instant", ms: T("2024-10-13T03:33:31Z") }],
    ["2024/10/13 03:33:31.779", { kind: "local", wallMs: T("2024-10-13T03:33:31.779Z") }],
    ["2024-10-13 03:33:31", { kind: "local", wallMs: T("2024-10-13T03:33:31Z") }],
    ["1728790411", { kind: "instant", ms: 1728790411000 }],
    ["1728790411.5", { kind: "instant", ms: 1728790411500 }],
    ["1728790411779", { kind: "instant", ms: 1728790411779 }],
    ["1728790411779000", { kind: "instant", ms: 1728790411779 }],
  ])("%s", (text, expected) => {
    expect(parseTimestamp(text)).toEqual(expected);
  });

  it.each(["", "  ", "yesterday", "2024-02-30 00:00:00", "2024-13-01", "2024-01-01 25:00:00", "0x1F", "12"])(
    "rejects %j",
    (text) => {
      expect(parseTimestamp(text)).toBeUndefined();
    },
  );
});
