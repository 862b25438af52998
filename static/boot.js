// Starts the check's app (scripts/shells.mjs puts static/crash.js before it). A file of its own,
// not an inline script, so a strict CSP can forbid those.
//
// The start page's form is in index.html and usable before the app has loaded: the app reads
// the choice and the plan name from it when it takes over, and a press of "Start de check"
// before then is kept here (data-submitted) and carried out by the app.
var form = document.querySelector('#shell form');

// The texts the first question needs are fetched alongside the app rather than after it: the
// question pages' strings at once, its role's questions as soon as a role is chosen. The app's
// own fetch of such a file is answered with the response already under way. `make dist` writes
// this build's texts hash in (scripts/boot-hash.sh); the language is the one the app will use.
var HASH = '__TEXTS_HASH__';
var early = {};
function language() {
  var asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  try {
    if (localStorage.getItem('coproductiecheck.lang') === 'en') return 'en';
  } catch (e) {}
  return 'nl';
}
// Each early fetch, read to its end (a copy: the app reads the response itself) or failed:
// later.js waits for them (below).
var fetched = [];
function prefetch(part) {
  var name = 'texts.' + HASH + '.' + part + '.' + language() + '.txt';
  if (HASH.charAt(0) !== '_' && !early[name]) {
    early[name] = fetch(name);
    fetched.push(
      early[name]
        .then(function (response) {
          return response.clone().text();
        })
        .catch(Boolean),
    );
  }
}
var pageFetch = window.fetch;
window.fetch = function (input, init) {
  var got = typeof input === 'string' && early[input];
  if (!got) return pageFetch.call(window, input, init);
  delete early[input];
  return got.catch(function () {
    return pageFetch.call(window, input, init);
  });
};
function chosen() {
  var role = form.querySelector('input[name="role"]:checked');
  if (!role) return;
  prefetch(role.value);
}

if (form) {
  prefetch('check');
  form.addEventListener('change', chosen);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    form.setAttribute('data-submitted', '');
    chosen();
  });
}

// The app starts at once. Its wasm, the long wait on a slow line, is already on its way: the
// page's head asks for it at a low priority (entries.mjs, preload 'low'), so that it does not
// hold up the style sheet the first paint waits for, and its own fetch is answered by that.
// Settles once the app runs, or could not start.
var running = import('./coproductiecheck.js')
  .then(function (app) {
    return app.default();
  })
  .catch(function (error) {
    // A trap while it starts is the crash message's (static/crash.js, before this file).
    if (crash(error)) return;
    var note = document.getElementById('no-wasm');
    if (note) note.hidden = false;
  });
prefetch('check');
// later.js (the worker, the notices, the manifest) once the page has loaded, the app runs, the
// texts asked for so far are in and the browser is idle: after the page the app draws first
// (the first question, when "Start de check" was pressed early), whose texts it would otherwise
// share a slow line with. It reads the page's state when it comes, so it misses nothing by
// coming later.
function idle(go) {
  if (window.requestIdleCallback) requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 200);
}
addEventListener('load', function () {
  running
    .then(function () {
      return Promise.all(fetched);
    })
    .then(function () {
      idle(function () {
        import('./later.js').catch(Boolean);
      });
    });
});
