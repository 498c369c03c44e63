import { it } from "vitest";
import { LocalClock } from "../../src/time/zone.js";
import { fileLines } from "../../src/traces/lines.js";
import { dcgm } from "../../src/traces/dcgm.js";
import { SampleSink } from "../../src/traces/sample-sink.js";

it("smoke", async () => {
  for (const f of ["dmon-prefixed.txt", "dmon-plain.txt", "dmon-power-only.txt", "exporter-timestamps.prom", "exporter-scrape-comments.prom", "exporter-no-time.prom"]) {
    const sink = new SampleSink();
    try {
    const stats = await dcgm.read(fileLines(`test/fixtures/dcgm/${f}`), sink, { file: f, clock: new LocalClock("UTC") });
    console.log(f, JSON.stringify(stats, null, 1));
    for (const [k, d] of sink.devices) console.log(k, d.device, JSON.stringify(d.intervals), d.times.slice(0, d.length), d.watts.slice(0, d.length));
    } catch (e) { console.log(f, String(e)); }
  }
});
