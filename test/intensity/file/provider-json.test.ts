import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../../src/errors.js";
import {
  findJsonError,
  JsonValueSplitter,
  MAX_PROVIDER_JSON_BYTES,
  providerJson,
  readSavedResponses,
  recogniseResponse,
} from "../../../src/intensity/file/provider-json.js";
import {
  INTENSITY_FILE_READERS,
  readIntensityFile,
} from "../../../src/intensity/file/read-intensity-file.js";
import type { IntensityReadOptions } from "../../../src/intensity/file/types.js";
import { createFetcher } from "../../../src/intensity/http.js";
import {
  fetchElectricityMaps,
  parseElectricityMapsBody,
} from "../../../src/intensity/providers/electricity-maps.js";
import {
  fetchEnergiDataService,
  parseEnergiDataServiceBody,
} from "../../../src/intensity/providers/energi-data-service.js";
import { fetchEnergyCharts, parseEnergyChartsBody } from "../../../src/intensity/providers/energy-charts.js";
import { fetchUkIntensity, parseUkBody } from "../../../src/intensity/providers/uk-carbon-intensity.js";
import { fetchWattTime, parseWattTimeBody } from "../../../src/intensity/providers/watttime.js";
import type { EmissionFactor, IntensityPeriod } from "../../../src/intensity/series.js";
import { LocalClock } from "../../../src/time/zone.js";
import { arrayLines, OVERLONG_LINE } from "../../../src/traces/lines.js";
import { json, type LocalServer, seededRandom, startServer } from "../providers/local-server.js";

