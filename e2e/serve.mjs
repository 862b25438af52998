// A static server for the tests: serves dist/ at / and under a sub-path, with the strict
// Content Security Policy the README tells hosts to set. Loopback only.
// Usage: node serve.mjs DIST PORT
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] || '../dist');
const port = Number(process.argv[3] || 8081);
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

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith(SUBPATH)) path = '/' + path.slice(SUBPATH.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
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
