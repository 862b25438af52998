// Starts the app. A file of its own, not an inline script, so a strict CSP can forbid those.
// The start page's form is in index.html and usable before the app has loaded: the app reads
// the choice and the plan name from it when it takes over, and a press of "Start de check"
// before then is kept here (data-submitted) and carried out by the app. So this file imports
// the app only dynamically: a static import would hold it back until the app's script is in.
var form = document.querySelector('#shell form');
if (form) {
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    form.setAttribute('data-submitted', '');
  });
}
import('./coproductiecheck.js')
  .then(function (app) {
    return app.default();
  })
  .catch(function () {
    var note = document.getElementById('no-wasm');
    if (note) note.hidden = false;
  });
addEventListener('load', () => import('./later.js').catch(Boolean));
