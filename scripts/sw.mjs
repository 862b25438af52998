// Writes DIST/sw.js from static/sw.js with this build's version and the files it knows: every
// file in DIST except the worker itself and embed.js (which only a host page loads), and of
// those, the ones a first visit stores at once (the precache). The version is a hash of all the
// files, so any change makes a new worker.
// Usage: node scripts/sw.mjs dist
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { entries, firstLoad } from '../entries.mjs';

// What a first visit stores, so that after it the check and its advice sheet work offline: what
// each entry marked `offline` in entries.mjs loads first, the files named here, and, when the
// folder has one, a municipality's profile beside index.html. A file of DIST not named (the other
// entries, the embed page, the statement, the manifest and icons) is stored the first time it is
// opened. The texts are stored in the visitor's language only (each part of it; see static/sw.js).
// A new file the check or the sheet loads on every visit belongs in this list.
const PRECACHE = [
  ...entries.filter((e) => e.offline).flatMap(firstLoad),
  'later.js', 'later.css', 'gemeente.json', 'theme.css',
];

const dir = process.argv[2] || 'dist';
const skip = new Set(['sw.js', 'embed.js']);
const files = readdirSync(dir)
  .filter((f) => !skip.has(f) && statSync(join(dir, f)).isFile())
  .sort();
for (const f of entries.map((e) => e.page)) {
  if (!files.includes(f)) {
    console.error(`sw: ${dir}/${f} is missing`);
    process.exit(1);
  }
}
const precache = files.filter((f) => PRECACHE.includes(f));
const hash = createHash('sha256');
for (const f of files) hash.update(f + '\0').update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('../static/sw.js', import.meta.url), 'utf8');
for (const marker of ["'__VERSION__'", '__FILES__', '__PRECACHE__']) {
  if (!template.includes(marker)) {
    console.error(`sw: static/sw.js lacks the ${marker} marker`);
    process.exit(1);
  }
}
writeFileSync(
  join(dir, 'sw.js'),
  template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(files))
    .replace('__PRECACHE__', JSON.stringify(precache)),
);
console.log(`sw: ${dir}/sw.js knows ${files.length} files, stores ${precache.length} and one language's texts on a first visit, version ${version}`);
