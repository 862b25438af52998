// What the check needs only after its page has loaded, so none of it is in the first load
// (the boot scripts import it on `load`; `make single` inlines it):
// - the service worker that keeps the check and its sheet working offline after one visit (not when
//   embedded: a host's page gets no worker of ours, and not from a file), and the web app
//   manifest that lets it be installed (linked from here, so the first load does not fetch it);
// - "Er is een nieuwe versie" when a new build is waiting, shown between checks only (the start
//   page, the advice, "over"), never during one; its button lets the new version take over and
//   reloads, and the answers stay where they are stored;
// - a note when another tab stored other answers, which this tab would otherwise overwrite or
//   leave behind unseen.
// It reads nothing of the app's own: the app marks <html data-between> ("between checks") and
// <html lang>, and tells of every new page with the event `coproductiecheck:route` on window
// (src/browser/history.rs); this script listens for those.
//
// A template: the build (build/later.rs) writes dist's later.js from it with the strings of
// content/interface.toml (`[later]`) in place of the marker below, each named after `T`. (Worded
// without a pronoun: every role sees these notices.)
const KEY = 'coproductiecheck.answers';
const TEXTS = /*TEXTS*/{};
const shown = {}; // notice name -> button action, or null for a note without a button

// Made at once and kept, so screen readers hear what is put in it later (a status region).
// The single file of `make single` (<html data-single>) carries later.css inline.
const single = document.documentElement.hasAttribute('data-single');
if (!single) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = 'later.css';
  document.head.append(style);
}
// Before #app, a banner above the page: the app does not manage it.
const box = document.createElement('div');
box.className = 'page-notices';
box.setAttribute('role', 'status');
const app = document.getElementById('app');
app.parentNode.insertBefore(box, app);

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'nl');
// The language the app starts in (src/state/store.rs), which it may not have set on the page
// yet: the address's, else the one stored, else the page's.
function visitLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  try {
    const stored = localStorage.getItem('coproductiecheck.lang');
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage blocked: the page's language.
  }
  return lang();
}
// Between checks: the start page, the advice and "over", not a question or the answers' check.
// Before the app has marked it (the static start page, the tools beside the check): between.
const between = () => document.documentElement.dataset.between !== 'false';

let drawn = '';

// Each notice's text and, for one with a button, the button's.
const NOTICES = {
  update: (T) => [T.LATER_UPDATE, T.LATER_RELOAD],
  tab: (T) => [T.LATER_TAB, T.LATER_KEEP],
  single: (T) => [T.LATER_SINGLE],
  hosted: (T) => [T.LATER_HOSTED.replace('{}', hostedAt)],
};

function render() {
  const names = Object.keys(shown).filter((name) => name !== 'update' || between());
  // Unchanged: leave the elements (and the focus on a button) alone.
  const now = lang() + ' ' + names.join(' ');
  if (now === drawn) return;
  drawn = now;
  box.replaceChildren();
  for (const name of names) {
    const [text, label] = NOTICES[name](TEXTS[lang()]);
    const note = document.createElement('div');
    note.className = 'notice';
    note.id = 'notice-' + name;
    const p = document.createElement('p');
    p.textContent = text;
    note.append(p);
    if (shown[name]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--secondary';
      button.textContent = label;
      button.addEventListener('click', shown[name]);
      note.append(button);
    }
    box.append(note);
  }
}

function show(name, action) {
  shown[name] = action;
  render();
}

// A new page may be a question, where "a new version" waits; a new language, other words.
addEventListener('coproductiecheck:route', render);
new MutationObserver(render).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['lang'],
});

addEventListener('storage', (event) => {
  if (event.key !== KEY || event.storageArea !== localStorage) return;
  const mine = sessionStorage.getItem(KEY);
  if (mine === null || event.newValue === mine) return;
  show('tab', () => {
    localStorage.setItem(KEY, sessionStorage.getItem(KEY) || mine);
    delete shown.tab;
    render();
    document.getElementById('main')?.focus();
  });
});

const embedded = new URLSearchParams(location.search).get('embed') === '1';
// The single file may name the hosted check its links point at (CHECK_URL in `make single`).
const hostedAt = document.querySelector('meta[name=coproductiecheck-link]')?.content;
if (single) {
  if (location.protocol === 'file:') show(hostedAt ? 'hosted' : 'single', null);
} else if (!embedded) {
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = 'manifest.webmanifest';
  document.head.append(manifest);
}
if (!single && !embedded && 'serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  // The worker stores the texts of the language of the first visit (sw.js?lang=...); later
  // visits register the same address again, as another would make a new worker.
  sw.getRegistration()
    .then((known) => {
      // Ours only: a worker of the host site in a folder above has another scope.
      const ours = known && known.scope === new URL('.', location.href).href;
      const worker = ours && (known.active || known.waiting || known.installing);
      return sw.register(worker ? worker.scriptURL : 'sw.js?lang=' + visitLang());
    })
    .then((registration) => {
      const waiting = () => {
        // Only an update: the first worker has no page to replace.
        if (!registration.waiting || !sw.controller) return;
        show('update', () => {
          const worker = registration.waiting;
          if (!worker) return location.reload();
          reloading = true;
          worker.postMessage('coproductiecheck:update');
        });
      };
      waiting();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (worker) worker.addEventListener('statechange', waiting);
      });
    })
    .catch(() => {});
}
