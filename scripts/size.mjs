// The size budget of a first load: everything index.html makes the browser fetch.
// Deterministic, so `make test` checks it. Usage: node scripts/size.mjs dist [--json FILE]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 120 * 1024;
const TARGET_BROTLI = 90 * 1024;
const dir = process.argv[2] || 'dist';
const jsonAt = process.argv.indexOf('--json');

// What each entry's first screen loads; embed.js only loads on a host page; later.js, later.css,
// the manifest and sw.js only after the page's load event, and the worker's precache after them.
// Every entry has its own budget: a tool that only some people open must not grow the check's
// first load.
const entries = [
  { name: 'the check (index.html)', files: ['index.html', 'coproductiecheck.js', 'coproductiecheck_bg.wasm', 'main.css', 'boot.js', 'favicon.svg'] },
  // Over the common cap since the municipality's profile (gemeente.json) joined the sheet: a
  // known regression, allowed here so the cap still holds it from growing further. Back to 120
  // once the profile's reader and notes are cut down or loaded apart from the sheet.
  { name: 'the advice sheet (advies.html)', budget: 130 * 1024, files: ['advies.html', 'advies.js', 'advies_bg.wasm', 'main.css', 'advies-boot.js', 'favicon.svg'] },
  { name: 'the paperwork (stukken.html)', files: ['stukken.html', 'stukken.js', 'stukken_bg.wasm', 'main.css', 'paperwork.css', 'stukken-boot.js', 'favicon.svg'] },
  { name: 'the questionnaire on paper (papier.html)', files: ['papier.html', 'papier.js', 'papier_bg.wasm', 'main.css', 'paper.css', 'papier-boot.js', 'favicon.svg'] },
  { name: 'the comparison (vergelijk.html)', files: ['vergelijk.html', 'vergelijk.js', 'vergelijk_bg.wasm', 'main.css', 'compare.css', 'vergelijk-boot.js', 'favicon.svg'] },
];

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const report = [];
let failed = 0;
for (const entry of entries) {
  const rows = entry.files.map((name) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      console.error(`size: ${path} is missing: run make dist first`);
      process.exit(1);
    }
    const raw = readFileSync(path);
    return {
      name,
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${entry.name}`);
  console.log('asset'.padEnd(28) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
  for (const r of rows) console.log(r.name.padEnd(28) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
  console.log('first load'.padEnd(28) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
  const budget = entry.budget ?? BUDGET_BROTLI;
  console.log(`budget: ${kb(total.brotli).trim()} brotli of ${budget / 1024} KB allowed (aim: ${TARGET_BROTLI / 1024} KB)`);
  if (total.brotli > budget) {
    console.error(`size: FAILED: ${entry.name} loads ${total.brotli} bytes brotli first, over the ${budget} byte budget`);
    failed++;
  }
  report.push({ entry: entry.name, rows, total, budget });
}
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(report, null, 2));
console.log(`size: ${entries.length - failed} passed, ${failed} failed`);
if (failed) process.exit(1);
