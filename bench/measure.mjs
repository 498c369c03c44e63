// Runs a Node script with the given arguments and reports its peak RSS (KiB) on stderr at exit:
//   node bench/measure.mjs SCRIPT ARGS...
import { writeSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", () => {
  writeSync(2, `\nBENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
await import(pathToFileURL(resolve(script)).href);
