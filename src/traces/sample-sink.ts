/**
 * Power samples per device, kept in growable typed arrays: tens of millions of samples fit where
 * as many objects would not.
 */
import type { DeviceInfo } from "./types.js";

export class DeviceSamples {
  times = new Float64Array(1024);
  watts = new Float64Array(1024);
  length = 0;

  constructor(readonly device: DeviceInfo) {}

  push(timeMs: number, watts: number): void {
    if (this.length === this.times.length) {
      const times = new Float64Array(this.length * 2);
      times.set(this.times);
      this.times = times;
      const w = new Float64Array(this.length * 2);
      w.set(this.watts);
      this.watts = w;
    }
    this.times[this.length] = timeMs;
    this.watts[this.length] = watts;
    this.length++;
  }
}

export class SampleSink {
  readonly devices = new Map<string, DeviceSamples>();

  /** The series for a device, created on first use; later calls may add a name or UUID. */
  device(info: DeviceInfo): DeviceSamples {
    let d = this.devices.get(info.id);
    if (!d) {
      d = new DeviceSamples({ ...info });
      this.devices.set(info.id, d);
    } else {
      if (info.name && !d.device.name) d.device.name = info.name;
      if (info.uuid && !d.device.uuid) d.device.uuid = info.uuid;
    }
    return d;
  }
}
