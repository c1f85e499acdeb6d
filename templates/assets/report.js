// mlscan HTML report: the page is complete without this script (summary, priorities, gap tables,
// the first page of every finding table and of the inventory are rendered into it); the script
// adds filters kept in the URL, paging, sorting, the theme switch and print expansion.
// Data is cloud-controlled: DOM is built with createElement/textContent only, never innerHTML.
(function () {
  'use strict';
  var island = document.getElementById('mlscan-data');
  var raw = JSON.parse(island.textContent || '{"inventory":[],"findings":{},"severities":[],"strings":[]}');
  var data = decode(raw);
  var ACCOUNT_LABELS = raw.accountLabels || {};
  /** "prod-payments (736194028517)" where the account's name is known, else the id. */
  function accountLabel(id) { return Object.prototype.hasOwnProperty.call(ACCOUNT_LABELS, id) ? ACCOUNT_LABELS[id] : id; }
  var INVENTORY_PAGE = 100;
  var FINDINGS_PAGE = 25;
  /** A page size that lists every row (print). */
  var ALL_ROWS = 1e9;
  var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
  var FILTER_KEYS = ['cloud', 'account', 'region', 'kind', 'family', 'severity', 'status', 'control', 'q', 'asset'];
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // The island is compact (src/report/html-data.ts): repeated strings by index, a finding's asset
  // by inventory row. Decoded once into the plain objects the rest of the script reads.
  function decode(raw) {
    var str = raw.strings;
    var pick = function (list) { return (list || []).map(function (i) { return str[i]; }); };
    var inventory = raw.inventory.map(function (r) {
      return { id: str[r[0]] + r[1], name: r[2], kind: str[r[3]], provider: str[r[4]], account: str[r[5]], region: str[r[6]], tags: pick(r[7]), failing: r[8], anchor: 'asset-' + r[9] };
    });
    var findings = {};
    Object.keys(raw.findings).forEach(function (key) {
      findings[key] = raw.findings[key].map(function (c) { return decodeFinding(c, inventory, raw.severities, str, pick); });
    });
    return { inventory: inventory, findings: findings };
  }

  function decodeFinding(c, inventory, severities, str, pick) {
    var asset = c.a >= 0 ? inventory[c.a] : null;
    var f = asset
      ? { assetId: asset.id, assetName: asset.name, assetKind: asset.kind, provider: asset.provider, account: asset.account, region: asset.region, assetAnchor: asset.anchor }
      : { assetId: c.o.assetId, assetName: c.o.assetName, assetKind: c.o.assetKind, provider: c.o.provider, account: c.o.account, region: c.o.region, assetAnchor: '' };
    f.severity = severities[c.s];
    f.fingerprint = c.f;
    f.message = c.m;
    f.evidence = pick(c.e);
    f.missingFacts = pick(c.x);
    f.path = (c.p || []).map(function (step) {
      var row = typeof step === 'number' ? inventory[step] : null;
      return row ? { name: row.name, kind: row.kind } : { name: step, kind: '' };
    });
    if (c.w) f.severityWhy = { base: str[c.w[0]], criticality: str[c.w[1]], likelihood: str[c.w[2]], reasons: pick(c.w[3]) };
    if (c.t) f.attackTypes = pick(c.t);
    if (c.g) f.graph = c.g;
    if (c.c) f.coverageGap = c.c;
    if (c.u) f.suppression = c.u;
    return f;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function cell(row, text, className) {
    var td = el('td', className, text);
    row.appendChild(td);
    return td;
  }

  function link(href, text, className) {
    var a = el('a', className, text);
    a.href = href;
    return a;
  }

  function byId(id) { return document.getElementById(id); }

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  // A table body with a pager: show(rows) lists pageSize rows of the current list.
  function pagedTable(body, info, prev, next, pageSize, renderRow, noun) {
    var rows = [];
    var page = 0;
    var size = pageSize;
    function pages() { return Math.max(1, Math.ceil(rows.length / size)); }
    function draw() {
      body.replaceChildren();
      var start = page * size;
      var end = Math.min(rows.length, start + size);
      var fragment = document.createDocumentFragment();
      for (var i = start; i < end; i++) fragment.appendChild(renderRow(rows[i]));
      body.appendChild(fragment);
      info.textContent = rows.length === 0
        ? 'No ' + noun + ' match.'
        : 'Page ' + (page + 1) + ' of ' + pages() + ' · ' + (start + 1) + '–' + end + ' of ' + rows.length + ' ' + noun;
      prev.disabled = page === 0;
      next.disabled = page >= pages() - 1;
    }
    prev.addEventListener('click', function () { if (page > 0) { page--; draw(); } });
    next.addEventListener('click', function () { if (page < pages() - 1) { page++; draw(); } });
    return {
      show: function (list) { rows = list; page = 0; draw(); },
      showRowAt: function (index) { page = Math.floor(index / size); draw(); },
      setPageSize: function (n) { size = n; page = 0; draw(); },
      count: function () { return rows.length; },
    };
  }

  // Header cells become buttons that sort; aria-sort tells assistive technology the order.
  function sortButtons(table, onSort) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (th.hasAttribute('data-nosort')) return;
      var button = el('button', 'sort');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        onSort(index, dir === 'ascending' ? 1 : -1, th);
      });
    });
  }

  function compareValues(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), undefined, { numeric: true });
  }

  // A table rendered into the page (gap tables, breakdowns, coverage): sorts its own rows.
  function sortableStatic(table) {
    sortButtons(table, function (index, dir, th) {
      var numeric = th.classList.contains('num');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) {
        var c = row.cells[index];
        var text = c ? (c.getAttribute('data-sort') || c.textContent.trim()) : '';
        return numeric ? Number(text) || 0 : text;
      };
      rows.sort(function (a, b) { return dir * compareValues(key(a), key(b)); });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  }

  // ---- theme: the system's choice unless the reader picked one (kept where storage is allowed)
  var THEME_KEY = 'mlscan-theme';
  function storedTheme() { try { return window.localStorage.getItem(THEME_KEY); } catch (e) { return null; } }
  function storeTheme(value) { try { window.localStorage.setItem(THEME_KEY, value); } catch (e) { /* file:// may forbid storage */ } }
  function setupTheme() {
    var root = document.documentElement;
    var toggle = byId('theme-toggle');
    var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    function apply(theme) {
      root.setAttribute('data-theme', theme);
      toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
    }
    var saved = storedTheme();
    apply(saved === 'dark' || saved === 'light' ? saved : systemDark ? 'dark' : 'light');
    toggle.addEventListener('click', function () {
      var theme = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      apply(theme);
      storeTheme(theme);
    });
  }

  // ---- inventory
  var inventory = (function () {
    var search = byId('inv-search'), kind = byId('inv-kind'), provider = byId('inv-provider');
    var account = byId('inv-account'), region = byId('inv-region'), failingOnly = byId('inv-failing');
    var sorted = data.inventory.slice();
    var current = [];

    function row(asset) {
      var tr = el('tr');
      tr.id = asset.anchor;
      var name = cell(tr, asset.name);
      name.appendChild(el('div', 'mono muted', asset.id));
      cell(tr, asset.kind, 'mono nowrap');
      cell(tr, asset.provider);
      cell(tr, accountLabel(asset.account), 'mono');
      cell(tr, asset.region);
      var tags = cell(tr, '');
      asset.tags.forEach(function (t) { tags.appendChild(el('span', 'tag', t)); });
      var failing = cell(tr, asset.failing > 0 ? '' : '0', 'num');
      if (asset.failing > 0) {
        var a = link('#findings', asset.failing, 'status-fail');
        a.setAttribute('data-asset', asset.id);
        a.setAttribute('aria-label', asset.failing + ' failing findings of ' + asset.name);
        failing.appendChild(a);
      }
      return tr;
    }

    // Lower-cased search text per asset, built once: filtering 100k rows per keystroke stays fast.
    var haystacks = new Map();
    data.inventory.forEach(function (a) {
      haystacks.set(a, [a.name, a.id, a.kind, a.provider, accountLabel(a.account), a.region].concat(a.tags).join('\n').toLowerCase());
    });

    var table = pagedTable(byId('inv-body'), byId('inv-info'), byId('inv-prev'), byId('inv-next'), INVENTORY_PAGE, row, 'assets');

    function filter() {
      var q = search.value.trim().toLowerCase();
      var k = kind.value, p = provider.value, acc = account.value, r = region.value, f = failingOnly.checked;
      current = sorted.filter(function (a) {
        return (!k || a.kind === k) && (!p || a.provider === p) && (!acc || a.account === acc) && (!r || a.region === r) &&
          (!f || a.failing > 0) && (!q || haystacks.get(a).indexOf(q) >= 0);
      });
      table.show(current);
    }
    var pending = 0;
    search.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(filter, 120); });
    [kind, provider, account, region, failingOnly].forEach(function (control) { control.addEventListener('change', filter); });
    sortButtons(document.querySelector('.inventory-table'), function (index, dir, th) {
      var key = th.getAttribute('data-key');
      sorted.sort(function (a, b) { return dir * compareValues(a[key], b[key]); });
      filter();
    });
    filter();

    // Shows the asset's row whatever page it is on: filters cleared, its page drawn, scrolled to.
    function reveal(anchor) {
      var asset = data.inventory.find(function (a) { return a.anchor === anchor; });
      if (!asset) return false;
      search.value = ''; kind.value = ''; provider.value = ''; account.value = ''; region.value = ''; failingOnly.checked = false;
      filter();
      table.showRowAt(current.indexOf(asset));
      var tr = byId(anchor);
      tr.classList.add('flash');
      tr.scrollIntoView();
      return true;
    }
    return { reveal: reveal, table: table, nameOf: function (id) { var a = data.inventory.find(function (x) { return x.id === id; }); return a ? a.name : id; } };
  })();

  // ---- findings: one paged, sortable table per rule group, all narrowed by one filter state
  function pathGraph(graph) {
    function svg(tag, attrs, text) {
      var node = document.createElementNS(SVG_NS, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) node.textContent = text;
      return node;
    }
    var root = svg('svg', { class: 'path-graph', role: 'img', 'aria-label': graph.label, viewBox: '0 0 ' + graph.width + ' ' + graph.height, width: graph.width, preserveAspectRatio: 'xMinYMin meet' });
    root.appendChild(svg('title', {}, graph.label));
    graph.arrows.forEach(function (a) {
      root.appendChild(svg('line', { x1: a.x1, y1: a.y, x2: a.x2, y2: a.y, class: 'path-arrow' }));
      root.appendChild(svg('polygon', { points: a.head, class: 'path-head' }));
    });
    graph.nodes.forEach(function (n) {
      var g = root.appendChild(svg('g', {}));
      g.appendChild(svg('title', {}, n.fullName + ' (' + n.kind + ')'));
      g.appendChild(svg('rect', { x: n.x, y: n.y, width: n.width, height: 40, rx: 6, class: 'path-node' }));
      g.appendChild(svg('text', { x: n.textX, y: n.textY, 'text-anchor': 'middle', class: 'path-name' }, n.name));
      g.appendChild(svg('text', { x: n.textX, y: 33, 'text-anchor': 'middle', class: 'path-kind' }, n.kind));
    });
    var wrap = el('div', 'path-graph-wrap');
    wrap.appendChild(root);
    return wrap;
  }

  function detailList(f) {
    var list = el('ul', 'finding-detail');
    if (f.evidence.length) {
      var ev = el('li', null, 'Evidence: ');
      f.evidence.forEach(function (line, i) { ev.appendChild(el('code', null, (i ? '; ' : '') + line)); });
      list.appendChild(ev);
    }
    if (f.path.length) {
      var path = el('li', null, 'Path: ');
      f.path.forEach(function (step) { path.appendChild(el('span', 'path-step', step.kind ? step.name + ' (' + step.kind + ')' : step.name)); });
      if (f.graph) path.appendChild(pathGraph(f.graph));
      list.appendChild(path);
    }
    if (f.missingFacts.length) {
      var missing = list.appendChild(el('li', 'could-not-read', 'Could not read: ' + f.missingFacts.join(', ')));
      if (f.coverageGap) {
        missing.appendChild(document.createTextNode(' · '));
        missing.appendChild(link('#' + f.coverageGap, 'the coverage gap that hid it'));
      }
    }
    if (f.severityWhy) {
      var why = f.severityWhy;
      list.appendChild(el('li', null, 'Severity: base ' + why.base + ' → ' + f.severity + ' (tier ' + why.criticality +
        ', likelihood ' + why.likelihood + ')' + (why.reasons.length ? ': ' + why.reasons.join('; ') : '')));
    }
    list.appendChild(el('li', 'mono muted small', 'Id: ' + f.fingerprint));
    if (f.attackTypes) list.appendChild(el('li', null, 'Enables (seeds/000 3.4): ' + (f.attackTypes.length ? f.attackTypes.join(', ') : 'no attack type directly')));
    if (f.suppression) list.appendChild(suppressionItem(f.suppression));
    return list;
  }

  function findingRow(f) {
    var tr = el('tr');
    tr.setAttribute('data-fingerprint', f.fingerprint);
    var sev = cell(tr, '');
    sev.appendChild(el('span', 'sev sev-' + f.severity, f.severity));
    if (f.severityWhy) sev.appendChild(el('div', 'small muted', 'base ' + f.severityWhy.base));
    var asset = cell(tr, f.assetAnchor ? '' : f.assetName);
    if (f.assetAnchor) asset.appendChild(link('#' + f.assetAnchor, f.assetName));
    asset.appendChild(el('div', 'mono muted', f.assetKind + ' · ' + f.provider + ' · ' + accountLabel(f.account) + ' · ' + f.region));
    var detail = cell(tr, f.message);
    detail.appendChild(detailList(f));
    return tr;
  }

  // A suppressed finding says who accepted it, why, until when, and links the ticket (the view model keeps only https links).
  function suppressionItem(s) {
    var item = el('li', 'suppression', 'Suppressed (was ' + s.status + ') by ' + s.id + ': ' + s.reason +
      (s.owner ? ' · owner ' + s.owner : '') + ' · expires ' + s.expires + (s.ticket && !s.ticketHref ? ' · ticket ' + s.ticket : ''));
    if (s.ticketHref) {
      var a = link(s.ticketHref, s.ticket);
      a.rel = 'noopener noreferrer';
      item.appendChild(document.createTextNode(' · ticket '));
      item.appendChild(a);
    }
    return item;
  }

  function findingGroup(holder) {
    var details = holder.closest('details.rule-group');
    var findings = data.findings[holder.getAttribute('data-group')] || [];
    var title = details.querySelector('.rule-title').textContent;
    var rule = details.getAttribute('data-rule');
    var table = holder.querySelector('table');
    var pager = el('div', 'pager');
    var prev = pager.appendChild(el('button', null, '‹ Previous'));
    var info = pager.appendChild(el('span'));
    var next = pager.appendChild(el('button', null, 'Next ›'));
    prev.type = next.type = 'button';
    holder.appendChild(pager);
    var paged = pagedTable(table.tBodies[0], info, prev, next, FINDINGS_PAGE, findingRow, 'findings');
    var order = findings.slice();
    var haystacks = new Map();
    findings.forEach(function (f) {
      haystacks.set(f, [f.assetName, f.assetId, f.message, rule, title, accountLabel(f.account), f.region].join('\n').toLowerCase());
    });
    table.tHead.rows[0].cells[2].setAttribute('data-nosort', '');
    var group = {
      details: details,
      findings: findings,
      haystack: function (f) { return haystacks.get(f); },
      shown: [],
      show: function (list) {
        group.shown = list;
        var set = new Set(list);
        var visible = order.filter(function (f) { return set.has(f); });
        // One page needs no pager.
        pager.hidden = visible.length <= FINDINGS_PAGE;
        paged.show(visible);
      },
      paged: paged,
    };
    sortButtons(table, function (index, dir) {
      var key = index === 0 ? function (f) { return SEVERITY_RANK[f.severity]; } : function (f) { return f.assetName; };
      order.sort(function (a, b) { return dir * compareValues(key(a), key(b)); });
      group.show(group.shown);
    });
    return group;
  }

  var groups = [];
  each('.finding-table[data-group]', function (holder) { groups.push(findingGroup(holder)); });

  // ---- the filter state: in the controls, in the URL (#findings?cloud=aws&severity=high) and on the page
  var filterState = {};

  function readControls() {
    var state = {};
    each('#finding-filters select', function (select) { if (select.value) state[select.getAttribute('data-key')] = select.value; });
    var q = byId('f-q').value.trim();
    if (q) state.q = q;
    if (filterState.asset) state.asset = filterState.asset;
    return state;
  }

  function writeControls(state) {
    each('#finding-filters select', function (select) {
      var value = state[select.getAttribute('data-key')] || '';
      // A value the report does not hold (an old link) is added, so the view says what it shows.
      if (value && !Array.prototype.some.call(select.options, function (o) { return o.value === value; })) select.appendChild(el('option', null, value)).value = value;
      select.value = value;
    });
    byId('f-q').value = state.q || '';
  }

  function groupMatches(g, state) {
    var d = g.details;
    return (!state.status || d.getAttribute('data-status') === state.status) &&
      (!state.family || d.getAttribute('data-family') === state.family) &&
      (!state.control || (' ' + d.getAttribute('data-controls') + ' ').indexOf(' ' + state.control + ' ') >= 0);
  }

  function findingMatches(g, f, state, q) {
    return (!state.cloud || f.provider === state.cloud) && (!state.account || f.account === state.account) &&
      (!state.region || f.region === state.region) && (!state.kind || f.assetKind === state.kind) &&
      (!state.severity || f.severity === state.severity) && (!state.asset || f.assetId === state.asset) &&
      (!q || g.haystack(f).indexOf(q) >= 0);
  }

  function applyFilters(state) {
    filterState = state;
    var active = Object.keys(state).length > 0;
    var q = (state.q || '').toLowerCase();
    var shownFindings = 0, shownGroups = 0, total = 0;
    groups.forEach(function (g) {
      total += g.findings.length;
      var list = groupMatches(g, state) ? g.findings.filter(function (f) { return findingMatches(g, f, state, q); }) : [];
      g.show(list);
      g.details.hidden = list.length === 0;
      g.details.querySelector('.group-count').textContent = active ? list.length + ' of ' + g.findings.length + ' affected' : g.findings.length + ' affected';
      if (list.length) { shownGroups++; shownFindings += list.length; if (active) g.details.open = true; }
    });
    var summary = byId('f-summary');
    summary.hidden = false;
    summary.textContent = active
      ? 'Showing ' + shownFindings + ' of ' + total + ' findings in ' + shownGroups + ' rules.'
      : 'Showing all ' + total + ' findings.';
    byId('f-asset').hidden = !state.asset;
    byId('f-asset-name').textContent = state.asset ? inventory.nameOf(state.asset) : '';
  }

  function stateFromQuery(query) {
    var state = {};
    new URLSearchParams(query).forEach(function (value, key) { if (value && FILTER_KEYS.indexOf(key) >= 0) state[key] = value; });
    return state;
  }

  function queryOf(state) {
    var params = new URLSearchParams();
    FILTER_KEYS.forEach(function (key) { if (state[key]) params.set(key, state[key]); });
    return params.toString();
  }

  function writeLocation(state, push) {
    var query = queryOf(state);
    var hash = query ? '#findings?' + query : '#findings';
    if (location.hash === hash) return;
    try {
      if (push) history.pushState(null, '', hash); else history.replaceState(null, '', hash);
    } catch (e) {
      ignoreHash = hash;
      location.hash = hash;
    }
  }
  var ignoreHash = '';

  function setFilters(state, push) {
    writeControls(state);
    applyFilters(state);
    writeLocation(state, push);
  }

  function onControlsChanged() { setFilters(readControls(), false); }

  // ---- where the URL points: a filtered findings view, an asset, a rule group, a control
  function openAround(target) {
    for (var node = target; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
  }

  function followHash() {
    var hash = location.hash;
    if (hash === ignoreHash) { ignoreHash = ''; return; }
    if (hash.indexOf('#findings?') === 0) {
      var state = stateFromQuery(hash.slice('#findings?'.length));
      writeControls(state);
      applyFilters(state);
      byId('findings').scrollIntoView();
      return;
    }
    var id = hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it as written */ }
    if (!id) return;
    if (id.indexOf('asset-') === 0 && inventory.reveal(id)) return;
    var target = byId(id);
    if (!target) return;
    openAround(target);
    if (target.hidden) setFilters({}, false);
    target.scrollIntoView();
  }

  function onClick(event) {
    var a = event.target.closest && event.target.closest('a[data-filter], a[data-asset]');
    if (!a) return;
    event.preventDefault();
    var state = a.hasAttribute('data-asset') ? { asset: a.getAttribute('data-asset') } : stateFromQuery(a.getAttribute('data-filter'));
    setFilters(state, true);
    byId('findings').scrollIntoView();
  }

  // ---- print: every group open and every row of the current view listed, not just one page
  var printing = false;
  function forPrint(on) {
    if (on === printing) return;
    printing = on;
    each('details', function (d) {
      if (on) { d.setAttribute('data-was-open', d.open ? '1' : ''); d.open = true; } else d.open = d.getAttribute('data-was-open') === '1';
    });
    groups.forEach(function (g) { g.paged.setPageSize(on ? ALL_ROWS : FINDINGS_PAGE); });
    inventory.table.setPageSize(on ? ALL_ROWS : INVENTORY_PAGE);
  }

  function setup() {
    each('.js-only', function (node) { node.hidden = false; });
    each('.no-js-more', function (node) { node.remove(); });
    byId('f-summary').hidden = false;
    byId('f-asset').hidden = true;
    each('table.sortable', sortableStatic);
    setupTheme();
    each('#finding-filters select', function (select) { select.addEventListener('change', onControlsChanged); });
    var pending = 0;
    byId('f-q').addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(onControlsChanged, 150); });
    byId('f-clear').addEventListener('click', function () { setFilters({}, true); });
    byId('f-asset-clear').addEventListener('click', function () { var s = readControls(); delete s.asset; setFilters(s, true); });
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', followHash);
    window.addEventListener('popstate', followHash);
    window.addEventListener('beforeprint', function () { forPrint(true); });
    window.addEventListener('afterprint', function () { forPrint(false); });
    if (window.matchMedia) window.matchMedia('print').addEventListener('change', function (e) { forPrint(e.matches); });
    applyFilters({});
    if (location.hash) followHash();
  }
  setup();
})();
