// Dev server only: reload the page after a successful rebuild ("reload", or "reload /a/ /b/" when only those pages
// changed), show the errors of a failed one.
(function () {
  var source = new EventSource('/__vademecum/events');
  var overlay = null;
  var version = null;
  function showErrors() {
    fetch('/__vademecum/errors', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (text) {
      if (!overlay) {
        overlay = document.createElement('div');
        overlay.setAttribute('role', 'alert');
        overlay.id = 'vademecum-errors';
        var s = overlay.style;
        s.position = 'fixed'; s.inset = '0'; s.zIndex = '2147483647'; s.overflow = 'auto';
        s.background = 'rgba(20,20,20,.94)'; s.color = '#ffd7d7'; s.padding = '1.5rem';
        s.font = '14px/1.5 ui-monospace, monospace'; s.whiteSpace = 'pre-wrap';
        document.body.appendChild(overlay);
      }
      overlay.textContent = 'Build failed; still serving the last good site.\n\n' + text;
    });
  }
  function isMine(paths) {
    var here = location.pathname.replace(/index\.html$/, '');
    return paths.split(' ').indexOf(here) >= 0;
  }
  source.onmessage = function (event) {
    if (event.data === 'reload') location.reload();
    else if (event.data.indexOf('reload ') === 0) { if (isMine(event.data.substring(7))) location.reload(); }
    else if (event.data === 'errors') showErrors();
    else if (event.data.indexOf('version ') === 0) {
      // Sent on each (re)connection: the server ends streams now and then; a changed version means a missed rebuild.
      if (version !== null && version !== event.data) location.reload();
      version = event.data;
    }
  };
})();
