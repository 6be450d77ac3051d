/* Offline search over the chunked index written by the build
   (search/index/: manifest.js, s/<shard>.js, d/<n>.js). Index files are
   scripts, so the search also works from a folder opened from disk. Query
   words are matched against the corpus' word forms (stemmed at build time
   with Snowball Russian) and against stems that share all but the last
   letter, so «наставничество» also finds «наставник». */
(function (d, w) {
  'use strict';
  var root = d.getElementById('search');
  if (!root) return;
  var form = d.getElementById('search-form'), input = d.getElementById('search-q');
  var status = d.getElementById('search-status'), list = d.getElementById('search-results');
  var section = d.getElementById('search-results-section');
  var dir = root.getAttribute('data-index').replace(/manifest\.js$/, '');
  var home = root.getAttribute('data-root');
  var STOP = ' в и на с по к у о об от до за из для не а но или что как это же бы ли то со во при под над ';
  var loaded = {}, waiting = {};

  w.__nastavnikSearch = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (f) { f[0](data); });
    delete waiting[name];
  };
  function load(name) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    return new Promise(function (ok, fail) {
      if (waiting[name]) { waiting[name].push([ok, fail]); return; }
      waiting[name] = [[ok, fail]];
      var s = d.createElement('script');
      s.src = dir + name + '.js';
      s.onerror = function () { (waiting[name] || []).forEach(function (f) { f[1](new Error(name)); }); delete waiting[name]; };
      d.head.appendChild(s);
    });
  }
  function norm(s) { return s.toLowerCase().replace(/ё/g, 'е'); }
  function words(s) {
    return (norm(s).match(/[a-z0-9а-я]+/g) || []).filter(function (x) { return x.length > 1 && STOP.indexOf(' ' + x + ' ') < 0; });
  }
  function hex(s) {
    var b = new TextEncoder().encode(s), h = '';
    for (var i = 0; i < b.length; i++) h += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    return h;
  }
  function related(a, b) {
    if (a === b) return true;
    var n = Math.min(a.length, b.length), i = 0;
    while (i < n && a[i] === b[i]) i++;
    return i >= 5 && i >= n - 1;
  }
  function plural(n) {
    var f = status.getAttribute('data-forms').split('|'), m10 = n % 10, m100 = n % 100;
    var k = m10 === 1 && m100 !== 11 ? 0 : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 1 : 2;
    return n + ' ' + f[k];
  }
  function say(key, text) { status.textContent = text || status.getAttribute('data-' + key); }

  // Highlights words of `text` related to a matched stem; returns a fragment.
  function marked(text, stems, maxLen) {
    var out = d.createDocumentFragment(), re = /[A-Za-zА-Яа-яЁё0-9]+/g, m, last = 0, start = 0, hits = [];
    while ((m = re.exec(text))) {
      var x = norm(m[0]);
      if (stems.some(function (s) { return x.indexOf(s) === 0 || related(x, s); })) hits.push([m.index, m.index + m[0].length]);
    }
    if (maxLen && text.length > maxLen) {
      start = hits.length ? Math.max(0, hits[0][0] - 60) : 0;
      if (start > 0) start = text.indexOf(' ', start) + 1;
      text = (start > 0 ? '… ' : '') + text.substr(start, maxLen) + (start + maxLen < text.length ? ' …' : '');
      var shift = start > 0 ? start - 2 : 0;
      hits = hits.map(function (h) { return [h[0] - shift, h[1] - shift]; }).filter(function (h) { return h[0] >= 0 && h[1] <= text.length; });
    }
    hits.forEach(function (h) {
      out.appendChild(d.createTextNode(text.slice(last, h[0])));
      var mark = d.createElement('mark');
      mark.textContent = text.slice(h[0], h[1]);
      out.appendChild(mark);
      last = h[1];
    });
    out.appendChild(d.createTextNode(text.slice(last)));
    return out;
  }

  var current = 0;
  function search(q) {
    var id = ++current, terms = words(q);
    list.textContent = '';
    section.hidden = true;
    if (!terms.length) { say('', ' '); return; }
    say('loading');
    load('manifest').then(function (man) {
      var names = terms.map(function (t) { return hex(Array.from(t).slice(0, 2).join('')); });
      return Promise.all(names.map(function (n) { return man.shards.indexOf(n) >= 0 ? load('s/' + n) : null; })).then(function (shards) {
        var total = null, stems = [];
        terms.forEach(function (t, i) {
          var found = {}, sh = shards[i];
          if (sh) {
            var exact = sh.f[t] || t;
            Object.keys(sh.t).forEach(function (s) {
              var factor = s === exact ? 2 : related(s, exact) || related(s, t) ? 1 : 0;
              if (!factor) return;
              stems.push(s);
              sh.t[s].forEach(function (p) { found[p[0]] = (found[p[0]] || 0) + p[1] * factor; });
            });
          }
          if (total === null) total = found;
          else Object.keys(total).forEach(function (k) { if (k in found) total[k] += found[k]; else delete total[k]; });
        });
        var docs = Object.keys(total || {}).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; }).slice(0, 50);
        var chunks = [];
        docs.forEach(function (n) { var c = Math.floor(n / man.per); if (chunks.indexOf(c) < 0) chunks.push(c); });
        return Promise.all(chunks.map(function (c) { return load('d/' + c); })).then(function () {
          if (id !== current) return;
          docs.forEach(function (n) {
            var rec = loaded['d/' + Math.floor(n / man.per)][n % man.per];
            var li = d.createElement('li'), type = d.createElement('p'), h = d.createElement('h3'), a = d.createElement('a');
            type.className = 'result-type';
            type.textContent = rec[2];
            a.href = home + rec[0] + 'index.html';
            a.appendChild(marked(rec[1], stems));
            h.appendChild(a);
            li.appendChild(type);
            li.appendChild(h);
            if (rec[3]) {
              var p = d.createElement('p');
              p.className = 'snippet';
              p.appendChild(marked(rec[3], stems, 240));
              li.appendChild(p);
            }
            list.appendChild(li);
          });
          section.hidden = docs.length === 0;
          say(docs.length ? '' : 'none', docs.length ? status.getAttribute('data-found') + ': ' + plural(docs.length) : '');
        });
      });
    }).catch(function () { if (id === current) say('failed'); });
  }

  form.hidden = false;
  d.getElementById('search-nojs').hidden = true;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    try { w.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file: */ }
    search(input.value);
  });
  var q = new URLSearchParams(w.location.search).get('q');
  if (q) { input.value = q; search(q); }
})(document, window);
