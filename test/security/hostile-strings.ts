/**
 * A generated corpus of hostile strings for the markdown report: everything that could build a
 * link, an image, HTML, a mention, a code span, a table break, a new block or a forged comment
 * marker in GitHub-flavoured markdown, alone, in pairs, behind block-starting prefixes and joined
 * by every kind of line break. Deterministic: the same 500 strings every run.
 */

/** The building blocks: each is one way of making markdown out of data. */
export const ATOMS: readonly string[] = [
  // Links and images, inline, reference-style, autolinks and GFM autolink literals.
  "[x](https://evil.example/)",
  '[click](https://evil.example/ "title")',
  "![i](https://evil.example/p.png)",
  "![](https://evil.example/track.gif?u=1)",
  "[x][1]\n\n[1]: https://evil.example/",
  "[x]\n\n[x]: https://evil.example/",
  "[1]: https://evil.example/ 'definition'",
  "[x](javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x]( https://evil.example/ )",
  "<https://evil.example/>",
  "<mailto:someone@evil.example>",
  "<someone@evil.example>",
  "https://evil.example/path?q=1",
  "http://evil.example",
  "HTTPS://EVIL.EXAMPLE",
  "www.evil.example",
  "WWW.Evil.Example/x",
  "someone@evil.example",
  "mailto:someone@evil.example",
  "xmpp:someone@evil.example/res",
  "[^1]\n\n[^1]: https://evil.example/",
  // HTML, entities, comments and our own marker.
  "<img src=x onerror=alert(1)>",
  "<details><summary>open me</summary>",
  "</details>",
  "<script>alert(1)</script>",
  "<a href='https://evil.example'>x</a>",
  "<!-- gridprint:comment key=default -->",
  "<!--gridprint:comment key=other-->",
  "-->",
  "<!--",
  "&lt;img src=x onerror=alert(1)&gt;",
  "&#x3C;img src=x&#x3E;",
  "&#91;x&#93;&#40;https://evil.example&#41;",
  "&#64;octocat",
  "&commat;octocat",
  "<https://evil.example/>&amp;",
  // Mentions and team pings.
  "@octocat",
  "@org/team",
  "cc @github/security-team please",
  "@@octocat",
  "x@octocat",
  "\\@octocat",
  "@\u200boctocat",
  // Code, emphasis, strike-through, tables.
  "`code`",
  "``double `code` spans``",
  "```\nfenced\n```",
  "~~~js\nfenced\n~~~",
  "*em* **strong** ***both***",
  "_em_ __strong__",
  "~~struck~~ ~single~",
  "| a | b |\n|---|---|\n| c | d |",
  "|",
  "a | b",
  "\\|",
  "\\",
  "\\\\[x](https://evil.example)",
  // Blocks: headings, lists, quotes, rules, code, task items.
  "\n# big",
  "# big",
  "## smaller",
  "big\n===",
  "x\n---",
  "---",
  "***",
  "> quoted",
  "- item",
  "+ item",
  "* item",
  "1. item",
  "1) item",
  "- [ ] task",
  "- [x] done",
  "    indented code",
  "\tindented code",
  // Line breaks of every kind, and invisible or direction-changing characters.
  "one\ntwo",
  "one\r\ntwo",
  "one\rtwo",
  "one\u2028two",
  "one\u2029two",
  "one\u0085two",
  "one\u000btwo\u000cthree",
  "nul\u0000byte",
  "zero\u200bwidth\u200c\u200d\ufeffjoiners",
  "rtl \u202etxt.exe\u202c override",
  "\u2066isolate\u2069 \u200e\u200f",
  "trailing backslash \\",
  "two trailing spaces  \nhard break",
  "combining ç\u0301 and 🚀 and \ud83d",
  "",
  " ",
  "plain words",
];

/** Ways of placing an atom: alone, after a block-starting prefix, at the end of a line, doubled. */
const CONTEXTS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => `# ${s}`,
  (s) => `- ${s}`,
  (s) => `1. ${s}`,
  (s) => `    ${s}`,
  (s) => `> ${s}`,
  (s) => `${s}\n\n# heading after`,
  (s) => `text ${s} text`,
  (s) => `${s}${s}`,
  (s) => `**${s}**`,
  (s) => `\`${s}\``,
  (s) => `[${s}](https://evil.example/)`,
  (s) => `<b>${s}</b>`,
  (s) => `${s}\n| x | y |\n|---|---|`,
];

const SEPARATORS: readonly string[] = ["", " ", "\n", "\r\n", "\u2028", "|", "\n\n", "\t"];

/** Long strings: many constructs, many times (the report and the comment cut must stay inert). */
function longStrings(): string[] {
  const all = ATOMS.join(" ");
  return [
    all,
    ATOMS.join("\n"),
    "[x](https://evil.example/) ".repeat(100),
    "@octocat ".repeat(300),
    // Long enough that the comment is cut (about 40 fields of it exceed 65,536 characters).
    `${"a".repeat(3000)}[x](https://evil.example/)`,
    `${"`".repeat(300)}x${"`".repeat(300)}`,
    `${"<".repeat(300)}img src=x onerror=alert(1)${">".repeat(300)}`,
    `${"\u202e".repeat(300)}@octocat`,
  ];
}

/** Exactly `count` distinct hostile strings (500 by default), the same every run. */
export function hostileStrings(count = 500): string[] {
  const out = new Set<string>([...ATOMS, ...longStrings()]);
  const n = ATOMS.length;
  for (let i = 0; out.size < count; i++) {
    const atom = ATOMS[i % n] as string;
    const partner = ATOMS[(i * 7 + 3) % n] as string;
    const separator = SEPARATORS[i % SEPARATORS.length] as string;
    const context = CONTEXTS[Math.floor(i / n) % CONTEXTS.length] as (s: string) => string;
    out.add(context(`${atom}${separator}${partner}`));
    if (i > 100_000) throw new Error("the corpus generator cannot make enough distinct strings");
  }
  return [...out].slice(0, count);
}
