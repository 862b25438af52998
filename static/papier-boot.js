// Starts the paper questionnaire page. A file of its own, not an inline script, so a strict CSP can
// forbid those.
import init from './papier.js';

init().catch(function () {
  var note = document.getElementById('no-wasm');
  if (note) note.hidden = false;
});
