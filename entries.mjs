// The build's entries: each an HTML page with its own wasm, built from the same crate, so that a
// tool only some people open never grows what the check loads first. This is the one place an
// entry is declared. From it:
//   scripts/shells.mjs  writes each page's HTML (target/shells/, from shell/page.html) and the
//                       boot script of every entry but the check (from static/entry-boot.js);
//   make dist           builds every entry and copies it into dist/;
//   scripts/size.mjs    checks each entry's first load against its budget;
//   scripts/sw.mjs      lists what a first visit stores for offline use.
// Adding an entry: a block below and its Rust root, src/bin/<bin>.rs (which mounts its page).
//
// A JavaScript module rather than TOML: every reader is a Node script, which imports this without
// a parser package.
//
// Fields:
//   page         the HTML file in dist/
//   what         how the size report names it
//   bin          the cargo binary (src/bin/<bin>.rs; the check's is src/main.rs); its glue is
//                <bin>.js and <bin>_bg.wasm
//   features     cargo features instead of the default ones (questions and sheet), or none
//   styles       its style sheets, in order (each lists its parts in their layers, and
//                scripts/style.mjs writes it whole); each is one <name>.css in dist/
//   theme        links the municipality's theme.css (README, "A municipality's own theme")
//   boot         its start script; left out: <bin>-boot.js, written from static/entry-boot.js
//   preload      'all' (left out): the page's head asks for its glue and wasm at once, beside its
//                style sheets (a tool's page shows only "loading" until its app runs);
//                'low': it asks for the wasm only, at a low priority, and its boot script imports
//                the glue: the check, whose static start page must paint first (measured: the
//                glue in the head too made the start page usable 40 ms later)
//   later        later.js runs after the page's load event (the worker, notices; static/later.js)
//   offline      a first visit stores the entry, so it works offline (static/sw.js)
//   budget       the most its first load may be, in KB brotli (scripts/size.mjs)
//   title, description   the page's <title> and meta description (Dutch: the app sets the
//                language's own title once it runs)
//   body         the static page shown until the app runs (and when it cannot), inside
//                <div id="shell">: a file, or else shell/loading.html filled with heading, lead,
//                noscript and noWasm
//   crash        the message in #crash after a panic: its Dutch part with #crash-link, its English
//   assets       files the whole site needs, copied by this entry's build (only the check's)

const MAIN = 'style/main.css';
// The verdict, topics, advice, sources and sharing: every page that shows results.
const RESULTS = 'style/results.css';
const DESCRIPTION =
  'Zie in 10 minuten of een plan voor participatie of coproductie met inwoners klaar is, en wat u eerst moet regelen. Uw antwoorden blijven op uw apparaat.';

// The check's own wording, shared by its two entries (the check and its advice sheet).
const CHECK = {
  noscript: {
    nl: '<strong>Zet JavaScript aan om de check te gebruiken.</strong> De check werkt helemaal in uw browser en heeft JavaScript en WebAssembly nodig. Er wordt niets verstuurd.',
    en: '<strong>Turn on JavaScript to use the check.</strong> It runs entirely in your browser and needs JavaScript and WebAssembly. Nothing is sent anywhere.',
  },
  noWasm: {
    nl: '<strong>Deze browser kan de check niet starten.</strong> De check heeft WebAssembly nodig. Gebruik een recente versie van Edge, Firefox, Chrome of Safari.',
    en: '<strong>This browser cannot start the check.</strong> It needs WebAssembly. Use a recent version of Edge, Firefox, Chrome or Safari.',
  },
  crash: {
    nl: 'Uw antwoorden zijn niet kwijt. <a id="crash-link" href="./">Open de check opnieuw met uw antwoorden</a>.',
    en: '<strong>Something went wrong.</strong> Your answers are not lost. Use the link above to reopen the check with your answers.',
  },
};
// A tool's page that is not the check itself.
const TOOL_NO_WASM = {
  nl: '<strong>Deze browser kan deze pagina niet starten.</strong> Die heeft WebAssembly nodig. Gebruik een recente versie van Edge, Firefox, Chrome of Safari.',
  en: '<strong>This browser cannot start this page.</strong> It needs WebAssembly. Use a recent version of Edge, Firefox, Chrome or Safari.',
};

