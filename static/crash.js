// The start of every entry's boot script (scripts/shells.mjs puts it there, scripts/single.mjs
// in the single file). A panic in the app is a wasm trap, a WebAssembly.RuntimeError thrown to
// whatever JS called in: an event, a timer, a promise, or the start itself. The app is dead then,
// so the static message in #crash takes its place, with a link that loads the page afresh (a new
// query string) and reopens the answers the app last saved (data-hash, src/browser/panic.rs).
// Any other error is left alone. Returns whether it was a trap.
function crash(error) {
  if (!window.WebAssembly || !(error instanceof WebAssembly.RuntimeError)) return false;
  var link = document.getElementById('crash-link');
  if (link) {
    var query = new URLSearchParams(location.search);
    query.set('herstart', '1');
    link.href = location.pathname + '?' + query + (link.getAttribute('data-hash') || '');
  }
  var app = document.getElementById('app');
  var message = document.getElementById('crash');
  if (app) app.hidden = true;
  if (message) message.hidden = false;
  return true;
}
addEventListener('error', function (e) {
  crash(e.error);
});
addEventListener('unhandledrejection', function (e) {
  crash(e.reason);
});
