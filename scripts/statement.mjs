// Fills in the accessibility statement (DIST/toegankelijkheid.html, DIST/accessibility.html)
// with the build settings of the organisation that offers the check:
//   A11Y_ORG      its name, e.g. "Gemeente Voorbeeld" (default: a neutral wording)
//   A11Y_CONTACT  where to report a problem: an e-mail address or an https:// address.
//                 Left empty, the statement sends readers to whoever sent them to the check.
// Usage: A11Y_ORG=... A11Y_CONTACT=... node scripts/statement.mjs dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const org = (process.env.A11Y_ORG || '').trim();
const contact = (process.env.A11Y_CONTACT || '').trim();
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let href = '';
if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(contact)) href = 'mailto:' + contact;
else if (/^https:\/\/[^\s<>"]+$/.test(contact)) href = contact;
else if (contact) {
  console.error(`statement: A11Y_CONTACT must be an e-mail address or an https:// address, not ${JSON.stringify(contact)}`);
  process.exit(1);
}

const pages = {
  'toegankelijkheid.html': (link) => `Dat kan via ${link}.`,
  'accessibility.html': (link) => `You can do so at ${link}.`,
};
for (const [name, line] of Object.entries(pages)) {
  const path = join(dir, name);
  let html = readFileSync(path, 'utf8');
  const before = html;
  if (org) html = html.replace(/(<span data-setting="org">)[^<]*(<\/span>)/, `$1${esc(org)}$2`);
  if (href) {
    html = html.replace(/\s*<p data-setting="no-contact">[\s\S]*?<\/p>/, '');
    html = html.replace('<span data-setting="contact-line"></span>', line(`<a href="${esc(href)}">${esc(contact)}</a>`));
  } else {
    html = html.replace(/\s*<div data-setting="contact">[\s\S]*?<\/div>/, '');
  }
  if (html === before) {
    console.error(`statement: ${path} has none of the markers to fill in`);
    process.exit(1);
  }
  writeFileSync(path, html);
}
console.log(`statement: ${org || '(no organisation set)'}, contact ${contact || '(left out)'}`);
