// The entries' web shells, from their declaration (entries.mjs). Usage:
//   node scripts/shells.mjs              writes target/shells/: every entry's page for trunk (from
//                                        shell/page.html), every entry's boot script (static/crash.js
//                                        and its own, or static/entry-boot.js), and single.html,
//                                        the check with the default features (`make single`)
//   node scripts/shells.mjs aside        the pages `make dist` builds aside and copies in: every
//                                        entry but the first, which trunk builds into dist/ itself
//   node scripts/shells.mjs collect PAGE FROM TO
//                                        copies the files of PAGE's build in FROM into TO
// The pages are generated, not kept: `make` and trunk's pre_build hook write them (Trunk.toml).
// They live in target/ so that `trunk serve` does not watch them, and their links to the sources
// are relative to target/shells/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries, bootOf, stylesOf } from '../entries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'target', 'shells');
const up = relative(out, root); // ../.., the sources seen from the pages
const fail = (why) => {
  console.error(`shells: ${why}`);
  process.exit(1);
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Fills every {{NAME}} of a template; a name without a value, or a value not used, is an error. */
function fill(template, values, what) {
  const used = new Set();
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) fail(`${what} has {{${name}}}, which entries.mjs gives no value`);
    used.add(name);
    return values[name];
  });
  for (const name of Object.keys(values)) if (!used.has(name)) fail(`${what} has no {{${name}}}`);
  return text;
}

// Same flags for every entry: what the browsers we support run (README), and the smallest wasm.
// wasm-opt inlines every function that has one caller by default, which makes each page's
// component one huge function; inlining only the small ones (up to 100 bytes) and repeating -Oz
// until it stops shrinking (--converge) took the check's wasm from 89.7 to 88.6 KB brotli
// (binaryen 132).
// The target_features section only tells tools what the wasm uses; browsers ignore it.
const WASM_OPT =
  'data-wasm-opt="z" data-wasm-opt-params="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue --low-memory-unused --strip-producers --one-caller-inline-max-function-size=100 --converge --strip-target-features"';

