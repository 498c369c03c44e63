/** Number and text formatting for the markdown report: fixed locale, so output is reproducible. */

// Made on first use: building Intl formatters costs start-up time every run would pay.
const formatters = new Map<number, Intl.NumberFormat>();

export function num(value: number, digits: number): string {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f.format(value);
}

/** Grams of CO2e, scaled to kg or t when large. */
export function grams(g: number): string {
  if (g >= 1e6) return `${num(g / 1e6, 2)} tCO2e`;
  if (g >= 1e4) return `${num(g / 1000, 1)} kgCO2e`;
  return `${num(g, g < 10 ? 2 : 0)} gCO2e`;
}

export function kwh(value: number): string {
  return `${num(value, value < 10 ? 3 : 1)} kWh`;
}

export function intensity(g: number | null): string {
  return g === null ? "n/a" : `${num(g, 0)} g/kWh`;
}

export function signedPercent(p: number | null): string {
  if (p === null) return "n/a";
  return `${p >= 0 ? "+" : "−"}${num(Math.abs(p), 1)}%`;
}

export function signed(value: number, render: (v: number) => string): string {
  return `${value >= 0 ? "+" : "−"}${render(Math.abs(value))}`;
}

/**
 * Makes a string from a trace, log or file name inert in GitHub markdown: no links, images, HTML,
 * mentions, emphasis, code spans, table breaks or new lines can be built from it. Only characters
 * that could start such a construct are touched, so ordinary names stay readable.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
    // A zero-width space after @, inside "://" and after "www" keeps GitHub from making a
    // mention, team ping or bare-URL link of it.
    .replace(/@/g, "@\u200b")
    .replace(/:\/\//g, ":\u200b//")
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
  // The string may open a line (a list item, a paragraph's last line): nothing at its start may
  // begin a block — no indented code, heading, list, rule or setext underline.
  const start = inline
    .replace(/^\s+/, "")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
  // An empty list item under a paragraph would turn that paragraph into a heading.
  return start === "" ? "(empty)" : start;
}
