// Readability.js (Mozilla's) over the same pages as PeerBenchmark, for bench/peers.sh: a warm-up
// pass, then PASSES timed passes; writes {"name", "ms", "passes", "bodies": {id: textContent}}.
// Usage: node readability.mjs PAGES_DIR TRUTH_FILE PASSES OUT_FILE
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [pagesDir, truthFile, passesArg, outFile] = process.argv.slice(2);
const passes = Number(passesArg || 3);
const truth = JSON.parse(fs.readFileSync(truthFile, "utf8"));
const pages = [];
for (const name of fs.readdirSync(pagesDir).sort()) {
  const ext = [".html.gz", ".html", ".htm"].find((e) => name.endsWith(e));
  if (!ext) continue;
  const id = name.slice(0, -ext.length);
  if (!(id in truth)) continue;
  let bytes = fs.readFileSync(path.join(pagesDir, name));
  if (ext === ".html.gz") bytes = zlib.gunzipSync(bytes);
  pages.push({ id, html: bytes.toString("utf8") });
}
const quiet = new VirtualConsole();
function extract(page) {
  try {
    const dom = new JSDOM(page.html, { url: "https://example.org/" + page.id, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article && article.textContent ? article.textContent : "";
  } catch (e) {
    return "";
  }
}
const bodies = {};
let ms = 0;
for (let pass = 0; pass <= passes; pass++) {
  const start = process.hrtime.bigint();
  for (const page of pages) bodies[page.id] = extract(page);
  if (pass > 0) ms += Number(process.hrtime.bigint() - start) / 1e6;
}
fs.writeFileSync(outFile, JSON.stringify({ name: "Readability.js + jsdom (node)", ms, passes, bodies }));
