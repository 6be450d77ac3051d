/* Low-vision version (версия для слабовидящих) and small enhancements.
   Loaded in <head> without defer on purpose: the saved settings become
   data-lv-* attributes on <html> before the body is parsed, so the first
   paint already uses them. Everything else waits for DOMContentLoaded.
   Every user-visible word comes from the page (strings.ru.yaml). */
(function (w, d) {
  'use strict';
  var KEY = 'nastavnik-lv';
  var GROUPS = ['size', 'scheme', 'spacing', 'line', 'font', 'images', 'embeds'];
  var root = d.documentElement;
  var state = {};
  try { state = JSON.parse(w.localStorage.getItem(KEY)) || {}; } catch (e) { state = {}; }

  function apply() {
    GROUPS.forEach(function (g) {
      if (state[g]) root.setAttribute('data-lv-' + g, state[g]);
      else root.removeAttribute('data-lv-' + g);
    });
    if (state.open) root.setAttribute('data-lv-open', '');
    else root.removeAttribute('data-lv-open');
  }
  function save() {
    try {
      if (Object.keys(state).length) w.localStorage.setItem(KEY, JSON.stringify(state));
      else w.localStorage.removeItem(KEY);
    } catch (e) { /* private mode: settings last for this page only */ }
  }
  root.classList.add('js');
  apply();

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function after(el, cls, text) {
    var next = el.nextElementSibling;
    if (next && next.classList.contains(cls)) return;
    var note = d.createElement('span');
    note.className = cls;
    note.textContent = text;
    el.parentNode.insertBefore(note, el.nextSibling);
  }

  d.addEventListener('DOMContentLoaded', function () {
    var panel = d.getElementById('lv-panel');
    var toggle = d.querySelector('[aria-controls="lv-panel"]');
    var ds = panel ? panel.dataset : {};

    // Text stand-ins, shown by CSS when images or embedded elements are off.
    function standIns() {
      if (state.images === 'off') {
        each(d.querySelectorAll('main img[alt]:not([alt=""]), main svg[role="img"][aria-label]'), function (el) {
          after(el, 'lv-alt', ds.image + ': ' + (el.getAttribute('alt') || el.getAttribute('aria-label')));
        });
      }
      if (state.embeds === 'off') {
        each(d.querySelectorAll('main iframe, main embed, main object, main video, main audio'), function (el) {
          var title = el.getAttribute('title') || el.getAttribute('aria-label');
          after(el, 'lv-embed', ds.embed + (title ? ': ' + title : ''));
        });
      }
    }

    // Task-list checkboxes of Markdown carry no label: name them.
    each(d.querySelectorAll('.prose li > input[type="checkbox"]'), function (box) {
      if (!box.hasAttribute('aria-label') && ds.taskDone)
        box.setAttribute('aria-label', box.checked ? ds.taskDone : ds.taskTodo);
    });

    // Tables of three columns or more are shown row by row on phones:
    // every cell gets its column's name; explicit roles keep the table
    // semantics when CSS changes the display of its parts.
    each(d.querySelectorAll('.prose table'), function (table) {
      var heads = table.querySelectorAll('thead th');
      if (heads.length < 3) return;
      table.classList.add('stacked');
      table.setAttribute('role', 'table');
      each(table.querySelectorAll('thead, tbody'), function (g) { g.setAttribute('role', 'rowgroup'); });
      each(table.rows, function (row) {
        row.setAttribute('role', 'row');
        each(row.cells, function (cell, i) {
          if (cell.tagName === 'TH') { cell.setAttribute('role', 'columnheader'); return; }
          cell.setAttribute('role', 'cell');
          if (heads[i]) cell.setAttribute('data-label', heads[i].textContent);
        });
      });
    });

    if (!panel || !toggle) return;
    var status = panel.querySelector('[role="status"]');

    function sync() {
      GROUPS.forEach(function (g) {
        each(panel.querySelectorAll('input[name="lv-' + g + '"]'), function (input, i) {
          input.checked = state[g] ? input.value === state[g] : i === 0;
        });
      });
      toggle.setAttribute('aria-expanded', state.open ? 'true' : 'false');
    }
    function say(text) {
      status.textContent = '';
      w.setTimeout(function () { status.textContent = text; }, 50);
    }
    function open(focusPanel) {
      state.open = 1; apply(); save(); sync();
      if (focusPanel) panel.querySelector('input:checked').focus();
    }
    function close() {
      delete state.open; apply(); save(); sync();
      toggle.focus();
    }

    toggle.addEventListener('click', function () {
      if (state.open) close(); else open(false);
    });
    each(d.querySelectorAll('[data-lv-show]'), function (b) {
      b.addEventListener('click', function () { open(true); });
    });
    panel.addEventListener('change', function (e) {
      var input = e.target, g = (input.name || '').slice(3);
      if (GROUPS.indexOf(g) < 0) return;
      var first = panel.querySelector('input[name="lv-' + g + '"]');
      if (input === first) delete state[g]; else state[g] = input.value;
      apply(); save(); standIns();
      var label = panel.querySelector('label[for="' + input.id + '"]');
      var name = label.querySelector('.lv-name') || label;
      say(input.closest('fieldset').querySelector('legend').textContent + ': ' + name.textContent);
    });
    panel.addEventListener('click', function (e) {
      if (e.target.closest('[data-lv-reset]')) {
        state = { open: 1 }; apply(); save(); sync();
        say(ds.reset);
      } else if (e.target.closest('[data-lv-close]')) {
        close();
      }
    });
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') close();
    });
    sync();
    standIns();
  });
})(window, document);
