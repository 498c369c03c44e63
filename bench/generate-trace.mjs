// Writes a native nvidia-smi CSV of 8 GPUs sampled every 100 ms, of about the size asked for:
//   node bench/generate-trace.mjs OUT.csv SIZE_MIB
// Header and values exactly as `nvidia-smi --query-gpu=timestamp,index,name,uuid,power.draw
// --format=csv -lms 100` writes them.
import { createWriteStream } from "node:fs";

const [out, sizeMib] = process.argv.slice(2);
if (!out || !sizeMib) {
  console.error("usage: node bench/generate-trace.mjs OUT.csv SIZE_MIB");
  process.exit(2);
}
const target = Number(sizeMib) * 1024 * 1024;
const stream = createWriteStream(out);
const pad = (n, w = 2) => String(n).padStart(w, "0");
const uuids = Array.from(
  { length: 8 },
  (_, i) => `GPU-${(0x1a2b3c4d + i * 7919).toString(16)}-9f8e-4d3c-b2a1-${(0x5e6f7a8b9c0d + i).toString(16)}`,
);
let written = 0;
let t = Date.UTC(2025, 5, 3, 8, 0, 0);
let seed = 7;
const rand = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const header = "timestamp, index, name, uuid, power.draw [W]\n";
stream.write(header);
written += header.length;
function stamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}
function writeMore() {
  let ok = true;
  while (written < target && ok) {
    let chunk = "";
    for (let k = 0; k < 500; k++) {
      const s = stamp(t);
      for (let gpu = 0; gpu < 8; gpu++) {
        chunk += `${s}, ${gpu}, NVIDIA H100 80GB HBM3, ${uuids[gpu]}, ${(280 + rand() * 420).toFixed(2)} W\n`;
      }
      t += 100;
    }
    written += chunk.length;
    ok = stream.write(chunk);
  }
  if (written < target) stream.once("drain", writeMore);
  else stream.end();
}
writeMore();
