/**
 * Devices from many files, counted once each. A device is its host and id; when two files hold
 * the same device over separate stretches of time (a log rotated or split), they are one device
 * and the interval between the files is bridged like any other (or reported as a gap). When they
 * overlap in time, they cannot be the same device: each file's copy is kept apart under the file's
 * name as host, with a warning, rather than added into one impossible device.
 */
import type { DeviceEnergy } from "./device-integrator.js";
import type { MinuteBins } from "./minute-bins.js";

export interface FileDevices {
  file: string;
  devices: DeviceEnergy[];
}

export interface CombinedDevice extends DeviceEnergy {
  files: string[];
}

const keyOf = (d: DeviceEnergy) =>
  d.device.host === undefined ? d.device.id : `${d.device.host}/${d.device.id}`;

export function combineDevices(files: FileDevices[], bins: MinuteBins, warnings: string[]): CombinedDevice[] {
  const byKey = new Map<string, CombinedDevice[]>();
  for (const { file, devices } of files) {
    for (const d of devices) {
      const key = keyOf(d);
      const list = byKey.get(key) ?? [];
      byKey.set(key, list);
      list.push({ ...d, files: [file] });
    }
  }
  const out: CombinedDevice[] = [];
  for (const [key, list] of byKey) {
    if (list.length === 1) {
      out.push(list[0] as CombinedDevice);
      continue;
    }
    list.sort((a, b) => a.start - b.start);
    const overlapping = list.some((d, i) => i > 0 && d.start < (list[i - 1] as CombinedDevice).end);
    if (overlapping) {
      warnings.push(
        `${key} appears in ${list.map((d) => d.files[0]).join(", ")} over the same time: counted as separate devices, one per file (different hosts?). Name the host in the trace to make this explicit.`,
      );
      for (const d of list) out.push({ ...d, device: { ...d.device, host: d.device.host ?? d.files[0] } });
      continue;
    }
    let merged = list[0] as CombinedDevice;
    for (const next of list.slice(1)) merged = join(merged, next, bins);
    out.push(merged);
  }
  return out;
}

/** One device continued in a later file: sum the figures and bridge the seam. */
function join(a: CombinedDevice, b: CombinedDevice, bins: MinuteBins): CombinedDevice {
  const joined: CombinedDevice = {
    ...a,
    files: [...a.files, ...b.files],
    samples: a.samples + b.samples,
    mergedSamples: a.mergedSamples + b.mergedSamples,
    energyIntervals: a.energyIntervals + b.energyIntervals,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    energyJ: a.energyJ + b.energyJ,
    uncoveredMs: a.uncoveredMs + b.uncoveredMs,
    gapCount: a.gapCount + b.gapCount,
    gaps: [...a.gaps, ...b.gaps].slice(0, 5),
    gapLimitMs: Math.max(a.gapLimitMs, b.gapLimitMs),
    last: b.last ?? a.last,
    first: a.first ?? b.first,
  };
  if (a.last && b.first) {
    const dt = b.first.t - a.last.t;
    if (dt > 0 && dt <= joined.gapLimitMs) {
      joined.energyJ += bins.addRamp(a.last.t, a.last.w, b.first.t, b.first.w);
    } else if (dt > 0) {
      joined.uncoveredMs += dt;
      joined.gapCount++;
      if (joined.gaps.length < 5) joined.gaps.push({ start: a.last.t, end: b.first.t });
    }
  }
  return joined;
}
