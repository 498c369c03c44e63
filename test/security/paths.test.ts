/**
 * Issue 7: "Trace paths — FIFOs, /dev/zero, symlinks out of the workspace — refused before
 * reading." Through the CLI (runCli, cwd = a temporary workspace), each refusal exits 2 with a
 * message naming the file, at once (each test has a timeout: a read of a FIFO or of /dev/zero
 * would block or never end).
 *
 * The rule (src/input-files.ts, assertRegularFile): only regular files are read; and a path that
 * is inside the workspace as written must stay inside it once symbolic links are followed — in the
 * file or in a directory above it — because the workspace holds a pull request's checkout, and a
 * link committed there could point at /proc/self/environ (the runner's environment, tokens
 * included), ~/.ssh or a device. A path outside the workspace as written (/tmp/x.csv, ../x.csv) is
 * read: it was typed by whoever wrote the command line or the workflow, not committed by a pull
 * request, and the CLI's user may keep traces anywhere.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

const examples = new URL("../../examples/", import.meta.url).pathname;
const TRACE = join(examples, "nvidia-smi-4xA100.csv");
const INTENSITY = join(examples, "gb-intensity-2025-06-03.csv");
/** Each case ends within this (a blocked read would not). */
const QUICK = 10_000;

/** A workspace holding one real trace, and a sibling directory outside it holding another. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), "gridprint-paths-"));
  const workspace = join(base, "workspace");
  const outside = join(base, "outside");
  mkdirSync(workspace);
  mkdirSync(outside);
  copyFileSync(TRACE, join(workspace, "gpu-power.csv"));
  copyFileSync(TRACE, join(outside, "outside.csv"));
  copyFileSync(INTENSITY, join(outside, "intensity.csv"));
  return { base, workspace, outside };
}

async function raw(cwd: string, argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** `gridprint report` offline (the bundled annual average), markdown to report.md. */
const cli = (cwd: string, args: string[]) =>
  raw(cwd, [
    "report",
    "--zone",
    "GB",
    "--intensity-source",
    "average",
    "--timezone",
    "Europe/London",
    "--markdown",
    "report.md",
    ...args,
  ]);

const traces = (...files: string[]) => files.flatMap((f) => ["--traces", f]);

