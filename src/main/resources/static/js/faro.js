// Faro's only script besides htmx: no inline script anywhere (the CSP forbids it).
(function () {
  'use strict';
  // htmx requests carry the CSRF token that Spring Security expects on every change.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms that ask before an irreversible step carry data-confirm with the question.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
