// Rewrites the inputs of action.yml from the one option list (src/config/options.ts):
//   npx tsx scripts/sync-action-yml.ts
// A test fails when action.yml and the list disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { OPTIONS } from "../src/config/options.js";

const path = new URL("../action.yml", import.meta.url);
const text = readFileSync(path, "utf8");
const yamlString = (s: string) =>
  /[:#"'{}[\],&*?|<>=!%@`]/.test(s) || /^[\d.+-]+$/.test(s) || /^(true|false|yes|no|on|off|null|~)$/i.test(s) ? JSON.stringify(s) : s;
const inputs = OPTIONS.map((o) => {
  const lines = [`  ${o.name}:`, `    description: ${yamlString(o.description)}`];
  if (o.default !== undefined) lines.push(`    default: ${yamlString(o.default)}`);
  return lines.join("\n");
}).join("\n");
const start = text.indexOf("inputs:\n");
const end = text.indexOf("\noutputs:");
writeFileSync(path, `${text.slice(0, start)}inputs:\n${inputs}\n${text.slice(end)}`);
