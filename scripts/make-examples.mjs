// Writes the synthetic example data in examples/ (deterministic: same bytes every run).
// node scripts/make-examples.mjs
import { writeFileSync } from "node:fs";

let seed = 20250603;
const rand = () => {
  // Park–Miller minimal standard generator: small, deterministic, good enough for noise.
  seed = (seed * 16807) % 2147483647;
  return (seed - 1) / 2147483646;
};

const pad = (n, w = 2) => String(n).padStart(w, "0");
// Native nvidia-smi timestamps: local wall time, no zone. The run is in London in June (BST, UTC+1).
const localStamp = (utcMs) => {
  const d = new Date(utcMs + 3600_000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
};

// A 4×A100 fine-tuning run: 13:10–19:40 UTC on 2025-06-03, 10 s sampling, evaluation dips every
// 45 minutes, a checkpoint stall, and an idle tail after the last step.
const start = Date.UTC(2025, 5, 3, 13, 10, 0);
const trainEnd = Date.UTC(2025, 5, 3, 19, 30, 0);
const end = Date.UTC(2025, 5, 3, 19, 40, 0);
const lines = [
  "# synthetic example data written by scripts/make-examples.mjs: not a real measurement",
  "timestamp, name, index, pstate, utilization.gpu [%], power.draw [W]",
];
for (let t = start; t <= end; t += 10_000) {
  const minute = (t - start) / 60_000;
  for (let gpu = 0; gpu < 4; gpu++) {
    let watts;
    let util;
    if (t > trainEnd) {
      watts = 62 + rand() * 4;
      util = 0;
    } else if (minute % 45 >= 40) {
      watts = 155 + rand() * 20; // evaluation
      util = 35;
    } else {
      watts = 365 + gpu * 4 + rand() * 30 - 15;
      util = 97 + Math.floor(rand() * 4);
    }
    if (gpu === 2 && minute > 200 && minute < 200.5) {
      lines.push(`${localStamp(t)}, NVIDIA A100-SXM4-80GB, ${gpu}, P0, [N/A], [N/A]`);
      continue;
    }
    lines.push(
      `${localStamp(t + gpu * 3)}, NVIDIA A100-SXM4-80GB, ${gpu}, P0, ${util} %, ${watts.toFixed(2)} W`,
    );
  }
}
writeFileSync("examples/nvidia-smi-4xA100.csv", `${lines.join("\n")}\n`);

// Half-hourly grid intensity for Great Britain on that day, shaped like a sunny June weekday:
// cleaner overnight and at midday solar, a gas-fired evening peak.
const intensity = ["# synthetic example data written by scripts/make-examples.mjs: shaped like a June day in GB, not real figures", "period_start,carbon_intensity_gco2_per_kwh"];
const day = Date.UTC(2025, 5, 3);
for (let i = 0; i < 48; i++) {
  const h = i / 2;
  const base = 135 + 25 * Math.cos(((h - 3) / 24) * 2 * Math.PI);
  const solar = h > 8 && h < 17 ? -55 * Math.sin(((h - 8) / 9) * Math.PI) : 0;
  const peak = h >= 16 && h < 20 ? 95 * Math.sin(((h - 16) / 4) * Math.PI) + 40 : 0;
  const value = Math.round(base + solar + peak + rand() * 8);
  intensity.push(`${new Date(day + i * 1800_000).toISOString().replace(".000Z", "Z")},${value}`);
}
writeFileSync("examples/gb-intensity-2025-06-03.csv", `${intensity.join("\n")}\n`);
