/**
 * The script of the index page (assets/index.js): the entities, facts and articles tables (sortable,
 * filterable, paged so that a run of thousands of articles stays quick) and the graph, all filled from
 * window.NEWSFACTS_REPORT (data/index-data.js, see src/report/index-data.ts for the row layouts).
 * Selecting an entity filters the facts and the articles and focuses the graph; the selection lives in
 * the URL (#entity=ID) so article pages can link to it. Every node is built with createElement and
 * textContent; hrefs are checked against the few shapes the report itself writes.
 * Written as plain ES2017 in a string (no template literals inside), checked by tests/report.
 */
export const INDEX_SCRIPT = String.raw`(function () {
  'use strict';
  var D = window.NEWSFACTS_REPORT;
  function fail(message) {
    var p = document.getElementById('load-error');
    if (p) { p.textContent = message; p.hidden = false; }
  }
  if (!D) { fail('The report data (data/index-data.js) did not load: keep the report folder whole.'); return; }

  // Row layouts of data/index-data.js.
  var E_ID = 0, E_TYPE = 1, E_NAME = 2, E_KB = 3, E_MENTIONS = 4, E_DOCS = 5, E_ALIASES = 6;
  var F_PRED = 0, F_SUBJ = 1, F_OBJ = 2, F_VALUE = 3, F_UNIT = 4, F_TIME = 5, F_DOC = 6, F_ID = 7, F_POL = 8, F_MOD = 9, F_PLACE = 11;
  var D_ID = 0, D_TITLE = 1, D_PUB = 2, D_FILE = 3, D_STATUS = 4, D_MENTIONS = 5, D_ENTITIES = 6, D_FACTS = 7, D_ERROR = 8;
  var SVGNS = 'http://www.w3.org/2000/svg';
  var SAFE_HREF = /^(articles\/[A-Za-z0-9._-]+\.html(#fact=[A-Za-z0-9%._~!*'()-]*)?|#[A-Za-z0-9%._~!*'()=-]*|https:\/\/www\.wikidata\.org\/wiki\/Q[0-9]+)$/;

  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') n.textContent = String(v);
      else if (k === 'href') n.setAttribute('href', SAFE_HREF.test(String(v)) ? String(v) : '#');
      else n.setAttribute(k, String(v));
    });
    (kids || []).forEach(function (c) {
      if (c === null || c === undefined || c === '') return;
      n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return n;
  }
  function svg(tag, attrs) {
    var n = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    return n;
  }
  // Thousands separators; toLocaleString is slow enough to show on tables of thousands of rows.
  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function style(type) { return D.types[type] || D.types['']; }
  function typeCell(type) {
    var s = style(type);
    return el('span', { 'class': 'type-cell', title: type || 'unknown type' }, [el('span', { 'class': 'swatch t-' + s[0], 'aria-hidden': 'true' }), type ? s[1] : 'Unknown']);
  }
  function kbLink(kb) {
    if (!kb) return '';
    return /^Q[0-9]+$/.test(kb) ? el('a', { 'class': 'kb', href: 'https://www.wikidata.org/wiki/' + kb, rel: 'noopener noreferrer nofollow', text: kb }) : el('span', { 'class': 'kb', text: kb });
  }
  function entityButton(e) {
    if (e < 0) return '';
    var b = el('button', { type: 'button', 'class': 'linklike', 'data-entity': e, text: D.entities[e][E_NAME] });
    return b;
  }
  function docTitle(d) { return D.docs[d][D_TITLE] || D.docs[d][D_ID]; }

  // A sortable, filterable, paged table over an array of rows.
  function Table(o) {
    var self = this;
    self.o = o;
    self.rows = o.rows;
    self.query = '';
    self.pass = null;
    self.page = 0;
    self.sortCol = o.sort[0];
    self.sortDir = o.sort[1];
    self.order = null;
    self.haystack = o.rows.map(function (r) { return o.search(r).toLowerCase(); });
    var head = el('tr');
    self.ths = o.columns.map(function (c, i) {
      var b = el('button', { type: 'button', text: c.label, title: 'Sort by ' + c.label.toLowerCase() });
      b.addEventListener('click', function () {
        if (self.sortCol === i) self.sortDir = -self.sortDir;
        else { self.sortCol = i; self.sortDir = c.num ? -1 : 1; }
        self.order = null;
        self.page = 0;
        self.render();
      });
      var th = el('th', { scope: 'col', 'class': c.num ? 'num' : null }, [b]);
      head.appendChild(th);
      return th;
    });
    self.tbody = el('tbody');
    self.table = el('table', { 'class': 'data', id: o.id }, [el('thead', null, [head]), self.tbody]);
    self.prev = el('button', { type: 'button', text: '← Previous' });
    self.next = el('button', { type: 'button', text: 'Next →' });
    self.status = el('span', { 'class': 'pager-status' });
    self.prev.addEventListener('click', function () { self.page--; self.render(); });
    self.next.addEventListener('click', function () { self.page++; self.render(); });
    o.mount.appendChild(self.table);
    o.mount.appendChild(el('div', { 'class': 'pager' }, [self.status, self.prev, self.next]));
    self.tbody.addEventListener('click', function (ev) {
      if (!o.onRowClick || (ev.target.closest && ev.target.closest('a'))) return;
      var tr = ev.target.closest ? ev.target.closest('tr[data-row]') : null;
      if (tr) o.onRowClick(Number(tr.getAttribute('data-row')), ev);
    });
  }
  Table.prototype.sorted = function () {
    if (this.order) return this.order;
    var key = this.o.columns[this.sortCol].key, dir = this.sortDir, rows = this.rows;
    var keys = rows.map(function (r, i) { return key(r, i); });
    var idx = rows.map(function (_, i) { return i; });
    idx.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === y) return a - b;
      if (x === '') return 1;
      if (y === '') return -1;
      return (x < y ? -1 : 1) * dir;
    });
    this.order = idx;
    return idx;
  };
  Table.prototype.setQuery = function (q) { this.query = q.trim().toLowerCase(); this.page = 0; this.render(); };
  Table.prototype.render = function () {
    var order = this.sorted(), q = this.query, pass = this.pass, shown = [];
    for (var i = 0; i < order.length; i++) {
      var r = order[i];
      if (pass && !pass(this.rows[r], r)) continue;
      if (q && this.haystack[r].indexOf(q) < 0) continue;
      shown.push(r);
    }
    var size = this.o.pageSize, pages = Math.max(1, Math.ceil(shown.length / size));
    if (this.page >= pages) this.page = pages - 1;
    if (this.page < 0) this.page = 0;
    var from = this.page * size, to = Math.min(shown.length, from + size);
    var frag = document.createDocumentFragment(), cols = this.o.columns;
    for (var j = from; j < to; j++) {
      var row = this.rows[shown[j]];
      var tr = el('tr', { 'data-row': shown[j], 'class': this.o.rowClass ? this.o.rowClass(row, shown[j]) : null });
      for (var c = 0; c < cols.length; c++) tr.appendChild(el('td', { 'class': cols[c].num ? 'num' : cols[c].cls || null }, [cols[c].cell(row, shown[j])]));
      frag.appendChild(tr);
    }
    this.tbody.textContent = '';
    if (!shown.length) frag.appendChild(el('tr', null, [el('td', { colspan: cols.length, 'class': 'empty', text: this.o.empty })]));
    this.tbody.appendChild(frag);
    this.status.textContent = shown.length ? fmt(from + 1) + '–' + fmt(to) + ' of ' + fmt(shown.length) + (shown.length < this.rows.length ? ' (filtered from ' + fmt(this.rows.length) + ')' : '') : '';
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
    for (var k = 0; k < this.ths.length; k++) this.ths[k].setAttribute('aria-sort', k === this.sortCol ? (this.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    if (this.o.counter) this.o.counter.textContent = shown.length < this.rows.length ? fmt(shown.length) + ' of ' + fmt(this.rows.length) : fmt(this.rows.length);
  };

  var selected = -1;
  var entityById = {};
  D.entities.forEach(function (e, i) { entityById[e[E_ID]] = i; });

  var entitiesTable = new Table({
    id: 'entities-data', mount: document.getElementById('entities-table'), rows: D.entities, pageSize: 50,
    counter: document.getElementById('entities-count'), empty: 'No entity matches.', sort: [3, -1],
    search: function (e) { return [e[E_NAME], e[E_ID], e[E_KB], e[E_TYPE]].concat(e[E_ALIASES]).join(' '); },
    rowClass: function (e, i) { return i === selected ? 'selected' : null; },
    onRowClick: function (i) { select(i === selected ? -1 : i); },
    columns: [
      { label: 'Type', key: function (e) { return e[E_TYPE]; }, cell: function (e) { return typeCell(e[E_TYPE]); } },
      { label: 'Name', key: function (e) { return e[E_NAME].toLowerCase(); }, cell: function (e, i) { return entityButton(i); } },
      { label: 'KB id', key: function (e) { return e[E_KB] ? Number(e[E_KB].replace(/^Q/, '')) || e[E_KB] : ''; }, cell: function (e) { return kbLink(e[E_KB]); } },
      { label: 'Mentions', num: true, key: function (e) { return e[E_MENTIONS]; }, cell: function (e) { return fmt(e[E_MENTIONS]); } },
      { label: 'Articles', num: true, key: function (e) { return e[E_DOCS].length; }, cell: function (e) { return fmt(e[E_DOCS].length); } }
    ]
  });

  function factObject(f) {
    if (f[F_OBJ] >= 0) return entityButton(f[F_OBJ]);
    return f[F_VALUE] + (f[F_UNIT] ? ' ' + f[F_UNIT] : '');
  }
  var factsTable = new Table({
    id: 'facts-data', mount: document.getElementById('facts-table'), rows: D.facts, pageSize: 50,
    counter: document.getElementById('facts-count'), empty: D.facts.length ? 'No fact matches.' : 'No facts were extracted in this run.', sort: [4, 1],
    search: function (f) {
      return [f[F_PRED], f[F_SUBJ] >= 0 ? D.entities[f[F_SUBJ]][E_NAME] : '', f[F_OBJ] >= 0 ? D.entities[f[F_OBJ]][E_NAME] : f[F_VALUE] + ' ' + f[F_UNIT], f[F_TIME], docTitle(f[F_DOC]), D.docs[f[F_DOC]][D_ID], f[F_MOD], f[F_POL]].join(' ');
    },
    columns: [
      { label: 'Predicate', cls: 'nowrap', key: function (f) { return f[F_PRED]; }, cell: function (f) {
        return el('span', null, [f[F_PRED],
          f[F_POL] === 'negated' ? el('span', { 'class': 'negated-tag', text: 'negated' }) : null,
          f[F_MOD] && f[F_MOD] !== 'asserted' ? el('span', { 'class': 'modality-tag', text: f[F_MOD] }) : null]);
      } },
      { label: 'Subject', key: function (f) { return f[F_SUBJ] >= 0 ? D.entities[f[F_SUBJ]][E_NAME].toLowerCase() : ''; }, cell: function (f) { return entityButton(f[F_SUBJ]); } },
      { label: 'Object or value', key: function (f) { return f[F_OBJ] >= 0 ? D.entities[f[F_OBJ]][E_NAME].toLowerCase() : String(f[F_VALUE]).toLowerCase(); }, cell: factObject },
      { label: 'Time', cls: 'nowrap', key: function (f) { return f[F_TIME]; }, cell: function (f) { return f[F_TIME]; } },
      { label: 'Article', cls: 'article-cell', key: function (f) { return f[F_DOC]; }, cell: function (f) {
        return el('a', { href: 'articles/' + D.docs[f[F_DOC]][D_FILE] + '#fact=' + encodeURIComponent(f[F_ID]), text: docTitle(f[F_DOC]), title: docTitle(f[F_DOC]) });
      } }
    ]
  });

  var articlesTable = new Table({
    id: 'articles-data', mount: document.getElementById('articles-table'), rows: D.docs, pageSize: 50,
    counter: document.getElementById('articles-count'), empty: 'No article matches.', sort: [0, 1],
    search: function (d) { return [d[D_ID], d[D_TITLE], d[D_PUB], d[D_STATUS], d[D_ERROR]].join(' '); },
    columns: [
      { label: '#', num: false, key: function (d, i) { return i; }, cell: function (d, i) { return String(i + 1); } },
      { label: 'Title', key: function (d) { return (d[D_TITLE] || d[D_ID]).toLowerCase(); }, cell: function (d) { return el('a', { href: 'articles/' + d[D_FILE], text: d[D_TITLE] || d[D_ID] }); } },
      { label: 'Document', key: function (d) { return d[D_ID].toLowerCase(); }, cell: function (d) { return d[D_ID]; } },
      { label: 'Published', key: function (d) { return d[D_PUB]; }, cell: function (d) { return d[D_PUB]; } },
      { label: 'Mentions', num: true, key: function (d) { return d[D_MENTIONS]; }, cell: function (d) { return fmt(d[D_MENTIONS]); } },
      { label: 'Entities', num: true, key: function (d) { return d[D_ENTITIES]; }, cell: function (d) { return fmt(d[D_ENTITIES]); } },
      { label: 'Facts', num: true, key: function (d) { return d[D_FACTS]; }, cell: function (d) { return fmt(d[D_FACTS]); } },
      { label: 'Status', key: function (d) { return d[D_STATUS]; }, cell: function (d) { return d[D_STATUS] === 'ok' ? 'ok' : el('span', { 'class': 'error', text: d[D_STATUS] + (d[D_ERROR] ? ': ' + d[D_ERROR] : '') }); } }
    ]
  });

  // Filters.
  function fillSelect(select, values, label) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: label(v) })); });
  }
  var typeSelect = document.getElementById('entities-type');
  var types = {};
  D.entities.forEach(function (e) { types[e[E_TYPE]] = true; });
  fillSelect(typeSelect, Object.keys(types).sort(), function (t) { return t ? style(t)[1] : 'Unknown'; });
  typeSelect.addEventListener('change', function () {
    var t = typeSelect.value;
    entitiesTable.pass = t === '' ? null : function (e) { return e[E_TYPE] === t; };
    entitiesTable.page = 0;
    entitiesTable.render();
  });
  var predicateSelect = document.getElementById('facts-predicate');
  var predicates = {};
  D.facts.forEach(function (f) { predicates[f[F_PRED]] = true; });
  fillSelect(predicateSelect, Object.keys(predicates).sort(), function (p) { return p; });
  function factFilter() {
    var p = predicateSelect.value, e = selected;
    factsTable.pass = p === '' && e < 0 ? null : function (f) {
      return (p === '' || f[F_PRED] === p) && (e < 0 || f[F_SUBJ] === e || f[F_OBJ] === e || f[F_PLACE] === e);
    };
    factsTable.page = 0;
    factsTable.render();
  }
  predicateSelect.addEventListener('change', factFilter);
  [['entities-filter', entitiesTable], ['facts-filter', factsTable], ['articles-filter', articlesTable]].forEach(function (pair) {
    var input = document.getElementById(pair[0]);
    input.addEventListener('input', function () { pair[1].setQuery(input.value); });
  });

  // Clicking an entity anywhere selects it.
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button[data-entity]') : null;
    if (!b) return;
    ev.stopPropagation();
    var e = Number(b.getAttribute('data-entity'));
    select(e === selected && b.closest('#entities-table') ? -1 : e);
  }, true);

  // The graph.
  var graph = D.graph, nodeOfEntity = {}, nodeEls = [], edgeEls = [], neighbours = [];
  function shapeOf(kind, r) {
    if (kind === 'square') return svg('rect', { 'class': 'mark', x: -r * 0.9, y: -r * 0.9, width: r * 1.8, height: r * 1.8 });
    var points;
    if (kind === 'diamond') points = [[0, -r * 1.25], [r * 1.25, 0], [0, r * 1.25], [-r * 1.25, 0]];
    else if (kind === 'triangle') points = [[0, -r * 1.3], [r * 1.15, r * 0.8], [-r * 1.15, r * 0.8]];
    else if (kind === 'hexagon') points = [0, 1, 2, 3, 4, 5].map(function (k) { var a = Math.PI / 3 * k; return [Math.cos(a) * r * 1.1, Math.sin(a) * r * 1.1]; });
    else return svg('circle', { 'class': 'mark', r: r });
    return svg('polygon', { 'class': 'mark', points: points.map(function (p) { return p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join(' ') });
  }
  function drawGraph() {
    var wrap = document.getElementById('graph-wrap'), note = document.getElementById('graph-note'), legend = document.getElementById('graph-legend');
    if (!graph.nodes.length) {
      note.textContent = 'No fact of this run joins two entities.';
      wrap.hidden = true;
      return null;
    }
    note.textContent = graph.nodes.length < graph.connected
      ? 'The ' + fmt(graph.nodes.length) + ' most connected of the ' + fmt(graph.connected) + ' entities joined by facts; select one to see its neighbours.'
      : fmt(graph.nodes.length) + ' entities joined by facts; select one to see its neighbours.';
    Object.keys(D.types).forEach(function (t) {
      if (!t) return;
      var s = D.types[t], icon = svg('svg', { width: 14, height: 14, viewBox: '-7 -7 14 14', 'aria-hidden': 'true' });
      var g = svg('g', { 'class': 'shape t-' + s[0] });
      g.appendChild(shapeOf(s[2], 5));
      icon.appendChild(g);
      legend.appendChild(el('span', null, [icon, s[1]]));
    });
    var root = svg('svg', { 'class': 'graph', viewBox: '0 0 ' + graph.width + ' ' + graph.height, role: 'img', 'aria-label': 'Graph of entities joined by facts' });
    var edges = svg('g', { 'class': 'edges' }), nodes = svg('g', { 'class': 'nodes' });
    graph.nodes.forEach(function (n, i) { nodeOfEntity[n[0]] = i; neighbours.push([]); });
    graph.edges.forEach(function (ed) {
      var a = graph.nodes[ed[0]], b = graph.nodes[ed[1]];
      var line = svg('line', { 'class': 'edge', x1: a[1], y1: a[2], x2: b[1], y2: b[2], 'stroke-width': Math.min(6, 1 + Math.log(ed[2]) * 1.5).toFixed(1) });
      var title = svg('title', {});
      title.textContent = D.entities[a[0]][E_NAME] + ' — ' + D.entities[b[0]][E_NAME] + ': ' + ed[3].join(', ') + ' (' + ed[2] + (ed[2] === 1 ? ' fact)' : ' facts)');
      line.appendChild(title);
      edges.appendChild(line);
      edgeEls.push(line);
      neighbours[ed[0]].push([ed[1], edgeEls.length - 1]);
      neighbours[ed[1]].push([ed[0], edgeEls.length - 1]);
    });
    var maxDegree = 1;
    graph.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n[3]); });
    graph.nodes.forEach(function (n, i) {
      var e = D.entities[n[0]], s = style(e[E_TYPE]);
      var g = svg('g', { 'class': 'node t-' + s[0] + (i < 20 ? ' labelled' : ''), transform: 'translate(' + n[1] + ',' + n[2] + ')', 'data-node': i, tabindex: 0, role: 'button', 'aria-label': e[E_NAME] });
      var r = 3.5 + 6 * Math.sqrt(n[3] / maxDegree);
      g.appendChild(shapeOf(s[2], r));
      // Labels point inwards so that those of nodes near the right edge are not cut off.
      var right = n[1] > graph.width * 0.6;
      var label = svg('text', { x: right ? -(r + 3) : r + 3, y: 4, 'text-anchor': right ? 'end' : 'start' });
      label.textContent = e[E_NAME].length > 28 ? e[E_NAME].slice(0, 27) + '…' : e[E_NAME];
      g.appendChild(label);
      var title = svg('title', {});
      title.textContent = e[E_NAME] + ' (' + (e[E_TYPE] || 'unknown') + (e[E_KB] ? ', ' + e[E_KB] : '') + '): joined to ' + n[3] + (n[3] === 1 ? ' entity' : ' entities');
      g.appendChild(title);
      g.addEventListener('click', function () { select(n[0] === selected ? -1 : n[0]); });
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(n[0] === selected ? -1 : n[0]); } });
      nodes.appendChild(g);
      nodeEls.push(g);
    });
    root.appendChild(edges);
    root.appendChild(nodes);
    wrap.appendChild(root);
    return root;
  }
  var graphRoot = drawGraph();
  function focusGraph(e) {
    if (!graphRoot) return;
    nodeEls.forEach(function (g) { g.classList.remove('near'); g.classList.remove('chosen'); });
    edgeEls.forEach(function (l) { l.classList.remove('near'); });
    var i = e >= 0 ? nodeOfEntity[e] : undefined;
    if (i === undefined) { graphRoot.classList.remove('focused'); return; }
    graphRoot.classList.add('focused');
    nodeEls[i].classList.add('near');
    nodeEls[i].classList.add('chosen');
    neighbours[i].forEach(function (p) { nodeEls[p[0]].classList.add('near'); edgeEls[p[1]].classList.add('near'); });
  }

  // The selection: what is known about one entity.
  var selectionBox = document.getElementById('selection');
  function showSelection(e) {
    selectionBox.textContent = '';
    if (e < 0) { selectionBox.hidden = true; return; }
    var ent = D.entities[e];
    var facts = 0;
    D.facts.forEach(function (f) { if (f[F_SUBJ] === e || f[F_OBJ] === e || f[F_PLACE] === e) facts++; });
    var clear = el('button', { type: 'button', 'class': 'clear', text: 'Show every fact' });
    clear.addEventListener('click', function () { select(-1); });
    var inGraph = nodeOfEntity[e] !== undefined;
    selectionBox.appendChild(el('span', null, ['Facts about ', el('span', { 'class': 'name', text: ent[E_NAME] })]));
    selectionBox.appendChild(typeCell(ent[E_TYPE]));
    if (ent[E_KB]) selectionBox.appendChild(kbLink(ent[E_KB]));
    selectionBox.appendChild(el('span', { 'class': 'count', text: fmt(facts) + (facts === 1 ? ' fact; ' : ' facts; ') + fmt(ent[E_MENTIONS]) + ' mentions in ' + fmt(ent[E_DOCS].length) + (ent[E_DOCS].length === 1 ? ' article' : ' articles') + (graphRoot && !inGraph ? '; not in the graph' : '') }));
    if (ent[E_ALIASES].length) selectionBox.appendChild(el('span', { 'class': 'count', text: 'also: ' + ent[E_ALIASES].slice(0, 8).join(', ') }));
    selectionBox.appendChild(clear);
    selectionBox.hidden = false;
  }

  function select(e, fromHash) {
    selected = e;
    factFilter();
    var docSet = null;
    if (e >= 0) { docSet = {}; D.entities[e][E_DOCS].forEach(function (d) { docSet[d] = true; }); }
    articlesTable.pass = docSet ? function (d, i) { return docSet[i] === true; } : null;
    articlesTable.page = 0;
    articlesTable.render();
    entitiesTable.render();
    showSelection(e);
    focusGraph(e);
    if (!fromHash) {
      var hash = e >= 0 ? '#entity=' + encodeURIComponent(D.entities[e][E_ID]) : '';
      if (window.location.hash !== hash) {
        if (hash) window.location.hash = hash;
        else if (window.history && window.history.replaceState) window.history.replaceState(null, '', window.location.pathname + window.location.search);
      }
    }
  }
  function fromHash() {
    var m = /^#entity=(.*)$/.exec(window.location.hash), e = -1;
    if (m) {
      try { var id = decodeURIComponent(m[1]); if (Object.prototype.hasOwnProperty.call(entityById, id)) e = entityById[id]; } catch (err) { e = -1; }
      if (e >= 0) {
        // Show the chosen entity's row even when it is not on the first page of the table.
        entitiesTable.query = '';
        document.getElementById('entities-filter').value = '';
        var pos = entitiesTable.sorted().indexOf(e);
        entitiesTable.page = Math.floor(pos / entitiesTable.o.pageSize);
      }
    }
    if (e !== selected) select(e, true);
  }
  window.addEventListener('hashchange', fromHash);

  entitiesTable.render();
  factsTable.render();
  articlesTable.render();
  fromHash();
})();
`;
