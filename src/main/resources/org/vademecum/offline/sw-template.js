/*
 * Vademecum service worker, written by the build (org.vademecum.offline.ServiceWorker): do not edit sw.js.
 * Install: precaches FILES (relative to this script: the whole site while it fits the budget set in site.yaml,
 * else its shell) in one cache whose name ends with a hash of all the files, so that a content change gives a new
 * cache.
 * Fetch: a precached file comes from the cache (it changes only with a new version, which the reader accepts).
 * Any other file is fetched from the network and saved as it is read, in a second cache that outlives versions;
 * when the network fails, or is still silent after NETWORK_WAIT_MS (a poor connection at the bedside), the saved
 * copy is shown; a page found in neither goes to the offline page.
 * Activate: deletes this site's older caches, and the saved files that the new version changed or removed (the
 * list ON_DEMAND gives each file's hash), so that a corrected page is never shown stale.
 * A new version waits until the reader accepts it (assets/offline.js shows the notice and sends "skip-waiting").
 */
'use strict';

var VERSION = '@VERSION@';
var FILES = @FILES@;
// The files left out of FILES, with their sizes and hashes (null when the whole site is precached).
var ON_DEMAND = @ON_DEMAND@;
var OFFLINE_PAGE = '@OFFLINE@';
var NETWORK_WAIT_MS = 3000;

var SCOPE = self.registration.scope;
// Caches are shared by the whole origin: name them after this site's scope so that two copies in two folders
// of one host never delete each other's.
var PREFIX = 'vademecum ' + SCOPE + ' ';
var CACHE = PREFIX + VERSION;
var SAVED = 'vademecum-saved ' + SCOPE;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (file) {
      return new Request(new URL(file, SCOPE).href, { cache: 'reload' });
    }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    var older = keys.filter(function (key) { return key.indexOf(PREFIX) === 0 && key !== CACHE; });
    return pruneSaved(older).then(function () {
      return Promise.all(older.map(function (key) { return caches.delete(key); }));
    });
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'version' && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, files: FILES.length, onDemand: ON_DEMAND, saved: SAVED });
  }
  // The page that registered this worker was read before the worker could save it.
  if (data.type === 'save' && typeof data.url === 'string') event.waitUntil(saveFirstPage(data.url));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (!inScope(url)) return;
  event.respondWith(respond(event, request, url));
});

function inScope(url) {
  return url.origin === self.location.origin && url.href.indexOf(SCOPE) === 0;
}

/* Where a file is stored: /a/b/index.html is the page /a/b/; pages ignore the query string (the search page's ?q=…). */
function keyOf(url, page) {
  var key = new URL(url.href);
  if (/\/index\.html$/.test(key.pathname)) key = new URL('./', key);
  if (page) key.search = '';
  key.hash = '';
  return key.href;
}

function respond(event, request, url) {
  var page = request.mode === 'navigate';
  var key = keyOf(url, page);
  return caches.open(CACHE).then(function (cache) {
    return cache.match(key).then(function (hit) {
      if (hit) return hit;
      return networkFirst(event, request, key).catch(function (error) {
        if (!page) throw error;
        var offline = new URL(OFFLINE_PAGE, SCOPE);
        return cache.match(offline.href).then(function (fallback) {
          offline.searchParams.set('page', url.href);
          // Redirect rather than answer in place, so that the offline page's relative links work at any depth.
          if (fallback) return Response.redirect(offline.href, 302);
          throw error;
        });
      });
    });
  });
}

/*
 * Network first, so that a page read online is the current one; the saved copy when the network fails or keeps
 * the reader waiting more than NETWORK_WAIT_MS. The network's answer still refreshes the saved copy afterwards.
 */
function networkFirst(event, request, key) {
  var saved = caches.open(SAVED).then(function (cache) { return cache.match(key); }).catch(function () { return undefined; });
  var network = fetch(request).then(function (response) { return store(key, response); });
  event.waitUntil(network.catch(function () { /* offline: nothing to refresh */ }));
  return new Promise(function (resolve, reject) {
    var answered = false;
    function answer(response) {
      if (!answered) resolve(response);
      answered = true;
    }
    var timer = setTimeout(function () {
      saved.then(function (hit) { if (hit) answer(hit); });
    }, NETWORK_WAIT_MS);
    network.then(function (response) {
      clearTimeout(timer);
      answer(response);
    }, function (error) {
      clearTimeout(timer);
      saved.then(function (hit) {
        if (hit) answer(hit);
        else if (!answered) reject(error);
        answered = true;
      });
    });
  });
}

/* Saves a complete, same-site answer under key (a full disk only means it is not saved), then returns it. */
function store(key, response) {
  if (!response.ok || response.type !== 'basic' || response.redirected) return Promise.resolve(response);
  var copy = response.clone();
  return caches.open(SAVED).then(function (cache) { return cache.put(key, copy); })
    .catch(function () { /* storage full or refused */ })
    .then(function () { return response; });
}

function saveFirstPage(address) {
  var url = new URL(address, SCOPE);
  if (!inScope(url)) return Promise.resolve();
  var key = keyOf(url, true);
  return Promise.all([caches.match(key, { cacheName: CACHE }), caches.open(SAVED).then(function (c) { return c.match(key); })])
    .then(function (hits) {
      if (hits[0] || hits[1]) return undefined;
      return fetch(key).then(function (response) { return store(key, response); });
    }).catch(function () { /* offline again: it will be saved at the next reading */ });
}

/*
 * Keeps a saved file only if this version lists it (so it is not precached now, and still exists) with the hash
 * every older version listed it with; without a list (the whole site precached) nothing saved is needed.
 */
function pruneSaved(older) {
  return caches.has(SAVED).then(function (has) {
    if (!has) return undefined;
    if (!ON_DEMAND) return caches.delete(SAVED);
    return Promise.all([CACHE].concat(older).map(hashesIn)).then(function (lists) {
      var now = lists[0];
      var before = lists.slice(1);
      return caches.open(SAVED).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (request) {
            var listed = before.filter(function (list) { return request.url in list; });
            return !now[request.url] || !listed.length || listed.some(function (list) { return list[request.url] !== now[request.url]; });
          }).map(function (request) { return cache.delete(request); }));
        });
      });
    });
  });
}

/* The on-demand list precached in cache `name`, as { absolute address: hash }; {} when it has none. */
function hashesIn(name) {
  return caches.open(name).then(function (cache) { return cache.match(new URL(ON_DEMAND, SCOPE).href); })
    .then(function (response) { return response ? response.json() : { files: [] }; })
    .then(function (list) {
      var out = {};
      list.files.forEach(function (file) { out[new URL(file[0], SCOPE).href] = file[2]; });
      return out;
    }).catch(function () { return {}; });
}