describe("trace and input paths that could block, or read outside the workspace, are refused before reading", () => {
  it(
    "a FIFO in the workspace",
    async () => {
      const { workspace } = setup();
      execFileSync("mkfifo", [join(workspace, "fifo.csv")]);
      const r = await cli(workspace, traces("fifo.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: fifo\.csv: not a regular file/);
    },
    QUICK,
  );

  it(
    "/dev/zero given as the path (outside the workspace as written: refused as no regular file)",
    async () => {
      const { workspace } = setup();
      const r = await cli(workspace, traces("/dev/zero"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: \/dev\/zero: not a regular file/);
    },
    QUICK,
  );

  it(
    "a link in the workspace to /dev/zero",
    async () => {
      const { workspace } = setup();
      symlinkSync("/dev/zero", join(workspace, "zero.csv"));
      const r = await cli(workspace, traces("zero.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: zero\.csv: resolves outside the workspace/);
    },
    QUICK,
  );

  it(
    "a link in the workspace to /proc/self/environ (the runner's environment, tokens included)",
    async () => {
      if (!existsSync("/proc/self/environ")) return;
      const { workspace } = setup();
      symlinkSync("/proc/self/environ", join(workspace, "env.csv"));
      const r = await cli(workspace, traces("env.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: env\.csv: resolves outside the workspace/);
    },
    QUICK,
  );

  it(
    "a link in the workspace to a regular trace outside it",
    async () => {
      const { workspace, outside } = setup();
      symlinkSync(join(outside, "outside.csv"), join(workspace, "linked.csv"));
      const r = await cli(workspace, traces("gpu-power.csv", "linked.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: linked\.csv: resolves outside the workspace/);
      expect(r.stderr).toContain(join(outside, "outside.csv"));
    },
    QUICK,
  );

  it(
    "a relative link climbing out of the workspace",
    async () => {
      const { workspace } = setup();
      symlinkSync("../outside/outside.csv", join(workspace, "up.csv"));
      const r = await cli(workspace, traces("up.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: up\.csv: resolves outside the workspace/);
    },
    QUICK,
  );

  it(
    "a linked directory pointing outside, named plainly and through a glob",
    async () => {
      const { workspace, outside } = setup();
      symlinkSync(outside, join(workspace, "data"));
      for (const pattern of ["data/outside.csv", "data/*.csv"]) {
        const r = await cli(workspace, traces(pattern));
        expect(r.code, pattern).toBe(2);
        expect(r.stderr, pattern).toMatch(/^gridprint: data\/[\w.-]+\.csv: resolves outside the workspace/);
      }
    },
    QUICK,
  );

  it(
    "the same for an intensity file, a baseline report and the reports of mode aggregate",
    async () => {
      const { workspace, outside } = setup();
      symlinkSync(join(outside, "intensity.csv"), join(workspace, "intensity.csv"));
      const intensity = await raw(workspace, [
        "report",
        ...traces("gpu-power.csv"),
        "--timezone",
        "Europe/London",
        "--intensity-file",
        "intensity.csv",
      ]);
      expect(intensity.code).toBe(2);
      expect(intensity.stderr).toMatch(/^gridprint: intensity\.csv: resolves outside the workspace/);

      // A valid report outside, linked in as the baseline and as a node report.
      const made = await cli(outside, [...traces("outside.csv"), "--json", "base.json"]);
      expect(made.code, made.stderr).toBe(0);
      symlinkSync(join(outside, "base.json"), join(workspace, "base.json"));
      const baseline = await cli(workspace, [...traces("gpu-power.csv"), "--baseline", "base.json"]);
      expect(baseline.code).toBe(2);
      expect(baseline.stderr).toMatch(/^gridprint: base\.json: resolves outside the workspace/);
      const aggregate = await raw(workspace, ["report", "--mode", "aggregate", "--reports", "base.json"]);
      expect(aggregate.code).toBe(2);
      expect(aggregate.stderr).toMatch(/^gridprint: base\.json: resolves outside the workspace/);
    },
    QUICK * 2,
  );

  it(
    "a dangling link is no such file",
    async () => {
      const { workspace } = setup();
      symlinkSync(join(workspace, "nowhere.csv"), join(workspace, "dangling.csv"));
      const r = await cli(workspace, traces("dangling.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gridprint: dangling\.csv: no such file/);
    },
    QUICK,
  );
});

describe("paths that are read", () => {
  it(
    "a link inside the workspace to a file inside it, directly and through a linked directory",
    async () => {
      const { workspace } = setup();
      mkdirSync(join(workspace, "logs"));
      copyFileSync(TRACE, join(workspace, "logs", "node-1.csv"));
      symlinkSync("gpu-power.csv", join(workspace, "latest.csv"));
      symlinkSync(join(workspace, "logs"), join(workspace, "current"));
      for (const file of ["latest.csv", "current/node-1.csv"]) {
        const r = await cli(workspace, traces(file));
        expect(r.code, `${file}: ${r.stderr}`).toBe(0);
        expect(readFileSync(join(workspace, "report.md"), "utf8")).toContain(file);
      }
    },
    QUICK,
  );

  it(
    "a workspace reached through a link (as /tmp is on macOS)",
    async () => {
      const { base, workspace } = setup();
      symlinkSync(workspace, join(base, "ws-link"));
      const r = await cli(join(base, "ws-link"), traces("gpu-power.csv"));
      expect(r.code, r.stderr).toBe(0);
    },
    QUICK,
  );

  it(
    "paths outside the workspace as typed: ../outside.csv and an absolute path (the user's own choice)",
    async () => {
      const { workspace, outside } = setup();
      for (const file of ["../outside/outside.csv", join(outside, "outside.csv")]) {
        const r = await cli(workspace, traces(file));
        expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      }
    },
    QUICK,
  );
});

describe("writing (not covered by the input check)", () => {
  // A pull request that commits `gridprint-report.json` (the action's default report-path) as a
  // link to a file outside the workspace must not make the run overwrite that file.
  it(
    "a report path that is a link out of the workspace is refused, the file outside left alone",
    async () => {
      const { workspace, outside } = setup();
      const victim = join(outside, "victim.txt");
      writeFileSync(victim, "precious\n");
      symlinkSync(victim, join(workspace, "gridprint-report.json"));
      const r = await cli(workspace, [...traces("gpu-power.csv"), "--json", "gridprint-report.json"]);
      expect(readFileSync(victim, "utf8")).toBe("precious\n");
      expect(r.code).toBe(2);
    },
    QUICK,
  );
});
