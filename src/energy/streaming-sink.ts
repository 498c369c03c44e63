/**
 * The sink readers write into on the normal path: each device's samples are integrated as they
 * arrive, so memory stays flat however long the trace. A file whose rows are out of time order
 * for some device is flagged; the caller then re-reads it through a collecting SampleSink.
 */
import type { DeviceInfo, SampleTarget } from "../traces/types.js";
import { type DeviceEnergy, DeviceIntegrator } from "./device-integrator.js";
import { MinuteBins } from "./minute-bins.js";

export class StreamingSink implements SampleTarget {
  readonly bins = new MinuteBins();
  readonly devices = new Map<string, DeviceIntegrator>();

  constructor(private readonly gapLimitMs?: number) {}

  device(info: DeviceInfo): DeviceIntegrator {
    const key = info.host === undefined ? info.id : `${info.host}/${info.id}`;
    let d = this.devices.get(key);
    if (!d) {
      d = new DeviceIntegrator({ ...info }, this.bins, this.gapLimitMs);
      this.devices.set(key, d);
    } else {
      if (info.name && !d.device.name) d.device.name = info.name;
      if (info.uuid && !d.device.uuid) d.device.uuid = info.uuid;
    }
    return d;
  }

  get outOfOrder(): boolean {
    for (const d of this.devices.values()) if (d.outOfOrder) return true;
    return false;
  }

  finish(): DeviceEnergy[] {
    return [...this.devices.values()].map((d) => d.finish());
  }
}
