import { describe, expect, it } from "vitest";
import { defaultCutNote, fitComment, GITHUB_COMMENT_LIMIT } from "../../src/github/truncate.js";

/** True when `s` has no lone surrogate. */
function wellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

function expectValidCut(result: string, source: string, limit: number, note: string) {
  expect(result.length).toBeLessThanOrEqual(limit);
  expect(wellFormed(result)).toBe(true);
  expect(result.endsWith(note)).toBe(true);
  // Everything before the closers and the note is a prefix of the source.
  expect(source.startsWith(result.slice(0, result.indexOf("\n", 0) + 1))).toBe(true);
}

describe("fitComment", () => {
  it("returns a report that fits exactly unchanged, and cuts one a unit longer", () => {
    const exact = "x".repeat(GITHUB_COMMENT_LIMIT);
    expect(fitComment(exact)).toBe(exact);
    const over = `${exact}y`;
    const cut = fitComment(over);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(cut.endsWith(defaultCutNote())).toBe(true);
    expect(defaultCutNote()).toContain("65,536 characters");
    expect(defaultCutNote()).toContain("job summary");
    expect(defaultCutNote()).toContain("artifact");
  });

  it("cuts a 200,000-character report at the last line break before the limit", () => {
    const line = "| 2025-06-03T10:00Z | 1.234 kWh | 182 g/kWh | 224.6 g |\n";
    let report = "## gridprint\n\n";
    while (report.length < 200_000) report += line;
    report = report.slice(0, 200_000);
    expect(report.length).toBe(200_000);

    const note = defaultCutNote();
    const cut = fitComment(report);
    expectValidCut(cut, report, GITHUB_COMMENT_LIMIT, note);
    const kept = cut.slice(0, cut.length - note.length - 1);
    expect(kept.endsWith(line)).toBe(true); // whole lines only
    expect(report.startsWith(kept)).toBe(true);
    expect(cut).toBe(`${kept}\n${note}`);
    // No more than one line's worth of room is wasted.
    expect(cut.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - line.length);
  });

  it("never splits a surrogate pair at the boundary", () => {
    const note = "[cut]";
    const limit = 101;
    // No line breaks: the cut falls inside the emoji run; try every alignment of the boundary.
    for (let pad = 0; pad < 4; pad++) {
      const text = `${"a".repeat(pad)}${"🌈".repeat(200)}`;
      const cut = fitComment(text, limit, note);
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(wellFormed(cut)).toBe(true);
      const kept = cut.slice(0, cut.length - note.length - 2);
      expect(text.startsWith(kept)).toBe(true);
      expect(cut).toBe(`${kept}\n\n${note}`);
      expect(kept.length).toBeGreaterThanOrEqual(limit - note.length - 2 - 1);
    }
  });

  it("closes a code fence it cut into", () => {
    const head = "## Devices\n\n```text\n";
    const text = `${head}${"GPU 0: NVIDIA H200 141 GB\n".repeat(5000)}\`\`\`\n\nafter\n`;
    const note = defaultCutNote(2_000);
    const cut = fitComment(text, 2_000, note);
    expect(cut.length).toBeLessThanOrEqual(2_000);
    expect(cut.startsWith(head)).toBe(true);
    expect(cut.endsWith(`GPU 0: NVIDIA H200 141 GB\n\`\`\`\n\n${note}`)).toBe(true);
    expect(cut.match(/^```/gm)).toHaveLength(2);
  });

  it("closes a longer or tilde fence with the same run, mid-line too", () => {
    // The only line break is far (> 2,048 units) before the limit: the cut falls mid-line.
    const text = `intro\n~~~~\n${"z".repeat(10_000)}`;
    const cut = fitComment(text, 5_000, "[cut]");
    expect(cut).toBe(`intro\n~~~~\n${"z".repeat(5_000 - 11 - 12)}\n~~~~\n\n[cut]`);
  });

  it("closes <details> blocks it cut into, after the fence inside them", () => {
    const text = [
      "<details><summary>Done</summary>",
      "",
      "closed one",
      "</details>",
      "",
      "<details>",
      "<summary>Per-hour table</summary>",
      "",
      "```csv",
      ...Array.from({ length: 3000 }, (_, i) => `${i},0.5,120,<details>`),
      "```",
      "</details>",
      "",
    ].join("\n");
    const note = "[cut]";
    const cut = fitComment(text, 4_096, note);
    expect(cut.length).toBeLessThanOrEqual(4_096);
    // One <details> open (the first was closed; tags inside the fence do not count), and the fence.
    expect(cut.endsWith("\n```\n</details>\n\n[cut]")).toBe(true);
    expect(cut.match(/<\/details>/g)).toHaveLength(2);
  });

  it("counts nested <details> blocks", () => {
    const text = `<details>\n<summary>a</summary>\n\n<details open>\n\n${"row\n".repeat(2000)}</details>\n</details>\n`;
    const cut = fitComment(text, 500, "[cut]");
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut.endsWith("row\n</details>\n</details>\n\n[cut]")).toBe(true);
  });

  it("keeps the result within the limit for many sizes and contents", () => {
    const pieces = ["é", "🌈", "\n", "```\n", "<details>\n", "</details>\n", "plain text ", "\r\n", "👩‍👩‍👧"];
    let seed = 1;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      let text = "";
      const n = 50 + (next() % 400);
      for (let i = 0; i < n; i++) text += pieces[next() % pieces.length];
      const limit = 60 + (next() % 300);
      const cut = fitComment(text, limit, "[cut]");
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(wellFormed(cut)).toBe(true);
      if (text.length > limit) expect(cut.endsWith("[cut]")).toBe(true);
      else expect(cut).toBe(text);
    }
  });

  it("returns the note alone (cut to the limit) when not even that fits", () => {
    expect(fitComment("a".repeat(100), 10, "0123456789abcdef")).toBe("0123456789");
    expect(fitComment("a".repeat(100), 3, "🌈🌈")).toBe("🌈");
    expect(() => fitComment("a", -1, "x")).toThrow(RangeError);
  });
});
