// Seed corpus for the fuzz targets, made from the fixture links (tests/fixtures/share_links.txt),
// written into fuzz/corpus/<target>/ (git-ignored; libFuzzer adds what it finds beside them).
// Generated rather than committed: the fixture file is the one list of links that must open,
// and it only grows, so every new fixture line becomes a seed without a second copy in git.
// Usage: node scripts/fuzz-seeds.mjs [repository root]
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] || '.';
const codes = readFileSync(join(root, 'tests/fixtures/share_links.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t')[0]);
if (codes.length === 0) throw new Error('no links in tests/fixtures/share_links.txt');

const dir = (target) => {
  const d = join(root, 'fuzz/corpus', target);
  mkdirSync(d, { recursive: true });
  return d;
};
const decodeDir = dir('decode');
const fileDir = dir('answers_file');

// The frame's body: base64url without the version character, then without the leading
// length varint and the trailing two checksum bytes (see src/model/share.rs).
function body(code) {
  const frame = Buffer.from(code.slice(1), 'base64url');
  let i = 0;
  while (frame[i] & 0x80) i++;
  return frame.subarray(i + 1, frame.length - 2);
}

codes.forEach((code, n) => {
  // decode: first byte even = the code as it is, odd = a body that gets framed (fuzz/fuzz_targets/decode.rs).
  writeFileSync(join(decodeDir, `fixture-${n}-code`), Buffer.concat([Buffer.from([0]), Buffer.from(code)]));
  writeFileSync(join(decodeDir, `fixture-${n}-body`), Buffer.concat([Buffer.from([1]), body(code)]));
  // answers_file: what "Download de antwoorden" saves, and a bare pasted code.
  writeFileSync(join(fileDir, `fixture-${n}-file`),
    `Coproductiecheck: antwoorden. Laad dit bestand in de check.\nhttps://www.example.nl/check/#/advies/${code}\n`);
  writeFileSync(join(fileDir, `fixture-${n}-bare`), `  ${code}\n`);
});
console.log(`fuzz seeds: ${codes.length} fixture links -> fuzz/corpus/{decode,answers_file}/`);

// profile: the profile fixtures the native and end-to-end tests read (tests/fixtures/profiles/).
const profileDir = dir('profile');
const profiles = join(root, 'tests/fixtures/profiles');
for (const f of readdirSync(profiles)) writeFileSync(join(profileDir, f), readFileSync(join(profiles, f)));
