// The editor's enhancements over plain HTML forms (which work without it).
(function () {
  'use strict';
  document.documentElement.classList.add('has-js');
})();
