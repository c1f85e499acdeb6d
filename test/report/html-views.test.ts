// What the HTML report's navigation rests on (issue 13): "fix these first", the per-account and
// per-region breakdowns, the findings filters, control order, stale attestations, the coverage gap
// behind an unknown finding, path graphs, and the page as rendered without its script.
import { describe, expect, it } from 'vitest';
import { assetAnchor, controlAnchor } from '../../src/report/anchors.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { pathGraph } from '../../src/report/path-graph.js';
import { cloudCommands } from '../../src/report/top-findings.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { controlOrder, sourceTitle } from '../../src/report/view-model-navigation.js';
import { RULE_META, sampleResult } from './sample-result.js';

const ENDPOINT_ARN = 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring';
const BUCKET_ARN = 'arn:aws:s3:::training-data-raw';
const html = (vm: ReturnType<typeof buildViewModel>) => [...renderHtml(vm)].join('').replace(/<script type="application\/json" id="mlscan-data">[\s\S]*?<\/script>/, '');

describe('report navigation view model', () => {
  const vm = buildViewModel(sampleResult({ extraAssets: 4 }), { ruleMeta: RULE_META });

  it('puts the worst failing findings first, then the widest blast radius, each with its cloud\'s fix command', () => {
    expect(vm.priorities.more).toBe(0);
    expect(vm.priorities.rows.map((p) => [p.severity, p.ruleId, p.blastRadius, p.assetAnchor, p.groupAnchor])).toEqual([
      ['critical', 'integrity/public-endpoint-trained-on-public-data', 3, assetAnchor(ENDPOINT_ARN), 'fail:integrity/public-endpoint-trained-on-public-data'],
      ['high', 'exposure/workspace-public-network-access', 1, expect.stringMatching(/^asset-[0-9a-f]{12}$/), 'fail:exposure/workspace-public-network-access'],
    ]);
    expect(vm.priorities.rows[1]!.cli).toBe('az ml workspace update --name ws-prod --resource-group rg-ml --public-network-access Disabled');
    expect(cloudCommands('# AWS storage\naws s3 a\n# Azure storage\naz storage b\naz storage c', 'azure')).toEqual(['az storage b', 'az storage c']);
    expect(cloudCommands('aws one\naws two', 'azure')).toEqual(['aws one', 'aws two']);
  });

  it('breaks assets, failing, critical, high and unknown findings down per account and per region, worst first', () => {
    const [accounts, regions] = vm.breakdowns;
    expect(accounts!.rows.map((r) => [r.provider, r.account, r.assets, r.failing, r.critical, r.high, r.unknown])).toEqual([
      ['aws', '111122223333', 6, 1, 1, 0, 1],
      ['azure', '00000000-0000-0000-0000-000000000001', 1, 1, 0, 1, 0],
    ]);
    expect(accounts!.rows[0]!.filter).toBe('cloud=aws&account=111122223333&status=fail');
    expect(regions!.byRegion).toBe(true);
    expect(regions!.rows[0]).toMatchObject({ account: '111122223333', region: 'eu-west-1', filter: 'cloud=aws&account=111122223333&region=eu-west-1&status=fail' });
  });

  it('offers each filter only the values the listed findings hold', () => {
    const options = Object.fromEntries(vm.filters.selects.map((s) => [s.key, s.options.map((o) => o.value)]));
    expect(options).toEqual({
      cloud: ['aws', 'azure'],
      account: ['00000000-0000-0000-0000-000000000001', '111122223333'],
      region: [vm.inventory.rows.find((r) => r.kind === 'workspace')!.region, 'eu-west-1'].sort(),
      kind: ['endpoint', 'storage', 'workspace'],
      family: ['exposure', 'integrity', 'unmapped'],
      severity: ['critical', 'high', 'medium'],
      status: ['fail', 'error', 'unknown'],
      control: ['a-mlsg:A-MLSG-004-D007', 'mitre-atlas:AML.M0019', 'ms-ai-risk:5.5.2'],
    });
  });

  it('links groups to their controls, controls to the findings behind their counts, and assets to their rows', () => {
    const exposure = vm.findings.fail[1]!;
    expect(exposure.controlKeys).toBe('a-mlsg:A-MLSG-004-D007 ms-ai-risk:5.5.2');
    expect(exposure.controlLinks[1]).toEqual({ framework: 'ms-ai-risk', id: '5.5.2', anchor: controlAnchor('ms-ai-risk', '5.5.2') });
    const row = vm.gaps[0]!.controls.find((c) => c.controlId === '5.5.2')!;
    expect(row).toMatchObject({ anchor: controlAnchor('ms-ai-risk', '5.5.2'), filter: 'control=ms-ai-risk%3A5.5.2' });
    expect(vm.inventory.rows.find((r) => r.id === BUCKET_ARN)!.anchor).toBe(assetAnchor(BUCKET_ARN));
    expect(assetAnchor(BUCKET_ARN)).toMatch(/^asset-[0-9a-f]{12}$/);
  });

  it('orders control ids as people read them, and names a seed source by its title', () => {
    expect(['5.10.1', '5.2.4', '5.2.10', 'AML.M0010', 'AML.M0002'].sort(controlOrder)).toEqual(['5.2.4', '5.2.10', '5.10.1', 'AML.M0002', 'AML.M0010']);
    expect(sourceTitle('seeds/000_1b2718a75eac63dc.txt (Microsoft, AI Security Risk Assessment)')).toBe('Microsoft, AI Security Risk Assessment');
    expect(sourceTitle('NIST AI 100-1')).toBe('NIST AI 100-1');
  });

  it('flags an attestation older than the configured age, counted at the scan\'s finish', () => {
    const strict = buildViewModel(sampleResult(), { ruleMeta: RULE_META, attestationMaxAgeDays: 30 });
    expect(strict.gaps[0]!.controls[0]!.attestation).toMatchObject({ date: '2026-10-01', ageDays: 53, stale: true });
    expect(html(strict)).toContain('<strong class="stale">Stale: 53 days old, older than 30 days; ask the owner to confirm it.</strong>');
    expect(html(vm)).not.toContain('class="stale"');
    // The Markdown gap table lists every control; a stale attestation is flagged there too.
    const result = sampleResult();
    result.frameworks[0]!.controls[1]!.attestation = { control: '5.5.2', status: 'not-met', evidence: 'AUD-1', owner: 'it@example.com', date: '2025-01-02' };
    const md = [...renderMarkdown(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    expect(md).toContain('| 5.5.2 | Network isolation | Not met | 1 | 1 | 1 | exposure/workspace-public-network-access | Not met by it@example.com on 2025-01-02: AUD-1 **Stale: 690 days old.** |');
  });

  it('links an unknown finding to the coverage gap of its account, region and kind, and no other', () => {
    expect(vm.findings.unknown[0]!.findings[0]!.coverageGap).toBeUndefined();
    const result = sampleResult();
    result.coverage.gaps.push({ provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 's3', errorCode: 'AccessDenied', kinds: ['storage'] });
    const linked = buildViewModel(result, { ruleMeta: RULE_META });
    expect(linked.findings.unknown[0]!.findings[0]!.coverageGap).toBe('coverage-gap-2');
    expect(linked.coverage[1]!.anchor).toBe('coverage-gap-2');
    expect(html(linked)).toContain('<li class="could-not-read">Could not read: publicNetworkAccess · <a href="#coverage-gap-2">the coverage gap that hid it</a></li>');
  });

  it('lays a path out as boxes and arrows with a text alternative', () => {
    const graph = pathGraph([
      { id: 'a', name: 'fraud-scoring', kind: 'endpoint', anchor: 'asset-a' },
      { id: 'b', name: 'a-model-name-longer-than-the-box', kind: 'model', anchor: '' },
      { id: 'c', name: 'training-data-raw', kind: '', anchor: '' },
    ])!;
    expect(graph.label).toBe('Path: fraud-scoring (endpoint) → a-model-name-longer-than-the-box (model) → training-data-raw');
    expect(graph.nodes.map((n) => [n.x, n.name, n.kind])).toEqual([
      [1, 'fraud-scoring', 'endpoint'],
      [179, 'a-model-name-long…', 'model'],
      [357, 'training-data-raw', 'outside the scan'],
    ]);
    expect(graph.arrows).toEqual([
      { x1: 153, x2: 171, y: 21, head: '177,21 170,17 170,25' },
      { x1: 331, x2: 349, y: 21, head: '355,21 348,17 348,25' },
    ]);
    expect(graph.width).toBe(508);
    expect(pathGraph([{ id: 'a', name: 'a', kind: 'endpoint', anchor: '' }])).toBeUndefined();
  });
});

describe('the HTML page without its script', () => {
  const result = sampleResult({ extraAssets: 150 });
  const page = html(buildViewModel(result, { ruleMeta: RULE_META }));

  it('renders the first inventory page and every finding table\'s first page into the markup', () => {
    expect(page.match(/<tr id="asset-[0-9a-f]{12}">/g)).toHaveLength(100);
    expect(page).toContain("The first 100 of 153 assets; the report's script pages through the rest");
    expect(page.match(/<tr data-fingerprint="/g)).toHaveLength(4);
    expect(page).toContain(`<svg class="path-graph" role="img" aria-label="Path: fraud-scoring (endpoint) → arn:aws:sagemaker:eu-west-1:111122223333:model/not-in-scan → training-data-raw (storage)"`);
  });

  it('opens with "fix these first" and links counts to filtered findings views', () => {
    expect(page.indexOf('id="fix-first"')).toBeLessThan(page.indexOf('id="findings"'));
    expect(page).toContain('<a href="#findings" data-filter="control&#x3D;ms-ai-risk%3A5.5.2&amp;status=fail"');
    expect(page).toContain('data-filter="cloud&#x3D;aws&amp;account&#x3D;111122223333&amp;status&#x3D;fail"');
    expect(page).toContain('<a class="ref" href="#' + controlAnchor('ms-ai-risk', '5.5.2') + '"><span class="muted">ms-ai-risk</span> 5.5.2</a>');
    // Filters, pagers and the theme switch need the script: hidden until it runs.
    expect(page).toMatch(/<div class="filters js-only" id="finding-filters" role="search" aria-label="Filter findings" hidden>/);
    expect(page).toMatch(/<button id="theme-toggle" class="js-only" type="button" aria-pressed="false" hidden>/);
  });
});

describe('the Markdown report', () => {
  it('opens with "fix these first": one line per finding with its command as a code span', () => {
    const md = [...renderMarkdown(buildViewModel(sampleResult(), { ruleMeta: RULE_META }))].join('');
    const section = md.slice(md.indexOf('## Fix these first'), md.indexOf('## Failing findings'));
    expect(section.trim().split('\n').slice(2)).toEqual([
      '1. **critical** Public endpoint serves a model trained on publicly writable data (integrity/public-endpoint-trained-on-public-data) on fraud-scoring (aws 111122223333, blast radius 3).',
      '1. **high** ML workspace accepts traffic from the public internet (exposure/workspace-public-network-access) on &lt;img src=x onerror=alert(1)&gt; (azure 00000000-0000-0000-0000-000000000001, blast radius 1). Fix: `az ml workspace update --name ws-prod --resource-group rg-ml --public-network-access Disabled`',
    ]);
  });
});
