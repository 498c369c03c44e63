/**
 * The CLI fetching hourly intensity from a provider's API, against real HTTP servers on
 * 127.0.0.1 (--intensity-api-url): what is measured, what is filled, what failed and why, and that
 * no key reaches the report or the output.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseReport } from "../../src/report/schema.js";
import { json, type LocalServer, startServer } from "../intensity/providers/local-server.js";

const examples = new URL("../../examples/", import.meta.url).pathname;
const trace = join(examples, "nvidia-smi-4xA100.csv");
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "gridprint-online-"));
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    [
      "report",
      "--traces",
      trace,
      "--timezone",
      "Europe/London",
      "--json",
      join(dir, "r.json"),
      "--markdown",
      join(dir, "r.md"),
      ...args,
    ],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir },
  );
  const json = code === 0 ? readFileSync(join(dir, "r.json"), "utf8") : "";
  const md = code === 0 ? readFileSync(join(dir, "r.md"), "utf8") : "";
  return { code, stdout, stderr, json, md, report: code === 0 ? parseReport(JSON.parse(json)) : undefined };
}

/** UK Carbon Intensity API national answers: 30-minute periods over the asked window, settled until `until`. */
function ukAnswer(url: string, until = Number.POSITIVE_INFINITY) {
  const m = /\/intensity\/([^/]+)\/([^/?]+)/.exec(url);
  const from = Date.parse((m?.[1] ?? "").replace(/Z?$/, "Z"));
  const to = Date.parse((m?.[2] ?? "").replace(/Z?$/, "Z"));
  const data = [];
  for (let t = from; t < to; t += 1_800_000) {
    if (t >= until) continue;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).concat("Z");
    data.push({
      from: iso(t),
      to: iso(t + 1_800_000),
      intensity: { forecast: 150, actual: 100 + ((t / 1_800_000) % 48), index: "moderate" },
    });
  }
  return { data };
}

describe("intensity from a provider's API", () => {
  it("prices every hour with the UK API for GB, key-free, and names its licence", async () => {
    server = await startServer((req, res) => json(res, ukAnswer(req.url ?? "")));
    const r = await run(["--zone", "GB", "--intensity-api-url", server.base]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const i = r.report?.intensity;
    expect(i?.provider).toBe("uk");
    expect(i?.quality).toBe("measured");
    expect(i?.coverage.hoursWithFallback).toBe(0);
    expect(i?.licences.join(" ")).toMatch(/CC BY 4\.0/);
    expect(i?.summary).toMatch(/^7\/7 h from UK Carbon Intensity API/);
    expect(i?.factor).toBe("direct");
    expect(r.report?.warnings.join(" ")).toMatch(/part of the difference between them is the factor/);
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it("fills the hours the API lacks with the annual average and says which", async () => {
    const until = Date.parse("2025-06-03T17:00:00Z");
    server = await startServer((req, res) => json(res, ukAnswer(req.url ?? "", until)));
    const r = await run(["--zone", "GB", "--intensity-api-url", server.base]);
    const i = r.report?.intensity;
    expect(i?.quality).toBe("partial");
    expect(i?.coverage.hoursWithFallback).toBe(3);
    expect(i?.summary).toMatch(
      /^4\/7 h from UK Carbon Intensity API.*; 3 h \(in whole or part\) from the 2025 annual average/,
    );
  });

  it("still reports when the API is unreachable, with the fallback and the reason stated", async () => {
    server = await startServer((_req, res) => json(res, { error: "down" }, 503));
    const r = await run(["--zone", "GB", "--intensity-api-url", server.base]);
    expect(r.code).toBe(0);
    const i = r.report?.intensity;
    expect(i?.provider).toBe("average");
    expect(i?.quality).toBe("fallback");
    expect(i?.summary).toMatch(
      /all 7 h priced with the 2025 annual average .* after UK Carbon Intensity API \(NESO\): HTTP 503/,
    );
    expect(r.md).toMatch(/HTTP 503/);
    expect(server.requests.length).toBe(3);
  }, 20_000);

  it("still reports when nothing answers at all (connection refused)", async () => {
    // A port nothing listens on: the network as good as unreachable.
    const closed = await startServer((_req, res) => json(res, {}));
    const url = closed.base;
    await closed.close();
    const r = await run(["--zone", "GB", "--intensity-api-url", url]);
    expect(r.code).toBe(0);
    expect(r.report?.intensity.quality).toBe("fallback");
    expect(r.report?.intensity.summary).toMatch(/after UK Carbon Intensity API \(NESO\): no connection/);
  }, 20_000);

  it("keeps an Electricity Maps token out of the report, the markdown and the output", async () => {
    const token = "canary-token-7f3a9c";
    server = await startServer((_req, res) => json(res, { message: "nope" }, 401));
    const r = await run([
      "--zone",
      "DE",
      "--electricity-maps-token",
      token,
      "--intensity-api-url",
      server.base,
    ]);
    expect(r.code).toBe(0);
    expect(server.requests[0]?.headers["auth-token"]).toBe(token);
    for (const text of [r.json, r.md, r.stdout, r.stderr]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(encodeURIComponent(token));
      expect(text).not.toContain(Buffer.from(token).toString("base64"));
    }
    expect(r.report?.intensity.attempts[0]).toMatchObject({
      source: "electricity-maps",
      failure: "HTTP 401",
    });
  });

  it("uses the average with no request for a zone no key-free API serves, and says what to configure", async () => {
    const r = await run(["--zone", "US-CAL-CISO"]);
    expect(r.report?.intensity.provider).toBe("average");
    expect(r.report?.warnings.join(" ")).toMatch(/electricity-maps-token/);
  });

  it("accepts a cloud region as the zone", async () => {
    const r = await run(["--zone", "gcp:europe-west4", "--intensity-source", "average"]);
    expect(r.report?.intensity.zone).toBe("NL");
    expect(r.report?.warnings.join(" ")).toMatch(/Zone NL for gcp:europe-west4/);
  });
});
