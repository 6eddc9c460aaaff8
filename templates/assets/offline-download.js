/*
 * "Download the whole guide" (issue 10), loaded by offline.js when the service worker left files out of the first
 * visit (the site is larger than its offline budget). offline.js gives, on [data-offline-download], the site root,
 * the list of those files ([address, bytes, hash], addresses relative to the root) and the worker's cache of saved
 * files. The control is shown only when some listed files are not saved yet. The page fetches them, four at a
 * time, through the worker, which saves each one; the reader can interrupt, and resume later (files already saved
 * are skipped); the result is checked against the cache and told in the live region. No dependencies.
 */
(function () {
  'use strict';

  var box = document.querySelector('[data-offline-download][data-offline-download-list]');
  if (!box || !('caches' in window)) return;
  var root = box.getAttribute('data-offline-download-root');
  var list = box.getAttribute('data-offline-download-list');
  var savedCache = box.getAttribute('data-offline-download-saved');
  var start = box.querySelector('[data-offline-download-start]');
  var stop = box.querySelector('[data-offline-download-stop]');
  var progressRow = box.querySelector('[data-offline-download-progress]');
  var progress = progressRow.querySelector('progress');
  var count = box.querySelector('[data-offline-download-count]');
  var status = box.querySelector('[data-offline-download-status]');
  var PARALLEL = 4;
  // This many failures in a row: the network is gone; stop rather than try every file.
  var GIVE_UP_AFTER = 8;
  var stopAsked = false;

  missingFiles().then(function (missing) {
    if (!missing.length) return;
    label('start', missing);
    box.hidden = false;
    start.addEventListener('click', download);
    stop.addEventListener('click', function () {
      stopAsked = true;
      stop.disabled = true;
    });
  }).catch(function () { /* list unreachable: offer nothing rather than a control that cannot work */ });

  function download() {
    stopAsked = false;
    start.hidden = true;
    stop.hidden = false;
    stop.disabled = false;
    status.textContent = '';
    missingFiles().then(function (files) {
      var next = 0;
      var done = 0;
      var failedInARow = 0;
      progressRow.hidden = false;
      show(0, files.length);
      function fetchNext() {
        if (stopAsked || failedInARow >= GIVE_UP_AFTER || next >= files.length) return Promise.resolve();
        var file = files[next++];
        return fetch(new URL(file[0], root).href, { cache: 'no-cache' }).then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.arrayBuffer();
        }).then(function () {
          done++;
          failedInARow = 0;
        }, function () {
          failedInARow++;
        }).then(function () {
          show(done, files.length);
          return fetchNext();
        });
      }
      var fetching = [];
      for (var i = 0; i < PARALLEL; i++) fetching.push(fetchNext());
      return Promise.all(fetching);
    }).then(missingFiles).then(finish, function () { finish(null); });
  }

  function finish(left) {
    stop.hidden = true;
    if (left && !left.length) {
      progress.value = progress.max;
      status.textContent = box.getAttribute('data-msg-done');
      return;
    }
    status.textContent = box.getAttribute(stopAsked ? 'data-msg-paused' : 'data-msg-error');
    if (left) label('resume', left);
    start.hidden = false;
  }

  function show(done, total) {
    progress.max = Math.max(total, 1);
    progress.value = done;
    count.textContent = box.getAttribute('data-msg-count').replace('{done}', done).replace('{total}', total);
  }

  /* The start button's text, with the size still to download in megabytes (as a phone counts data). */
  function label(which, files) {
    var bytes = files.reduce(function (sum, file) { return sum + file[1]; }, 0);
    var megabytes = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 })
      .format(Math.max(bytes / 1e6, 0.1));
    start.textContent = box.getAttribute('data-msg-' + which).replace('{size}', megabytes);
  }

  /* The listed files that the worker has not saved. */
  function missingFiles() {
    return Promise.all([
      fetch(list).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }),
      caches.open(savedCache).then(function (cache) { return cache.keys(); })
    ]).then(function (both) {
      var saved = {};
      both[1].forEach(function (request) { saved[request.url] = true; });
      return both[0].files.filter(function (file) { return !saved[new URL(file[0], root).href]; });
    });
  }
})();
