// Starts the app. A file of its own, not an inline script, so a strict CSP can forbid those.
//
// The start page's form is in index.html and usable before the app has loaded: the app reads
// the choice and the plan name from it when it takes over, and a press of "Start de check"
// before then is kept here (data-submitted) and carried out by the app.
var form = document.querySelector('#shell form');
if (form) {
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    form.setAttribute('data-submitted', '');
  });
}

// The app (its script and wasm) is fetched once the static page has been painted: on a slow
// line it would otherwise share the line with the style sheet that the first paint waits for.
// Where paint timing is missing, or the page is not painted (a hidden tab, an embed out of
// view), it starts after the first frame or a second at most.
var started = false;
function start() {
  if (started) return;
  started = true;
  import('./coproductiecheck.js')
    .then(function (app) {
      return app.default();
    })
    .catch(function () {
      var note = document.getElementById('no-wasm');
      if (note) note.hidden = false;
    });
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
addEventListener('load', () => import('./later.js').catch(Boolean));
