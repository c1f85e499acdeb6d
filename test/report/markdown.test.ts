import { describe, expect, it } from 'vitest';
import { MARKDOWN_FINDING_ROWS, renderMarkdown } from '../../src/report/markdown.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { RULE_META, sampleResult } from './sample-result.js';

const render = (result = sampleResult()) => [...renderMarkdown(buildViewModel(result, { ruleMeta: RULE_META }))].join('');

describe('Markdown report', () => {
  const md = render();

  it('lists failing findings worst first with cloud strings escaped to one table row, each with its short fingerprint', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| critical') || l.startsWith('| high'));
    const [critical, high] = sampleResult().findings.map((f) => f.fingerprint.slice('mlscan/v1/'.length, 'mlscan/v1/'.length + 12));
    expect(critical).toMatch(/^[0-9a-f]{12}$/);
    expect(rows).toEqual([
      `| critical | tier high, likelihood high |  | Public endpoint serves a model trained on publicly writable data (integrity/public-endpoint-trained-on-public-data) | fraud-scoring (endpoint, 111122223333) | fraud-scoring serves a model trained on training-data-raw, which anyone can write | \`${critical}\` |`,
      `| high | tier medium, likelihood medium |  | ML workspace accepts traffic from the public internet (exposure/workspace-public-network-access) | &lt;img src=x onerror=alert(1)&gt; (workspace, 00000000-0000-0000-0000-000000000001) | &lt;img src=x onerror=alert(1)&gt; &#124; accepts \\*public\\* traffic new line | \`${high}\` |`,
    ]);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
  });

  it('summarises, flags a partial scan, and lists every control (met ones too) and coverage gaps', () => {
    expect(md).toContain('| 3 | 2 | 2 | 1 | 1 | 0 | 0 | 0 | 1 | 1 |');
    expect(md).toContain('> **Partial scan:** coverage gaps: 1. Assets behind them are missing from every verdict below.');
    expect(md).toContain('\n3 controls: 1 met, 0 partly met, 1 not met, 1 not assessed; 1 attested. Source: seeds/000.\n');
    expect(md).toContain('| 5.2.1 | Data classification policy | Met | 0 | 0 | 0 | none: attestation only | Met by ciso@example.com on 2026-10-01: POL-12 |');
    expect(md).toContain('| 5.5.2 | Network isolation | Not met | 1 | 1 | 1 | exposure/workspace-public-network-access |  |');
    expect(md).toContain('| 5.7.1 | Incident playbooks | Not assessed | 0 | 0 | 0 | none: attestation only |  |');
    expect(md).toContain('| aws | 444455556666 | us-east-1 | sagemaker | AccessDenied | not authorized &lt;b&gt; |');
  });

  it('caps the findings table and says where the rest is', () => {
    const result = sampleResult();
    const template = result.findings[0]!;
    result.findings = Array.from({ length: MARKDOWN_FINDING_ROWS + 5 }, (_, i) => ({ ...template, assetId: `a-${i}` }));
    const big = render(result);
    expect(big.split('\n').filter((l) => l.startsWith('| critical'))).toHaveLength(MARKDOWN_FINDING_ROWS);
    expect(big).toContain('… and 5 more failing findings: see the HTML or JSON report.');
  });
});
