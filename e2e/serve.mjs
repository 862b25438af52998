// A static server for the tests: serves dist/ at / and under a sub-path, with the strict
// Content Security Policy the README tells hosts to set. Loopback only.
// Usage: node serve.mjs DIST PORT [--bench]
// --bench (`make bench`): compresses with brotli as a web server would (each file once, at the
// highest quality, as precompressed files are served), and counts the bytes it sends:
// GET /__sent answers the count so far, as JSON {bytes, requests}, and starts it again at 0.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] || '../dist');
const port = Number(process.argv[3] || 8081);
const bench = process.argv.includes('--bench');
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);
const compressed = new Map();
let sent = { bytes: 0, requests: 0 };
const SUBPATH = '/tools/coproductiecheck/';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self'; manifest-src 'self'; frame-ancestors 'self' http://127.0.0.1:* http://localhost:*";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// Folders with a municipality's profile: /p/<kind>/ serves dist/ with its own gemeente.json
// (tests/fixtures/profiles/<kind>.json, or one of the bad kinds below) and, for "good", a theme.
const FIXTURES = resolve(new URL('.', import.meta.url).pathname, '../tests/fixtures/profiles');
const BAD = {
  broken: '{"version": 1, "name": "Voorbeeld"',
  version: '{"version": 2, "name": "Voorbeeld", "contact": {"email": "a@voorbeeld.nl"}}',
  types: '{"version": 1, "name": ["Voorbeeld"], "contact": "participatie@voorbeeld.nl", "council": {"email": 5}, "challenge": {"present": "ja", "weeks": "8"}}',
  huge: JSON.stringify({ version: 1, name: 'Voorbeeld', padding: 'x'.repeat(40 * 1024) }),
};
async function profileFile(kind, name) {
  if (name === 'gemeente.json') return BAD[kind] ?? (await readFile(join(FIXTURES, `${kind.replace(/[^a-z]/g, '')}.json`)));
  if (name === 'theme.css' && kind === 'good') return readFile(join(FIXTURES, 'theme.css'));
  return null;
}

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (bench && path === '/__sent') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(sent));
    sent = { bytes: 0, requests: 0 };
    return;
  }
  if (path.startsWith(SUBPATH)) path = '/' + path.slice(SUBPATH.length);
  const folder = path.match(/^\/p\/([a-z]+)(\/.*)$/);
  if (folder) {
    path = folder[2];
    const own = await profileFile(folder[1], path.slice(1)).catch(() => null);
    if (own !== null) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)], 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' });
      res.end(own);
      return;
    }
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    let body = await readFile(file);
    // A validator, as every web server sends for a static file: `no-cache` then costs a 304
    // without a body when the browser (or the worker's precache) already holds this version.
    const etag = `W/"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    const headers = {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ETag: etag,
    };
    if ((req.headers['if-none-match'] || '').split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304, headers).end();
      sent.requests++;
      return;
    }
    if (bench && COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      const key = file + ' ' + body.length;
      if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = compressed.get(key);
      headers['Content-Encoding'] = 'br';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
    sent.bytes += body.length;
    sent.requests++;
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/ and ${SUBPATH}`));

// A municipality's page on another origin (the next port) that embeds the check:
// /host?q=<the check's query string> puts it in an iframe with embed.js.
const app = `http://127.0.0.1:${port}${SUBPATH}`;
createServer((req, res) => {
  const q = new URL(req.url, 'http://x').searchParams.get('q') || '?embed=1';
  const src = app + q.replace(/[<>"']/g, '');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Voorbeeld</title></head>
<body><header><h1>Gemeente Voorbeeld</h1></header><main>
<p>Doe de check voordat u met inwoners begint.</p>
<iframe src="${src}" title="Coproductiecheck" data-coproductiecheck></iframe>
<p>Onder de check.</p></main>
<script src="${app}embed.js" async></script></body></html>`);
}).listen(port + 1, '127.0.0.1');
