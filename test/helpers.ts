/** Small builders shared by tests. */

import type { IntensitySeries } from "../src/intensity/series.js";
import { SampleSink } from "../src/traces/sample-sink.js";

export const T = (iso: string) => Date.parse(iso);

/** One device sampled every stepS seconds from start to end inclusive, power given by a function of UTC ms. */
export function sampled(
  id: string,
  startIso: string,
  endIso: string,
  stepS: number,
  watts: (t: number) => number,
) {
  const sink = new SampleSink();
  const d = sink.device({ id });
  for (let t = T(startIso); t <= T(endIso); t += stepS * 1000) d.push(t, watts(t));
  return d;
}

/** A step series from [startIso, value] pairs, each period stepMin minutes long. */
export function stepSeries(
  startIso: string,
  stepMin: number,
  values: number[],
  extra: Partial<IntensitySeries> = {},
): IntensitySeries {
  const start = T(startIso);
  return {
    source: "test series",
    factor: "lifecycle",
    signal: "average",
    ...extra,
    periods: values.map((g, i) => ({
      start: start + i * stepMin * 60_000,
      end: start + (i + 1) * stepMin * 60_000,
      gPerKwh: g,
      estimated: false,
      forecast: false,
    })),
  };
}