export const entries = [
  {
    page: 'index.html',
    what: 'the check',
    bin: 'coproductiecheck',
    features: ['questions'],
    styles: [MAIN],
    theme: true,
    boot: 'static/boot.js',
    preload: 'low',
    later: true,
    offline: true,
    budget: 120,
    title: 'Coproductiecheck – Is uw plan voor participatie klaar?',
    description: DESCRIPTION,
    body: 'shell/start.html',
    crash: CHECK.crash,
    // later.js, insluiten.html and insluiten.js are written by the content build and copied by a
    // hook (Trunk.toml), like the texts.
    assets: [
      'static/theme.css', 'static/gemeente.json', 'static/favicon.svg', 'static/embed.js',
      'static/later.css', 'static/manifest.webmanifest', 'static/icon-192.png',
      'static/icon-512.png', 'static/toegankelijkheid.html', 'static/accessibility.html',
    ],
  },
  {
    // The check with its advice sheet: the check (index.html) hands the sheet over to this page.
    page: 'advies.html',
    what: 'the advice sheet',
    bin: 'advies',
    features: ['sheet'],
    styles: [MAIN, RESULTS],
    theme: true,
    later: true,
    offline: true,
    budget: 120,
    title: 'Uw advies – Coproductiecheck',
    description: DESCRIPTION,
    // Its header has the check's links: "Over deze check" is in this entry.
    nav: '<nav class="header__nav" aria-label="Taal"><a class="header__link" href="#/over">Over deze check</a><a class="header__lang" href="?lang=en" lang="en">English</a></nav>',
    heading: 'Uw advies',
    lead: 'Het advies wordt geladen.',
    ...CHECK,
  },
  {
    page: 'stukken.html',
    what: 'the paperwork',
    bin: 'stukken',
    styles: [MAIN, RESULTS, 'style/paperwork.css'],
    theme: true,
    budget: 120,
    title: 'Van check naar stukken – Coproductiecheck',
    description:
      'Maak van een check een participatieplan, een participatieparagraaf, een opzet voor een participatieverslag of een brief aan de gemeente, ook als Word-bestand. Alles blijft op uw apparaat.',
    heading: 'Van check naar stukken',
    lead: 'Maak van uw check een participatieplan, een participatieparagraaf, een opzet voor een participatieverslag of een brief aan de gemeente.',
    noscript: {
      nl: '<strong>Zet JavaScript aan om de stukken te maken.</strong> Dit werkt helemaal in uw browser en heeft JavaScript en WebAssembly nodig. Er wordt niets verstuurd.',
      en: '<strong>Turn on JavaScript to write the documents.</strong> It runs entirely in your browser and needs JavaScript and WebAssembly. Nothing is sent anywhere.',
    },
    noWasm: TOOL_NO_WASM,
    crash: {
      nl: 'Uw antwoorden zijn niet kwijt. <a id="crash-link" href="./">Open de check opnieuw</a>.',
      en: '<strong>Something went wrong.</strong> Your answers are not lost. Use the link above to open the check again.',
    },
  },
  {
    page: 'papier.html',
    what: 'the questionnaire on paper',
    bin: 'papier',
    styles: [MAIN, RESULTS, 'style/paper.css'],
    // Printed on paper: no municipality's theme.
    theme: false,
    budget: 120,
    title: 'Vragenlijst op papier – Coproductiecheck',
    description:
      'De vragenlijst van de Coproductiecheck om te printen, per rol, en een pagina om de antwoorden van papier in te typen. Alles blijft op uw apparaat.',
    heading: 'Vragenlijst op papier',
    lead: 'Print de vragenlijst voor een bijeenkomst, en typ de antwoorden daarna in.',
    noscript: {
      nl: '<strong>Zet JavaScript aan om de vragenlijst te maken.</strong> Dit werkt helemaal in uw browser en heeft JavaScript en WebAssembly nodig. Er wordt niets verstuurd.',
      en: '<strong>Turn on JavaScript to make the questionnaire.</strong> It runs entirely in your browser and needs JavaScript and WebAssembly. Nothing is sent anywhere.',
    },
    noWasm: TOOL_NO_WASM,
    crash: {
      nl: 'Wat u typte, staat nog in dit tabblad. <a id="crash-link" href="./papier.html">Open de pagina opnieuw</a>.',
      en: '<strong>Something went wrong.</strong> What you typed is still kept in this tab. Use the link above to open the page again.',
    },
  },
  {
    page: 'vergelijk.html',
    what: 'the comparison',
    bin: 'vergelijk',
    styles: [MAIN, RESULTS, 'style/compare.css'],
    theme: true,
    budget: 120,
    title: 'Vergelijk antwoorden – Coproductiecheck',
    description:
      'Zet de antwoorden van meer mensen op één plan naast elkaar, en zie waar u het over eens bent en waar niet. Alles blijft op uw apparaat.',
    heading: 'Vergelijk antwoorden',
    lead: 'Hebben meer mensen de check gedaan voor hetzelfde plan? Zet hun links hieronder. Dan ziet u waar u het over eens bent, en waar niet.',
    noscript: {
      nl: '<strong>Zet JavaScript aan om antwoorden te vergelijken.</strong> De vergelijking werkt helemaal in uw browser en heeft JavaScript en WebAssembly nodig. Er wordt niets verstuurd.',
      en: '<strong>Turn on JavaScript to compare answers.</strong> It runs entirely in your browser and needs JavaScript and WebAssembly. Nothing is sent anywhere.',
    },
    noWasm: {
      nl: '<strong>Deze browser kan de vergelijking niet starten.</strong> Die heeft WebAssembly nodig. Gebruik een recente versie van Edge, Firefox, Chrome of Safari.',
      en: '<strong>This browser cannot start the comparison.</strong> It needs WebAssembly. Use a recent version of Edge, Firefox, Chrome or Safari.',
    },
    crash: {
      nl: 'De links zijn niet kwijt. <a id="crash-link" href="./vergelijk.html">Open de vergelijking opnieuw</a>.',
      en: '<strong>Something went wrong.</strong> Use the link above to open the comparison again.',
    },
  },
];

// The names the build gives an entry's files in dist/.
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
export const bootOf = (e) => (e.boot ? base(e.boot) : `${e.bin}-boot.js`);
export const stylesOf = (e) => e.styles.map(base);
/** The files of dist/ that are the entry's own (its build copies them in). */
export const ownFiles = (e) => [e.page, `${e.bin}.js`, `${e.bin}_bg.wasm`, bootOf(e), ...stylesOf(e)];
/** What the entry's first screen loads: its own files and the styles (the icon is in the page). */
export const firstLoad = (e) => [e.page, `${e.bin}.js`, `${e.bin}_bg.wasm`, ...stylesOf(e), bootOf(e)];
