import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OPTIONS } from "../../src/config/options.js";

const action = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe("action.yml", () => {
  it("runs dist/index.js on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("has exactly the inputs the CLI has as flags, with the same descriptions and defaults", () => {
    expect(Object.keys(action.inputs)).toEqual(OPTIONS.map((o) => o.name));
    for (const o of OPTIONS) {
      const input = action.inputs[o.name];
      expect(input?.description, o.name).toBe(o.description);
      expect(input?.default, o.name).toBe(o.default);
    }
  });

  it("names every input in kebab-case", () => {
    for (const name of Object.keys(action.inputs)) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    for (const name of Object.keys(action.outputs)) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
});
