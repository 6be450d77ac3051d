/* Roadmap: the state filter works on the page itself. Without JavaScript each
   filter link leads to a pre-rendered view (roadmap/…/status/overdue/); with
   it, a click shows only the matching rows here, keeps the choice in the
   address after #, and says how many items are shown. */
(function (d, w) {
  'use strict';
  var filters = d.querySelector('.roadmap-filters');
  var items = d.querySelector('.roadmap-items');
  if (!filters || !items || !filters.querySelector('[data-state]')) return;
  var links = filters.querySelectorAll('a[data-state]');
  var heading = d.getElementById('items-title');
  var status = d.getElementById('roadmap-filter-status');
  var allLabel = heading ? heading.textContent : '';

  function show(state) {
    var shown = 0;
    items.querySelectorAll('.roadmap-section').forEach(function (section) {
      var inSection = 0;
      section.querySelectorAll('tbody tr').forEach(function (row) {
        var match = !state || row.classList.contains('item-' + state);
        row.hidden = !match;
        if (match) inSection++;
      });
      section.hidden = inSection === 0;
      shown += inSection;
    });
    var label = allLabel;
    links.forEach(function (a) {
      var current = a.getAttribute('data-state') === state;
      if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      if (current && state) label = a.getAttribute('data-label');
    });
    if (heading) heading.textContent = label;
    if (status) status.textContent = label + ': ' + shown;
  }

  filters.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-state]');
    if (!a) return;
    e.preventDefault();
    var state = a.getAttribute('data-state');
    show(state);
    if (w.history && w.history.replaceState) w.history.replaceState(null, '', state ? '#state-' + state : w.location.pathname);
  });
  function fromHash() {
    var m = /^#state-([a-z_]+)$/.exec(w.location.hash);
    if (m && filters.querySelector('a[data-state="' + m[1] + '"]')) show(m[1]);
  }
  w.addEventListener('hashchange', fromHash);
  fromHash();
})(document, window);
