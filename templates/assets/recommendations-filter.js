/*
 * /recommandations/ (issue 8): the filter by grade. Shows the radio group that the page carries hidden (without
 * JavaScript the jump list "by grade" stands in for it), hides the cards and jump links of the other grades,
 * says how many are shown in a live region, and keeps the choice in the address (?grade=A) for a shared link.
 */
(function () {
  'use strict';
  function start() {
    var box = document.querySelector('[data-rec-filter]');
    if (!box) return;
    var cards = document.querySelectorAll('.rec-list .rec-card');
    var status = box.querySelector('[data-rec-filter-status]');
    var radios = box.querySelectorAll('input[name="grade"]');
    var gradeOf = function (card) {
      var m = /(?:^|\s)grade-(\S+)/.exec(card.className);
      return m ? m[1] : '';
    };
    function apply(grade, write) {
      var shown = 0;
      Array.prototype.forEach.call(cards, function (card) {
        card.hidden = grade !== '' && gradeOf(card) !== grade;
        if (!card.hidden) shown++;
      });
      Array.prototype.forEach.call(document.querySelectorAll('.rec-jump-numbers a, .rec-jump-list a'), function (a) {
        var card = document.getElementById(a.getAttribute('href').slice(1));
        if (card && card.closest('.rec-list')) a.parentNode.hidden = card.hidden;
      });
      status.textContent = grade === '' ? '' : status.getAttribute('data-msg')
        .replace('{n}', String(shown)).replace('{total}', String(cards.length));
      if (write) {
        var params = new URLSearchParams(window.location.search);
        if (grade) params.set('grade', grade); else params.delete('grade');
        var q = params.toString();
        window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : '') + window.location.hash);
      }
    }
    box.hidden = false;
    box.addEventListener('change', function (event) {
      if (event.target.name === 'grade') apply(event.target.value, true);
    });
    // A jump to a card that the filter hides shows every grade again.
    window.addEventListener('hashchange', function () {
      var target = document.getElementById(window.location.hash.slice(1));
      if (target && target.hidden) {
        radios[0].checked = true;
        apply('', true);
        target.scrollIntoView();
      }
    });
    var wanted = new URLSearchParams(window.location.search).get('grade') || '';
    Array.prototype.forEach.call(radios, function (r) { if (r.value === wanted) { r.checked = true; apply(wanted, false); } });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
