/**
 * Puts one device's samples in time order and collapses samples that share an instant, so that
 * shuffled or duplicated rows cannot change the energy.
 */
import type { DeviceSamples } from "../traces/sample-sink.js";

export interface OrderedSamples {
  times: Float64Array;
  watts: Float64Array;
  /** Samples that shared an instant with another and were merged into their mean. */
  merged: number;
}

export function orderSamples(samples: DeviceSamples): OrderedSamples {
  const n = samples.length;
  const srcT = samples.times;
  const srcW = samples.watts;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if ((srcT[i] as number) < (srcT[i - 1] as number)) {
      sorted = false;
      break;
    }
  }
  let order: Uint32Array | undefined;
  if (!sorted) {
    order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // Ties broken by watts so the merged mean does not depend on input order.
    order.sort(
      (a, b) => (srcT[a] as number) - (srcT[b] as number) || (srcW[a] as number) - (srcW[b] as number),
    );
  }
  const times = new Float64Array(n);
  const watts = new Float64Array(n);
  let out = 0;
  let merged = 0;
  let runCount = 0;
  let runSum = 0;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] as number) : k;
    const t = srcT[i] as number;
    const w = srcW[i] as number;
    if (out > 0 && times[out - 1] === t) {
      runSum += w;
      runCount++;
      watts[out - 1] = runSum / runCount;
      merged++;
    } else {
      times[out] = t;
      watts[out] = w;
      runSum = w;
      runCount = 1;
      out++;
    }
  }
  return { times: times.subarray(0, out), watts: watts.subarray(0, out), merged };
}
