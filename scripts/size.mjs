// The size budget of a first load: everything index.html makes the browser fetch.
// Deterministic, so `make test` checks it. Usage: node scripts/size.mjs dist [--json FILE]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { entries as declared, firstLoad } from '../entries.mjs';

const TARGET_BROTLI = 90 * 1024;
const dir = process.argv[2] || 'dist';
const jsonAt = process.argv.indexOf('--json');

// What each entry's first screen loads, and its budget: both from entries.mjs. embed.js only loads
// on a host page; later.js, later.css, the manifest and sw.js only after the page's load event, and
// the worker's precache after them. Every entry has its own budget: a tool that only some people
// open must not grow the check's first load.
const entries = declared.map((e) => ({ name: `${e.what} (${e.page})`, budget: e.budget * 1024, files: firstLoad(e) }));

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
  const budget = entry.budget;
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