const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/providers/${name}`, import.meta.url));
const text = (name: string) => readFileSync(fixturePath(name), "utf8");
const body = (name: string): unknown => JSON.parse(text(name));
const T = (iso: string) => Date.parse(iso);

const tmp = mkdtempSync(join(tmpdir(), "gridprint-provider-json-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function write(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
const fetcher = () =>
  createFetcher({
    secrets: [],
    timeoutMs: 500,
    deadlineMs: 3000,
    baseDelayMs: 10,
    maxDelayMs: 20,
    random: seededRandom(1),
  });

const options = (factor: EmissionFactor = "lifecycle"): IntensityReadOptions => ({
  file: "saved.json",
  clock: new LocalClock("UTC"),
  factor,
});
const readText = (content: string, factor: EmissionFactor = "lifecycle") =>
  providerJson.read(arrayLines(content.split("\n")), options(factor));
const readFile = (path: string, factor: EmissionFactor = "lifecycle") =>
  readIntensityFile(path, { clock: new LocalClock("UTC"), factor });
const overlapping = (periods: readonly IntensityPeriod[], from: number, to: number) =>
  periods.filter((p) => p.end > from && p.start < to);

describe("providerJson.sniff", () => {
  const head = (content: string) =>
    content
      .split("\n")
      .filter((l) => l.trim() !== "")
      .slice(0, 3);

  it.each([
    "uk-national-intensity.json",
    "uk-regional-regionid-13.json",
    "uk-regional-postcode-rg10.json",
    "em-history-de.json",
    "em-past-range-us-cal-ciso.json",
    "watttime-historical-caiso-north.json",
    "energy-charts-co2eq-de.json",
    "energi-data-service-co2emis.json",
  ])("claims %s, pretty-printed and on one line", (name) => {
    expect(providerJson.sniff(head(text(name)))).toBe(true);
    expect(providerJson.sniff([JSON.stringify(body(name))])).toBe(true);
    expect(providerJson.sniff([JSON.stringify([body(name)])])).toBe(true);
    // The first reader that claims it: before the CSV readers.
    expect(INTENSITY_FILE_READERS.find((r) => r.sniff(head(text(name))))?.format).toBe("provider-json");
  });

  it("claims a pretty-printed document by its lone opening bracket, and a line too long to read", () => {
    expect(providerJson.sniff(["{", '  "token": "x"', "}"])).toBe(true);
    expect(providerJson.sniff(["[", "  {"])).toBe(true);
    expect(providerJson.sniff([OVERLONG_LINE])).toBe(true);
  });

  it("leaves CSVs and JSON Lines of other records (power traces) alone", () => {
    expect(providerJson.sniff(["time,gco2_per_kwh", "2025-06-03T10:00Z,200"])).toBe(false);
    expect(
      providerJson.sniff(['{"time": "2025-03-04T10:00:00Z", "power_w": {"gpu0": 301.5, "gpu1": 299}}']),
    ).toBe(false);
    expect(providerJson.sniff([])).toBe(false);
    expect(providerJson.sniff(["", "  "])).toBe(false);
  });
});

describe("recogniseResponse", () => {
  it("tells each provider's shape", () => {
    expect(recogniseResponse(body("uk-national-intensity.json"))).toBe("uk-national");
    expect(recogniseResponse(body("uk-regional-regionid-13.json"))).toBe("uk-regional");
    const postcode = body("uk-regional-postcode-rg10.json") as { data: unknown };
    expect(recogniseResponse({ data: [postcode.data] })).toBe("uk-regional");
    expect(recogniseResponse(body("em-history-de.json"))).toBe("electricity-maps");
    expect(recogniseResponse(body("em-past-range-us-cal-ciso.json"))).toBe("electricity-maps");
    expect(recogniseResponse(body("watttime-historical-caiso-north.json"))).toBe("watttime");
    expect(recogniseResponse(body("energy-charts-co2eq-de.json"))).toBe("energy-charts");
    expect(recogniseResponse(body("energi-data-service-co2emis.json"))).toBe("energi-data-service");
  });

  it("knows nothing else", () => {
    expect(recogniseResponse(body("watttime-login.json"))).toBeUndefined();
    expect(
      recogniseResponse({ zone: "DE", carbonIntensity: 300, datetime: "2025-06-03T10:00Z" }),
    ).toBeUndefined();
    expect(recogniseResponse({ data: [{ time: 1, value: 2 }] })).toBeUndefined();
    expect(recogniseResponse({ dataset: "Elspotprices", records: [{ HourUTC: "x" }] })).toBeUndefined();
    expect(recogniseResponse([])).toBeUndefined();
    expect(recogniseResponse(null)).toBeUndefined();
  });
});

describe("each fixture as a saved file: the periods the provider's parser and fetch function give", () => {
  it("UK national: all periods of the answer, the one ending at {from} included", async () => {
    const read = await readFile(fixturePath("uk-national-intensity.json"));
    expect(read.format).toBe("provider-json");
    expect(read.series.periods).toEqual(parseUkBody(body("uk-national-intensity.json")).periods);
    expect(read.series).toMatchObject({
      source: "UK Carbon Intensity API (NESO, saved response), national",
      zone: "GB",
      factor: "direct",
      signal: "average",
    });
    expect(read.series.periods).toHaveLength(5);
    expect(read.series.periods.map((p) => p.forecast)).toEqual([false, false, false, true, true]);

    // The live provider, asked for 10:00–12:00 and served the same body, gets the same periods there.
    const s = await serve((_req, res) => json(res, body("uk-national-intensity.json")));
    const from = T("2025-06-03T10:00:00Z");
    const to = T("2025-06-03T12:00:00Z");
    const live = await fetchUkIntensity({ from, to, baseUrl: s.base, fetcher: fetcher() });
    expect(overlapping(read.series.periods, from, to)).toEqual(live.series.periods);
    expect(read.stats).toMatchObject({ rowsRead: 5, rowsSkipped: 0 });
    expect(read.stats.notes).toContain("2 of 5 periods are forecasts (no measured value when saved)");
    // Asked for life-cycle figures: said, and the API's direct figures used.
    expect(read.stats.warnings).toEqual([
      "UK Carbon Intensity API publishes direct figures, not the life-cycle figures asked for; its figures are used as they are",
    ]);
    expect((await readFile(fixturePath("uk-national-intensity.json"), "direct")).stats.warnings).toEqual([]);
  });

  it("UK regional, by region id and by postcode", async () => {
    const byId = await readFile(fixturePath("uk-regional-regionid-13.json"));
    expect(byId.series.periods).toEqual(parseUkBody(body("uk-regional-regionid-13.json")).periods);
    expect(byId.series.source).toBe("UK Carbon Intensity API (NESO, saved response), region 13 (London)");
    expect(byId.series.periods.map((p) => [p.gPerKwh, p.forecast])).toEqual([
      [142, true],
      [139, true],
    ]);
    const s = await serve((_req, res) => json(res, body("uk-regional-regionid-13.json")));
    const live = await fetchUkIntensity({
      from: T("2025-06-03T10:00:00Z"),
      to: T("2025-06-03T11:00:00Z"),
      region: "13",
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(byId.series.periods).toEqual(live.series.periods);

    const byPostcode = await readFile(fixturePath("uk-regional-postcode-rg10.json"));
    expect(byPostcode.series.periods).toEqual(parseUkBody(body("uk-regional-postcode-rg10.json")).periods);
    expect(byPostcode.series.source).toBe(
      "UK Carbon Intensity API (NESO, saved response), postcode RG10 (South England)",
    );
  });

  it("Electricity Maps history: null is a hole, skipped and counted; estimates named", async () => {
    const read = await readFile(fixturePath("em-history-de.json"));
    const parsed = parseElectricityMapsBody(body("em-history-de.json"));
    expect(read.series.periods).toEqual(parsed.periods);
    expect(read.series).toMatchObject({
      source: "Electricity Maps API (history, saved response), zone DE",
      zone: "DE",
      factor: "lifecycle",
      signal: "average",
    });
    expect(read.series.periods.map((p) => new Date(p.start).toISOString().slice(11, 16))).toEqual([
      "06:00",
      "07:00",
      "08:00",
      "10:00",
      "11:00",
      "12:00",
    ]);
    expect(read.stats.rowsRead).toBe(7);
    expect(read.stats.rowsSkipped).toBe(1);
    expect(read.stats.skippedExamples).toEqual([
      { line: 1, reason: "history[3]: carbonIntensity is null at 2025-06-03T09:00:00.000Z" },
    ]);
    expect(read.stats.warnings).toEqual(["no data 2025-06-03T09:00Z–10:00Z"]);
    expect(read.stats.notes).toContain(
      "3 of 6 periods estimated by Electricity Maps (TIME_SLICER_AVERAGE, FORECASTS_HIERARCHY)",
    );

    const s = await serve((_req, res) => json(res, body("em-history-de.json")));
    const from = T("2025-06-03T07:00:00Z");
    const to = T("2025-06-03T12:00:00Z");
    const live = await fetchElectricityMaps({
      zone: "DE",
      from,
      to,
      token: "t0ken",
      factor: "lifecycle",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:40:00Z"),
    });
    expect(overlapping(read.series.periods, from, to)).toEqual(live.series.periods);
  });

  it("Electricity Maps past-range: the factor the rows say, whatever was asked", async () => {
    const read = await readFile(fixturePath("em-past-range-us-cal-ciso.json"), "lifecycle");
    expect(read.series.periods).toEqual(
      parseElectricityMapsBody(body("em-past-range-us-cal-ciso.json")).periods,
    );
    expect(read.series).toMatchObject({
      source: "Electricity Maps API (past-range, saved response), zone US-CAL-CISO",
      zone: "US-CAL-CISO",
      factor: "direct",
    });
    expect(read.series.periods.map((p) => p.gPerKwh)).toEqual([241, 237, 229]);
    expect(read.stats.warnings[0]).toBe(
      "Electricity Maps publishes direct figures, not the life-cycle figures asked for; its figures are used as they are",
    );

    const s = await serve((_req, res) => json(res, body("em-past-range-us-cal-ciso.json")));
    const live = await fetchElectricityMaps({
      zone: "US-CAL-CISO",
      from: T("2025-03-10T00:00:00Z"),
      to: T("2025-03-10T04:00:00Z"),
      token: "t0ken",
      factor: "direct",
      baseUrl: s.base,
      fetcher: fetcher(),
      now: T("2025-06-03T12:00:00Z"),
    });
    expect(read.series.periods).toEqual(live.series.periods);
  });

  it("WattTime: lbs/MWh to g/kWh, 5-minute periods, marginal, the region named", async () => {
    const read = await readFile(fixturePath("watttime-historical-caiso-north.json"), "direct");
    expect(read.series.periods).toEqual(
      parseWattTimeBody(body("watttime-historical-caiso-north.json")).periods,
    );
    expect(read.series).toEqual({
      source: "WattTime marginal emissions (MOER, co2_moer, saved response), region CAISO_NORTH",
      factor: "direct",
      signal: "marginal",
      periods: read.series.periods,
    });
    expect(read.series.periods[0]).toEqual({
      start: T("2025-06-03T10:00:00Z"),
      end: T("2025-06-03T10:05:00Z"),
      gPerKwh: 453.59237,
      estimated: false,
      forecast: false,
    });
    // The null is a hole; the 0 is a value.
    expect(read.series.periods.map((p) => p.gPerKwh)).toContain(0);
    expect(read.stats).toMatchObject({ rowsRead: 6, rowsSkipped: 1 });

    const s = await serve((req, res) =>
      json(
        res,
        req.url?.startsWith("/login")
          ? body("watttime-login.json")
          : body("watttime-historical-caiso-north.json"),
      ),
    );
    const from = T("2025-06-03T10:00:00Z");
    const to = T("2025-06-03T10:30:00Z");
    const live = await fetchWattTime({
      region: "CAISO_NORTH",
      from,
      to,
      username: "u",
      password: "p",
      baseUrl: s.base,
      fetcher: fetcher(),
    });
    expect(overlapping(read.series.periods, from, to)).toEqual(live.series.periods);
  });

  it("Energy-Charts: measured, then forecasts flagged; no country named, so no zone", async () => {
    const read = await readFile(fixturePath("energy-charts-co2eq-de.json"));
    expect(read.series.periods).toEqual(parseEnergyChartsBody(body("energy-charts-co2eq-de.json")).periods);
    expect(read.series.zone).toBeUndefined();
    expect(read.series).toMatchObject({
      source: "Energy-Charts (Fraunhofer ISE, saved response), co2eq",
      factor: "lifecycle",
      signal: "average",
    });
    expect(read.series.periods.map((p) => p.forecast)).toEqual([false, false, false, true, true, true, true]);
    expect(read.stats).toMatchObject({ rowsRead: 8, rowsSkipped: 1 });

    const s = await serve((_req, res) => json(res, body("energy-charts-co2eq-de.json")));
    const from = T("2025-06-03T10:00:00Z");
    const to = T("2025-06-03T12:00:00Z");
    const live = await fetchEnergyCharts({ country: "de", from, to, baseUrl: s.base, fetcher: fetcher() });
    expect(overlapping(read.series.periods, from, to)).toEqual(live.series.periods);
  });

  it("Energi Data Service: the first price area named, the other left out and said", async () => {
    const read = await readFile(fixturePath("energi-data-service-co2emis.json"), "direct");
    const parsed = parseEnergiDataServiceBody(body("energi-data-service-co2emis.json"));
    expect(parsed.area).toBe("DK1");
    expect(read.series.periods).toEqual(parsed.periods);
    expect(read.series).toMatchObject({
      source: "Energi Data Service (Energinet, saved response), CO2Emis DK1",
      zone: "DK-DK1",
      factor: "direct",
      signal: "average",
    });
    expect(read.series.periods.map((p) => p.gPerKwh)).toEqual([112, 110, 109, 111, 114, 117]);
    expect(read.stats).toMatchObject({ rowsRead: 12, rowsSkipped: 6 });
    expect(read.stats.warnings).toEqual([
      "the saved answers hold several price areas (DK1, DK2); read DK1 only and left out 6 records of the others",
    ]);

    const s = await serve((_req, res) => json(res, body("energi-data-service-co2emis.json")));
    const from = T("2025-06-03T10:00:00Z");
    const to = T("2025-06-03T10:30:00Z");
    const live = await fetchEnergiDataService({ area: "DK1", from, to, baseUrl: s.base, fetcher: fetcher() });
    expect(overlapping(read.series.periods, from, to)).toEqual(live.series.periods);
  });
});

/** Two past-range windows of one zone that share the hour at their seam, as the API returns them. */
function emWindow(startHour: number, hours: number, value: (h: number) => number | null) {
  const data = [];
  for (let h = startHour; h <= startHour + hours; h++) {
    data.push({
      zone: "DE",
      carbonIntensity: value(h),
      datetime: new Date(T("2025-03-10T00:00:00Z") + h * 3_600_000).toISOString(),
      updatedAt: "2025-04-01T00:00:00.000Z",
      createdAt: "2025-04-01T00:00:00.000Z",
      emissionFactorType: "lifecycle",
      isEstimated: false,
      estimationMethod: null,
    });
  }
  return { zone: "DE", data };
}

describe("layouts: one document, pretty or not, JSON Lines, an array, documents one after the other", () => {
  const first = emWindow(0, 3, (h) => 200 + h);
  const second = emWindow(3, 3, (h) => (h === 3 ? 999 : 200 + h));

  it("reads every layout to the same series; the hour both windows hold is kept once (the first)", async () => {
    const layouts = {
      jsonl: `${JSON.stringify(first)}\n${JSON.stringify(second)}\n`,
      crlfJsonl: `${JSON.stringify(first)}\r\n\r\n${JSON.stringify(second)}\r\n`,
      array: JSON.stringify([first, second]),
      prettyArray: JSON.stringify([first, second], null, 2),
      concatenated: `${JSON.stringify(first, null, 2)}\n${JSON.stringify(second, null, 4)}\n`,
      sameLine: `${JSON.stringify(first)} ${JSON.stringify(second)}`,
    };
    const results = await Promise.all(
      Object.entries(layouts).map(async ([name, content]) => [name, await readText(content)] as const),
    );
    for (const [name, r] of results) {
      expect(
        r.series.periods.map((p) => p.gPerKwh),
        name,
      ).toEqual([200, 201, 202, 203, 204, 205, 206]);
      expect(r.series.source, name).toBe("Electricity Maps API (past-range, saved response), zone DE");
      expect(r.stats.rowsRead, name).toBe(8);
      expect(r.stats.notes, name).toEqual([
        "2 saved Electricity Maps answers, read as the live provider reads them",
        "1 period repeated or overlapping in the saved answers; kept the first",
      ]);
    }
  });

  it("reads a gzipped saved answer as the plain one", async () => {
    const plain = await readFile(fixturePath("em-history-de.json"));
    const compact = write("em-history.json.gz", gzipSync(JSON.stringify(body("em-history-de.json"))));
    const pretty = write("em-history-pretty", gzipSync(readFileSync(fixturePath("em-history-de.json"))));
    for (const path of [compact, pretty]) {
      const gz = await readFile(path);
      expect(gz.format).toBe("provider-json");
      expect(gz.series).toEqual(plain.series);
      expect(gz.stats).toEqual(plain.stats);
    }
  });

  it("UK windows: a settled value saved later wins over the forecast saved before", async () => {
    const period = (actual: number | null) => ({
      from: "2025-06-03T10:00Z",
      to: "2025-06-03T10:30Z",
      intensity: { forecast: 180, actual, index: "moderate" },
    });
    const r = await readText(
      `${JSON.stringify({ data: [period(null)] })}\n${JSON.stringify({ data: [period(170)] })}`,
    );
    expect(r.series.periods.map((p) => [p.gPerKwh, p.forecast])).toEqual([[170, false]]);
    expect(r.stats.notes).toContain(
      "1 period repeated or overlapping in the saved answers; kept a settled value over a forecast, then the first",
    );
  });

  it("reads answers whose strings hold brackets and escaped quotes", async () => {
    const tricky = { ...emWindow(0, 1, () => 300), note: 'a "quoted" } and ] and \\ and {[' };
    const r = await readText(`${JSON.stringify(tricky)}\n${JSON.stringify(emWindow(2, 0, () => 301))}`);
    expect(r.series.periods.map((p) => p.gPerKwh)).toEqual([300, 300, 301]);
  });

  it("reads through readSavedResponses from chunks cut anywhere, and a line of any length", async () => {
    const content = `${JSON.stringify(first)}\n${JSON.stringify(second)}`;
    async function* pieces() {
      for (let i = 0; i < content.length; i += 7) yield content.slice(i, i + 7);
    }
    const r = await readSavedResponses(pieces(), options());
    expect(r.series.periods).toHaveLength(7);
  });
});

describe("unusable files", () => {
  const error = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it("malformed JSON: the file, line and column", async () => {
    const e = await error(readText('{\n  "zone": "DE",\n  "data": [1, 2,]\n}'));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(
      'saved.json:3: malformed JSON at column 17: expected a value, found "]"',
    );
    expect((e as InputError).line).toBe(3);

    await expect(readText('{"zone": "DE", "data": [],}')).rejects.toThrow(
      'saved.json:1: malformed JSON at column 27: expected a property name in double quotes, found "}"',
    );
    await expect(readText('{\n  "zone": "DE",\n  "data": [1, 2}\n}')).rejects.toThrow(
      'saved.json:3: malformed JSON at column 16: expected "," or "]", found "}"',
    );
    // A line of JSON Lines that is not JSON.
    await expect(readText(`${JSON.stringify(emWindow(0, 1, () => 1))}\nnot json\n`)).rejects.toThrow(
      'saved.json:2: malformed JSON at column 1: expected a JSON object or array, found "not json"',
    );
  });

  it("a save cut short", async () => {
    await expect(readText('{\n  "zone": "DE",\n  "data": [')).rejects.toThrow(
      "saved.json:4: malformed JSON: the file ends inside the value that starts at line 1, column 1 (a save cut short?)",
    );
    await expect(readText('{"zone": "DE", "data": [{"datetime": "2025')).rejects.toThrow(/a save cut short/);
  });

  it("an unknown shape: what was found and the shapes expected", async () => {
    const path = fixturePath("watttime-login.json");
    const e = await error(readFile(path));
    expect(e).toBeInstanceOf(InputError);
    const message = (e as InputError).message;
    expect(message).toMatch(
      /watttime-login\.json:1: not a saved answer gridprint can read \(an object with keys "token"\)/,
    );
    for (const shape of [
      'UK Carbon Intensity API {"data":[{"from","to","intensity":{…}}]}',
      'Electricity Maps {"zone","history":[…]}',
      'WattTime {"data":[{"point_time","value"}],"meta":{…}}',
      'Energy-Charts {"unix_seconds":[…],"co2eq":[…]}',
      'Energi Data Service {"records":[{"Minutes5UTC",…,"CO2Emission"}]}',
      "JSON Lines",
    ]) {
      expect(message).toContain(shape);
    }
    await expect(readText('[{"zone": "DE"}]')).rejects.toThrow(
      /^saved\.json:1: element \[0\] of the array: not a saved answer gridprint can read \(an object with keys "zone"\)/,
    );
    await expect(readText("[]")).rejects.toThrow("saved.json:1: the file holds no saved answer");
    await expect(
      readText(
        JSON.stringify({ data: [{ from: "2025-06-03T10:00Z", to: "2025-06-03T10:30Z", regions: [] }] }),
      ),
    ).rejects.toThrow(/answer for all regions at once .*save one region's answer instead/);
  });

  it("an answer in a provider's shape but not its documented content", async () => {
    const wt = body("watttime-historical-caiso-north.json") as { meta: object };
    await expect(
      readText(JSON.stringify({ ...wt, meta: { ...wt.meta, units: "kg_co2_per_mwh" } })),
    ).rejects.toThrow(
      'saved.json:1: an answer of WattTime, but meta.units is "kg_co2_per_mwh", not "lbs_co2_per_mwh"',
    );
    const mixed = emWindow(0, 1, () => 1);
    (mixed.data[1] as { emissionFactorType: string }).emissionFactorType = "direct";
    await expect(readText(JSON.stringify(mixed))).rejects.toThrow(
      'an answer of Electricity Maps, but the rows mix emissionFactorType "lifecycle" and "direct"',
    );
  });

  it("answers of different providers, zones or kinds in one file", async () => {
    const em = JSON.stringify(emWindow(0, 1, () => 1));
    await expect(readText(`${em}\n${JSON.stringify(body("energy-charts-co2eq-de.json"))}`)).rejects.toThrow(
      "saved.json:2: a saved answer of Energy-Charts after answers of Electricity Maps (line 1); give one provider's answers per file",
    );
    await expect(readText(`${em}\n${em.replaceAll('"DE"', '"FR"')}`)).rejects.toThrow(
      "saved.json:2: an answer for zone FR after answers for zone DE (line 1); give one zone's answers per file",
    );
    const national = JSON.stringify(body("uk-national-intensity.json"));
    const regional = JSON.stringify(body("uk-regional-regionid-13.json"));
    await expect(readText(`${national}\n${regional}`)).rejects.toThrow(
      "saved.json:2: a regional answer after national ones (line 1); give one kind of answer per file",
    );
  });

  it("no usable value at all", async () => {
    await expect(readText(JSON.stringify(emWindow(0, 1, () => null)))).rejects.toThrow(
      "saved.json:1: none of the 2 entries of the saved Electricity Maps answer has a usable value (data[0]: carbonIntensity is null at 2025-03-10T00:00:00.000Z)",
    );
    await expect(readText('{"zone": "DE", "history": []}')).rejects.toThrow(
      "saved.json:1: the saved Electricity Maps answer holds no periods",
    );
  });

  it("a document over the size limit", () => {
    expect(MAX_PROVIDER_JSON_BYTES).toBe(256 * 1024 * 1024);
    const splitter = new JsonValueSplitter("big.json", 100);
    splitter.push(`${"[1,".repeat(20)}\n`);
    expect(() => splitter.push("2,".repeat(30))).toThrow(
      "big.json:2: the JSON document is larger than 100 bytes, more than gridprint reads",
    );
  });

  it("a line too long for the line reader: what to do instead", async () => {
    await expect(providerJson.read(arrayLines(["{", OVERLONG_LINE]), options())).rejects.toThrow(
      /^saved\.json:2: a line longer than 1 MiB, .*jq \. answer\.json > pretty\.json/,
    );
  });
});

describe("findJsonError", () => {
  it("accepts JSON and places the first error", () => {
    expect(findJsonError('{"a": [1, -2.5e3, true, false, null, "x\\"\\u00e9"], "b": {}}')).toBeUndefined();
    expect(findJsonError("[1 2]")).toEqual({ position: 3, reason: 'expected "," or "]", found "2]"' });
    expect(findJsonError('{"a" 1}')).toEqual({
      position: 5,
      reason: 'expected ":" after the property name, found "1}"',
    });
    expect(findJsonError("[01]")?.position).toBe(2);
    expect(findJsonError('["a\\x"]')?.reason).toBe('a bad escape "\\x" in a string');
    expect(findJsonError('["a')).toEqual({ position: 3, reason: "the text ends inside a string" });
    expect(findJsonError("[] x")).toEqual({ position: 3, reason: 'text after the end of the value: "x"' });
  });
});

describe("a saved answer on one long line", () => {
  it("is read whole through readIntensityFile, however long the line (plain and gzipped)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gridprint-saved-long-"));
    // About 20,000 hourly rows, minified: one line of several MB, as `curl > file` saves it.
    const body = JSON.stringify(emWindow(0, 20_000, (h) => 100 + (h % 50)));
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    writeFileSync(join(dir, "de.json"), body);
    writeFileSync(join(dir, "de.json.gz"), gzipSync(body));
    for (const name of ["de.json", "de.json.gz"]) {
      const read = await readIntensityFile(join(dir, name), {
        file: name,
        clock: new LocalClock("UTC"),
        factor: "lifecycle",
      });
      expect(read.format).toBe("provider-json");
      expect(read.series.periods).toHaveLength(20_001);
      expect(read.series.zone).toBe("DE");
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
