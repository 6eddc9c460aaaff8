/*
 * Vademecum search: reads the index under /search/ (built by org.vademecum.search.SearchIndexBuilder) and answers
 * queries as you type, with the search rules of the page's language (<html lang>: French or English). The entry
 * file /search/index.json holds the vocabulary and the maps of the other files; a query then fetches only the
 * postings shards of its terms and the document chunks of the results it shows. No dependencies, no inline
 * script, no innerHTML with index text.
 *
 * LOCKSTEP: fold/tokens/stem/normalise below mirror org.vademecum.search.SearchNormalizer, FrenchNormalizer and
 * EnglishNormalizer exactly. Change both together; src/test/resources/search/normalisation-cases*.tsv are checked
 * against both.
 */
(function () {
  'use strict';

  var NORMALISER_VERSION = 1;
  var FORMAT_VERSION = 3;

  // ---------------------------------------------------------------- normaliser (lockstep with Java)
  function set(words) {
    var s = Object.create(null);
    words.split(' ').forEach(function (w) { s[w] = true; });
    return s;
  }
  // One set of rules per site language, picked like SearchNormalizer.forLanguage: English for en and en-*,
  // French otherwise.
  var FRENCH = {
    elisions: set('l d j qu n s c m t jusqu lorsqu puisqu quoiqu'),
    contractions: Object.create(null),
    stopWords: set('a au aux avec ce ces cet cette dans de des du elle elles en est et il ils la le les ' +
        'leur leurs lui ne ou par pas pour que qui sa se ses son sont sur un une y'),
    stem: frenchStem
  };
  var ENGLISH = {
    elisions: Object.create(null),
    contractions: set('s t d ll m re ve'),
    stopWords: set('a an and are as at be been but by for from has have if in into is it its of on or than that ' +
        'the their then there these they this those to was were which with'),
    stem: englishStem
  };
  function rulesFor(language) {
    return /^en(-|$)/i.test(language || '') ? ENGLISH : FRENCH;
  }
  var RULES = rulesFor(document.documentElement.getAttribute('lang'));

  function fold(text) {
    var s = String(text).normalize('NFKD').toLowerCase();
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var code = s.charCodeAt(i);
      if (code >= 0x300 && code <= 0x36f) continue;
      if (c === '\u0153') out += 'oe';
      else if (c === '\u00e6') out += 'ae';
      else if (c === '\u00df') out += 'ss';
      else if (c === '\u00f8') out += 'o';
      else out += c;
    }
    return out;
  }

  function isWordChar(c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  function isApostrophe(c) {
    return c === '\'' || c === '\u2019' || c === '\u02bc';
  }
  function isHyphen(c) {
    return c === '-' || c === '\u2010' || c === '\u2011';
  }

  /** Folded words, elisions and contractions removed, stop words kept: [{text, joined}]. */
  function rawTokens(text, rules) {
    var elisions = (rules || RULES).elisions;
    var contractions = (rules || RULES).contractions;
    var s = fold(text);
    var tokens = [];
    var i = 0;
    var n = s.length;
    while (i < n) {
      if (!isWordChar(s.charAt(i))) { i++; continue; }
      var start = i;
      while (i < n && isWordChar(s.charAt(i))) i++;
      var word = s.substring(start, i);
      var elided = i + 1 < n && isApostrophe(s.charAt(i)) && isWordChar(s.charAt(i + 1)) && elisions[word] === true;
      var contracted = start >= 2 && isApostrophe(s.charAt(start - 1)) && isWordChar(s.charAt(start - 2)) &&
          contractions[word] === true;
      if (elided || contracted) continue;
      var joined = i + 1 < n && isHyphen(s.charAt(i)) && isWordChar(s.charAt(i + 1));
      tokens.push({ text: word, joined: joined });
    }
    return tokens;
  }

  function hasDigit(w) {
    return /[0-9]/.test(w);
  }

  function endsWith(w, suffix) {
    return w.length >= suffix.length && w.substring(w.length - suffix.length) === suffix;
  }

  /** FrenchNormalizer.stem. */
  function frenchStem(word) {
    var w = word;
    if (w.length <= 3 || hasDigit(w)) return w;
    if (endsWith(w, 'eaux') || endsWith(w, 'eux') || endsWith(w, 'oux')) w = w.substring(0, w.length - 1);
    else if (endsWith(w, 'aux') && w.length >= 5) w = w.substring(0, w.length - 3) + 'al';
    else if (endsWith(w, 's') && !endsWith(w, 'ss')) w = w.substring(0, w.length - 1);
    if (endsWith(w, 'euse')) w = w.substring(0, w.length - 4) + 'eu';
    else if (endsWith(w, 'ive')) w = w.substring(0, w.length - 3) + 'if';
    else if (endsWith(w, 'ee') && w.length >= 5) w = w.substring(0, w.length - 2);
    else if (endsWith(w, 'e') && w.length >= 5) w = w.substring(0, w.length - 1);
    var n = w.length;
    var last = w.charAt(n - 1);
    if (n >= 4 && last === w.charAt(n - 2) && last >= 'a' && last <= 'z') w = w.substring(0, n - 1);
    return w;
  }

  /** EnglishNormalizer.stem. */
  function englishStem(word) {
    var w = word;
    if (w.length <= 3 || hasDigit(w)) return w;
    if (endsWith(w, 'ies') && w.length >= 5) w = w.substring(0, w.length - 3) + 'y';
    else if (endsWith(w, 'sses') || endsWith(w, 'xes') || endsWith(w, 'ches') || endsWith(w, 'shes') ||
        endsWith(w, 'zzes')) w = w.substring(0, w.length - 2);
    else if (endsWith(w, 's') && !endsWith(w, 'ss') && !endsWith(w, 'us') && !endsWith(w, 'is')) {
      w = w.substring(0, w.length - 1);
    }
    if (endsWith(w, 'ied') && w.length >= 5) {
      w = w.substring(0, w.length - 3) + 'y';
    } else if ((endsWith(w, 'ing') && w.length - 3 >= 4) || (endsWith(w, 'ed') && w.length - 2 >= 4)) {
      w = w.substring(0, w.length - (endsWith(w, 'ing') ? 3 : 2));
      var n = w.length;
      var last = w.charAt(n - 1);
      if (last === w.charAt(n - 2) && 'lsz'.indexOf(last) < 0 && last >= 'a' && last <= 'z' &&
          'aeiou'.indexOf(last) < 0) w = w.substring(0, n - 1);
    }
    if (endsWith(w, 'e') && w.length >= 5) w = w.substring(0, w.length - 1);
    return w;
  }

  function stem(word, rules) {
    return (rules || RULES).stem(word);
  }

  /** [{word, term}] of a query: stop words dropped, term stemmed. */
  function queryTokens(text, rules) {
    var r = rules || RULES;
    var out = [];
    rawTokens(text, r).forEach(function (t) {
      if (r.stopWords[t.text] !== true) out.push({ word: t.text, term: r.stem(t.text) });
    });
    return out;
  }

  /** Query terms, as SearchNormalizer.queryTerms. */
  function normalise(text, rules) {
    return queryTokens(text, rules).map(function (t) { return t.term; });
  }

  function words(text) {
    return rawTokens(text).map(function (t) { return t.text; });
  }

  // ---------------------------------------------------------------- index
  /** Sorted terms from their front-coded form (SearchIndexBuilder.frontCoded): a capital gives the shared length. */
  function decodeTerms(coded) {
    var terms = [];
    var previous = '';
    var i = 0;
    while (i < coded.length) {
      var j = i + 1;
      while (j < coded.length && (coded.charCodeAt(j) < 65 || coded.charCodeAt(j) > 90)) j++;
      previous = previous.substring(0, coded.charCodeAt(i) - 65) + coded.substring(i + 1, j);
      terms.push(previous);
      i = j;
    }
    return terms;
  }

  /** [{first, count}] of parts that hold consecutive items, from how many each holds. */
  function parts(counts) {
    var out = [];
    var first = 0;
    counts.forEach(function (count) { out.push({ first: first, count: count }); first += count; });
    return out;
  }

  /** Position in parts (from parts()) of the part that holds item i. */
  function partOf(list, i) {
    var lo = 0;
    var hi = list.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (list[mid].first <= i) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  /** Postings weight (SearchIndexBuilder.weight): score times 4 plus how often the term is in the title. */
  var TITLE_COUNT_BITS = 2;
  var TITLE_COUNT_MASK = 3;
  var KIND_BITS = 16;

  /**
   * The index read from its entry file (format: SearchIndexBuilder); folder is the URL of the index's folder.
   * The vocabulary (by first character), the postings and the documents are fetched as queries need them.
   */
  function Index(data, folder) {
    if (data.v !== FORMAT_VERSION || data.n !== NORMALISER_VERSION) {
      throw new Error('search index version ' + data.v + '/' + data.n + ' not supported');
    }
    this.folder = folder;
    this.hash = data.h;
    this.kinds = data.k;
    this.grades = data.g || {};
    this.count = data.dk.length;
    var codes = Object.keys(data.k);
    this.docKinds = new Array(this.count);
    this.titleLengths = new Uint16Array(this.count);
    this.boosts = new Float64Array(this.count);
    for (var d = 0; d < this.count; d++) {
      var code = codes[data.dk[d] % KIND_BITS];
      this.docKinds[d] = code;
      this.titleLengths[d] = Math.floor(data.dk[d] / KIND_BITS);
      this.boosts[d] = data.k[code] ? data.k[code][1] : 1;
    }
    // vocabulary parts by first character: char -> {part, first, count}
    this.letters = new Map();
    var first = 0;
    var self = this;
    data.t.forEach(function (entry, part) {
      self.letters.set(entry[0], { part: part, first: first, count: entry[1] });
      first += entry[1];
    });
    this.terms = new Array(first);
    this.termIndex = new Map();
    this.shards = parts(data.p);
    this.chunks = parts(data.d);
    this.files = new Map();
    this.rawPostings = new Array(first);
    this.postings = new Array(first);
    this.docs = new Array(this.count);
    this.titles = null;
    this.memo = new Map();
    // synonym phrases by first term: term -> [{group, phrase, tokens}]; numbers: term number of each token or -1
    this.groups = data.s.map(function (g, gi) {
      return g.map(function (p, pi) { return { tokens: p.split(' '), numbers: data.sn[gi][pi] }; });
    });
    this.phrasesByFirst = new Map();
    this.groups.forEach(function (group, gi) {
      group.forEach(function (ph, pi) {
        var list = self.phrasesByFirst.get(ph.tokens[0]);
        if (!list) self.phrasesByFirst.set(ph.tokens[0], list = []);
        list.push({ group: gi, phrase: pi, tokens: ph.tokens });
      });
    });
  }

  /** One file of the index folder, fetched once (a failed fetch is tried again next time). */
  Index.prototype.file = function (kind, n) {
    var name = this.hash + '-' + kind + (n === undefined ? '' : n) + '.json';
    var files = this.files;
    var p = files.get(name);
    if (!p) {
      p = fetchJson(new URL(name, this.folder).href);
      p.catch(function () { files.delete(name); });
      files.set(name, p);
    }
    return p;
  };

  /** Fetches the parts of kind ('p' or 'd', list from parts()) that hold the given items into store. */
  Index.prototype.fill = function (kind, list, store, items) {
    var self = this;
    var wanted = new Set();
    items.forEach(function (i) { if (store[i] === undefined) wanted.add(partOf(list, i)); });
    return Promise.all(Array.from(wanted).map(function (part) {
      return self.file(kind, part).then(function (values) {
        for (var j = 0; j < values.length; j++) store[list[part].first + j] = values[j];
      });
    }));
  };

  /** Fetches the terms that start with the given characters. */
  Index.prototype.loadLetters = function (chars) {
    var self = this;
    var wanted = new Set();
    chars.forEach(function (c) {
      var letter = self.letters.get(c);
      if (letter && self.terms[letter.first] === undefined) wanted.add(letter);
    });
    return Promise.all(Array.from(wanted).map(function (letter) {
      return self.file('t', letter.part).then(function (coded) {
        var terms = decodeTerms(coded);
        for (var j = 0; j < terms.length; j++) {
          self.terms[letter.first + j] = terms[j];
          self.termIndex.set(terms[j], letter.first + j);
        }
      });
    }));
  };

  /** Fetches the postings of the given term numbers. */
  Index.prototype.loadTerms = function (terms) {
    return this.fill('p', this.shards, this.rawPostings, terms);
  };

  /** Fetches the rows (url, kind, title, context, badge, text) of the given documents. */
  Index.prototype.loadDocs = function (docs) {
    return this.fill('d', this.chunks, this.docs, docs);
  };

  /** Fetches every document's title (for proposals when a query finds nothing). */
  Index.prototype.loadTitles = function () {
    var self = this;
    return this.file('titles').then(function (titles) { self.titles = titles; });
  };

  /**
   * Runs a query once what it needs is fetched: the terms that start like its words (and like their second
   * letter, where typos are looked for), the postings of its candidate terms and of the synonym phrases it brings
   * in, then the rows of the first `shown` results (all by default). Resolves to what search() returns.
   */
  Index.prototype.run = function (query, limit, shown) {
    var self = this;
    var chars = [];
    queryTokens(query).forEach(function (token) {
      chars.push(token.term.charAt(0));
      if (token.word.length >= 5) chars.push(token.term.charAt(1));
    });
    return this.loadLetters(chars).then(function () {
      return self.loadTerms(self.termsOf(query));
    }).then(function () {
      var found = self.search(query, limit);
      var first = found.results.slice(0, shown === undefined ? found.results.length : shown);
      return self.loadDocs(first.map(function (r) { return r.doc; })).then(function () { return found; });
    });
  };

  /** Term numbers whose postings a query reads: every candidate of its words, every term of its synonym phrases. */
  Index.prototype.termsOf = function (query) {
    var self = this;
    var tokens = queryTokens(query);
    var out = [];
    tokens.forEach(function (token, c) {
      self.candidates(token, c === tokens.length - 1).forEach(function (cand) { out.push(cand[0]); });
    });
    this.synonymMatches(tokens.map(function (t) { return t.term; })).forEach(function (m) {
      self.groups[m.group].forEach(function (alt) {
        alt.numbers.forEach(function (i) { if (i >= 0) out.push(i); });
      });
    });
    return out;
  };

  /**
   * Where the query's terms hold a phrase of a glossary synonym group: the whole phrase, or (as you type) at
   * least its first two words at the end of the query. [{at, length, whole, group, phrase}]
   */
  Index.prototype.synonymMatches = function (terms) {
    var out = [];
    for (var i = 0; i < terms.length; i++) {
      (this.phrasesByFirst.get(terms[i]) || []).forEach(function (ph) {
        var t = 0;
        while (t < ph.tokens.length && i + t < terms.length && terms[i + t] === ph.tokens[t]) t++;
        var whole = t === ph.tokens.length;
        if (whole || (t >= 2 && i + t === terms.length)) {
          out.push({ at: i, length: t, whole: whole, group: ph.group, phrase: ph.phrase });
        }
      });
    }
    return out;
  };

  /**
   * Decoded postings of term i (fetched) as an Int32Array [doc, weight, doc, weight...]. Stored form
   * (SearchIndexBuilder.postings): [k, k delta-coded docs with the default weight (score 2, not in the title),
   * then (delta-coded doc, weight) pairs].
   */
  Index.prototype.postingsOf = function (i) {
    var p = this.postings[i];
    if (p) return p;
    var raw = this.rawPostings[i];
    var k = raw[0];
    var pairs = (raw.length - 1 - k) / 2;
    p = new Int32Array(2 * (k + pairs));
    var doc = 0;
    var o = 0;
    for (var j = 1; j <= k; j++) {
      doc += raw[j];
      p[o++] = doc;
      p[o++] = 2 << TITLE_COUNT_BITS;
    }
    doc = 0;
    for (j = k + 1; j < raw.length; j += 2) {
      doc += raw[j];
      p[o++] = doc;
      p[o++] = raw[j + 1];
    }
    this.postings[i] = p;
    return p;
  };

  Index.prototype.idf = function (i) {
    var raw = this.rawPostings[i];
    var df = raw[0] + (raw.length - 1 - raw[0]) / 2;
    return Math.log(1 + this.count / df);
  };

  /** [first, end) term numbers of the terms that start with character c (fetched by loadLetters). */
  Index.prototype.range = function (c) {
    var letter = this.letters.get(c);
    return letter ? [letter.first, letter.first + letter.count] : [0, 0];
  };

  /** The first term number, among those that start like prefix, whose term is not below prefix. */
  Index.prototype.lowerBound = function (prefix) {
    var range = this.range(prefix.charAt(0));
    var lo = range[0];
    var hi = range[1];
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (this.terms[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  var ROW0 = new Int32Array(64);
  var ROW1 = new Int32Array(64);
  var ROW2 = new Int32Array(64);
  var FAR = 99;

  /**
   * Optimal-string-alignment distance between a and b (or between a and the best prefix of b when asPrefix),
   * or k + 1 when it exceeds k. Banded dynamic programming on preallocated rows (words up to 62 letters).
   */
  function distance(a, b, k, asPrefix) {
    var m = a.length;
    var n = asPrefix ? Math.min(b.length, m + k) : b.length;
    if (!asPrefix && Math.abs(m - n) > k) return k + 1;
    if (asPrefix && n < m - k) return k + 1;
    if (m > 62 || n > 62) return k + 1;
    var prev2 = ROW0;
    var prev = ROW1;
    var cur = ROW2;
    for (var j = 0; j <= n; j++) prev[j] = j <= k ? j : FAR;
    for (var i = 1; i <= m; i++) {
      var lo = Math.max(1, i - k);
      var hi = Math.min(n, i + k);
      cur[0] = i <= k ? i : FAR;
      if (lo > 1) cur[lo - 1] = FAR;
      var rowMin = cur[0];
      var ai = a.charCodeAt(i - 1);
      for (j = lo; j <= hi; j++) {
        var bj = b.charCodeAt(j - 1);
        var v = prev[j - 1] + (ai === bj ? 0 : 1);
        var del = prev[j] + 1;
        if (j > i + k - 1) del = FAR;
        if (del < v) v = del;
        var ins = cur[j - 1] + 1;
        if (ins < v) v = ins;
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) {
          v = prev2[j - 2] + 1;
        }
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (hi < n) cur[hi + 1] = FAR;
      if (rowMin > k) return k + 1;
      var tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }
    if (!asPrefix) return prev[n] > k ? k + 1 : prev[n];
    var best = k + 1;
    for (j = Math.max(0, m - k); j <= Math.min(n, m + k); j++) if (prev[j] < best) best = prev[j];
    return best;
  }

  /** Index terms that a query token stands for: [[termIndex, quality]] (remembered for the last few words). */
  Index.prototype.candidates = function (token, isLast) {
    var key = (isLast ? '1 ' : '0 ') + token.word + ' ' + token.term;
    var out = this.memo.get(key);
    if (!out) {
      if (this.memo.size >= 64) this.memo.clear();
      this.memo.set(key, out = this.findCandidates(token, isLast));
    }
    return out;
  };

  Index.prototype.findCandidates = function (token, isLast) {
    var q = token.term;
    var out = [];
    var seen = new Set();
    var exact = this.termIndex.get(q);
    if (exact !== undefined) { out.push([exact, 1]); seen.add(exact); }
    if (q.length >= 2) {
      var last = this.range(q.charAt(0))[1];
      for (var i = this.lowerBound(q); i < last && this.terms[i].lastIndexOf(q, 0) === 0; i++) {
        if (i !== exact) { out.push([i, 0.4 + 0.35 * q.length / this.terms[i].length]); seen.add(i); }
      }
    }
    // one typo (two in long words) when the word is not in the index; while typing the last word, only when
    // nothing starts with it either. Typos are looked for among the words that start with the query's first or
    // second letter (a contiguous range each, the terms being sorted): a slip on the very first letter is rare.
    if (exact === undefined && !(isLast && out.length > 0) && token.word.length >= 5 && !hasDigit(q)) {
      var k = token.word.length >= 8 ? 2 : 1;
      var prefixFuzzy = isLast && out.length === 0;
      var firsts = q.charAt(0) === q.charAt(1) ? [q.charAt(0)] : [q.charAt(0), q.charAt(1)];
      for (var f = 0; f < firsts.length; f++) {
        var range = this.range(firsts[f]);
        for (i = range[0]; i < range[1]; i++) {
          if (seen.has(i)) continue;
          var t = this.terms[i];
          var d = distance(q, t, k, false);
          if (d <= k) {
            out.push([i, d === 1 ? 0.6 : 0.45]);
          } else if (prefixFuzzy && t.length > q.length - k) {
            d = distance(q, t, k, true);
            if (d <= k) out.push([i, d === 1 ? 0.4 : 0.3]);
          }
        }
      }
    }
    return out;
  };

  var SYNONYM_QUALITY = 0.85;
  var PARTIAL_SYNONYM_QUALITY = 0.6;
  /** How many of the best candidates get the title-coverage bonus. */
  var RERANK = 200;
  /** Bonus for a title made only of the query's words (score x 1.3). */
  var TITLE_COVERAGE = 0.3;

  /**
   * Runs a query. Returns {terms, matched: Set of index terms that matched, results: [{doc, score, matched}]}
   * in rank order: documents matching every query word first, then by score.
   */
  Index.prototype.search = function (query, limit) {
    var tokens = queryTokens(query);
    var result = { terms: tokens.map(function (t) { return t.term; }), matched: new Set(), results: [] };
    var matchedNumbers = new Set();
    if (tokens.length === 0) return result;
    var n = this.count;
    var scores = [];
    var touched = [];
    var mark = new Uint8Array(n);
    var self = this;

    function add(clause, doc, value) {
      if (value > clause[doc]) {
        clause[doc] = value;
        if (!mark[doc]) { mark[doc] = 1; touched.push(doc); }
      }
    }

    tokens.forEach(function (token, c) {
      var clause = new Float32Array(n);
      scores.push(clause);
      var cands = self.candidates(token, c === tokens.length - 1);
      // one weight per query word: that of the word itself, else of its most common variant (a rare misspelt
      // neighbour must not outweigh the word the reader meant)
      var idf = Infinity;
      cands.forEach(function (cand) { idf = cand[1] === 1 ? self.idf(cand[0]) : Math.min(idf, self.idf(cand[0])); });
      var exactCand = cands.filter(function (cand) { return cand[1] === 1; })[0];
      if (exactCand) idf = self.idf(exactCand[0]);
      cands.forEach(function (cand) {
        var p = self.postingsOf(cand[0]);
        result.matched.add(self.terms[cand[0]]);
        matchedNumbers.add(cand[0]);
        for (var j = 0; j < p.length; j += 2) add(clause, p[j], (p[j + 1] >> TITLE_COUNT_BITS) * cand[1] * idf);
      });
    });

    // synonyms: a phrase of the query found in a glossary group also matches the group's other phrases
    this.synonymMatches(result.terms).forEach(function (m) {
      var quality = m.whole ? SYNONYM_QUALITY : PARTIAL_SYNONYM_QUALITY;
      self.groups[m.group].forEach(function (alt, ai) {
        if (ai === m.phrase) return;
        self.phraseScores(alt, result.matched, matchedNumbers).forEach(function (value, doc) {
          for (var c = m.at; c < m.at + m.length; c++) add(scores[c], doc, value * quality);
        });
      });
    });

    // rank: documents matching every query word first, then by score; only the best RERANK are fully ordered
    var keys = new Float64Array(touched.length);
    var totals = new Float64Array(touched.length);
    var counts = new Uint8Array(touched.length);
    for (var x = 0; x < touched.length; x++) {
      var doc = touched[x];
      var count = 0;
      var total = 0;
      for (var c = 0; c < scores.length; c++) {
        var v = scores[c][doc];
        if (v > 0) { count++; total += v; }
      }
      totals[x] = total * this.boosts[doc];
      counts[x] = count;
      keys[x] = count * 1e9 + totals[x];
    }
    var threshold = -1;
    if (touched.length > RERANK) {
      var sortedKeys = keys.slice().sort();
      threshold = sortedKeys[sortedKeys.length - RERANK];
    }
    var ranked = [];
    for (x = 0; x < touched.length; x++) {
      if (keys[x] >= threshold) ranked.push({ doc: touched[x], count: counts[x], score: totals[x] });
    }
    // a title mostly made of the query's words beats a long title that merely contains one: the postings of the
    // matched terms say how often each is in a title, the entry file how many terms each title has
    var titleHits = new Uint16Array(n);
    matchedNumbers.forEach(function (i) {
      var p = self.postingsOf(i);
      for (var j = 0; j < p.length; j += 2) titleHits[p[j]] += p[j + 1] & TITLE_COUNT_MASK;
    });
    ranked.forEach(function (r) {
      var length = self.titleLengths[r.doc];
      if (length > 0) r.score *= 1 + TITLE_COVERAGE * titleHits[r.doc] / length;
    });
    ranked.sort(function (a, b) { return b.count - a.count || b.score - a.score || a.doc - b.doc; });
    result.total = touched.length;
    result.results = ranked.slice(0, limit || 50);
    return result;
  };

  /** Kinds whose titles make good "did you mean" proposals, best first. */
  var CLOSEST_KINDS = ['glossaire', 'arbre', 'recommandation', 'page', 'sequence', 'facteurs', 'section'];

  /**
   * For a query that found nothing (issue 8): documents whose title has a word close to a word of the query
   * (edit distance, or the query word as a mistyped prefix), nearest first, glossary terms before pages:
   * [{doc, distance}], at most max, one per title. Needs loadTitles().
   */
  Index.prototype.closest = function (query, max) {
    var qs = words(query).map(fold).filter(function (w) { return w.length >= 3 && w.length <= 62; });
    var found = [], seenTitle = Object.create(null);
    if (qs.length === 0) return found;
    for (var doc = 0; doc < this.count; doc++) {
      var title = this.titles[doc], rank = CLOSEST_KINDS.indexOf(this.docKinds[doc]);
      if (rank < 0 || seenTitle[title]) continue;
      var best = 99;
      words(title).map(fold).forEach(function (w) {
        if (w.length < 3 || w.length > 62) return;
        qs.forEach(function (q) {
          var k = Math.max(1, Math.min(3, Math.floor(q.length / 3)));
          var v = Math.min(distance(q, w, k, false), q.length >= 4 ? distance(q, w, k, true) + 0.5 : 99);
          if (v <= k && v < best) best = v;
        });
      });
      if (best < 99) {
        seenTitle[title] = true;
        found.push({ doc: doc, distance: best, rank: rank, length: title.length });
      }
    }
    found.sort(function (a, b) { return a.distance - b.distance || a.rank - b.rank || a.length - b.length || a.doc - b.doc; });
    return found.slice(0, max);
  };

  /**
   * Map doc -> mean score of a phrase ({tokens, numbers}) whose every term is in the doc (exact terms only); adds
   * its terms to matched and their numbers to matchedNumbers.
   */
  Index.prototype.phraseScores = function (phrase, matched, matchedNumbers) {
    var out = new Map();
    var sums = null;
    var hits = null;
    var tokens = phrase.tokens;
    for (var t = 0; t < tokens.length; t++) {
      if (phrase.numbers[t] < 0) return out;
    }
    if (!this.scratch) {
      this.scratch = { sums: new Float64Array(this.count), hits: new Uint8Array(this.count) };
    }
    sums = this.scratch.sums;
    hits = this.scratch.hits;
    var first = null;
    for (t = 0; t < tokens.length; t++) {
      var ti = phrase.numbers[t];
      matched.add(tokens[t]);
      matchedNumbers.add(ti);
      var idf = this.idf(ti);
      var p = this.postingsOf(ti);
      if (t === 0) first = p;
      for (var j = 0; j < p.length; j += 2) {
        if (hits[p[j]] === t) { hits[p[j]] = t + 1; sums[p[j]] += (p[j + 1] >> TITLE_COUNT_BITS) * idf; }
      }
    }
    for (j = 0; j < first.length; j += 2) {
      var doc = first[j];
      if (hits[doc] === tokens.length) out.set(doc, sums[doc] / tokens.length);
      hits[doc] = 0;
      sums[doc] = 0;
    }
    return out;
  };

  // ---------------------------------------------------------------- loading
  var script = document.currentScript;
  var siteRoot = new URL('..', script && script.src ? script.src : location.href);
  var indexPromise = null;

  function load() {
    if (!indexPromise) {
      var folder = new URL('search/', siteRoot);
      indexPromise = fetchJson(new URL('index.json', folder).href)
          .then(function (data) { return new Index(data, folder.href); });
      indexPromise.catch(function () { indexPromise = null; });
    }
    return indexPromise;
  }

  /** Root-relative index url -> href under the site root (the site may live in a sub-folder). */
  function href(url) {
    return siteRoot.pathname + url.replace(/^\//, '');
  }

  // ---------------------------------------------------------------- highlighting (DOM only)
  var WORD_RUN = /[\p{L}\p{N}]+/gu;

  function isMatch(run, matched) {
    var toks = rawTokens(run);
    for (var i = 0; i < toks.length; i++) {
      if (matched.has(stem(toks[i].text))) return true;
    }
    return false;
  }

  /** [{start, end}] of the words of text that matched. */
  function matchRanges(text, matched) {
    var ranges = [];
    var m;
    WORD_RUN.lastIndex = 0;
    while ((m = WORD_RUN.exec(text)) !== null) {
      if (isMatch(m[0], matched)) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    return ranges;
  }

  /** Appends text to parent with the matched words in <mark>; returns parent. */
  function appendHighlighted(parent, text, matched) {
    var pos = 0;
    matchRanges(text, matched).forEach(function (r) {
      if (r.start > pos) parent.appendChild(document.createTextNode(text.substring(pos, r.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(r.start, r.end);
      parent.appendChild(mark);
      pos = r.end;
    });
    if (pos < text.length) parent.appendChild(document.createTextNode(text.substring(pos)));
    return parent;
  }

  /** A window of about max characters of text around its first matched word. */
  function snippet(text, matched, max) {
    if (text.length <= max) return text;
    var ranges = matchRanges(text, matched);
    var start = 0;
    if (ranges.length > 0 && ranges[0].end > max - 20) {
      start = text.lastIndexOf(' ', Math.max(0, ranges[0].start - 40)) + 1;
    }
    var end = start + max;
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      end = space > start + max / 2 ? space : end;
    }
    return (start > 0 ? '… ' : '') + text.substring(start, end).replace(/\s*…$/, '') + (end < text.length ? ' …' : '');
  }

  function describe(index, hit) {
    var d = index.docs[hit.doc];
    var kind = index.kinds[d[1]];
    return { url: d[0], kind: d[1], kindLabel: kind ? kind[0] : d[1], title: d[2], context: d[3], badge: d[4],
      grade: index.grades[d[4]] || null, text: d[5] };
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  /** Kind label, badge and context, as one line of text elements. */
  function metaLine(item) {
    var meta = el('span', 'search-meta');
    meta.appendChild(el('span', 'search-kind search-kind-' + item.kind, item.kindLabel));
    if (item.badge) {
      // item.grade: [id, colour role] of a recommendation's grade (the cards' grade-ID tone-ROLE classes)
      meta.appendChild(el('span', 'search-badge' + (item.grade ? ' grade-badge grade-' + item.grade[0] + ' tone-' + item.grade[1] : ''), item.badge));
    }
    if (item.context) meta.appendChild(el('span', 'search-context', item.context));
    return meta;
  }

  /** Interface text from the strings file, passed as data-msg-* attributes of the header search form. */
  function msg(name, n) {
    var form = document.querySelector('form.site-search');
    var text = (form && form.getAttribute('data-msg-' + name)) || '';
    return n === undefined ? text : text.replace('{n}', String(n));
  }

  function countText(n) {
    if (n === 0) return msg('none');
    return n === 1 ? msg('one') : msg('many', n);
  }

  // ---------------------------------------------------------------- combobox on the header search field
  var uid = 0;

  function Combobox(form, input) {
    uid++;
    this.form = form;
    this.input = input;
    this.items = [];
    this.active = -1;
    this.listbox = el('ul', 'search-suggestions');
    this.listbox.id = 'search-suggestions-' + uid;
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', msg('suggestions'));
    this.listbox.hidden = true;
    this.status = el('div', 'visually-hidden search-status');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    form.classList.add('search-enhanced');
    form.appendChild(this.listbox);
    form.appendChild(this.status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);
    input.setAttribute('autocomplete', 'off');
    var self = this;
    input.addEventListener('focus', function () { load().catch(function () {}); });
    input.addEventListener('input', function () { self.update(); });
    input.addEventListener('keydown', function (e) { self.keydown(e); });
    input.addEventListener('blur', function () { self.close(); });
    this.listbox.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.listbox.addEventListener('click', function (e) {
      var option = e.target.closest('[role="option"]');
      if (option) self.go(Number(option.getAttribute('data-index')));
    });
    // Loaded on demand (search-box.js): the reader may be in the field already, with words typed.
    if (document.activeElement === input) {
      load().catch(function () {});
      if (input.value) this.update();
    }
  }

  Combobox.prototype.update = function () {
    var self = this;
    var query = this.input.value;
    if (normalise(query).length === 0) { this.render(null, null, query); return; }
    load().then(function (index) {
      return index.run(query, 8).then(function (found) {
        if (self.input.value !== query) return;
        self.render(index, found, query);
      });
    }).catch(function () {
      self.announce(msg('unavailable'));
    });
  };

  Combobox.prototype.render = function (index, found, query) {
    this.listbox.textContent = '';
    this.items = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (!index) { this.close(); return; }
    var self = this;
    found.results.forEach(function (hit, i) {
      var item = describe(index, hit);
      var option = el('li', 'search-option');
      option.id = self.listbox.id + '-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-index', String(i));
      option.appendChild(metaLine(item));
      appendHighlighted(option.appendChild(el('span', 'search-title')), item.title, found.matched);
      if (item.text) {
        appendHighlighted(option.appendChild(el('span', 'search-snippet')), snippet(item.text, found.matched, 110), found.matched);
      }
      self.listbox.appendChild(option);
      self.items.push(href(item.url));
    });
    var all = el('li', 'search-option search-all');
    all.id = this.listbox.id + '-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.setAttribute('data-index', String(this.items.length));
    all.textContent = found.total > found.results.length
        ? msg('see-all', found.total) : msg('open-results');
    this.listbox.appendChild(all);
    this.items.push(this.form.action + '?q=' + encodeURIComponent(query)); // the results page: the form's own address
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.announce(countText(found.total));
  };

  Combobox.prototype.announce = function (text) {
    var status = this.status;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(function () { status.textContent = text; }, 350);
  };

  Combobox.prototype.close = function () {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  };

  Combobox.prototype.open = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.move = function (delta) {
    if (!this.open()) { this.update(); return; }
    var count = this.items.length;
    if (count === 0) return;
    var options = this.listbox.querySelectorAll('[role="option"]');
    if (this.active >= 0) options[this.active].setAttribute('aria-selected', 'false');
    this.active = this.active < 0 ? (delta > 0 ? 0 : count - 1) : (this.active + delta + count) % count;
    var option = options[this.active];
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  Combobox.prototype.go = function (i) {
    if (i >= 0 && i < this.items.length) {
      this.close();
      location.assign(this.items[i]);
    }
  };

  Combobox.prototype.keydown = function (e) {
    if (e.key === 'ArrowDown' || e.key === 'Down') { e.preventDefault(); this.move(1); }
    else if (e.key === 'ArrowUp' || e.key === 'Up') { e.preventDefault(); this.move(-1); }
    else if (e.key === 'Enter') {
      if (this.open() && this.active >= 0) { e.preventDefault(); this.go(this.active); }
    } else if (e.key === 'Escape' || e.key === 'Esc') {
      if (this.open()) { e.preventDefault(); this.close(); }
      else if (this.input.value) { e.preventDefault(); this.input.value = ''; }
    }
  };

  // ---------------------------------------------------------------- results page (/recherche/?q=)
  function ResultsPage(container) {
    this.container = container;
    this.status = document.querySelector('[data-search-status]');
    this.input = document.querySelector('[data-search-page-input]');
    var query = new URLSearchParams(location.search).get('q') || '';
    var self = this;
    document.querySelectorAll('input[name="q"]').forEach(function (i) { if (!i.value) i.value = query; });
    if (this.input) {
      this.input.addEventListener('input', function () {
        var q = self.input.value;
        history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
        self.run(q);
      });
    }
    this.run(query);
  }

  ResultsPage.prototype.setStatus = function (text) {
    if (this.status) this.status.textContent = text;
  };

  ResultsPage.prototype.run = function (query) {
    var self = this;
    if (normalise(query).length === 0) {
      this.container.textContent = '';
      this.clearHelp();
      this.setStatus(query ? msg('more-precise') : msg('type-words'));
      return;
    }
    // the first results as soon as their rows are in, then the rest
    load().then(function (index) {
      return index.run(query, 50, FIRST_RESULTS).then(function (found) {
        if (self.input && self.input.value !== query && self.input.value !== '') return;
        self.render(index, found, query, FIRST_RESULTS);
        if (found.results.length <= FIRST_RESULTS) return;
        return index.loadDocs(found.results.map(function (r) { return r.doc; })).then(function () {
          if (self.shownQuery === query) self.render(index, found, query);
        });
      });
    }).catch(function () {
      self.setStatus(msg('index-unavailable'));
    });
  };

  /** How many results the results page shows before the rows of the others are fetched. */
  var FIRST_RESULTS = 10;

  ResultsPage.prototype.render = function (index, found, query, shown) {
    var list = el('ol', 'search-results');
    found.results.slice(0, shown === undefined ? found.results.length : shown).forEach(function (hit) {
      var item = describe(index, hit);
      var li = el('li', 'search-result search-result-' + item.kind);
      var heading = li.appendChild(el('p', 'search-result-title'));
      var a = heading.appendChild(el('a'));
      a.href = href(item.url);
      appendHighlighted(a, item.title, found.matched);
      li.appendChild(metaLine(item));
      if (item.text) {
        appendHighlighted(li.appendChild(el('p', 'search-result-snippet')), snippet(item.text, found.matched, 240), found.matched);
      }
      list.appendChild(li);
    });
    this.container.textContent = '';
    if (found.total > 0) this.container.appendChild(list);
    this.shownQuery = query;
    this.help(index, query, found.total === 0);
    var shown = found.total > found.results.length ? ' ' + msg('first', found.results.length) : '';
    this.setStatus(countText(found.total) + shown + ' ' + msg('for').replace('{q}', query));
  };

  /**
   * What to do next when nothing was found: the nearest titles of the index (every title is fetched for that),
   * then the server-made links.
   */
  ResultsPage.prototype.help = function (index, query, show) {
    var box = document.querySelector('[data-search-help]');
    if (!box) return;
    box.hidden = !show;
    var list = box.querySelector('[data-search-closest]'), intro = box.querySelector('[data-search-closest-intro]');
    if (!list) return;
    list.textContent = '';
    list.hidden = true;
    if (intro) intro.hidden = true;
    if (!show) return;
    var self = this;
    index.loadTitles().then(function () {
      var close = index.closest(query, 6);
      return index.loadDocs(close.map(function (c) { return c.doc; })).then(function () {
        if (self.shownQuery === query) self.showClosest(index, close, list, intro);
      });
    }).catch(function () {});
  };

  ResultsPage.prototype.showClosest = function (index, close, list, intro) {
    list.textContent = '';
    close.forEach(function (c) {
      var item = describe(index, { doc: c.doc });
      var a = list.appendChild(el('li')).appendChild(el('a', null, item.title));
      a.href = href(item.url);
      a.setAttribute('data-closest', item.kind);
    });
    list.hidden = close.length === 0;
    if (intro) intro.hidden = close.length === 0;
  };

  ResultsPage.prototype.clearHelp = function () {
    var box = document.querySelector('[data-search-help]');
    if (box) box.hidden = true;
  };

  // ---------------------------------------------------------------- start
  function start() {
    document.querySelectorAll('form[role="search"]').forEach(function (form) {
      var input = form.querySelector('input[type="search"], input[name="q"]');
      if (input && !input.hasAttribute('data-search-page-input')) new Combobox(form, input);
    });
    var results = document.querySelector('[data-search-results]');
    if (results) new ResultsPage(results);
  }

  window.VademecumSearch = {
    fold: fold,
    words: words,
    stem: stem,
    normalise: normalise,
    /** The rules of another language, for tests: normaliserFor('en').normalise(text). */
    normaliserFor: function (language) {
      var rules = rulesFor(language);
      return { normalise: function (text) { return normalise(text, rules); } };
    },
    load: load,
    search: function (query, limit) {
      return load().then(function (index) {
        return index.run(query, limit).then(function (found) {
          return found.results.map(function (hit) { return describe(index, hit).url; });
        });
      });
    },
    Index: Index,
    distance: distance
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
