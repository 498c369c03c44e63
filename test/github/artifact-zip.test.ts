import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  ArtifactZipError,
  DEFAULT_REPORT_ENTRY_NAMES,
  type ReportZipEntry,
  readReportFromZip,
} from "../../src/github/artifact-zip.js";
import { buildZip, crc32OfZeros, deflateBomb } from "./zip-writer.js";

const REPORT = '{"schema":"gridprint/report","total":{"kgCO2e":1.25}}';
const report = (text = REPORT) => Buffer.from(text, "utf8");

/** The ArtifactZipError `promise` rejects with; fails the test on success or another error type. */
async function zipError(promise: Promise<ReportZipEntry>): Promise<ArtifactZipError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ArtifactZipError);
    return e as ArtifactZipError;
  }
  throw new Error("expected an ArtifactZipError, but the zip was read");
}

/** Resolves or rejects with ArtifactZipError, never anything else. */
async function expectReadOrZipError(bytes: Uint8Array): Promise<"read" | "rejected"> {
  try {
    await readReportFromZip(bytes, { maxEntryBytes: 64 * 1024 });
    return "read";
  } catch (e) {
    if (!(e instanceof ArtifactZipError)) {
      throw new Error(`a ${(e as Error)?.name} escaped: ${(e as Error)?.message}`);
    }
    expect(e.name).toBe("ArtifactZipError");
    return "rejected";
  }
}

