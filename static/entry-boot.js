// Starts an entry's app: the template of every entry's <bin>-boot.js but the check's (static/boot.js,
// which also keeps an early press of "Start de check" and fetches the first texts). A file of its
// own, not an inline script, so a strict CSP can forbid those. scripts/shells.mjs writes one per
// entry, after static/crash.js: the entry's glue file for './app.js', the line marked `// if later`
// only where entries.mjs says `later`, and without these comments.
import init from './app.js';

// A trap while it starts is the crash message's (crash(), from static/crash.js before this).
init().catch(function (error) {
  if (crash(error)) return;
  var note = document.getElementById('no-wasm');
  if (note) note.hidden = false;
});
addEventListener('load', () => import('./later.js').catch(Boolean)); // if later
