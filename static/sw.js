// The check's service worker: after one visit the check and its advice sheet open without a
// network, in the visitor's language; the other pages of the build (the comparison, the
// paperwork, the statement, the embed page) and the other language are stored the first time
// they are opened, and work offline from then on. Cache first, one cache per build: `make dist`
// (scripts/sw.mjs) writes this build's VERSION, its FILES and what a first visit stores at once
// (PRECACHE) in. A new build is a new sw.js, which the browser finds on a later visit; it fills
// its own cache and waits until the page asks it to take over (the "Er is een nieuwe versie"
// notice), so no page ever mixes two versions.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope;
// Per scope: the same origin may serve the check in more than one folder.
const PREFIX = 'coproductiecheck ' + SCOPE + ' ';
const CACHE = PREFIX + VERSION;
// The visitor's language, from later.js's registration (sw.js?lang=en): its texts, every part
// but the tools' (stored, like the tools' pages, when first opened), are stored with the
// precache.
const LANG = new URL(self.location.href).searchParams.get('lang') === 'en' ? 'en' : 'nl';
const TEXTS = new RegExp('^texts\\.[0-9a-f]+\\.(?!tools\\.)[a-z-]+\\.' + LANG + '\\.txt$');
// The municipality's own files (README): a webmaster replaces them without a new build, so the
// worker answers from its cache (at once, offline too) and fetches them again for the next visit.
const LOCAL = ['gemeente.json', 'theme.css'];

// Checked with the server, never taken unchecked from the HTTP cache: a file the page has just
// loaded costs a "304 Not Modified" (no body) rather than a second download.
const request = (file) => new Request(new URL(file, SCOPE), { cache: 'no-cache' });

self.addEventListener('install', (event) => {
  const first = PRECACHE.concat(FILES.filter((f) => TEXTS.test(f)));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(first.map(request))));
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
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(SCOPE)) return;
  // The folder itself is index.html; query strings (?lang=en, ?embed=1) do not change a file.
  const file = req.url.slice(SCOPE.length).split(/[?#]/)[0] || 'index.html';
  if (!FILES.includes(file)) return;
  const key = new URL(file, SCOPE).href;
  if (LOCAL.includes(file)) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(key).then((cached) => {
          const fresh = fetch(key, { cache: 'no-cache' }).then((response) => {
            if (response.ok) cache.put(key, response.clone());
            return response;
          });
          if (!cached) return fresh;
          event.waitUntil(fresh.catch(() => {}));
          return cached;
        }),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key).then(
        (cached) =>
          cached ||
          // Not stored yet: from the network, and stored for the next time (this build's file).
          fetch(req).then((response) => {
            if (response.ok && response.type === 'basic') {
              const copy = response.clone();
              event.waitUntil(cache.put(key, copy));
            }
            return response;
          }),
      ),
    ),
  );
});
