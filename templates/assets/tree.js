/*
 * Decision tree pages (/arbres/<id>/): the JavaScript half of "one evaluator, two runtimes".
 * The Java evaluator (org.vademecum.trees.TreeEvaluator, AnswerParser, NumRange) and this file implement the
 * same rules on the same data (the JSON block #tree-data, written by org.vademecum.trees.TreeJson); the browser
 * tests walk every case of every tree through both. Keep the two in step.
 *
 * Without this script the page still works: every question is a section, every answer a link to the next one.
 * With it: one question at a time, answers kept in the URL query (?fracture=severe&t_score=-2.6), back and
 * restart, and a "chemin parcouru" summary that can be copied.
 */
(function () {
  'use strict';

  // ---- Evaluation: mirrors org.vademecum.trees ----------------------------------------------------------

  var INTEGER = /^[-+]?\d+$/;
  var NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;
  var BOUND = /^(lt|le|gt|ge):([-+]?\d+(?:[.,]\d+)?)$/;

  /** NumRange: {min, minInclusive, max, maxInclusive}; unbounded sides are infinities. */
  function range(min, minInclusive, max, maxInclusive) {
    return { min: min, minInclusive: minInclusive, max: max, maxInclusive: maxInclusive };
  }
  function rangeOfWhen(w) {
    return range(w.min === null ? -Infinity : Number(w.min), w.min !== null && w.minInclusive,
      w.max === null ? Infinity : Number(w.max), w.max !== null && w.maxInclusive);
  }
  function contains(r, v) {
    if (r.minInclusive ? v < r.min : v <= r.min) return false;
    return r.maxInclusive ? v <= r.max : v < r.max;
  }
  function intersect(a, o) {
    var lo = a.min, loIn = a.minInclusive, hi = a.max, hiIn = a.maxInclusive;
    if (o.min > lo || (o.min === lo && !o.minInclusive)) { lo = o.min; loIn = o.minInclusive; }
    if (o.max < hi || (o.max === hi && !o.maxInclusive)) { hi = o.max; hiIn = o.maxInclusive; }
    return range(lo, loIn, hi, hiIn);
  }
  function isEmpty(r) {
    return r.min > r.max || (r.min === r.max && !(r.minInclusive && r.maxInclusive));
  }
  function integers(r) {
    var lo = Math.ceil(r.min);
    if (lo === r.min && !r.minInclusive) lo += 1;
    var hi = Math.floor(r.max);
    if (hi === r.max && !r.maxInclusive) hi -= 1;
    return range(lo, true, hi, true);
  }
  function containsAll(outer, inner) {
    if (isEmpty(inner)) return true;
    var lowOk = inner.min > outer.min || (inner.min === outer.min && (outer.minInclusive || !inner.minInclusive));
    var highOk = inner.max < outer.max || (inner.max === outer.max && (outer.maxInclusive || !inner.maxInclusive));
    return lowOk && highOk;
  }
  function allowedRange(v) {
    return range(Number(v.min), true, Number(v.max), true);
  }

  /** AnswerParser.canonicalNumber: no '+', a point, no superfluous zeros. */
  function canonicalNumber(text) {
    var t = text.replace(',', '.').replace('+', '');
    var negative = t.charAt(0) === '-';
    if (negative) t = t.slice(1);
    var parts = t.split('.');
    var ip = parts[0].replace(/^0+(?=\d)/, '');
    var fp = parts.length > 1 ? parts[1].replace(/0+$/, '') : '';
    var s = fp ? ip + '.' + fp : ip;
    if (/^0(\.0*)?$/.test(s)) negative = false;
    return (negative ? '-' : '') + s;
  }

  /** AnswerParser.parse: returns {answer} or {error: kind}. */
  function parseAnswer(v, text) {
    var t = String(text === null || text === undefined ? '' : text).trim().replace(/\u2212/g, '-');
    if (v.type === 'yes-no' || v.type === 'choice') {
      var value = t.toLowerCase();
      for (var i = 0; i < v.options.length; i++) {
        if (v.options[i].value === value) return { answer: { kind: 'choice', value: value, text: value } };
      }
      return { error: 'option' };
    }
    var integer = v.type === 'integer';
    var allowed = allowedRange(v);
    if (t.indexOf(':') >= 0) {
      var parts = t.split(',');
      if (parts.length > 2) return { error: 'syntax' };
      var r = range(-Infinity, false, Infinity, false);
      var canonical = [];
      for (var j = 0; j < parts.length; j++) {
        var m = BOUND.exec(parts[j].trim());
        if (!m) return { error: 'syntax' };
        var num = canonicalNumber(m[2]);
        var x = Number(num);
        var b = m[1] === 'lt' ? range(-Infinity, false, x, false)
          : m[1] === 'le' ? range(-Infinity, false, x, true)
          : m[1] === 'gt' ? range(x, false, Infinity, false)
          : range(x, true, Infinity, false);
        r = intersect(r, b);
        canonical.push(m[1] + ':' + num);
      }
      var clipped = intersect(r, allowed);
      if (integer) clipped = integers(clipped);
      if (isEmpty(clipped)) return { error: 'range' };
      return { answer: { kind: 'range', range: r, text: canonical.join(',') } };
    }
    if (!(integer ? INTEGER : NUMBER).test(t)) return { error: integer ? 'integer' : 'number' };
    var n = canonicalNumber(t);
    var value2 = Number(n);
    if (!contains(allowed, value2)) return { error: 'range' };
    return { answer: { kind: 'exact', value: value2, text: n } };
  }

  /** TreeEvaluator.matching: every branch of q that the answer meets. */
  function matching(q, v, answer) {
    var out = [];
    var allowed = v.type === 'integer' || v.type === 'number' ? allowedRange(v) : null;
    q.branches.forEach(function (b) {
      var w = b.when;
      if (Object.prototype.hasOwnProperty.call(w, 'is')) {
        if (answer.kind === 'choice' && answer.value === w.is) out.push(b);
      } else if (Object.prototype.hasOwnProperty.call(w, 'min')) {
        var br = intersect(rangeOfWhen(w), allowed);
        if (answer.kind === 'exact') {
          if (contains(br, answer.value)) out.push(b);
        } else if (answer.kind === 'range') {
          var given = intersect(answer.range, allowed);
          if (v.type === 'integer') { given = integers(given); br = integers(br); }
          if (containsAll(br, given)) out.push(b);
        }
      }
    });
    return out;
  }

  /** TreeEvaluator.evaluate: {path: [{question, variable, answer, branch}], outcome, pending, imprecise}. */
  function evaluate(data, answers) {
    var path = [];
    var id = data.start;
    var guard = Object.keys(data.questions).length + 1;
    while (Object.prototype.hasOwnProperty.call(data.questions, id)) {
      if (guard-- === 0) throw new Error('cycle in tree ' + data.id);
      var q = data.questions[id];
      var v = data.variables[q.variable];
      var answer = answers[q.variable];
      if (!answer) return { path: path, outcome: null, pending: id, imprecise: false };
      var matches = matching(q, v, answer);
      if (matches.length !== 1) return { path: path, outcome: null, pending: id, imprecise: true };
      path.push({ question: id, variable: q.variable, answer: answer, branch: matches[0] });
      id = matches[0].next;
    }
    return { path: path, outcome: id, pending: null, imprecise: false };
  }

  /** TreeLabels: French typography for numbers. */
  function formatNumber(text) {
    return text.replace(/-/g, '\u2212').replace('.', ',');
  }
  function answerLabel(step, v) {
    var a = step.answer;
    if (a.kind === 'choice') {
      for (var i = 0; i < v.options.length; i++) if (v.options[i].value === a.value) return v.options[i].label;
      return a.value;
    }
    if (a.kind === 'exact') return formatNumber(a.text) + (v.unit ? '\u00a0' + v.unit : '');
    return step.branch ? step.branch.label : a.text;
  }

  // ---- The page -----------------------------------------------------------------------------------------

  function start() {
    var root = document.querySelector('.tree-page[data-tree]');
    var dataBlock = document.getElementById('tree-data');
    if (!root || !dataBlock) return;
    var data = JSON.parse(dataBlock.textContent);
    var msg = function (name) { return root.getAttribute('data-msg-' + name) || ''; };
    var app = root.querySelector('.tree-app');
    var progress = root.querySelector('.tree-progress');
    var urlError = root.querySelector('.tree-url-error');
    var backButton = root.querySelector('.tree-back');
    var restartButton = root.querySelector('.tree-restart');
    var summary = root.querySelector('.tree-summary');
    var pathList = root.querySelector('.tree-path');
    var pathText = root.querySelector('.tree-path-text');
    var copyButton = root.querySelector('.tree-copy');
    var copyStatus = root.querySelector('.tree-copy-status');
    var nodes = {};
    Array.prototype.forEach.call(root.querySelectorAll('.tree-node[data-node]'), function (s) {
      nodes[s.getAttribute('data-node')] = s;
    });
    var current = null;
    var lastText = '';

    root.classList.add('tree-js');
    app.hidden = false;
    Array.prototype.forEach.call(root.querySelectorAll('.tree-howto'), function (e) { e.hidden = true; });
    Array.prototype.forEach.call(root.querySelectorAll('.tree-again'), function (e) { e.hidden = true; });
    Array.prototype.forEach.call(root.querySelectorAll('form.tree-number'), function (f) { f.hidden = false; });

    /** Answers of this tree's variables read from the URL; bad values are dropped and reported. */
    function readAnswers() {
      var params = new URLSearchParams(window.location.search);
      var answers = {};
      var bad = [];
      params.forEach(function (value, name) {
        var v = data.variables[name];
        if (!v) return;
        var parsed = parseAnswer(v, value);
        if (parsed.answer) answers[name] = parsed.answer;
        else bad.push(name + '=' + value);
      });
      return { answers: answers, bad: bad };
    }

    /** Writes the answers into the URL, path order first; parameters of other trees are kept. */
    function writeAnswers(answers, replace) {
      var params = new URLSearchParams(window.location.search);
      Object.keys(data.variables).forEach(function (name) { params.delete(name); });
      var result = evaluate(data, answers);
      var done = {};
      result.path.forEach(function (s) { params.set(s.variable, s.answer.text); done[s.variable] = true; });
      Object.keys(answers).forEach(function (name) { if (!done[name]) params.set(name, answers[name].text); });
      var query = params.toString();
      var url = window.location.pathname + (query ? '?' + query : '');
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }

    function render(focus) {
      var read = readAnswers();
      var answers = read.answers;
      if (read.bad.length) {
        urlError.textContent = msg('url') + ' ' + read.bad.join(', ');
        urlError.hidden = false;
        writeAnswers(answers, true);
      } else {
        urlError.hidden = true;
      }
      var result = evaluate(data, answers);
      current = result.outcome || result.pending;
      Object.keys(nodes).forEach(function (id) {
        nodes[id].hidden = id !== current;
        nodes[id].classList.toggle('is-current', id === current);
      });
      root.setAttribute('data-current', current);
      if (result.outcome) root.setAttribute('data-outcome', result.outcome);
      else root.removeAttribute('data-outcome');
      progress.textContent = result.outcome ? msg('outcome') : msg('step') + ' ' + (result.path.length + 1);
      backButton.disabled = result.path.length === 0;
      restartButton.disabled = result.path.length === 0;

      var section = nodes[current];
      var error = section && section.querySelector('.tree-error');
      if (error) {
        error.hidden = !result.imprecise;
        error.textContent = result.imprecise ? msg('imprecise') : '';
      }
      var input = section && section.querySelector('input[type=number]');
      if (input) {
        var a = answers[data.questions[current].variable];
        input.value = a && a.kind === 'exact' ? a.text : '';
      }
      renderSummary(result);
      if (focus && section) {
        var heading = section.querySelector('h2');
        if (heading) heading.focus({ preventScroll: true });
        var top = app.getBoundingClientRect().top + window.pageYOffset - 8;
        if (window.pageYOffset > top) window.scrollTo(0, top);
      }
    }

    function renderSummary(result) {
      while (pathList.firstChild) pathList.removeChild(pathList.firstChild);
      copyStatus.textContent = '';
      pathText.hidden = true;
      summary.hidden = result.path.length === 0;
      var lines = [msg('tree') + ' : ' + data.title];
      result.path.forEach(function (step, i) {
        var v = data.variables[step.variable];
        var text = v.label + ' : ' + answerLabel(step, v);
        var li = document.createElement('li');
        li.textContent = text;
        pathList.appendChild(li);
        lines.push((i + 1) + '. ' + text);
      });
      if (result.outcome) {
        var o = data.outcomes[result.outcome];
        var li = document.createElement('li');
        li.className = 'tree-path-outcome';
        li.textContent = msg('outcome') + ' : ' + o.title;
        pathList.appendChild(li);
        lines.push(msg('outcome') + ' : ' + o.title);
        var cards = nodes[result.outcome].querySelectorAll('.rec-card');
        var recs = Array.prototype.map.call(cards, function (card) {
          var title = card.querySelector('.rec-title');
          var grade = card.querySelector('.grade-badge');
          return (title ? title.textContent.trim() : '') + (grade ? ' (' + grade.textContent.trim() + ')' : '');
        });
        lines.push(msg('recommendations') + ' : ' + (recs.length ? recs.join(' ; ') : msg('no-recommendation')));
      }
      lines.push(window.location.href);
      lastText = lines.join('\n');
      pathText.value = lastText;
    }

    function answer(variable, text) {
      var parsed = parseAnswer(data.variables[variable], text);
      if (!parsed.answer) return parsed.error;
      var answers = readAnswers().answers;
      answers[variable] = parsed.answer;
      writeAnswers(answers, false);
      render(true);
      return null;
    }

    root.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a.tree-answer') : null;
      if (!link || !root.contains(link)) return;
      var section = link.closest('.tree-question');
      if (!section || section.getAttribute('data-node') !== current) return;
      event.preventDefault();
      answer(section.getAttribute('data-variable'), link.getAttribute('data-value'));
    });

    Array.prototype.forEach.call(root.querySelectorAll('form.tree-number'), function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var variable = form.getAttribute('data-variable');
        var v = data.variables[variable];
        var input = form.querySelector('input');
        var error = form.querySelector('.tree-error');
        var raw = input.value;
        if (raw === '' && input.validity && input.validity.badInput) raw = 'x';
        var problem = raw === '' ? (v.type === 'integer' ? 'integer' : 'number') : answer(variable, raw);
        if (problem) {
          error.textContent = problem === 'range'
            ? msg('range').replace('{min}', formatNumber(String(v.min))).replace('{max}', formatNumber(String(v.max)))
            : problem === 'integer' ? msg('integer') : msg('number');
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.focus();
        } else {
          input.removeAttribute('aria-invalid');
        }
      });
    });

    backButton.addEventListener('click', function () {
      var answers = readAnswers().answers;
      var result = evaluate(data, answers);
      if (result.path.length === 0) return;
      delete answers[result.path[result.path.length - 1].variable];
      writeAnswers(answers, false);
      render(true);
    });

    restartButton.addEventListener('click', function () {
      writeAnswers({}, false);
      render(true);
    });

    copyButton.addEventListener('click', function () {
      var fallback = function () {
        pathText.hidden = false;
        pathText.focus();
        pathText.select();
        copyStatus.textContent = msg('copy-fallback');
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(lastText).then(function () {
          copyStatus.textContent = msg('copied');
        }, fallback);
      } else {
        fallback();
      }
    });

    window.addEventListener('popstate', function () { render(true); });
    render(false);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
