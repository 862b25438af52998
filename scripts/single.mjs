// `make single`: the check as one self-contained HTML file, for an intranet share or a document
// library that can hold a file but not a folder served with the right types. It opens from
// file:// with no server and no network: the wasm (base64, handed to wasm-bindgen's init), the
// script, the styles and both languages' texts are all inside. The texts sit in elements whose id
// is the text file's name, and the app's fetch of such a name is answered from there: a few lines
// in this file rather than in the wasm, whose every byte counts against the check's first load.
// No Content-Security-Policy header can protect a file opened from disk; the README says so.
// CHECK_URL (optional, an https:// folder where the check is hosted) makes the links to an advice
// made in the file point there, so they open anywhere; without it they open only in the file.
// Usage: node scripts/single.mjs BUILD dist-single, where BUILD is a trunk build of index.html
// with the default features (the questions and the sheet in one wasm; see `make single`).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'dist', out = 'dist-single'] = process.argv.slice(2);
const read = (f) => readFileSync(join(dir, f), 'utf8');
const fail = (why) => {
  console.error(`single: ${why}`);
  process.exit(1);
};
// Raw text inside <script> and <style> ends at the first closing tag of its kind.
const raw = (text, tag, what) => {
  if (new RegExp(`</${tag}`, 'i').test(text)) fail(`${what} contains </${tag}, which would end it early`);
  return text;
};

let html = read('index.html');
const glue = read('coproductiecheck.js');
const exports = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
if (!exports) fail('coproductiecheck.js does not end in an export list');
const init = exports[1].split(',').map((s) => s.trim().split(/\s+as\s+/)).find(([, name]) => name === 'default');
if (!init) fail('coproductiecheck.js exports no default init function');
if (/^\s*import\s/m.test(glue)) fail('coproductiecheck.js imports other files');
const wasm = readFileSync(join(dir, 'coproductiecheck_bg.wasm')).toString('base64');
// One per part of the texts and language (src/model/texts.rs).
const texts = readdirSync(dir).filter((f) => /^texts\.[0-9a-f]+\.[a-z-]+\.[a-z]{2}\.txt$/.test(f));
const inLang = (l) => texts.filter((f) => f.endsWith(`.${l}.txt`)).length;
if (!inLang('nl') || inLang('nl') !== inLang('en') || inLang('nl') * 2 !== texts.length) fail(`expected each part of the texts in Dutch and English in ${dir}, found ${texts.join(', ') || 'none'}`);
const later = read('later.js');
// As in every entry's boot script: a panic, a wasm trap, shows the crash message.
const crashJs = readFileSync(new URL('../static/crash.js', import.meta.url), 'utf8');

// As static/boot.js: a press of "Start de check" in the static start form before the app has
// loaded is kept on the form for the app to carry out, not sent as a page load.
const script = `${crashJs}
const startForm = document.querySelector('#shell form');
if (startForm) startForm.addEventListener('submit', (e) => { e.preventDefault(); startForm.setAttribute('data-submitted', ''); });
const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const inlined = typeof input === 'string' && document.getElementById(input);
  return inlined ? Promise.resolve(new Response(inlined.textContent)) : pageFetch(input, init);
};
${glue.slice(0, exports.index)}
const wasm = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
${init[0]}({ module_or_path: wasm }).catch((error) => {
  if (!crash(error)) document.getElementById('no-wasm').hidden = false;
});
`;

// What the served page loads from beside it goes; the same comes inline.
const drop = [
  /<script[^>]*src=["']?boot\.js["']?[^>]*><\/script>/,
  // The municipality's theme sits beside a hosted check; a file on its own has none.
  /<link[^>]*href=["']?(\.\/)?theme\.css["']?[^>]*>/,
];
// Trunk leaves its own marker of the wasm build; nothing reads it.
html = html.replace(/<link[^>]*rel=["']?rust["']?[^>]*>/, '');
for (const pattern of drop) {
  if (!pattern.test(html)) fail(`index.html has no ${pattern}`);
  html = html.replace(pattern, '');
}
html = html.replace(/<html([^>]*)>/, '<html$1 data-single>');
const hosted = (process.env.CHECK_URL || '').trim();
if (hosted && !/^https:\/\/[^\s"'<>]+\/$/.test(hosted)) fail(`CHECK_URL must be an https:// address ending in /, not ${JSON.stringify(hosted)}`);
// The page's own style sheets (main.css, results.css: the single file has the sheet too) come
// inline, in their order, and later.css with them.
const sheets = [];
html = html.replace(/<link[^>]*href=["']?(?:\.\/)?([a-z-]+\.css)["']?[^>]*>/g, (_, name) => {
  sheets.push(name);
  return '';
});
if (!sheets.includes('main.css')) fail(`index.html links no main.css (found ${sheets.join(', ') || 'none'})`);
const head = `<style>${[...sheets, 'later.css'].map((f) => raw(read(f), 'style', f)).join('\n')}</style>`;
const body =
  texts.map((f) => `<script type="text/plain" id="${f}">${raw(read(f), 'script', f)}</script>`).join('\n') +
  `\n<script type="module">${raw(script, 'script', 'the app')}</script>` +
  `\n<script type="module">${raw(later, 'script', 'later.js')}</script>`;
if (!/<title>/.test(html)) fail('index.html has no <title>');
const link = hosted ? `<meta name="coproductiecheck-link" content="${hosted}">` : '';
html = html.replace('<title>', `${link}${head}<title>`);
html = /<\/body>/.test(html) ? html.replace('</body>', `${body}</body>`) : html + body;

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'coproductiecheck.html'), html);
console.log(`single: ${out}/coproductiecheck.html, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
