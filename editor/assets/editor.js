// The editor's enhancements over plain HTML forms, which work without it:
// a Markdown toolbar and live preview, pasting from Word (paragraphs, lists,
// tables), «Добавить ещё» for lists of entries, dropping files on a picker,
// and the mentor's consent greying out the fields it does not cover.
(function () {
  'use strict';
  document.documentElement.classList.add('has-js');
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.content : '';

  // --- Markdown toolbar -------------------------------------------------
  function surround(area, before, after, placeholder) {
    var s = area.selectionStart, e = area.selectionEnd, text = area.value;
    var inner = text.slice(s, e) || placeholder;
    area.value = text.slice(0, s) + before + inner + after + text.slice(e);
    area.focus();
    area.setSelectionRange(s + before.length, s + before.length + inner.length);
    area.dispatchEvent(new Event('input'));
  }
  function prefixLines(area, prefix) {
    var s = area.selectionStart, e = area.selectionEnd, text = area.value;
    var start = text.lastIndexOf('\n', s - 1) + 1;
    var lines = text.slice(start, e).split('\n');
    var out = lines.map(function (l, i) {
      return (typeof prefix === 'function' ? prefix(i) : prefix) + l;
    }).join('\n');
    area.value = text.slice(0, start) + out + text.slice(e);
    area.focus();
    area.setSelectionRange(start, start + out.length);
    area.dispatchEvent(new Event('input'));
  }
  var tools = [
    ['Подзаголовок', function (a) { prefixLines(a, '## '); }],
    ['Жирный', function (a) { surround(a, '**', '**', 'текст'); }],
    ['Список', function (a) { prefixLines(a, '- '); }],
    ['Нумерованный список', function (a) { prefixLines(a, function (i) { return (i + 1) + '. '; }); }],
    ['Ссылка', function (a) { surround(a, '[', '](https://)', 'текст ссылки'); }],
    ['Таблица', function (a) {
      surround(a, '\n\n| Столбец 1 | Столбец 2 |\n| --- | --- |\n| ', ' |  |\n\n', 'ячейка');
    }],
    ['Картинка', function (a) { surround(a, '![', '](foto/imya-fajla.jpg)', 'что на картинке'); }]
  ];
  document.querySelectorAll('.md-toolbar').forEach(function (bar) {
    var area = document.getElementById(bar.getAttribute('data-for'));
    if (!area) return;
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Оформление текста');
    bar.setAttribute('aria-controls', area.id);
    tools.forEach(function (t) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = t[0];
      b.addEventListener('click', function () { t[1](area); });
      bar.appendChild(b);
    });
    var previewButton = document.createElement('button');
    previewButton.type = 'button';
    previewButton.textContent = 'Показать оформленным';
    previewButton.setAttribute('aria-expanded', 'false');
    bar.appendChild(previewButton);
    bar.hidden = false;
    var preview = document.getElementById(area.id + '-preview');
    var timer = null;
    function refresh() {
      var data = new FormData();
      data.append('_csrf', csrf);
      data.append('body', area.value);
      fetch('/_editor/preview', { method: 'POST', body: data, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { preview.innerHTML = html; })
        .catch(function () { preview.textContent = 'Предпросмотр не получился; текст всё равно можно сохранить.'; });
    }
    previewButton.addEventListener('click', function () {
      var open = preview.hidden;
      preview.hidden = !open;
      previewButton.setAttribute('aria-expanded', String(open));
      previewButton.textContent = open ? 'Скрыть оформленный текст' : 'Показать оформленным';
      if (open) refresh();
    });
    area.addEventListener('input', function () {
      if (preview.hidden) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 500);
    });
  });

  // --- Pasting from Word ------------------------------------------------
  function inline(node) {
    var out = '';
    node.childNodes.forEach(function (n) {
      if (n.nodeType === 3) { out += n.nodeValue.replace(/\s+/g, ' '); return; }
      if (n.nodeType !== 1) return;
      var tag = n.tagName.toLowerCase();
      if (tag === 'br') { out += '  \n'; return; }
      var inner = inline(n);
      var style = (n.getAttribute('style') || '').toLowerCase();
      if (/mso-list:\s*ignore/.test(style)) return;  // Word's bullet characters
      if ((tag === 'b' || tag === 'strong') && inner.trim()) out += '**' + inner.trim() + '** ';
      else if ((tag === 'i' || tag === 'em') && inner.trim()) out += '*' + inner.trim() + '* ';
      else if (tag === 'a' && n.getAttribute('href') && !/^#/.test(n.getAttribute('href')))
        out += '[' + inner.trim() + '](' + n.getAttribute('href') + ')';
      else out += inner;
    });
    return out;
  }
  function cellText(cell) { return inline(cell).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim(); }
  function table(t) {
    var rows = Array.prototype.filter.call(t.querySelectorAll('tr'), function (r) { return r.closest('table') === t; });
    if (!rows.length) return '';
    var cells = rows.map(function (r) { return Array.prototype.map.call(r.children, cellText); });
    var width = Math.max.apply(null, cells.map(function (c) { return c.length; }));
    var line = function (c) { while (c.length < width) c.push(''); return '| ' + c.join(' | ') + ' |'; };
    var out = [line(cells[0]), '|' + new Array(width + 1).join(' --- |')];
    cells.slice(1).forEach(function (c) { out.push(line(c)); });
    return out.join('\n');
  }
  function wordListItem(p) {
    var cls = p.className || '', style = p.getAttribute('style') || '';
    if (!/MsoListParagraph/i.test(cls) && !/mso-list:\s*l\d/i.test(style)) return null;
    var text = p.textContent.replace(/\s+/g, ' ').trim();
    var numbered = /^\(?\d+[.)]/.test(text) || /^[a-zа-я][.)]\s/i.test(text);
    var body = inline(p).trim().replace(/^[·•o§▪–\-]\s*/, '').replace(/^\(?\d+[.)]\s*/, '');
    return { numbered: numbered, text: body };
  }
  function blocks(root) {
    var out = [], list = null, n = 0;
    function flush() { if (list) { out.push(list.join('\n')); list = null; n = 0; } }
    root.childNodes.forEach(function (el) {
      if (el.nodeType === 3) { if (el.nodeValue.trim()) { flush(); out.push(el.nodeValue.trim()); } return; }
      if (el.nodeType !== 1) return;
      var tag = el.tagName.toLowerCase();
      var item = tag === 'p' ? wordListItem(el) : null;
      if (item) {
        list = list || [];
        list.push(item.numbered ? (++n) + '. ' + item.text : '- ' + item.text);
        return;
      }
      flush();
      if (/^h[1-6]$/.test(tag)) out.push('## ' + inline(el).trim());
      else if (tag === 'ul' || tag === 'ol') {
        var i = 0;
        out.push(Array.prototype.filter.call(el.children, function (li) { return li.tagName === 'LI'; })
          .map(function (li) { return (tag === 'ol' ? (++i) + '. ' : '- ') + inline(li).trim(); }).join('\n'));
      } else if (tag === 'table') out.push(table(el));
      else if (tag === 'div' || tag === 'section' || tag === 'article' || tag === 'body') out = out.concat(blocks(el));
      else if (tag === 'style' || tag === 'script' || tag === 'meta' || tag === 'title' || tag === 'xml') return;
      else { var t = inline(el).trim(); if (t) out.push(t); }
    });
    flush();
    return out.filter(function (b) { return b.trim(); });
  }
  window.nastavnikHtmlToMarkdown = function (html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    return blocks(doc.body).join('\n\n');
  };
  document.querySelectorAll('textarea.markdown').forEach(function (area) {
    area.addEventListener('paste', function (e) {
      var html = e.clipboardData && e.clipboardData.getData('text/html');
      if (!html) return;
      e.preventDefault();
      var md = window.nastavnikHtmlToMarkdown(html);
      var s = area.selectionStart;
      area.value = area.value.slice(0, s) + md + area.value.slice(area.selectionEnd);
      area.setSelectionRange(s + md.length, s + md.length);
      area.dispatchEvent(new Event('input'));
    });
  });

  // --- «Добавить ещё» -----------------------------------------------------
  document.querySelectorAll('button.add-entry').forEach(function (button) {
    var group = document.getElementById(button.getAttribute('data-list'));
    if (!group) return;
    button.addEventListener('click', function () {
      var blanks = group.querySelectorAll(':scope > fieldset.entry-new');
      var template = blanks[blanks.length - 1];
      if (!template) return;
      var path = template.getAttribute('data-path');
      var cut = path.lastIndexOf('.');
      var next = path.slice(0, cut + 1) + (parseInt(path.slice(cut + 1), 10) + 1);
      var copy = template.cloneNode(true);
      var fromName = 'f.' + path, toName = 'f.' + next;
      var fromId = 'f-' + path.replace(/\./g, '-'), toId = 'f-' + next.replace(/\./g, '-');
      copy.setAttribute('data-path', next);
      copy.querySelectorAll('[name],[id],[for],[aria-describedby],[data-list]').forEach(function (el) {
        ['name', 'id', 'for', 'aria-describedby', 'data-list'].forEach(function (a) {
          var v = el.getAttribute(a);
          if (!v) return;
          v = v.split(fromName).join(toName).split(fromId).join(toId);
          if (a === 'name') v = v.replace('upload.' + path, 'upload.' + next);
          el.setAttribute(a, v);
        });
        if (el.tagName === 'INPUT' && el.type !== 'hidden' && el.type !== 'checkbox') el.value = '';
        if (el.tagName === 'TEXTAREA') el.value = '';
      });
      template.parentNode.insertBefore(copy, template.nextSibling);
      var first = copy.querySelector('input:not([type=hidden]), textarea, select');
      if (first) first.focus();
    });
  });

  // --- Dropping files on a picker ----------------------------------------
  document.querySelectorAll('.upload').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    ['dragenter', 'dragover'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      zone.addEventListener(t, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) input.files = e.dataTransfer.files;
    });
  });

  // --- A mentor's consent: fields it does not list are greyed out ---------
  var consent = document.getElementById('f-consent-fields');
  if (consent) {
    var personal = ['name', 'position', 'subjects', 'category', 'experience', 'forms', 'roles', 'achievements',
                    'regional_register', 'photo', 'email'];
    var update = function () {
      var on = Array.prototype.map.call(consent.querySelectorAll('input:checked'), function (i) { return i.value; });
      personal.forEach(function (f) {
        var box = document.querySelector('.field[data-field="' + f + '"]');
        if (box) box.classList.toggle('outside-consent', on.indexOf(f) < 0);
      });
    };
    consent.addEventListener('change', update);
  }
})();