/** A small deterministic PRNG (mulberry32), so fuzz failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(random: () => number, length: number): Buffer {
  const b = Buffer.alloc(length);
  for (let i = 0; i < length; i++) b[i] = Math.floor(random() * 256);
  return b;
}

describe("the zip writer", () => {
  it("writes zips that zlib-level checks agree with, and bombs that inflate to exactly the zeros asked", () => {
    const bomb = deflateBomb(40 * 1024 * 1024 + 12345);
    expect(bomb.raw.length).toBeLessThan(64 * 1024);
    const out = zlib.inflateRawSync(bomb.raw);
    expect(out.length).toBe(40 * 1024 * 1024 + 12345);
    expect(out.every((b) => b === 0)).toBe(true);
    expect(zlib.crc32(out)).toBe(bomb.crc);
    // A whole number of chunks, and nothing at all, also end in a valid final block.
    expect(zlib.inflateRawSync(deflateBomb(16 * 1024 * 1024).raw).length).toBe(16 * 1024 * 1024);
    expect(zlib.inflateRawSync(deflateBomb(0).raw).length).toBe(0);
  });

  it("computes the CRC-32 of zeros without reading them", () => {
    for (const n of [0, 1, 2, 3, 4, 255, 256, 4097, 1_000_003]) {
      expect(crc32OfZeros(n)).toBe(zlib.crc32(Buffer.alloc(n)));
    }
  });
});

describe("readReportFromZip: choosing the report", () => {
  it("reads a stored gridprint-report.json", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report(), method: 0 }]);
    await expect(readReportFromZip(zip)).resolves.toEqual({
      entry: "gridprint-report.json",
      text: REPORT,
      bytes: report().length,
    });
  });

  it("reads a deflated gridprint-report.json next to other files and directories", async () => {
    const big = JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i, g: i * 1.5 })) });
    const zip = buildZip([
      { name: "logs/", data: Buffer.alloc(0), method: 0 },
      { name: "logs/run.txt", data: Buffer.from("hello") },
      { name: "gridprint-report.json", data: report(big) },
      { name: "report.md", data: Buffer.from("# report") },
    ]);
    expect(zip.length).toBeLessThan(big.length);
    const got = await readReportFromZip(zip);
    expect(got.entry).toBe("gridprint-report.json");
    expect(got.text).toBe(big);
    expect(got.bytes).toBe(Buffer.byteLength(big));
  });

  it("prefers gridprint-report.json over report.json, and falls back to report.json", async () => {
    const both = buildZip([
      { name: "report.json", data: report('{"which":"plain"}') },
      { name: "gridprint-report.json", data: report('{"which":"gridprint"}') },
    ]);
    expect((await readReportFromZip(both)).text).toBe('{"which":"gridprint"}');
    const plain = buildZip([
      { name: "report.json", data: report('{"which":"plain"}') },
      { name: "other.json", data: report("{}") },
    ]);
    expect(await readReportFromZip(plain)).toMatchObject({ entry: "report.json", text: '{"which":"plain"}' });
    expect(DEFAULT_REPORT_ENTRY_NAMES).toEqual(["gridprint-report.json", "report.json"]);
  });

  it("takes the only top-level .json file when no preferred name is there", async () => {
    const zip = buildZip([
      { name: "summary.md", data: Buffer.from("x") },
      { name: "nested/extra.json", data: report("[]") },
      { name: "footprint-gpu0.json", data: report() },
    ]);
    expect(await readReportFromZip(zip)).toMatchObject({ entry: "footprint-gpu0.json", text: REPORT });
  });

  it("honours custom names, in order", async () => {
    const zip = buildZip([
      { name: "b.json", data: report('"b"') },
      { name: "a.json", data: report('"a"') },
    ]);
    expect((await readReportFromZip(zip, { names: ["a.json", "b.json"] })).text).toBe('"a"');
    expect((await readReportFromZip(zip, { names: ["c.json", "b.json"] })).text).toBe('"b"');
  });

  it("refuses two unrelated .json files, listing what it found and what it wanted", async () => {
    const zip = buildZip([
      { name: "a.json", data: report() },
      { name: "b.json", data: report() },
    ]);
    const e = await zipError(readReportFromZip(zip));
    expect(e.message).toContain('"a.json", "b.json"');
    expect(e.message).toContain('"gridprint-report.json" or "report.json"');
    expect(e.message).toContain("2 top-level .json files");
  });

  it("lists at most 10 names", async () => {
    const zip = buildZip(
      Array.from({ length: 14 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from("x") })),
    );
    const e = await zipError(readReportFromZip(zip));
    expect(e.message).toContain('"f9.txt" and 4 more');
    expect(e.message).not.toContain("f10.txt");
  });

  it("only looks at top-level entries", async () => {
    const zip = buildZip([{ name: "dir/gridprint-report.json", data: report() }]);
    const e = await zipError(readReportFromZip(zip));
    expect(e.message).toContain("holds no report");
    expect(e.message).toContain('"dir/gridprint-report.json"');
  });

  it("refuses an empty zip", async () => {
    const e = await zipError(readReportFromZip(buildZip([])));
    expect(e.message).toContain("it is empty");
  });

  it("refuses two entries with the report's name", async () => {
    const zip = buildZip([
      { name: "gridprint-report.json", data: report('{"a":1}') },
      { name: "gridprint-report.json", data: report('{"a":2}') },
    ]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("2 entries named");
  });

  it("reads from a Uint8Array view into a larger buffer", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report() }]);
    const padded = new Uint8Array(zip.length + 100);
    padded.set(zip, 37);
    expect((await readReportFromZip(padded.subarray(37, 37 + zip.length))).text).toBe(REPORT);
  });

  it("checks its own options", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report() }]);
    await expect(readReportFromZip(zip, { maxEntryBytes: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(readReportFromZip(zip, { maxEntries: Number.NaN })).rejects.toBeInstanceOf(RangeError);
  });
});

describe("readReportFromZip: hostile entries reject the whole zip", () => {
  const hostile: [string, string | Buffer][] = [
    ["a parent segment", "../x.json"],
    ["a parent segment further in", "a/../../x"],
    ["a trailing parent segment", "a/.."],
    ["an absolute path", "/etc/passwd"],
    ["a drive letter and backslash", "C:\\x.json"],
    ["a drive letter and slash", "C:/x.json"],
    ["a backslash", "a\\b.json"],
    ["a UNC path", "\\\\server\\share\\x.json"],
    ["a NUL", "gridprint-report.json\0.txt"],
    ["a raw NUL byte without the UTF-8 flag", Buffer.from("evil\0.json", "latin1")],
    ["an empty name", ""],
  ];
  for (const [what, name] of hostile) {
    it(`refuses a name with ${what}`, async () => {
      const zip = buildZip([
        { name: "gridprint-report.json", data: report() },
        { name, data: Buffer.from("x") },
      ]);
      const e = await zipError(readReportFromZip(zip));
      const shown = typeof name === "string" ? name : name.toString("latin1");
      expect(e.message).toContain("unsafe name");
      expect(e.message).toContain(JSON.stringify(shown));
    });
  }

  it("shows invisible and bidi characters escaped", async () => {
    const zip = buildZip([{ name: "../\u202egnp.json\u0007", data: Buffer.from("x") }]);
    const e = await zipError(readReportFromZip(zip));
    expect(e.message).toContain('"../\\u202egnp.json\\u0007"');
  });

  it("checks the name in a Unicode Path extra field, and the plain name under it", async () => {
    const plain = Buffer.from("gridprint-report.json");
    const unicode = (path: string) => {
      const data = Buffer.concat([Buffer.from([1]), Buffer.alloc(4), Buffer.from(path, "utf8")]);
      data.writeUInt32LE(zlib.crc32(plain), 1);
      const header = Buffer.alloc(4);
      header.writeUInt16LE(0x7075, 0);
      header.writeUInt16LE(data.length, 2);
      return Buffer.concat([header, data]);
    };
    const overridden = buildZip([{ name: plain, data: report(), extra: unicode("../../evil.json") }]);
    expect((await zipError(readReportFromZip(overridden))).message).toContain('"../../evil.json"');

    const hiddenUnder = Buffer.from("../evil.json");
    const extra = unicode("gridprint-report.json");
    extra.writeUInt32LE(zlib.crc32(hiddenUnder), 5);
    const masked = buildZip([{ name: hiddenUnder, data: report(), extra }]);
    expect((await zipError(readReportFromZip(masked))).message).toContain('"../evil.json"');
  });

  it("refuses a symlink named like the report", async () => {
    const zip = buildZip([
      { name: "gridprint-report.json", data: Buffer.from("/etc/passwd"), symlink: true },
    ]);
    const e = await zipError(readReportFromZip(zip));
    expect(e.message).toContain('symbolic link "gridprint-report.json"');
  });

  it("refuses a symlink anywhere, even next to a good report", async () => {
    const zip = buildZip([
      { name: "gridprint-report.json", data: report() },
      { name: "logs/latest", data: Buffer.from("../../.ssh"), symlink: true },
    ]);
    expect((await zipError(readReportFromZip(zip))).message).toContain('"logs/latest"');
  });

  it("refuses encrypted entries, stored or deflated", async () => {
    for (const method of [0, 8] as const) {
      const zip = buildZip([{ name: "gridprint-report.json", data: report(), method, encrypted: true }]);
      expect((await zipError(readReportFromZip(zip))).message).toContain(
        'encrypted entry "gridprint-report.json"',
      );
    }
  });

  it("refuses more entries than maxEntries, and accepts exactly that many", async () => {
    const entries = (n: number) => [
      { name: "gridprint-report.json", data: report() },
      ...Array.from({ length: n - 1 }, (_, i) => ({
        name: `f${i}.txt`,
        data: Buffer.from("x"),
        method: 0 as const,
      })),
    ];
    expect((await readReportFromZip(buildZip(entries(3)), { maxEntries: 3 })).text).toBe(REPORT);
    const e = await zipError(readReportFromZip(buildZip(entries(4)), { maxEntries: 3 }));
    expect(e.message).toBe("the artifact zip lists 4 entries; at most 3 are accepted");
    expect((await readReportFromZip(buildZip(entries(1000)))).text).toBe(REPORT);
    expect((await zipError(readReportFromZip(buildZip(entries(1001))))).message).toContain("1001 entries");
  });
});

describe("readReportFromZip: sizes and zip bombs", () => {
  const FOUR_GIB_LESS_ONE = 0xffff_ffff;
  let bomb: ReturnType<typeof deflateBomb> | undefined;
  const fourGiBBomb = () => {
    bomb ??= deflateBomb(FOUR_GIB_LESS_ONE);
    return bomb;
  };

  it("refuses a 4 GiB bomb that declares its size, before inflating anything", async () => {
    const b = fourGiBBomb();
    expect(b.raw.length).toBeLessThan(8 * 1024 * 1024);
    const zip = buildZip([{ name: "gridprint-report.json", deflated: b }]);
    const started = performance.now();
    const e = await zipError(readReportFromZip(zip));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(e.message).toContain("declares 4096 MiB uncompressed, beyond the 32 MiB limit");
  });

  it("stops a 4 GiB bomb that claims to be 32 MiB at 32 MiB, without ballooning", async () => {
    const b = fourGiBBomb();
    const zip = buildZip([{ name: "gridprint-report.json", deflated: b, declaredSize: 32 * 1024 * 1024 }]);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const e = await zipError(readReportFromZip(zip));
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;
    expect(e.message).toContain("expands beyond 32 MiB");
    expect(grown).toBeLessThan(200 * 1024 * 1024);
    expect(elapsed).toBeLessThan(5000);
  });

  it("stops a bomb that claims to be small as soon as it outgrows the claim", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", deflated: fourGiBBomb(), declaredSize: 1000 }]);
    const started = performance.now();
    const e = await zipError(readReportFromZip(zip));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(e.message).toContain("expands beyond the 1000 bytes its header declares");
  });

  it("applies a small maxEntryBytes both up front and while streaming", async () => {
    const data = report("x".repeat(5000));
    const honest = buildZip([{ name: "gridprint-report.json", data }]);
    expect((await zipError(readReportFromZip(honest, { maxEntryBytes: 4096 }))).message).toContain(
      "declares 4.88 KiB uncompressed, beyond the 4 KiB limit",
    );
    const lying = buildZip([{ name: "gridprint-report.json", data, declaredSize: 4096 }]);
    expect((await zipError(readReportFromZip(lying, { maxEntryBytes: 4096 }))).message).toContain(
      "expands beyond 4 KiB",
    );
    expect((await readReportFromZip(honest, { maxEntryBytes: 5000 })).bytes).toBe(5000);
  });

  it("refuses an entry shorter than it declares", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report(), declaredSize: 10_000 }]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("fewer than the 10000");
  });

  it("refuses a stored entry whose sizes disagree (yauzl's own check)", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report(), method: 0, declaredSize: 3 }]);
    expect((await zipError(readReportFromZip(zip))).message).toMatch(/^the artifact zip is not readable: /);
  });

  it("refuses a report that fails its CRC-32", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report(), declaredCrc: 0x12345678 }]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("CRC-32");
  });

  it("refuses compression methods other than stored and deflate for the report only", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: report(), methodNumber: 12 }]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("compression method 12");
    const elsewhere = buildZip([
      { name: "gridprint-report.json", data: report() },
      { name: "traces.bin", data: Buffer.from("x"), methodNumber: 93 },
    ]);
    expect((await readReportFromZip(elsewhere)).text).toBe(REPORT);
  });

  it("refuses deflate data that does not inflate", async () => {
    const raw = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]);
    const zip = buildZip([{ name: "gridprint-report.json", deflated: { raw, size: 10, crc: 0 } }]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("could not be inflated");
    const cut = zlib.deflateRawSync(report("y".repeat(3000)));
    const truncated = buildZip([
      {
        name: "gridprint-report.json",
        deflated: { raw: cut.subarray(0, cut.length - 3), size: 3000, crc: 0 },
      },
    ]);
    await zipError(readReportFromZip(truncated));
  });
});

describe("readReportFromZip: text", () => {
  it("refuses invalid UTF-8", async () => {
    const zip = buildZip([{ name: "gridprint-report.json", data: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]) }]);
    expect((await zipError(readReportFromZip(zip))).message).toContain("not valid UTF-8");
    const surrogate = buildZip([{ name: "report.json", data: Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]) }]);
    expect((await zipError(readReportFromZip(surrogate))).message).toContain("not valid UTF-8");
  });

  it("strips a leading BOM but keeps non-ASCII text", async () => {
    const text = '{"zone":"Île-de-France ⚡"}';
    const zip = buildZip([
      { name: "gridprint-report.json", data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), report(text)]) },
    ]);
    const got = await readReportFromZip(zip);
    expect(got.text).toBe(text);
    expect(got.bytes).toBe(Buffer.byteLength(text) + 3);
  });
});

describe("readReportFromZip: broken bytes only ever give ArtifactZipError", () => {
  const small = buildZip([
    { name: "gridprint-report.json", data: report() },
    { name: "notes.txt", data: Buffer.from("stored notes"), method: 0 },
  ]);

  it("reads the intact sample", async () => {
    expect(await expectReadOrZipError(small)).toBe("read");
  });

  it("refuses an empty buffer and a lone end record", async () => {
    expect((await zipError(readReportFromZip(new Uint8Array(0)))).message).toMatch(
      /^the artifact zip is not readable: /,
    );
    expect((await zipError(readReportFromZip(buildZip([]).subarray(0, 21)))).message).toMatch(/not readable/);
  });

  it("refuses every truncation of a valid zip", async () => {
    for (let length = 0; length < small.length; length++) {
      expect(await expectReadOrZipError(small.subarray(0, length))).toBe("rejected");
    }
  });

  it("survives every single-byte corruption of a valid zip", async () => {
    let rejected = 0;
    for (let i = 0; i < small.length; i++) {
      for (const value of [0x00, 0xff, (small[i] ?? 0) ^ 0x01]) {
        const bad = Buffer.from(small);
        bad[i] = value ?? 0;
        if ((await expectReadOrZipError(bad)) === "rejected") rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it("survives random garbage, with and without a plausible end record", async () => {
    const random = prng(20240601);
    for (let round = 0; round < 300; round++) {
      const garbage = randomBytes(random, Math.floor(random() * 2000));
      expect(await expectReadOrZipError(garbage)).toBe("rejected");
      // An end record pointing somewhere into the garbage sends yauzl further in.
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      const count = 1 + Math.floor(random() * 4);
      end.writeUInt16LE(count, 8);
      end.writeUInt16LE(count, 10);
      end.writeUInt32LE(Math.floor(random() * 200), 12);
      end.writeUInt32LE(Math.floor(random() * (garbage.length + 10)), 16);
      const withEnd = Buffer.concat([garbage, end]);
      // Sometimes a real central-directory signature where the end record points.
      const at = end.readUInt32LE(16);
      if (random() < 0.5 && at + 46 <= garbage.length) withEnd.writeUInt32LE(0x02014b50, at);
      await expectReadOrZipError(withEnd);
    }
  });

  it("survives random corruption of the sample's central directory and headers", async () => {
    const random = prng(7);
    for (let round = 0; round < 500; round++) {
      const bad = Buffer.from(small);
      const hits = 1 + Math.floor(random() * 6);
      for (let h = 0; h < hits; h++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
      await expectReadOrZipError(bad);
    }
  });
});
