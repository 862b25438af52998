// Writes DIST/sw.js from static/sw.js with this build's version and the files it caches:
// every file in DIST except the worker itself and embed.js (which only a host page loads).
// The version is a hash of all those files, so any change makes a new worker.
// Usage: node scripts/sw.mjs dist
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const skip = new Set(['sw.js', 'embed.js']);
const files = readdirSync(dir)
  .filter((f) => !skip.has(f) && statSync(join(dir, f)).isFile())
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f + '\0').update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('../static/sw.js', import.meta.url), 'utf8');
if (!template.includes("'__VERSION__'") || !template.includes('__FILES__')) {
  console.error('sw: static/sw.js lacks the __VERSION__ or __FILES__ marker');
  process.exit(1);
}
writeFileSync(
  join(dir, 'sw.js'),
  template.replace("'__VERSION__'", JSON.stringify(version)).replace('__FILES__', JSON.stringify(files)),
);
console.log(`sw: ${dir}/sw.js caches ${files.length} files, version ${version}`);
