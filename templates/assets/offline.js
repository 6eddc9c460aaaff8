/*
 * Offline (issues 5, 10): registers the service worker (sw.js, written by the build at the site root), tells the
 * reader when a newer version of the content is ready, and, when the site is larger than its offline budget, runs
 * the "download the whole guide" control ([data-offline-download]). The site root is found from the relative
 * address of <link rel="manifest">, so this works at any depth and from any folder. No inline script, no
 * dependencies. Not on the dev server (vademecum serve): there, pages must always be fresh, so any worker is removed.
 */
(function () {
  'use strict';

  var manifest = document.querySelector('link[rel="manifest"]');
  if (!manifest || !('serviceWorker' in navigator)) return;
  var root = new URL('./', manifest.href).href;
  var sw = navigator.serviceWorker;

  if (document.querySelector('script[src*="__vademecum/reload.js"]')) {
    sw.getRegistrations().then(function (list) {
      list.forEach(function (registration) { if (registration.scope === root) registration.unregister(); });
    });
    return;
  }
  // The 404 page keeps root-relative links, so its root is not the site's when the site lives in a folder.
  if (document.body.classList.contains('kind-not-found')) return;

  offlineRetryLink();

  // A page read before the worker controlled it (the first visit) went to the network only: the worker saves it.
  var controlledAtLoad = Boolean(sw.controller);
  var reloadAsked = false;
  sw.addEventListener('controllerchange', function () {
    if (reloadAsked) window.location.reload();
  });

  // After the page has loaded, so that installing (and precaching the site) never delays the first display.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);

  function register() {
    sw.register(root + 'sw.js', { scope: root, updateViaCache: 'none' }).then(function (registration) {
      if (registration.waiting && sw.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          // "installed" with a controller in place: a newer version waits for the reader's go-ahead.
          if (worker.state === 'installed' && sw.controller) offerUpdate(worker);
        });
      });
    }).catch(function () { /* no offline copy (private mode, file://, blocked): the site still works online */ });
    sw.ready.then(function (registration) {
      if (!controlledAtLoad) registration.active.postMessage({ type: 'save', url: window.location.href });
      return ask(registration.active);
    }).then(offerDownload).catch(function () { /* no worker: nothing to offer */ });
  }

  /* The worker's version, its on-demand list (null when it precaches the whole site) and its saved-files cache. */
  function ask(worker) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) { resolve(event.data); };
      worker.postMessage({ type: 'version' }, [channel.port2]);
    });
  }

  /*
   * "Download the whole guide": shown only when the worker lists files left out of the first visit and some are
   * not saved yet. The page fetches them, four at a time, through the worker, which saves each one; a reader can
   * interrupt, and resume later (files already saved are skipped). The result is checked against the cache.
   */
  function offerDownload(info) {
    var box = document.querySelector('[data-offline-download]');
    if (!box || !info || !info.onDemand) return;
    var start = box.querySelector('[data-offline-download-start]');
    var stop = box.querySelector('[data-offline-download-stop]');
    var progressRow = box.querySelector('[data-offline-download-progress]');
    var progress = progressRow.querySelector('progress');
    var count = box.querySelector('[data-offline-download-count]');
    var status = box.querySelector('[data-offline-download-status]');
    var stopAsked = false;

    missingFiles(info).then(function (missing) {
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
      missingFiles(info).then(function (files) {
        var next = 0;
        var done = 0;
        var failedInARow = 0;
        progressRow.hidden = false;
        show(0, files.length);
        function worker() {
          // Many failures in a row: the network is gone; stop rather than try every file.
          if (stopAsked || failedInARow >= 8 || next >= files.length) return Promise.resolve();
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
            return worker();
          });
        }
        return Promise.all([worker(), worker(), worker(), worker()]);
      }).then(function () { return missingFiles(info); }).then(finish, function () { finish(null); });
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

    function label(which, files) {
      var bytes = files.reduce(function (sum, file) { return sum + file[1]; }, 0);
      var megabytes = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 })
        .format(Math.max(bytes / 1e6, 0.1));
      start.textContent = box.getAttribute('data-msg-' + which).replace('{size}', megabytes);
    }
  }

  /* The listed files [address, bytes, hash] that the worker has not saved (their addresses are relative to root). */
  function missingFiles(info) {
    return Promise.all([
      fetch(new URL(info.onDemand, root).href).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }),
      caches.open(info.saved).then(function (cache) { return cache.keys(); })
    ]).then(function (both) {
      var saved = {};
      both[1].forEach(function (request) { saved[request.url] = true; });
      return both[0].files.filter(function (file) { return !saved[new URL(file[0], root).href]; });
    });
  }

  function offerUpdate(worker) {
    var region = document.querySelector('[data-update-notice]');
    var template = document.getElementById('update-notice-template');
    if (!region || !template || region.querySelector('[data-update-reload]')) return;
    region.appendChild(template.content.cloneNode(true));
    region.querySelector('[data-update-reload]').addEventListener('click', function (event) {
      reloadAsked = true;
      event.currentTarget.disabled = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  }

  /* On /hors-ligne/?page=…, the hidden link becomes "try again" for that page (same site only). */
  function offlineRetryLink() {
    var link = document.querySelector('[data-offline-retry]');
    if (!link) return;
    var page = new URLSearchParams(window.location.search).get('page');
    if (!page) return;
    try {
      var target = new URL(page, root);
      if (target.origin !== window.location.origin || target.href.indexOf(root) !== 0) return;
      link.href = target.href;
      link.hidden = false;
    } catch (e) { /* not an address: leave the link hidden */ }
  }
})();
