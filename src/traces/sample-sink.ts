/**
 * A sink that keeps every sample, per device, in growable typed arrays. The normal path streams
 * into the energy stage instead (StreamingSink); this one serves tests and files whose rows are out
 * of time order, which must be sorted before they can be integrated.
 */
import type { DeviceChannel, DeviceInfo, SampleTarget } from "./types.js";

export class DeviceSamples implements DeviceChannel {
  times = new Float64Array(1024);
  watts = new Float64Array(1024);
  length = 0;
  /**
   * Energy known only per interval (CodeCarbon rows, differences of energy counters): the energy
   * is spread evenly over [start, end), which is exact for the total and the best statement about
   * its timing that such a source allows.
   */
  readonly intervals: { start: number; end: number; joules: number }[] = [];

  constructor(readonly device: DeviceInfo) {}

  /** Energy drawn between two instants (UTC ms, end > start), in joules. */
  pushEnergy(start: number, end: number, joules: number): void {
    this.intervals.push({ start, end, joules });
  }

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

export class SampleSink implements SampleTarget {
  readonly devices = new Map<string, DeviceSamples>();

  /** The series for a device (keyed by host and id), created on first use; later calls may add a name or UUID. */
  device(info: DeviceInfo): DeviceSamples {
    const key = info.host === undefined ? info.id : `${info.host}/${info.id}`;
    let d = this.devices.get(key);
    if (!d) {
      d = new DeviceSamples({ ...info });
      this.devices.set(key, d);
    } else {
      if (info.name && !d.device.name) d.device.name = info.name;
      if (info.uuid && !d.device.uuid) d.device.uuid = info.uuid;
    }
    return d;
  }
}
