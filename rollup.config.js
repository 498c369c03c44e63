// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with all dependencies inlined:
// the action runs dist as committed, with no node_modules beside it.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";

const plugins = () => [
  typescript({ tsconfig: "./tsconfig.build.json" }),
  nodeResolve({ preferBuiltins: true, exportConditions: ["node", "import", "default"] }),
  commonjs(),
  json(),
];

const onwarn = (warning, warn) => {
  // @actions/* and octokit use `this` at module top level in their CommonJS shims; harmless.
  if (warning.code === "THIS_IS_UNDEFINED" || warning.code === "CIRCULAR_DEPENDENCY") return;
  warn(warning);
};

export default [
  {
    input: "src/index.ts",
    output: { file: "dist/index.js", format: "es", sourcemap: false },
    plugins: plugins(),
    onwarn,
  },
  {
    // Worker threads that read parts of large traces; loaded by dist/index.js and dist/cli.js.
    input: "src/traces/parallel-worker.ts",
    output: { file: "dist/trace-worker.js", format: "es", sourcemap: false },
    plugins: plugins(),
    onwarn,
  },
  {
    input: "src/cli.ts",
    output: { file: "dist/cli.js", format: "es", sourcemap: false, banner: "#!/usr/bin/env node" },
    plugins: plugins(),
    onwarn,
  },
];
