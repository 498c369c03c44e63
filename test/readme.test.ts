/** The README's inputs and outputs tables say what action.yml says: names and defaults. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const action = parse(readFileSync(new URL("../action.yml", import.meta.url), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The rows of the first table after `heading`: cells of each row, header and rule dropped. */
function tableAfter(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const lines = readme.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const names = (cell: string) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] as string);

describe("README", () => {
  it("lists every input of action.yml once, with its default", () => {
    const rows = tableAfter("### Inputs");
    const listed: string[] = [];
    for (const [nameCell = "", defaultCell = ""] of rows) {
      for (const name of names(nameCell)) {
        listed.push(name);
        const expected = action.inputs[name]?.default;
        const shown = defaultCell.replace(/^`(.*)`$/, "$1");
        expect(shown, `default of ${name}`).toBe(expected ?? "");
      }
    }
    expect(listed.sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it("lists every output of action.yml once", () => {
    const listed = tableAfter("### Outputs").flatMap(([nameCell = ""]) => names(nameCell));
    expect(listed.sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe("README's pin of gridprint itself", () => {
  const pins = [...readme.matchAll(/gridprint\/gridprint@([^\s#]+)/g)].map((m) => m[1] as string);
  const root = new URL("../", import.meta.url).pathname;
  const git = (...args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
  const inGit = git("rev-parse", "--is-inside-work-tree").stdout.trim() === "true";

  it("is one full commit sha throughout", () => {
    expect(pins.length).toBeGreaterThan(0);
    expect(new Set(pins).size).toBe(1);
    expect(pins[0]).toMatch(/^[0-9a-f]{40}$/);
  });

  it.skipIf(!inGit)("names a commit whose action (action.yml and dist) is the one in this tree", () => {
    const sha = pins[0] as string;
    expect(git("cat-file", "-e", `${sha}^{commit}`).status, `${sha} is not a commit here`).toBe(0);
    const diff = git("diff", "--name-only", sha, "--", "action.yml", "dist");
    expect(diff.stdout.trim(), "run npx tsx scripts/pin-readme.ts").toBe("");
  });
  if (!inGit) console.log("README pin: not a git checkout, the pinned commit is not checked");
});
