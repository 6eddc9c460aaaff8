/*
 * Vademecum service worker, written by the build (org.vademecum.offline.ServiceWorker): do not edit sw.js.
 * Install: precaches every file of the site (FILES, relative to this script) in one cache whose name ends with a
 * hash of all the files, so that a content change gives a new cache. Activate: deletes this site's older caches.
 * Fetch: cache first, then the network; a page found in neither goes to the offline page. A new version waits
 * until the reader accepts it (assets/offline.js shows the notice and sends "skip-waiting").
 */
'use strict';

var VERSION = '@VERSION@';
var FILES = @FILES@;
var OFFLINE_PAGE = '@OFFLINE@';

var SCOPE = self.registration.scope;
// Caches are shared by the whole origin: name them after this site's scope so that two copies in two folders
// of one host never delete each other's.
var PREFIX = 'vademecum ' + SCOPE + ' ';
var CACHE = PREFIX + VERSION;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (file) {
      return new Request(new URL(file, SCOPE).href, { cache: 'reload' });
    }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf(PREFIX) === 0 && key !== CACHE;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'version' && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, files: FILES.length });
  }
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href.indexOf(SCOPE) !== 0) return;
  event.respondWith(respond(request, url));
});

function respond(request, url) {
  var page = request.mode === 'navigate';
  // /a/b/index.html is the page /a/b/, which is how it is stored.
  var key = /\/index\.html$/.test(url.pathname) ? new URL('./', url).href : request;
  return caches.open(CACHE).then(function (cache) {
    // Pages ignore the query string: the search page is /recherche/?q=… .
    return cache.match(key, { ignoreSearch: page }).then(function (hit) {
      if (hit) return hit;
      return fetch(request).catch(function (error) {
        if (!page) throw error;
        var offline = new URL(OFFLINE_PAGE, SCOPE);
        offline.searchParams.set('page', url.href);
        return cache.match(offline.href, { ignoreSearch: true }).then(function (fallback) {
          // Redirect rather than answer in place, so that the offline page's relative links work at any depth.
          if (fallback) return Response.redirect(offline.href, 302);
          throw error;
        });
      });
    });
  });
}
