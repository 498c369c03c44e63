import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
const o = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
for (const md of ["hello world. ".repeat(250), "- a &lt;x&gt; \\[x\\] @\u200bfoo\n".repeat(100), "| a | b |\n|---|---|\n" + "| 1 | 2 |\n".repeat(100)]) {
  let t = performance.now();
  for (let i = 0; i < 50; i++) fromMarkdown(md, o);
  console.log(md.length, (performance.now() - t) / 50);
  t = performance.now();
  for (let i = 0; i < 50; i++) fromMarkdown(md);
  console.log("nogfm", (performance.now() - t) / 50);
}
