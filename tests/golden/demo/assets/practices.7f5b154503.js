/* Bank of practices: facets combine on one page without reloading. Without
   JavaScript the facet links lead to a page per value (practices/form/…). */
(function (d, w) {
  'use strict';
  var form = d.getElementById('facet-filter');
  var list = d.getElementById('practice-list');
  if (!form || !list) return;
  var cards = list.querySelectorAll('.practice-card');
  var count = d.getElementById('practice-count');
  var none = d.getElementById('practice-none');
  var forms = (count && count.getAttribute('data-forms') || '').split('|');
  var facets = ['form', 'level', 'subject', 'tag', 'year'];

  function plural(n) {
    var m10 = n % 10, m100 = n % 100;
    if (forms.length !== 3) return String(n);
    if (m10 === 1 && m100 !== 11) return n + ' ' + forms[0];
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return n + ' ' + forms[1];
    return n + ' ' + forms[2];
  }
  function chosen() {
    var c = {};
    facets.forEach(function (f) {
      var v = [];
      form.querySelectorAll('input[name="' + f + '"]:checked').forEach(function (i) { v.push(i.value); });
      if (v.length) c[f] = v;
    });
    return c;
  }
  function update(fromHash) {
    var c = chosen(), shown = 0, hash = [];
    Array.prototype.forEach.call(cards, function (card) {
      var ok = Object.keys(c).every(function (f) {
        var have = (card.getAttribute('data-' + f) || '').split(' ');
        return c[f].some(function (v) { return have.indexOf(v) >= 0; });
      });
      card.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = '(' + plural(shown) + ')';
    if (none) none.hidden = shown > 0;
    if (!fromHash) {
      Object.keys(c).forEach(function (f) { hash.push(f + '=' + c[f].map(encodeURIComponent).join(',')); });
      try { w.history.replaceState(null, '', hash.length ? '#' + hash.join('&') : w.location.pathname + w.location.search); } catch (e) { /* file: URLs */ }
    }
  }
  function readHash() {
    var wanted = {};
    w.location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var kv = part.split('=');
      if (kv.length === 2 && facets.indexOf(kv[0]) >= 0) wanted[kv[0]] = kv[1].split(',').map(decodeURIComponent);
    });
    form.querySelectorAll('input[type="checkbox"]').forEach(function (i) {
      i.checked = !!(wanted[i.name] && wanted[i.name].indexOf(i.value) >= 0);
    });
    update(true);
  }
  form.hidden = false;
  var nav = d.querySelector('.practice-bank .facet-nav');
  if (nav) nav.hidden = true;
  form.addEventListener('change', function () { update(false); });
  form.addEventListener('reset', function () { w.setTimeout(function () { update(false); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  readHash();
})(document, window);
