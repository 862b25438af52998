// The "Insluiten" page: builds the snippet a municipality puts on its page, with a live preview.
// Plain JS beside the app, so this tool for web administrators adds nothing to the app's wasm.
// The app checks every theme value again (src/model/theme.rs); the rules here mirror it, so the
// snippet only holds values the app will use.
(function () {
  'use strict';
  var en = new URLSearchParams(location.search).get('lang') === 'en';
  var T = {
    title: 'Put the check on your own website',
    intro: 'Municipalities can put the check in their own pages, in their own colours. Choose the settings below. Then copy the code into your page.',
    role: 'Who is the check for?', roleAny: 'The visitor chooses', roleOfficial: 'I work for the municipality', roleResident: 'I was asked to take part', roleInitiative: 'We have an initiative of our own',
    lang: 'Language', langNl: 'Dutch', langEn: 'English',
    primary: 'Main colour for buttons and links (optional)',
    primaryHint: 'As #rrggbb, for example #006400. White text on this colour must be easy to read: the contrast with white is at least 4.5 : 1.',
    focus: 'Focus colour (optional)', focusHint: 'The colour that shows where someone using the keyboard is. The contrast with white is at least 3 : 1.',
    font: 'Font', fontSystem: "The device's own font (default)", fontSans: 'Sans serif, like Arial', fontSerif: 'Serif, like Georgia',
    radius: 'Rounding of buttons, in pixels (0 to 16)', radiusHint: 'For example 4. Leave it empty for the default.',
    code: 'The code for your page', codeHint: 'Put these lines in the HTML of your page. The script embed.js makes the frame as tall as its content.',
    hosting: "Your web administrator must allow embedding: add your website's address to frame-ancestors in the check's Content-Security-Policy. The README explains how.",
    preview: 'Preview', back: 'Back to the check',
  };
  var M = en ? {
    invalid: 'This is not a colour in the form #rrggbb. The check uses the default colour.',
    low: 'This colour gives too little contrast with white: {0} : 1, and {1} : 1 is needed. The check uses the default colour, so that everyone can read the text.',
    radius: 'Choose a number from 0 to 16. The check uses the default rounding.',
    frame: 'Coproductiecheck: is your participation plan ready?',
  } : {
    invalid: 'Dit is geen kleur in de vorm #rrggbb. De check gebruikt de standaardkleur.',
    low: 'Deze kleur geeft te weinig contrast met wit: {0} : 1, en nodig is {1} : 1. De check gebruikt de standaardkleur, zodat iedereen de tekst kan lezen.',
    radius: 'Kies een getal van 0 tot en met 16. De check gebruikt de standaardafronding.',
    frame: 'Coproductiecheck: is uw plan voor participatie klaar?',
  };
  function $(id) { return document.getElementById(id); }

  if (en) {
    document.documentElement.lang = 'en';
    document.title = 'Embed – Coproductiecheck';
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = T[el.getAttribute('data-t')]; });
    $('embed-preview').title = T.preview;
    $('embed-lang').value = 'en';
    var other = $('other-lang');
    other.href = '?lang=nl'; other.lang = 'nl'; other.textContent = 'Nederlands';
  }

  // WCAG 2 contrast with white, as in src/model/theme.rs.
  function channel(c) { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }
  function contrastWithWhite(hex) {
    var n = parseInt(hex.slice(1), 16);
    var l = 0.2126 * channel(n >> 16 & 255) + 0.7152 * channel(n >> 8 & 255) + 0.0722 * channel(n & 255);
    return 1.05 / (l + 0.05);
  }
  function ratio(r) { var s = (Math.floor(r * 10) / 10).toFixed(1); return en ? s : s.replace('.', ','); }
  function colour(id, need) {
    var v = $(id).value.trim(), error = '';
    if (v && v[0] !== '#') v = '#' + v;
    if (v && !/^#[0-9a-fA-F]{6}$/.test(v)) error = M.invalid;
    else if (v && contrastWithWhite(v) < need) error = M.low.replace('{0}', ratio(contrastWithWhite(v))).replace('{1}', ratio(need));
    show(id, error);
    return v && !error ? v.toLowerCase() : '';
  }
  function show(id, error) {
    $(id + '-error').textContent = error;
    $(id + '-group').classList.toggle('form-group--error', !!error);
  }
  function update() {
    var q = '?embed=1';
    function add(k, v) { if (v) q += '&' + k + '=' + encodeURIComponent(v); }
    add('role', $('embed-role').value);
    add('lang', $('embed-lang').value);
    add('primary', colour('embed-primary', 4.5));
    add('focus', colour('embed-focus', 3));
    var font = $('embed-font').value;
    add('font', font === 'system' ? '' : font);
    var r = $('embed-radius').value.trim();
    var rOk = r === '' || (/^\d{1,2}$/.test(r) && +r <= 16);
    show('embed-radius', rOk ? '' : M.radius);
    add('radius', rOk ? r : '');
    var base = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    $('embed-snippet').value = '<iframe src="' + base + q + '" title="' + M.frame + '" data-coproductiecheck loading="lazy"></iframe>\n' +
      '<script src="' + base + 'embed.js" async></script>';
    var preview = './' + q + '#/';
    if ($('embed-preview').getAttribute('src') !== preview) $('embed-preview').setAttribute('src', preview);
  }
  $('embed-form').addEventListener('input', update);
  $('embed-form').addEventListener('change', update);
  update();
})();
