import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileLines, MAX_LINE_BYTES, OVERLONG_LINE, textLines } from "../../src/traces/lines.js";

async function collect(content: string | Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), "gridprint-lines-")), "f");
  writeFileSync(file, content);
  const out: string[] = [];
  for await (const line of fileLines(file)) out.push(line);
  return out;
}

describe("fileLines", () => {
  it("splits on LF and CRLF, drops a BOM, keeps a last line without newline", async () => {
    expect(await collect("\ufeffa,b\r\n1,2\n\n3,4")).toEqual(["a,b", "1,2", "", "3,4"]);
    expect(textLines("\ufeffa,b\r\n1,2\n\n3,4")).toEqual(["a,b", "1,2", "", "3,4"]);
  });

  it("keeps multi-byte characters split across chunks whole", async () => {
    const line = `${"x".repeat(65_535)}₂é`;
    expect(await collect(`${line}\nnext\n`)).toEqual([line, "next"]);
  });

  it("replaces a line longer than the limit, and reads on", async () => {
    const lines = await collect(
      `head\n${"y".repeat(MAX_LINE_BYTES + 10)}\ntail\n${"z".repeat(3 * MAX_LINE_BYTES)}`,
    );
    expect(lines).toEqual(["head", OVERLONG_LINE, "tail", OVERLONG_LINE]);
  });

  it("reads a file that is nothing but bytes without newlines in bounded memory", async () => {
    const lines = await collect(Buffer.alloc(8 * MAX_LINE_BYTES, 0x41));
    expect(lines).toEqual([OVERLONG_LINE]);
  });
});
