// csv-parse reading the same trace, feeding gridprint's own integrator: the same integration,
// a general-purpose CSV parser in front of it.
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { DeviceIntegrator } from "../src/energy/device-integrator.js";
import { MinuteBins } from "../src/energy/minute-bins.js";
import { parseTimestamp } from "../src/time/timestamp.js";

const bins = new MinuteBins();
const devices = new Map<string, DeviceIntegrator>();
const parser = createReadStream(process.argv[2] as string).pipe(
  parse({ columns: true, trim: true, skip_empty_lines: true }),
);
for await (const row of parser as AsyncIterable<Record<string, string>>) {
  const t = parseTimestamp(row.timestamp ?? "");
  const watts = Number.parseFloat(row["power.draw [W]"] ?? "");
  if (!t || !Number.isFinite(watts)) continue;
  const ms = t.kind === "instant" ? t.ms : t.wallMs;
  const id = row.index ?? "";
  let d = devices.get(id);
  if (!d) {
    d = new DeviceIntegrator({ id }, bins);
    devices.set(id, d);
  }
  d.push(ms, watts);
}
let joules = 0;
for (const d of devices.values()) joules += d.finish().energyJ;
console.log(JSON.stringify({ energyKwh: joules / 3.6e6 }));