// The icon inside the page rather than beside it: one request less on a first visit, for 0.2 KB.
// static/favicon.svg stays a file too, for the manifest and the static pages. Quotes and the few
// characters a data: URL may not carry as they are are escaped.
const ICON = 'data:image/svg+xml,' + read('static/favicon.svg').trim().replace(/["%#<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function page(e, { features = e.features, preload = e.preload ?? 'all', styles = e.styles } = {}) {
  const link = (attrs) => `  <link ${attrs}>`;
  // A style sheet in style/ lists its parts; scripts/style.mjs writes it whole into target/style/.
  const links = stylesOf({ styles }).map((s) => link(`data-trunk rel="css" href="${up}/target/style/${s}"`));
  if (e.theme) {
    links.push(
      "  <!-- The municipality's own NL Design System tokens, beside the page (empty as shipped; README). After our styles, so its tokens win over ours; the URL's theme parameters win over both. -->",
      link('rel="stylesheet" href="theme.css"'),
    );
  }
  for (const asset of e.assets ?? []) links.push(link(`data-trunk rel="copy-file" href="${up}/${asset}"`));
  links.push(link(`data-trunk rel="copy-file" href="${bootOf(e)}"`));
  const cargo = features ? ` data-cargo-no-default-features data-cargo-features="${features.join(',')}"` : '';
  links.push(link(`data-trunk rel="rust" href="${up}/Cargo.toml" data-bin="${e.bin}"${cargo} data-type="main" ${WASM_OPT}`));
  const wasm = `rel="preload" href="${e.bin}_bg.wasm" as="fetch" type="application/wasm" crossorigin`;
  if (preload === 'all') links.push(link(`rel="modulepreload" href="${e.bin}.js"`), link(wasm));
  else if (preload === 'low') links.push(link(`${wasm} fetchpriority="low"`));
  const shell = e.body
    ? read(e.body).replace(/\n$/, '')
    : fill(read('shell/loading.html'), {
        NAV: e.nav ?? '',
        HEADING: esc(e.heading),
        LEAD: esc(e.lead),
        NOSCRIPT_NL: e.noscript.nl,
        NOSCRIPT_EN: e.noscript.en,
        NO_WASM_NL: e.noWasm.nl,
        NO_WASM_EN: e.noWasm.en,
      }, 'shell/loading.html').replace(/\n$/, '');
  return fill(read('shell/page.html'), {
    TITLE: esc(e.title),
    DESCRIPTION: esc(e.description),
    LINKS: links.join('\n'),
    BOOT: bootOf(e),
    SHELL: shell,
    CRASH_NL: e.crash.nl,
    CRASH_EN: e.crash.en,
    ICON: ICON,
  }, 'shell/page.html');
}

const uncommented = (text) => text.split('\n').filter((line) => !line.startsWith('//')).join('\n').replace(/^\n+/, '');

// Every entry's start script: static/crash.js (a panic shows the crash message), then the entry's
// own (static/boot.js for the check) or, for one that needs nothing before its app runs, the
// template static/entry-boot.js: the entry's glue goes in, later.js only where the entry
// declares `later`, the comments go out.
function boot(e) {
  const crash = read('static/crash.js');
  if (!/^function crash\(/m.test(crash)) fail('static/crash.js defines no function crash(error), which the boot scripts call');
  if (e.boot) return uncommented(crash) + '\n' + read(e.boot);
  const template = read('static/entry-boot.js');
  const LATER = ' // if later';
  if (!template.includes("from './app.js'") || !template.includes(LATER)) fail(`static/entry-boot.js lacks './app.js' or ${LATER.trim()}`);
  const own = template
    .replace("from './app.js'", `from './${e.bin}.js'`)
    .split('\n')
    .filter((line) => e.later || !line.endsWith(LATER))
    .map((line) => (line.endsWith(LATER) ? line.slice(0, -LATER.length) : line))
    .join('\n');
  return uncommented(crash + '\n' + own);
}

function check() {
  const seen = new Set();
  for (const e of entries) {
    for (const name of [e.page, e.bin]) {
      if (seen.has(name)) fail(`two entries named ${name}`);
      seen.add(name);
    }
    if (!e.page.endsWith('.html')) fail(`${e.page}: a page ends in .html`);
    if (e.preload !== undefined && !['all', 'low'].includes(e.preload)) fail(`${e.page}: preload is 'all' or 'low', not ${e.preload}`);
    // Its Rust root: found by cargo in src/bin/, or named in Cargo.toml (the check's src/main.rs).
    const named = new RegExp(`^name = "${e.bin}"$`, 'm').test(read('Cargo.toml'));
    if (!named && !existsSync(join(root, 'src', 'bin', `${e.bin}.rs`))) fail(`${e.page}: no src/bin/${e.bin}.rs for its bin ${e.bin}`);
    for (const s of [...e.styles, ...(e.assets ?? []), ...(e.boot ? [e.boot] : []), ...(e.body ? [e.body] : [])]) {
      if (!existsSync(join(root, s))) fail(`${e.page}: ${s} does not exist`);
    }
    if (!e.body) for (const f of ['heading', 'lead', 'noscript', 'noWasm']) if (!e[f]) fail(`${e.page}: no ${f} (or body)`);
    if (!Number.isFinite(e.budget)) fail(`${e.page}: no budget`);
    if (!/id="crash-link"/.test(e.crash?.nl ?? '')) fail(`${e.page}: its crash message has no #crash-link`);
  }
  if (entries[0].page !== 'index.html') fail('the first entry is index.html: trunk builds it into dist/ (Trunk.toml)');
}

/** Writes only what changed, so that a file's time says when its content last did. */
function write(name, text) {
  const path = join(out, name);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

const [command, ...args] = process.argv.slice(2);
check();
if (!command) {
  mkdirSync(out, { recursive: true });
  for (const e of entries) {
    write(e.page, page(e));
    write(bootOf(e), boot(e));
  }
  // `make single`: the check in one wasm with the questions and the sheet (the default features),
  // with the sheet's styles too, inside the page: nothing to preload.
  const sheet = entries.find((e) => e.bin === 'advies');
  const styles = [...new Set([...entries[0].styles, ...sheet.styles])];
  write('single.html', page(entries[0], { features: null, preload: 'none', styles }));
} else if (command === 'aside') {
  console.log(entries.slice(1).map((e) => e.page.replace(/\.html$/, '')).join(' '));
} else if (command === 'collect') {
  const [name, from, to] = args;
  const e = entries.find((e) => e.page === `${name}.html`);
  if (!e || !to) fail(`collect: usage: collect PAGE FROM TO, with PAGE one of ${entries.map((e) => e.page).join(', ')}`);
  copyFileSync(join(from, 'index.html'), join(to, e.page));
  for (const f of [`${e.bin}.js`, `${e.bin}_bg.wasm`, bootOf(e)]) copyFileSync(join(from, f), join(to, f));
  // Styles another entry shares (main.css) are in TO already, and must be the same file.
  for (const f of stylesOf(e)) {
    if (!existsSync(join(to, f))) copyFileSync(join(from, f), join(to, f));
    else if (!readFileSync(join(from, f)).equals(readFileSync(join(to, f)))) fail(`collect: ${name}'s ${f} differs from the one in ${to}`);
  }
} else {
  fail(`unknown command ${command}`);
}
