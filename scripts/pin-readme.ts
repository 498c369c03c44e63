// Pins the README's examples to the latest commit that changed the action (action.yml or dist/):
//   npx tsx scripts/pin-readme.ts && git commit -am "Pin the README's examples"
// Examples pin actions by full commit sha (GitHub's advice for third-party actions); a test checks
// that the pinned commit exists and holds the same action as the working tree.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const sha = execFileSync("git", ["log", "-1", "--format=%H", "--", "action.yml", "dist"], { encoding: "utf8" }).trim();
if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`no commit found for action.yml/dist: ${sha}`);
const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version as string;
const path = new URL("../README.md", import.meta.url);
const before = readFileSync(path, "utf8");
const after = before.replace(
  /gridprint\/gridprint@[^\s#]+(?: # \S+)?/g,
  `gridprint/gridprint@${sha} # v${version}`,
);
writeFileSync(path, after);
console.log(before === after ? "README already pinned" : `README pinned to ${sha} (v${version})`);
