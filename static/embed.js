/*! Coproductiecheck embed.js: sizes the check's iframes to their content.
 *
 * Put the check on a page with:
 *   <iframe src="https://example.nl/coproductiecheck/?embed=1" title="Coproductiecheck"
 *           data-coproductiecheck></iframe>
 *   <script src="https://example.nl/coproductiecheck/embed.js" async></script>
 *
 * The check posts {type: "coproductiecheck:height", height} to this page whenever its height
 * changes; this script sets the height of the iframe that sent it. It works for several embeds
 * on one page, reads nothing else, sends nothing back and needs no other script.
 */
(function () {
  'use strict';
  var TYPE = 'coproductiecheck:height';
  function frames() {
    return document.querySelectorAll('iframe[data-coproductiecheck]');
  }
  function prepare() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.getAttribute('data-coproductiecheck-ready')) continue;
      f.setAttribute('data-coproductiecheck-ready', '1');
      f.style.width = '100%';
      f.style.border = '0';
      f.style.display = 'block';
      if (!f.style.height) f.style.height = '40rem';
    }
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== TYPE || typeof d.height !== 'number' || !(d.height > 0)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      // Only the iframe that sent the message, and only from the check's own address.
      if (list[i].contentWindow === e.source && list[i].src.indexOf(e.origin) === 0) {
        list[i].style.height = Math.ceil(Math.min(d.height, 100000)) + 'px';
      }
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();
})();
