/*
 * Decision tree pages (/arbres/<id>/), the JavaScript half of "one evaluator, two runtimes": parseAnswer,
 * matching and evaluate below follow org.vademecum.trees.AnswerParser, NumRange and TreeEvaluator rule for rule,
 * on the JSON written by TreeJson (#tree-data). The browser tests compare both on every case. Keep them in step.
 * Without this script the page still works: every question is a section, every answer a link.
 */
(function () {
  'use strict';

  var INTEGER = /^[-+]?\d+$/;
  var NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;
  var BOUND = /^(lt|le|gt|ge):([-+]?\d+(?:[.,]\d+)?)$/;
  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  function range(min, minIn, max, maxIn) {
    return { min: min, minInclusive: minIn, max: max, maxInclusive: maxIn };
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
    var lo = Math.ceil(r.min), hi = Math.floor(r.max);
    if (lo === r.min && !r.minInclusive) lo += 1;
    if (hi === r.max && !r.maxInclusive) hi -= 1;
    return range(lo, true, hi, true);
  }
  function containsAll(outer, inner) {
    if (isEmpty(inner)) return true;
    var lowOk = inner.min > outer.min || (inner.min === outer.min && (outer.minInclusive || !inner.minInclusive));
    var highOk = inner.max < outer.max || (inner.max === outer.max && (outer.maxInclusive || !inner.maxInclusive));
    return lowOk && highOk;
  }
  function allowed(v) { return range(Number(v.min), true, Number(v.max), true); }

  // AnswerParser.canonicalNumber: no '+', a point, no superfluous zeros.
  function canonicalNumber(text) {
    var t = text.replace(',', '.').replace('+', '');
    var negative = t.charAt(0) === '-';
    if (negative) t = t.slice(1);
    var parts = t.split('.');
    var ip = parts[0].replace(/^0+(?=\d)/, '');
    var fp = parts.length > 1 ? parts[1].replace(/0+$/, '') : '';
    var s = fp ? ip + '.' + fp : ip;
    if (/^0$/.test(s)) negative = false;
    return (negative ? '-' : '') + s;
  }

  // AnswerParser.parse: {answer} or {error: 'option' | 'syntax' | 'range' | 'integer' | 'number'}.
  function parseAnswer(v, text) {
    var t = String(text === null || text === undefined ? '' : text).trim().replace(/\u2212/g, '-');
    if (v.type === 'yes-no' || v.type === 'choice') {
      var value = t.toLowerCase();
      return v.options.indexOf(value) >= 0 ? { answer: { kind: 'choice', value: value, text: value } } : { error: 'option' };
    }
    var integer = v.type === 'integer';
    if (t.indexOf(':') >= 0) {
      var parts = t.split(',');
      if (parts.length > 2) return { error: 'syntax' };
      var r = range(-Infinity, false, Infinity, false), canonical = [];
      for (var j = 0; j < parts.length; j++) {
        var m = BOUND.exec(parts[j].trim());
        if (!m) return { error: 'syntax' };
        var num = canonicalNumber(m[2]), x = Number(num);
        r = intersect(r, m[1] === 'lt' ? range(-Infinity, false, x, false)
          : m[1] === 'le' ? range(-Infinity, false, x, true)
          : m[1] === 'gt' ? range(x, false, Infinity, false) : range(x, true, Infinity, false));
        canonical.push(m[1] + ':' + num);
      }
      var clipped = intersect(r, allowed(v));
      if (integer) clipped = integers(clipped);
      if (isEmpty(clipped)) return { error: 'range' };
      return { answer: { kind: 'range', range: r, text: canonical.join(',') } };
    }
    if (!(integer ? INTEGER : NUMBER).test(t)) return { error: integer ? 'integer' : 'number' };
    var n = canonicalNumber(t);
    if (!contains(allowed(v), Number(n))) return { error: 'range' };
    return { answer: { kind: 'exact', value: Number(n), text: n } };
  }

  // TreeEvaluator.matching: every branch of q that the answer meets.
  function matching(q, v, answer) {
    var out = [];
    q.branches.forEach(function (b) {
      var w = b.when;
      if (has(w, 'is')) {
        if (answer.kind === 'choice' && answer.value === w.is) out.push(b);
      } else if (has(w, 'min')) {
        var br = intersect(rangeOfWhen(w), allowed(v));
        if (answer.kind === 'exact') {
          if (contains(br, answer.value)) out.push(b);
        } else if (answer.kind === 'range') {
          var given = intersect(answer.range, allowed(v));
          if (v.type === 'integer') { given = integers(given); br = integers(br); }
          if (containsAll(br, given)) out.push(b);
        }
      }
    });
    return out;
  }

  // TreeEvaluator.evaluate: {path: [{question, variable, answer, branch}], outcome, pending, imprecise}.
  function evaluate(data, answers) {
    var path = [], id = data.start, guard = Object.keys(data.questions).length + 1;
    while (has(data.questions, id)) {
      if (guard-- === 0) throw new Error('cycle in tree ' + data.id);
      var q = data.questions[id], answer = answers[q.variable];
      if (!answer) return { path: path, outcome: null, pending: id, imprecise: false };
      var matches = matching(q, data.variables[q.variable], answer);
      if (matches.length !== 1) return { path: path, outcome: null, pending: id, imprecise: true };
      path.push({ question: id, variable: q.variable, answer: answer, branch: matches[0] });
      id = matches[0].next;
    }
    return { path: path, outcome: id, pending: null, imprecise: false };
  }

  function formatNumber(text) {
    return String(text).replace(/-/g, '\u2212').replace('.', ',');
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function start() {
    var root = document.querySelector('.tree-page[data-tree]');
    var block = document.getElementById('tree-data');
    if (!root || !block) return;
    var data = JSON.parse(block.textContent);
    var msg = function (name) { return root.getAttribute('data-msg-' + name) || ''; };
    var $ = function (selector) { return root.querySelector(selector); };
    var app = $('.tree-app'), progress = $('.tree-progress'), urlError = $('.tree-url-error');
    var backButton = $('.tree-back'), restartButton = $('.tree-restart');
    var summary = $('.tree-summary'), pathList = $('.tree-path'), pathText = $('.tree-path-text');
    var copyStatus = $('.tree-copy-status');
    var nodes = {}, current = null, lastText = '';
    Array.prototype.forEach.call(root.querySelectorAll('.tree-node[data-node]'), function (s) {
      nodes[s.getAttribute('data-node')] = s;
    });

    root.classList.add('tree-js');
    app.hidden = false;
    Array.prototype.forEach.call(root.querySelectorAll('.tree-howto, .tree-again'), function (e) { e.hidden = true; });
    Object.keys(data.questions).forEach(function (id) {
      var v = data.variables[data.questions[id].variable];
      if (v.type === 'integer' || v.type === 'number') addNumberForm(id, v);
    });

    function addNumberForm(id, v) {
      var section = nodes[id];
      section.insertBefore(el('p', 'tree-range-hint', msg('range-hint')), section.querySelector('.tree-answers'));
      var form = el('form', 'tree-number'), row = el('div', 'tree-number-row'), input = el('input');
      var label = el('label', null, msg('exact') + ' (' + v.label + (v.unit ? ', ' + v.unit : '') + ')');
      var submit = el('button', 'tree-button tree-submit', msg('submit'));
      var error = el('p', 'tree-error');
      form.noValidate = true;
      input.id = label.htmlFor = 'saisie-' + id;
      input.type = 'number';
      input.inputMode = v.type === 'integer' ? 'numeric' : 'decimal';
      input.min = v.min;
      input.max = v.max;
      input.step = v.step;
      input.autocomplete = 'off';
      submit.type = 'submit';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      row.appendChild(input);
      row.appendChild(submit);
      form.appendChild(label);
      form.appendChild(row);
      form.appendChild(error);
      section.insertBefore(form, section.querySelector('.tree-help'));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var raw = input.value === '' && input.validity && input.validity.badInput ? 'x' : input.value;
        var problem = raw === '' ? (v.type === 'integer' ? 'integer' : 'number') : answer(id, raw);
        if (!problem) return;
        error.textContent = problem === 'range'
          ? msg('range').replace('{min}', formatNumber(v.min)).replace('{max}', formatNumber(v.max))
          : msg(problem === 'integer' ? 'integer' : 'number');
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      });
    }

    function readAnswers() {
      var answers = {}, bad = [];
      new URLSearchParams(window.location.search).forEach(function (value, name) {
        if (!has(data.variables, name)) return;
        var parsed = parseAnswer(data.variables[name], value);
        if (parsed.answer) answers[name] = parsed.answer;
        else bad.push(name + '=' + value);
      });
      return { answers: answers, bad: bad };
    }

    function writeAnswers(answers, replace) {
      var params = new URLSearchParams(window.location.search), done = {};
      Object.keys(data.variables).forEach(function (name) { params.delete(name); });
      evaluate(data, answers).path.forEach(function (s) { params.set(s.variable, s.answer.text); done[s.variable] = 1; });
      Object.keys(answers).forEach(function (name) { if (!done[name]) params.set(name, answers[name].text); });
      var query = params.toString();
      var url = window.location.pathname + (query ? '?' + query : '');
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }

    function answerLabel(step) {
      var v = data.variables[step.variable], a = step.answer;
      if (a.kind === 'exact') return formatNumber(a.text) + (v.unit ? '\u00a0' + v.unit : '');
      var value = a.kind === 'choice' ? a.value : step.branch.range;
      var links = nodes[step.question].querySelectorAll('a.tree-answer');
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute('data-value') === value) return links[i].querySelector('.tree-answer-label').textContent;
      }
      return a.text;
    }

    function render(focus) {
      var read = readAnswers();
      urlError.hidden = read.bad.length === 0;
      if (read.bad.length) {
        urlError.textContent = msg('url') + ' ' + read.bad.join(', ');
        writeAnswers(read.answers, true);
      }
      var result = evaluate(data, read.answers);
      current = result.outcome || result.pending;
      Object.keys(nodes).forEach(function (id) {
        nodes[id].hidden = id !== current;
        nodes[id].classList.toggle('is-current', id === current);
      });
      root.setAttribute('data-current', current);
      if (result.outcome) root.setAttribute('data-outcome', result.outcome);
      else root.removeAttribute('data-outcome');
      progress.textContent = result.outcome ? msg('outcome') : msg('step') + ' ' + (result.path.length + 1);
      backButton.disabled = restartButton.disabled = result.path.length === 0;
      var section = nodes[current];
      var error = section.querySelector('.tree-error');
      if (error) {
        error.hidden = !result.imprecise;
        error.textContent = result.imprecise ? msg('imprecise') : '';
      }
      var input = section.querySelector('input');
      if (input) {
        var a = read.answers[data.questions[current].variable];
        input.value = a && a.kind === 'exact' ? a.text : '';
        input.removeAttribute('aria-invalid');
      }
      renderSummary(result);
      if (focus) {
        section.querySelector('h2').focus({ preventScroll: true });
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
        var text = data.variables[step.variable].label + ' : ' + answerLabel(step);
        pathList.appendChild(el('li', null, text));
        lines.push((i + 1) + '. ' + text);
      });
      if (result.outcome) {
        var section = nodes[result.outcome];
        var outcome = msg('outcome') + ' : ' + section.querySelector('h2').textContent.trim();
        pathList.appendChild(el('li', 'tree-path-outcome', outcome));
        lines.push(outcome);
        var recs = Array.prototype.map.call(section.querySelectorAll('.rec-card'), function (card) {
          var grade = card.querySelector('.grade-badge');
          return card.querySelector('.rec-title').textContent.trim() + (grade ? ' (' + grade.textContent.trim() + ')' : '');
        });
        lines.push(msg('recommendations') + ' : ' + (recs.length ? recs.join(' ; ') : msg('no-recommendation')));
      }
      lines.push(window.location.href);
      lastText = pathText.value = lines.join('\n');
    }

    function answer(id, text) {
      var variable = data.questions[id].variable;
      var parsed = parseAnswer(data.variables[variable], text);
      if (!parsed.answer) return parsed.error;
      var answers = readAnswers().answers;
      answers[variable] = parsed.answer;
      writeAnswers(answers, false);
      render(true);
      return null;
    }

    root.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a.tree-answer');
      var section = link && link.closest('.tree-node');
      if (!section || section.getAttribute('data-node') !== current) return;
      event.preventDefault();
      answer(current, link.getAttribute('data-value'));
    });

    backButton.addEventListener('click', function () {
      var answers = readAnswers().answers, path = evaluate(data, answers).path;
      if (!path.length) return;
      delete answers[path[path.length - 1].variable];
      writeAnswers(answers, false);
      render(true);
    });

    restartButton.addEventListener('click', function () {
      writeAnswers({}, false);
      render(true);
    });

    // Copy with the Clipboard API; otherwise (or if refused) show the text selected, for a manual copy.
    $('.tree-copy').addEventListener('click', function () {
      var fallback = function () {
        pathText.hidden = false;
        pathText.focus();
        pathText.select();
        copyStatus.textContent = msg('copy-fallback');
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(lastText).then(function () { copyStatus.textContent = msg('copied'); }, fallback);
      } else {
        fallback();
      }
    });

    window.addEventListener('popstate', function () { render(true); });
    render(false);
    // A link with answers opens at the point it was shared from.
    if (root.hasAttribute('data-outcome') || evaluate(data, readAnswers().answers).path.length) app.scrollIntoView();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
