import { describe, expect, it } from 'vitest';
import { diffScans, fromDiff } from '../../src/diff/index.js';
import type { ScanResult, ScanTrendPoint } from '../../src/model/index.js';
import { buildViewModel } from '../../src/report/index.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { SINCE_LAST_SCAN_ROWS, sinceLastScanView, trendChart } from '../../src/report/since-last-scan-view.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from './sample-result.js';

const point = (id: number, finishedAt: string, critical: number, high: number): ScanTrendPoint => ({ id, finishedAt, failing: { critical, high, medium: 0, low: 0, info: 0 } });

/** The sample result diffed against a baseline where none of its findings existed (all new), with a trend. */
function withBaseline(result: ScanResult, trend?: ScanTrendPoint[]): ScanResult {
  const empty = { ...result, inventory: { ...result.inventory, assets: result.inventory.assets.slice(0, 1) }, findings: [] };
  const since = fromDiff({ source: 'file', file: 'main-report.json', finishedAt: '2026-12-01T02:00:00Z' }, diffScans(empty, result), trend);
  return { ...result, sinceLastScan: since };
}

describe('the "since the last scan" view', () => {
  it('counts every category, lists the changed ones and links findings that are in the report to their rule group', () => {
    const result = withBaseline(sampleResult());
    const view = sinceLastScanView(result.sinceLastScan!);
    const failing = result.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(view.counts.map((c) => c.key)).toEqual(['new', 'regressed', 'resolved', 'assetRemoved', 'notReassessed', 'newlyUnknown', 'accepted', 'stillFailing']);
    expect(view.counts[0]!.count).toBe(failing.length);
    expect(view.headline).toBe(`${failing.length} new, 0 resolved, 0 not re-assessed`);
    expect(view.empty).toBe(false);
    expect(view.lists.map((l) => [l.key, l.open])).toEqual([['new', true]]);
    const row = view.lists[0]!.rows.find((r) => r.ruleId === failing[0]!.ruleId)!;
    expect(row.anchor).toBe(`${failing[0]!.status}:${failing[0]!.ruleId}`);
    expect(row.change).toBe(`(absent) → ${failing[0]!.status}`);
    expect(view.assets.map((a) => [a.key, a.total, a.open])).toEqual([['added', result.inventory.assets.length - 1, false]]);
    expect(view.trend).toBeNull();
  });

  it('caps each list and says how many more there are', () => {
    const result = withBaseline(sampleResult());
    const since = result.sinceLastScan!;
    const many = Array.from({ length: SINCE_LAST_SCAN_ROWS + 7 }, (_, i) => ({ ...since.findings.new[0]!, fingerprint: `mlscan/v1/${String(i).padStart(64, '0')}` }));
    const view = sinceLastScanView({ ...since, findings: { ...since.findings, new: many } });
    expect([view.lists[0]!.rows.length, view.lists[0]!.total, view.lists[0]!.more]).toEqual([SINCE_LAST_SCAN_ROWS, SINCE_LAST_SCAN_ROWS + 7, 7]);
  });

  it('draws the trend as stacked columns scaled to the largest total, critical at the bottom', () => {
    const chart = trendChart([point(1, '2026-12-01T02:00:00Z', 2, 2), point(2, '2026-12-02T02:00:00Z', 1, 0), point(0, '2026-12-03T02:00:00Z', 0, 0)]);
    expect(chart.columns.map((c) => [c.label, c.total])).toEqual([['12-01', 4], ['12-02', 1], ['12-03', 0]]);
    const [critical, high] = chart.columns[0]!.segments;
    expect([critical!.severity, critical!.height, high!.severity, high!.height]).toEqual(['critical', 70, 'high', 70]);
    expect(critical!.y).toBeGreaterThan(high!.y);
    expect(chart.columns[1]!.segments.map((s) => s.height)).toEqual([35]);
    expect(chart.columns[2]!.segments).toEqual([]);
    expect(chart.rows.map((r) => r.label)).toEqual(['2026-12-01T02:00:00Z (scan 1)', '2026-12-02T02:00:00Z (scan 2)', '2026-12-03T02:00:00Z (this scan)']);
    expect(chart.rows[0]!.cells).toEqual([2, 2, 0, 0, 0]);
  });
});

describe('the section in the reports', () => {
  const trend = [point(4, '2026-12-01T02:00:00Z', 1, 3), point(0, '2026-12-02T02:00:00Z', 1, 2)];

  it('HTML: a section with the counts, the lists with cloud strings escaped, and an SVG trend with a title and a table fallback', () => {
    const result = withBaseline(sampleResult(), trend);
    const html = [...renderHtml(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    const section = html.slice(html.indexOf('<section id="since-last-scan">'), html.indexOf('</section>', html.indexOf('<section id="since-last-scan">')));
    expect(section).toContain('<h2>Since the last scan</h2>');
    expect(section).toContain('Compared with main-report.json, finished 2026-12-01T02:00:00Z');
    expect(section).toMatch(/<tr id="diff-count-new"><td>New failing<\/td><td>\d+<\/td>/);
    expect(section).toContain('<svg role="img" aria-label="Failing findings by severity over the last 2 scans"');
    expect(section).toContain('<title>Failing findings by severity over the last 2 scans</title>');
    expect(section).toContain('<summary>The trend as a table</summary>');
    expect(section).toContain('<td>2026-12-01T02:00:00Z (scan 4)</td><td>1</td><td>3</td><td>0</td><td>0</td><td>0</td><td>4</td>');
    expect(section).not.toContain(HOSTILE_NAME);
    expect(section).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('<a href="#since-last-scan">Since the last scan</a>');
  });

  it('HTML and Markdown without a baseline have no such section', () => {
    const vm = buildViewModel(sampleResult(), { ruleMeta: RULE_META });
    expect(vm.sinceLastScan).toBeNull();
    expect([...renderHtml(vm)].join('')).not.toContain('since-last-scan');
    expect([...renderMarkdown(vm)].join('')).not.toContain('Since the last scan');
  });

  it('Markdown: the section before the failing findings, cloud strings escaped, the trend as a table', () => {
    const md = [...renderMarkdown(buildViewModel(withBaseline(sampleResult(), trend), { ruleMeta: RULE_META }))].join('');
    const section = md.slice(md.indexOf('## Since the last scan'), md.indexOf('## Failing findings'));
    expect(section).toMatch(/^## Since the last scan\n\nCompared with main-report\.json, finished 2026-12-01T02:00:00Z: \*\*\d+ new, 0 resolved, 0 not re-assessed\*\*\.\n\n\| Change \| Findings \| By severity \|\n/);
    expect(section).toContain('| Scan | critical | high | medium | low | info | Total |\n|---|---:|---:|---:|---:|---:|---:|\n| 2026-12-01T02:00:00Z (scan 4) | 1 | 3 | 0 | 0 | 0 | 4 |');
    expect(section).toContain('### New failing (');
    expect(section).not.toContain(HOSTILE_NAME);
    expect(section.endsWith('\n\n')).toBe(true);
  });
});
