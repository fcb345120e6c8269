// Starts DKFDS components once for the page and again for each piece of page htmx swaps in
// (scoped to that piece, so page-wide parts such as the main menu are not built twice), and
// sends the CSRF token with every htmx request.
(function () {
  function initDesignSystem(scope) {
    if (window.DKFDS && typeof window.DKFDS.init === 'function') {
      window.DKFDS.init(scope ? { scope: scope } : undefined);
    }
  }
  document.addEventListener('DOMContentLoaded', function () { initDesignSystem(); });
  document.addEventListener('htmx:load', function (event) {
    if (event.detail.elt !== document.body) {
      initDesignSystem(event.detail.elt);
    }
  });
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
