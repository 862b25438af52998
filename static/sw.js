// The check's service worker: after one visit the check, both languages' texts and the tools'
// pages open without a network. Cache first, one cache per build: `make dist` (scripts/sw.mjs)
// writes this build's VERSION and FILES in. A new build is a new sw.js, which the browser finds
// on a later visit; it fills its own cache and waits until the page asks it to take over
// (the "Er is een nieuwe versie" notice), so no page ever mixes two versions.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const SCOPE = self.registration.scope;
// Per scope: the same origin may serve the check in more than one folder.
const PREFIX = 'coproductiecheck ' + SCOPE + ' ';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(new URL(f, SCOPE), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'coproductiecheck:update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  // The folder itself is index.html; query strings (?lang=en, ?embed=1) do not change a file.
  const file = request.url.slice(SCOPE.length).split(/[?#]/)[0] || 'index.html';
  if (!FILES.includes(file)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(new URL(file, SCOPE).href))
      .then((cached) => cached || fetch(request)),
  );
});
