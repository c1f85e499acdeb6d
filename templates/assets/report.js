// mlscan HTML report: renders the inventory and finding tables from the JSON data island.
// Data is cloud-controlled: DOM is built with createElement/textContent only, never innerHTML.
(function () {
  'use strict';
  var island = document.getElementById('mlscan-data');
  var data = JSON.parse(island.textContent || '{"inventory":[],"findings":{}}');
  var INVENTORY_PAGE = 100;
  var FINDINGS_PAGE = 25;

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

  // A table body with a pager: `render(rows)` shows `pageSize` rows of the current list.
  function pagedTable(body, info, prev, next, pageSize, renderRow, noun) {
    var rows = [];
    var page = 0;
    function pages() { return Math.max(1, Math.ceil(rows.length / pageSize)); }
    function draw() {
      body.replaceChildren();
      var start = page * pageSize;
      var end = Math.min(rows.length, start + pageSize);
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
    return function show(list) { rows = list; page = 0; draw(); };
  }

  // ---- inventory
  var search = document.getElementById('inv-search');
  var kind = document.getElementById('inv-kind');
  var provider = document.getElementById('inv-provider');
  var account = document.getElementById('inv-account');
  var failingOnly = document.getElementById('inv-failing');

  function inventoryRow(asset) {
    var tr = el('tr');
    var name = cell(tr, asset.name);
    name.appendChild(el('div', 'mono muted', asset.id));
    cell(tr, asset.kind, 'mono nowrap');
    cell(tr, asset.provider);
    cell(tr, asset.account, 'mono');
    cell(tr, asset.region);
    var tags = cell(tr, '');
    asset.tags.forEach(function (t) { tags.appendChild(el('span', 'tag', t)); });
    cell(tr, asset.failing, 'num' + (asset.failing > 0 ? ' status-fail' : ''));
    return tr;
  }

  // Lower-cased search text per asset, built once: filtering 100k rows per keystroke stays fast.
  var haystacks = data.inventory.map(function (a) {
    return [a.name, a.id, a.kind, a.provider, a.account, a.region].concat(a.tags).join('\n').toLowerCase();
  });

  var showInventory = pagedTable(
    document.getElementById('inv-body'), document.getElementById('inv-info'),
    document.getElementById('inv-prev'), document.getElementById('inv-next'),
    INVENTORY_PAGE, inventoryRow, 'assets');

  function filterInventory() {
    var q = search.value.trim().toLowerCase();
    var k = kind.value, p = provider.value, acc = account.value, f = failingOnly.checked;
    var out = [];
    for (var i = 0; i < data.inventory.length; i++) {
      var a = data.inventory[i];
      if (k && a.kind !== k) continue;
      if (p && a.provider !== p) continue;
      if (acc && a.account !== acc) continue;
      if (f && a.failing === 0) continue;
      if (q && haystacks[i].indexOf(q) < 0) continue;
      out.push(a);
    }
    showInventory(out);
  }
  var pending = 0;
  search.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(filterInventory, 120); });
  [kind, provider, account, failingOnly].forEach(function (control) { control.addEventListener('change', filterInventory); });
  filterInventory();

  // ---- findings, one paged table per rule group
  function findingRow(f) {
    var tr = el('tr');
    tr.setAttribute('data-fingerprint', f.fingerprint);
    var sev = cell(tr, '');
    sev.appendChild(el('span', 'sev sev-' + f.severity, f.severity));
    if (f.severityWhy && f.severityWhy.base !== f.severity) sev.appendChild(el('div', 'small muted', 'base ' + f.severityWhy.base));
    var asset = cell(tr, f.assetName);
    asset.appendChild(el('div', 'mono muted', f.assetKind + ' · ' + f.provider + ' · ' + f.account + ' · ' + f.region));
    var detail = cell(tr, f.message);
    var list = el('ul', 'finding-detail');
    if (f.evidence.length) {
      var ev = el('li', null, 'Evidence: ');
      f.evidence.forEach(function (line, i) { ev.appendChild(el('code', null, (i ? '; ' : '') + line)); });
      list.appendChild(ev);
    }
    if (f.path.length) {
      var path = el('li', null, 'Path: ');
      f.path.forEach(function (step) {
        path.appendChild(el('span', 'path-step', step.kind ? step.name + ' (' + step.kind + ')' : step.name));
      });
      list.appendChild(path);
    }
    if (f.missingFacts.length) list.appendChild(el('li', null, 'Not visible: ' + f.missingFacts.join(', ')));
    if (f.severityWhy) {
      var why = f.severityWhy;
      list.appendChild(el('li', null, 'Severity: base ' + why.base + ' → ' + f.severity + ' (tier ' + why.criticality +
        ', likelihood ' + why.likelihood + ')' + (why.reasons.length ? ': ' + why.reasons.join('; ') : '')));
    }
    var id = el('li', 'mono muted small', 'Fingerprint: ' + f.fingerprint.slice(f.fingerprint.lastIndexOf('/') + 1, f.fingerprint.lastIndexOf('/') + 13));
    id.title = f.fingerprint;
    list.appendChild(id);
    if (f.attackTypes) list.appendChild(el('li', null, 'Enables (seeds/000 3.4): ' + (f.attackTypes.length ? f.attackTypes.join(', ') : 'no attack type directly')));
    if (f.suppression) list.appendChild(suppressionItem(f.suppression));
    if (list.childNodes.length) detail.appendChild(list);
    return tr;
  }

  // A suppressed finding says who accepted it, why, until when, and links the ticket (the view model keeps only https links).
  function suppressionItem(s) {
    var item = el('li', 'suppression', 'Suppressed (was ' + s.status + ') by ' + s.id + ': ' + s.reason +
      (s.owner ? ' · owner ' + s.owner : '') + ' · expires ' + s.expires + (s.ticket && !s.ticketHref ? ' · ticket ' + s.ticket : ''));
    if (s.ticketHref) {
      var link = el('a', null, s.ticket);
      link.href = s.ticketHref;
      link.rel = 'noopener noreferrer';
      item.appendChild(document.createTextNode(' · ticket '));
      item.appendChild(link);
    }
    return item;
  }

  Array.prototype.forEach.call(document.querySelectorAll('.finding-table[data-group]'), function (holder) {
    var findings = data.findings[holder.getAttribute('data-group')] || [];
    holder.replaceChildren();
    var wrap = el('div', 'table-wrap');
    var table = el('table');
    var head = el('tr');
    ['Severity', 'Asset', 'Finding'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    wrap.appendChild(table);
    holder.appendChild(wrap);
    var pager = el('div', 'pager');
    var prev = pager.appendChild(el('button', null, '‹ Previous'));
    var info = pager.appendChild(el('span'));
    var next = pager.appendChild(el('button', null, 'Next ›'));
    prev.type = next.type = 'button';
    // One page needs no pager.
    pager.hidden = findings.length <= FINDINGS_PAGE;
    holder.appendChild(pager);
    pagedTable(body, info, prev, next, FINDINGS_PAGE, findingRow, 'findings')(findings);
  });
})();
