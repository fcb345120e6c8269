// Starts DKFDS components on load and on every piece of page htmx swaps in, and sends the CSRF
// token with every htmx request.
(function () {
  function initDesignSystem() {
    if (window.DKFDS && typeof window.DKFDS.init === 'function') {
      window.DKFDS.init();
    }
  }
  document.addEventListener('DOMContentLoaded', initDesignSystem);
  document.addEventListener('htmx:load', initDesignSystem);
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
