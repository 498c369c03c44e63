/**
 * The sink readers write into on the normal path: each device's samples are integrated as they
 * arrive, so memory stays flat however long the trace. A file whose rows are out of time order
 * for some device is flagged; the caller then re-reads it through a collecting SampleSink.
 */
import { InputError } from "../errors.js";
import type { DeviceInfo, SampleTarget } from "../traces/types.js";
import { type DeviceEnergy, DeviceIntegrator } from "./device-integrator.js";
import { MinuteBins } from "./minute-bins.js";

/** More devices than one job's trace holds: past this a file is mis-read or hostile. */
export const MAX_DEVICES_PER_FILE = 4096;

export class StreamingSink implements SampleTarget {
  readonly bins = new MinuteBins();
  readonly devices = new Map<string, DeviceIntegrator>();

  constructor(private readonly gapLimitMs?: number) {}

  device(info: DeviceInfo): DeviceIntegrator {
    const key = info.host === undefined ? info.id : `${info.host}/${info.id}`;
    let d = this.devices.get(key);
    if (!d) {
      if (this.devices.size >= MAX_DEVICES_PER_FILE) {
        throw new InputError(
          `more than ${MAX_DEVICES_PER_FILE} devices in one file (the last: ${JSON.stringify(key.slice(0, 60))}): expected the traces of one job; is a changing column being read as the device?`,
        );
      }
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
