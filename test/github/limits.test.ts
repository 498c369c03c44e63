/** A report far larger than GitHub takes: the comment and the job summary still fit, cut cleanly. */
import { describe, expect, it } from "vitest";
import { fitSummary, SUMMARY_LIMIT_BYTES } from "../../src/action/run-action.js";
import { commentMarker, stickyCommentBody } from "../../src/github/comment.js";
import { GITHUB_COMMENT_LIMIT } from "../../src/github/truncate.js";
import { withDerived } from "../../src/report/derive.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { hour, makeReport } from "../report/factory.js";

/** No lone surrogate (String.prototype.isWellFormed, typed here for the ES2022 lib). */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

/** Warnings full of astral characters (two UTF-16 units, four UTF-8 bytes each) and CJK. */
function hugeReport(chars: number) {
  const warning = "🔥 GPU 熱 throttled at 🌡️ — 𝑝𝑜𝑤𝑒𝑟 cap reached on node-𝟕; ".repeat(4);
  const warnings = Array.from({ length: Math.ceil(chars / warning.length) }, (_, i) => `${i}: ${warning}`);
  return withDerived(makeReport({ hours: [hour("2025-01-01T10:00:00Z", 1, 100)], warnings }));
}

describe("GitHub's size limits", () => {
  it("a 200,000-character report becomes a comment within 65,536 characters, well-formed, with the note", () => {
    const markdown = renderMarkdown(hugeReport(200_000));
    expect(markdown.length).toBeGreaterThan(200_000);
    const body = stickyCommentBody(markdown, "default");
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(wellFormed(body)).toBe(true);
    expect(body.startsWith(`${commentMarker("default")}\n`)).toBe(true);
    expect(body).toMatch(
      /The comment was cut at 65,536 characters: the full report is in the job summary and the report artifact\.$/,
    );
  });

  it("the job summary stays under 1 MiB of UTF-8 even when most characters take four bytes", () => {
    const markdown = renderMarkdown(hugeReport(1_500_000));
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(2 * SUMMARY_LIMIT_BYTES);
    const summary = fitSummary(markdown);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(wellFormed(summary)).toBe(true);
    expect(summary).toMatch(
      /The summary was cut to fit GitHub's limit: the full report is in report\.json\.$/,
    );
    // A summary that fits is left alone.
    const small = renderMarkdown(hugeReport(1000));
    expect(fitSummary(small)).toBe(small);
  });
});
