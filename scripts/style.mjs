// Writes each style sheet the entries name (entries.mjs: style/main.css, compare.css, ...) and
// the embed page's (insluiten.css) into target/style/ with its parts in place: such a sheet is a
// list of `@import "part.css" layer(name);`, and the written one holds each part's text inside
// `@layer name { ... }`, one block for a run of parts in the same layer. The pages link the
// written sheets (scripts/shells.mjs) and trunk minifies them; it does not follow @import itself.
// Run by trunk before each build (Trunk.toml), so `trunk serve` follows the parts too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { entries } from '../entries.mjs';

const SRC = 'style';
const OUT = 'target/style';
// insluiten.css is the embed page's (static/insluiten.html, no entry), copied as it is written.
const SHEETS = [...new Set([...entries.flatMap((e) => e.styles), `${SRC}/insluiten.css`])];
const IMPORT = /^@import\s+(?:url\()?"([^"]+)"\)?\s+layer\(([a-z-]+)\);$/;

function build(sheet) {
  const lines = readFileSync(sheet, 'utf8').split('\n');
  let head = '';
  const blocks = []; // [layer, text]
  for (const [i, line] of lines.entries()) {
    const at = `${sheet}:${i + 1}`;
    const m = line.trim().match(IMPORT);
    if (m) {
      const [, part, layer] = m;
      const text = readFileSync(join(dirname(sheet), part), 'utf8').trim();
      const last = blocks[blocks.length - 1];
      const piece = `/* ${part} */\n${text}\n`;
      if (last && last[0] === layer) last[1] += '\n' + piece;
      else blocks.push([layer, piece]);
    } else if (line.trim().startsWith('@import')) {
      throw new Error(`${at}: an @import here names a file and its layer: @import "part.css" layer(name);`);
    } else if (blocks.length && line.trim()) {
      throw new Error(`${at}: after the first @import a sheet holds only more of them`);
    } else if (!blocks.length) {
      head += line + '\n';
    }
  }
  const written = blocks.map(([layer, text]) => `@layer ${layer} {\n${text}}\n`).join('\n');
  return `/* Written by scripts/style.mjs from ${sheet} and its parts. Do not edit. */\n${head.trim()}\n\n${written}`;
}

mkdirSync(OUT, { recursive: true });
for (const sheet of SHEETS) writeFileSync(join(OUT, basename(sheet)), build(sheet));
