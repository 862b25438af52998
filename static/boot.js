// Starts the app. A file of its own, not an inline script, so a strict CSP can forbid those.
//
// The start page's form is in index.html and usable before the app has loaded: the app reads
// the choice and the plan name from it when it takes over, and a press of "Start de check"
// before then is kept here (data-submitted) and carried out by the app.
var form = document.querySelector('#shell form');

// The texts the first question needs (its role's questions and the question pages' strings)
// are fetched as soon as a role is chosen, alongside the app rather than after it: the app's
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
function prefetch(part) {
  var name = 'texts.' + HASH + '.' + part + '.' + language() + '.txt';
  if (HASH.charAt(0) !== '_' && !early[name]) early[name] = fetch(name);
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
  prefetch('check');
  prefetch(role.value);
}

if (form) {
  form.addEventListener('change', chosen);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    form.setAttribute('data-submitted', '');
    chosen();
  });
}

// The app (its script and wasm) is fetched once the static page has been painted: on a slow
// line it would otherwise share the line with the style sheet that the first paint waits for.
// Where paint timing is missing, or the page is not painted (a hidden tab, an embed out of
// view), it starts after the first frame or a second at most.
var started = false;
// Settles once the app runs, or could not start.
var ran;
var running = new Promise(function (resolve) {
  ran = resolve;
});
function start() {
  if (started) return;
  started = true;
  // The wasm at once beside its script, not after it: the script would ask for it only once
  // it has arrived and run, a round trip later. Its own fetch is answered by this preload.
  var wasm = document.createElement('link');
  wasm.rel = 'preload';
  wasm.as = 'fetch';
  wasm.type = 'application/wasm';
  wasm.crossOrigin = 'anonymous';
  wasm.href = 'coproductiecheck_bg.wasm';
  document.head.appendChild(wasm);
  import('./coproductiecheck.js')
    .then(function (app) {
      return app.default();
    })
    .catch(function () {
      var note = document.getElementById('no-wasm');
      if (note) note.hidden = false;
    })
    .then(ran);
}
var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
if (types.indexOf('paint') >= 0) {
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(function () {
    setTimeout(start);
  });
}
setTimeout(start, 1000);
// later.js (the worker, the notices, the manifest) once the page has loaded and the app runs:
// on a slow line it would otherwise share the line with the wasm that the first question waits
// for. It reads the page's state when it comes, so it misses nothing by coming later.
addEventListener('load', function () {
  running.then(function () {
    return import('./later.js');
  }).catch(Boolean);
});
