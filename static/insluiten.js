// The "Insluiten" page: builds the snippet a municipality puts on its page, with a live preview.
// Plain JS beside the app, so this tool for web administrators adds nothing to the app's wasm.
// A template: the build (build/embed.rs) writes it to target/texts/ with the strings filled in,
// and trunk copies that into dist/.
// The app checks every theme value again (src/model/theme.rs); the rules here mirror it, so the
// snippet only holds values the app will use.
(function () {
  'use strict';
  var en = new URLSearchParams(location.search).get('lang') === 'en';
  // The page's strings in both languages, from content/interface.toml: the build puts them here.
  var TEXTS = /*TEXTS*/{};
  var T = en ? TEXTS.en : TEXTS.nl;
  function $(id) { return document.getElementById(id); }

  // The page is built in Dutch; in English every element that names a string gets its English.
  if (en) {
    document.documentElement.lang = 'en';
    document.title = T.EMBED_PAGE_TITLE;
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = T[el.getAttribute('data-t')]; });
    [['data-t-title', 'title'], ['data-t-label', 'aria-label'], ['data-t-content', 'content']].forEach(function (a) {
      document.querySelectorAll('[' + a[0] + ']').forEach(function (el) { el.setAttribute(a[1], T[el.getAttribute(a[0])]); });
    });
    $('embed-lang').value = 'en';
    var other = $('other-lang');
    other.href = '?lang=nl'; other.lang = 'nl';
    $('profile-link').href = 'stukken.html?lang=en#gemeente';
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
    if (v && !/^#[0-9a-fA-F]{6}$/.test(v)) error = T.EMBED_COLOUR_INVALID;
    else if (v && contrastWithWhite(v) < need) error = T.EMBED_COLOUR_LOW.replace('{}', ratio(contrastWithWhite(v))).replace('{}', ratio(need));
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
    show('embed-radius', rOk ? '' : T.EMBED_RADIUS_INVALID);
    add('radius', rOk ? r : '');
    var base = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    $('embed-snippet').value = '<iframe src="' + base + q + '" title="' + T.EMBED_FRAME_TITLE + '" data-coproductiecheck loading="lazy"></iframe>\n' +
      '<script src="' + base + 'embed.js" async></script>';
    var preview = './' + q + '#/';
    if ($('embed-preview').getAttribute('src') !== preview) $('embed-preview').setAttribute('src', preview);
  }
  $('embed-form').addEventListener('input', update);
  $('embed-form').addEventListener('change', update);
  update();
})();
