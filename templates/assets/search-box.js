/*
 * Loads search.js (the search engine, about a third of a page's weight) only when the reader turns to the header's
 * search field: a tap, focus or typing. A page that is only read does not download it; without JavaScript, or
 * before it arrives, the field still submits to the results page, which loads search.js itself. search.js then
 * answers what was already typed.
 */
(function () {
  'use strict';
  var input = document.getElementById('q');
  if (!input || document.querySelector('script[data-search-engine]')) return;
  var src = new URL('search.js', document.currentScript.src).href;
  var events = ['pointerdown', 'focus', 'input'];
  function load() {
    events.forEach(function (type) { input.removeEventListener(type, load); });
    var script = document.createElement('script');
    script.src = src;
    script.setAttribute('data-search-engine', '');
    document.head.appendChild(script);
  }
  events.forEach(function (type) { input.addEventListener(type, load); });
  if (document.activeElement === input) load();
})();
