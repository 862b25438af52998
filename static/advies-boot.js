// Starts the check with its advice sheet. A file of its own, not an inline script, so a strict CSP can forbid those.
import init from './advies.js';

init().catch(function () {
  var note = document.getElementById('no-wasm');
  if (note) note.hidden = false;
});
addEventListener('load', () => import('./later.js').catch(Boolean));
