import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml, type HtmlData } from '../../src/report/html.js';
import { shortFingerprint } from '../../src/report/findings-view.js';
import { compileTemplate } from '../../src/report/templates.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { HOSTILE_NAME, HOSTILE_TAG, RULE_META, sampleResult } from './sample-result.js';

const page = [...renderHtml(buildViewModel(sampleResult(), { ruleMeta: RULE_META }))].join('');

function island(html: string): string {
  const match = /<script type="application\/json" id="mlscan-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data island');
  return match[1]!;
}

describe('HTML report', () => {
  it('escapes cloud strings in the rendered markup', () => {
    const markup = page.replace(island(page), '');
    expect(markup).toContain('not authorized &lt;b&gt;');
    expect(markup).not.toContain(HOSTILE_NAME);
    expect(markup).not.toContain('<script>window');
    const withHostileAccount = sampleResult();
    withHostileAccount.inventory.assets[0]!.account = '"><svg onload=alert(1)>';
    withHostileAccount.findings[1]!.account = '"><svg onload=alert(1)>';
    const html = [...renderHtml(buildViewModel(withHostileAccount, { ruleMeta: RULE_META }))].join('');
    const hostileMarkup = html.replace(island(html), '');
    // The account id lands in the account filter and the account chart.
    expect(hostileMarkup).toContain('<option value="&quot;&gt;&lt;svg onload&#x3D;alert(1)&gt;">&quot;&gt;&lt;svg onload&#x3D;alert(1)&gt;</option>');
    expect(hostileMarkup).toContain('<title>&quot;&gt;&lt;svg onload&#x3D;alert(1)&gt;: 1</title>');
    expect(hostileMarkup).not.toContain('<svg onload');
  });

  it('embeds data that cannot close its script element, and reads back unchanged', () => {
    const json = island(page);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(json) as HtmlData;
    // Inventory rows: [idFront, idRest, name, kind, provider, account, region, [tags], failing, anchor], repeated strings by index.
    const workspace = data.inventory.find((r) => data.strings[r[3]] === 'workspace')!;
    expect(workspace[2]).toBe(HOSTILE_NAME);
    expect(workspace[7].map((i) => data.strings[i])).toContain(`owner=${HOSTILE_TAG}`);
    expect(data.strings[workspace[0]]! + workspace[1]).toBe(sampleResult().inventory.assets[0]!.id);
    expect(Object.keys(data.findings)).toEqual([
      'fail:integrity/public-endpoint-trained-on-public-data',
      'fail:exposure/workspace-public-network-access',
      'error:logging/unregistered-rule',
      'unknown:exposure/workspace-public-network-access',
    ]);
  });

  it('gives every listed finding its short id (the first 12 hex digits of its fingerprint): in the data, as a row attribute and visibly', () => {
    const data = JSON.parse(island(page)) as HtmlData;
    const listed = Object.values(data.findings).flat();
    const expected = sampleResult().findings.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable');
    expect(listed.map((f) => f.f).sort()).toEqual(expected.map((f) => shortFingerprint(f.fingerprint)).sort());
    // A finding points at its asset's inventory row rather than repeating the asset.
    const rows = data.inventory.map((r) => data.strings[r[0]]! + r[1]);
    expect(listed.map((f) => rows[f.a]).sort()).toEqual(expected.map((f) => f.assetId).sort());
    expect(page).toContain("tr.setAttribute('data-fingerprint', f.fingerprint)");
    expect(page).toContain("'Id: ' + f.fingerprint");
    expect(page).toContain(`<tr data-fingerprint="${shortFingerprint(expected[0]!.fingerprint)}">`);
  });

  it('allows only its own inline script and style, by hash, and nothing from the network', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!.replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toBe(`default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(page.replace(island(page), '')).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|url\(/i);
    // One executable script only: the data island is inert JSON.
    expect(page.match(/<script[\s>]/g)).toHaveLength(2);
  });

  it('shows remediation CLI and Terraform as preformatted text', () => {
    expect(page).toContain('<pre><code>az ml workspace update --name ws-prod --resource-group rg-ml --public-network-access Disabled</code></pre>');
    expect(page).toContain('<pre><code>resource &quot;azurerm_machine_learning_workspace&quot; &quot;ws&quot; {\n  public_network_access_enabled &#x3D; false\n}</code></pre>');
  });

  it('compiles strictly: a view model missing a field throws instead of printing nothing', () => {
    const template = compileTemplate<unknown>('report.html.hbs', { partials: true });
    expect(() => template({ vm: { title: 't' }, csp: '', assets: { style: '', script: '' } })).toThrow(/not defined/);
  });
});
