/*
 * Offline (issues 5, 10): registers the service worker (sw.js, written by the build at the site root), tells the
 * reader when a newer version of the content is ready, and, when the site is larger than its offline budget, loads
 * the "download the whole guide" control (offline-download.js). The site root is found from the relative
 * address of <link rel="manifest">, so this works at any depth and from any folder. No inline script, no
 * dependencies. Not on the dev server (vademecum serve): there, pages must always be fresh, so any worker is removed.
 */
(function () {
  'use strict';

  var scriptUrl = document.currentScript.src;
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
   * "Download the whole guide" (issue 10): only for a site whose worker left files out of the first visit; its code
   * (offline-download.js, precached with the theme) is loaded then, so that a site saved whole never fetches it.
   */
  function offerDownload(info) {
    var box = document.querySelector('[data-offline-download]');
    if (!box || !info || !info.onDemand) return;
    box.setAttribute('data-offline-download-root', root);
    box.setAttribute('data-offline-download-list', new URL(info.onDemand, root).href);
    box.setAttribute('data-offline-download-saved', info.saved);
    var script = document.createElement('script');
    script.src = new URL('offline-download.js', scriptUrl).href;
    document.head.appendChild(script);
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
