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
  // Variable.findOption: yes/no answers are yes and no in data; the French spellings of earlier links still work.
  var FRENCH_YES_NO = { oui: 'yes', non: 'no' };

  /*
   * Exact decimals, like BigDecimal in AnswerParser and NumRange: every value is a canonical decimal string
   * ("-2.1", "0", "12") or -Infinity / Infinity for an unbounded side, and comparisons work on the digits, never
   * on binary floating point. Why: a typed "-2,5" must fall on the same side of the bound "-2.5" as in Java, and
   * inputs with more digits than a double holds ("-2.50000000000000001") must not be rounded onto a bound.
   * Bounds arrive as JSON numbers; the shortest text that round-trips a double (String(x)) is exactly the
   * decimal the author wrote whenever it has at most 15 significant digits (bounds have at most 6 decimals).
   */
  function dec(x) {
    if (x === Infinity || x === -Infinity) return x;
    var s = String(x), m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/i.exec(s);
    if (m) { // 1e-7, 1.5e+21: move the point
      var digits = m[2] + (m[3] || ''), point = m[2].length + Number(m[4]);
      while (point <= 0) { digits = '0' + digits; point++; }
      while (point > digits.length) digits += '0';
      s = m[1] + digits.slice(0, point) + (point < digits.length ? '.' + digits.slice(point) : '');
    }
    return canonicalNumber(s);
  }
  /** -1, 0 or 1 as a < b, a = b, a > b (decimal strings or infinities). */
  function cmp(a, b) {
    if (a === b) return 0;
    if (a === -Infinity || b === Infinity) return -1;
    if (a === Infinity || b === -Infinity) return 1;
    var na = a.charAt(0) === '-', nb = b.charAt(0) === '-';
    if (na !== nb) return na ? -1 : 1;
    var c = cmpMagnitude(na ? a.slice(1) : a, nb ? b.slice(1) : b);
    return na ? -c : c;
  }
  function cmpMagnitude(a, b) {
    var pa = a.split('.'), pb = b.split('.');
    if (pa[0].length !== pb[0].length) return pa[0].length < pb[0].length ? -1 : 1;
    if (pa[0] !== pb[0]) return pa[0] < pb[0] ? -1 : 1;
    var fa = pa[1] || '', fb = pb[1] || '', n = Math.max(fa.length, fb.length);
    while (fa.length < n) fa += '0';
    while (fb.length < n) fb += '0';
    return fa === fb ? 0 : (fa < fb ? -1 : 1);
  }
  /** The whole number at or below (floor) or at or above (ceil) a decimal string. */
  function toInteger(x, up) {
    if (x === Infinity || x === -Infinity) return x;
    var neg = x.charAt(0) === '-', p = (neg ? x.slice(1) : x).split('.');
    var whole = BigInt(p[0]);
    if (p[1] && (neg ? !up : up)) whole += 1n;
    return canonicalNumber((neg ? '-' : '') + whole.toString());
  }
  function plus(x, n) { return x === Infinity || x === -Infinity ? x : (BigInt(x) + BigInt(n)).toString(); }

  function range(min, minIn, max, maxIn) {
    return { min: min, minInclusive: minIn, max: max, maxInclusive: maxIn };
  }
  function rangeOfWhen(w) {
    return range(w.min === null ? -Infinity : dec(w.min), w.min !== null && w.minInclusive,
      w.max === null ? Infinity : dec(w.max), w.max !== null && w.maxInclusive);
  }
  function contains(r, v) {
    var lo = cmp(v, r.min), hi = cmp(v, r.max);
    if (r.minInclusive ? lo < 0 : lo <= 0) return false;
    return r.maxInclusive ? hi <= 0 : hi < 0;
  }
  function intersect(a, o) {
    var lo = a.min, loIn = a.minInclusive, hi = a.max, hiIn = a.maxInclusive;
    var cl = cmp(o.min, lo), ch = cmp(o.max, hi);
    if (cl > 0 || (cl === 0 && !o.minInclusive)) { lo = o.min; loIn = o.minInclusive; }
    if (ch < 0 || (ch === 0 && !o.maxInclusive)) { hi = o.max; hiIn = o.maxInclusive; }
    return range(lo, loIn, hi, hiIn);
  }
  function isEmpty(r) {
    var c = cmp(r.min, r.max);
    return c > 0 || (c === 0 && !(r.minInclusive && r.maxInclusive));
  }
  function integers(r) {
    var lo = toInteger(r.min, true), hi = toInteger(r.max, false);
    if (cmp(lo, r.min) === 0 && !r.minInclusive) lo = plus(lo, 1);
    if (cmp(hi, r.max) === 0 && !r.maxInclusive) hi = plus(hi, -1);
    return range(lo, true, hi, true);
  }
  function containsAll(outer, inner) {
    if (isEmpty(inner)) return true;
    var cl = cmp(inner.min, outer.min), ch = cmp(inner.max, outer.max);
    var lowOk = cl > 0 || (cl === 0 && (outer.minInclusive || !inner.minInclusive));
    var highOk = ch < 0 || (ch === 0 && (outer.maxInclusive || !inner.maxInclusive));
    return lowOk && highOk;
  }
  function allowed(v) { return range(dec(v.min), true, dec(v.max), true); }

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
      if (v.type === 'yes-no' && has(FRENCH_YES_NO, value)) value = FRENCH_YES_NO[value];
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
        var num = canonicalNumber(m[2]), x = num;
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
    if (!contains(allowed(v), n)) return { error: 'range' };
    return { answer: { kind: 'exact', value: n, text: n } };
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

  // The answers a query string gives ("?fracture=severe&t_score=le:-1"): {answers, bad: ['name=value', ...]};
  // names that are not variables of the tree are ignored.
  function readQuery(data, search) {
    var answers = {}, bad = [];
    new URLSearchParams(search).forEach(function (value, name) {
      if (!has(data.variables, name)) return;
      var parsed = parseAnswer(data.variables[name], value);
      if (parsed.answer) answers[name] = parsed.answer;
      else bad.push(name + '=' + value);
    });
    return { answers: answers, bad: bad };
  }

  /*
   * The page's public API, tiny and side-effect free: the pure evaluator above, as the page itself uses it, for
   * scripts and for the browser tests that compare it with the Java evaluator on every case (TreePageBrowserTest).
   * data is the JSON of #tree-data; nothing here reads or changes the page.
   */
  window.Vademecum = Object.freeze({ parseAnswer: parseAnswer, readQuery: readQuery, evaluate: evaluate });

  // TreeLabels.number: the minus sign and the language's decimal separator (data-msg-decimal of the page).
  var decimalSeparator = ',';
  function formatNumber(text) {
    return String(text).replace(/-/g, '\u2212').replace('.', decimalSeparator);
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
    decimalSeparator = msg('decimal') || '.';
    var colon = msg('colon');
    var $ = function (selector) { return root.querySelector(selector); };
    var app = $('.tree-app'), progress = $('.tree-progress'), urlError = $('.tree-url-error');
    var backButton = $('.tree-back'), restartButton = $('.tree-restart');
    var summary = $('.tree-summary'), pathList = $('.tree-path'), pathText = $('.tree-path-text');
    var copyStatus = $('.tree-copy-status'), toolbar = $('.tree-toolbar');
    var linksBlock = document.getElementById('tree-links');
    var treeLinks = linksBlock ? JSON.parse(linksBlock.textContent) : {};
    var nodes = {}, current = null, lastText = '', editing = {}, lastRead = {};
    var carriedTitle = $('.tree-carried-title'), carriedList = $('.tree-carried');
    Array.prototype.forEach.call(root.querySelectorAll('.tree-node[data-node]'), function (s) {
      nodes[s.getAttribute('data-node')] = s;
    });

    root.classList.add('tree-js');
    app.hidden = false;
    toolbar.hidden = false;
    Array.prototype.forEach.call(root.querySelectorAll('.tree-howto, .tree-again'), function (e) { e.hidden = true; });
    Object.keys(data.questions).forEach(function (id) {
      var v = data.variables[data.questions[id].variable];
      if (v.type === 'integer' || v.type === 'number') addNumberForm(id, v);
    });

    // The exact-value field: text with inputmode="decimal" (type=number drops a decimal comma in some browsers
    // and cannot hold a minus typed on iOS decimal keypads, which have none): "," or "." as the decimal
    // separator, "-" or "−" as minus, or the ± button next to the field when the range has negatives.
    function addNumberForm(id, v) {
      var section = nodes[id];
      section.insertBefore(el('p', 'tree-range-hint', msg('range-hint')), section.querySelector('.tree-answers'));
      var form = el('form', 'tree-number'), row = el('div', 'tree-number-row'), input = el('input');
      var label = el('label', null, msg('exact') + ' (' + v.label + (v.unit ? ', ' + v.unit : '') + ')');
      var submit = el('button', 'tree-button tree-submit', msg('submit'));
      var error = el('p', 'tree-error');
      form.noValidate = true;
      input.id = label.htmlFor = 'saisie-' + id;
      input.type = 'text';
      input.inputMode = v.type === 'integer' && cmp(dec(v.min), '0') >= 0 ? 'numeric' : 'decimal';
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.setAttribute('autocapitalize', 'off');
      input.setAttribute('enterkeyhint', 'done');
      input.setAttribute('data-number-input', '');
      submit.type = 'submit';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      row.appendChild(input);
      if (cmp(dec(v.min), '0') < 0) {
        var sign = el('button', 'tree-button tree-sign', '±');
        sign.type = 'button';
        sign.setAttribute('aria-label', msg('sign'));
        sign.setAttribute('aria-controls', input.id);
        sign.addEventListener('click', function () {
          var t = input.value.trim();
          input.value = /^[-−]/.test(t) ? t.slice(1) : '-' + t.replace(/^\+/, '');
          input.focus();
        });
        row.appendChild(sign);
      }
      row.appendChild(submit);
      form.appendChild(label);
      form.appendChild(row);
      form.appendChild(error);
      section.insertBefore(form, section.querySelector('.tree-help'));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var raw = input.value;
        var problem = raw.trim() === '' ? (v.type === 'integer' ? 'integer' : 'number') : answer(id, raw);
        if (!problem) return;
        error.textContent = problem === 'range'
          ? msg('range').replace('{min}', formatNumber(dec(v.min))).replace('{max}', formatNumber(dec(v.max)))
          : msg(problem === 'integer' ? 'integer' : 'number');
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      });
    }

    function readAnswers() {
      return readQuery(data, window.location.search);
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
      lastRead = read.answers;
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
      // Nothing to go back to: no disabled buttons on screen (they sit below the question anyway).
      toolbar.classList.toggle('is-idle', result.path.length === 0);
      var section = nodes[current];
      var error = section.querySelector('.tree-error');
      if (error) {
        error.hidden = !result.imprecise;
        error.textContent = result.imprecise ? msg('imprecise') : '';
      }
      var input = section.querySelector('input');
      if (input) {
        var a = read.answers[data.questions[current].variable];
        input.value = a && a.kind === 'exact' ? formatNumber(a.text) : (editing[current] || '');
        input.removeAttribute('aria-invalid');
      }
      editing = {};
      renderSummary(result);
      leadOn(read.answers);
      if (focus) {
        section.querySelector('h2').focus({ preventScroll: true });
        var top = app.getBoundingClientRect().top + window.pageYOffset - 8;
        if (window.pageYOffset > top) window.scrollTo(0, top);
      }
    }

    // Answers in the address that the path has not reached yet (e.g. carried from another tree): listed under
    // the path, each with a button to drop it; the question is asked when reached if dropped.
    function carriedAnswers(result) {
      var on = {};
      result.path.forEach(function (step) { on[step.variable] = 1; });
      return Object.keys(data.variables).filter(function (name) { return lastRead[name] && !on[name]; });
    }

    function carriedLabel(name, a) {
      if (a.kind === 'exact') return formatNumber(a.text) + (data.variables[name].unit ? '\u00a0' + data.variables[name].unit : '');
      if (a.kind === 'choice') {
        var links = root.querySelectorAll('.tree-node a.tree-answer[data-answer]');
        for (var i = 0; i < links.length; i++) {
          var q = data.questions[links[i].closest('.tree-node').getAttribute('data-node')];
          if (q && q.variable === name && links[i].getAttribute('data-answer') === a.value) {
            return links[i].querySelector('.tree-answer-label').textContent;
          }
        }
      }
      return formatNumber(a.text);
    }

    function renderSummary(result) {
      while (pathList.firstChild) pathList.removeChild(pathList.firstChild);
      copyStatus.textContent = '';
      pathText.hidden = true;
      var carried = carriedAnswers(result);
      summary.hidden = result.path.length === 0 && carried.length === 0;
      while (carriedList.firstChild) carriedList.removeChild(carriedList.firstChild);
      carriedList.hidden = carriedTitle.hidden = carried.length === 0;
      carried.forEach(function (name) {
        var li = el('li', 'tree-path-step tree-carried-step');
        li.appendChild(el('span', 'tree-path-answer', data.variables[name].label + colon + carriedLabel(name, lastRead[name])));
        var drop = el('button', 'tree-path-edit', msg('drop'));
        drop.type = 'button';
        drop.setAttribute('data-drop', name);
        drop.setAttribute('aria-label', msg('drop') + colon + data.variables[name].label);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(drop);
        carriedList.appendChild(li);
      });
      var lines = [msg('tree') + colon + data.title];
      result.path.forEach(function (step, i) {
        var text = data.variables[step.variable].label + colon + answerLabel(step);
        var li = el('li', 'tree-path-step');
        li.appendChild(el('span', 'tree-path-answer', text));
        var edit = el('button', 'tree-path-edit', msg('edit'));
        edit.type = 'button';
        edit.setAttribute('data-edit', step.variable);
        edit.setAttribute('aria-label', msg('edit') + colon + data.variables[step.variable].label);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(edit);
        pathList.appendChild(li);
        lines.push((i + 1) + '. ' + text);
      });
      if (result.outcome) {
        var section = nodes[result.outcome];
        var outcome = msg('outcome') + colon + section.querySelector('h2').textContent.trim();
        pathList.appendChild(el('li', 'tree-path-outcome', outcome));
        lines.push(outcome);
        var recs = Array.prototype.map.call(section.querySelectorAll('.rec-card'), function (card) {
          var grade = card.querySelector('.grade-badge');
          return card.querySelector('.rec-title').textContent.trim() + (grade ? ' (' + grade.textContent.trim() + ')' : '');
        });
        lines.push(msg('recommendations') + colon + (recs.length ? recs.join(msg('list-separator')) : msg('no-recommendation')));
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
      var link = event.target.closest && event.target.closest('[data-answer]');
      var section = link && link.closest('.tree-node');
      if (!section || section.getAttribute('data-node') !== current) return;
      event.preventDefault();
      answer(current, link.getAttribute('data-answer'));
    });

    // Links to another tree carry the answers that tree also asks (same variable name, and a valid answer there),
    // so that it opens at its first unanswered question. Without JavaScript the links stay plain.
    function leadOn(answers) {
      Array.prototype.forEach.call(root.querySelectorAll('a[href]'), function (a) {
        var base = a.getAttribute('data-tree-href');
        if (base === null) {
          var url = new URL(a.getAttribute('href'), window.location.href);
          // Another tree's page is a sibling of this one (../<id>/), whatever the trees' folder is called.
          var m = url.origin === window.location.origin && /\/([^/]+)\/$/.exec(url.pathname);
          if (!m || !has(treeLinks, m[1]) || m[1] === data.id
              || new URL('../' + m[1] + '/', window.location.href).pathname !== url.pathname) return;
          base = url.pathname;
          a.setAttribute('data-tree-href', base);
          a.setAttribute('data-tree-target', m[1]);
        }
        var target = treeLinks[a.getAttribute('data-tree-target')], params = new URLSearchParams();
        Object.keys(answers).forEach(function (name) {
          if (!has(target, name)) return;
          var there = parseAnswer(target[name], answers[name].text);
          if (there.answer) params.set(name, there.answer.text);
        });
        var query = params.toString();
        a.setAttribute('href', base + (query ? '?' + query : ''));
      });
    }

    // A step of the path: ask its question again (the later answers stay, and apply again if still on the way).
    pathList.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-edit]');
      if (!button) return;
      var name = button.getAttribute('data-edit'), answers = readAnswers().answers, old = answers[name];
      delete answers[name];
      writeAnswers(answers, false);
      render(true);
      if (old && old.kind === 'exact') editing[current] = formatNumber(old.text);
      var input = nodes[current].querySelector('input');
      if (input && editing[current]) input.value = editing[current];
    });

    summary.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-drop]');
      if (!button) return;
      var answers = readAnswers().answers;
      delete answers[button.getAttribute('data-drop')];
      writeAnswers(answers, false);
      render(true);
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
