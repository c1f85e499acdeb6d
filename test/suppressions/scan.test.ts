import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { findingsAtOrAbove } from '../../src/scan/run-scan.js';
import type { ScanResult } from '../../src/model/index.js';
import { ScanResultSchema } from '../../src/model/index.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-suppressions-scan-');
const ESTATE = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');
const DROPZONE = 'arn:aws:s3:::harbourline-claims-partner-dropzone';
const PARTNER_FEED = '/subscriptions/6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34/resourceGroups/rg-mlplatform-prod-weu/providers/Microsoft.Storage/storageAccounts/stpartnerfeedprodweu';
/** A rule of the sample estate with two critical failing findings: the partner drop-zone bucket and the partner feed storage account. */
const RULE = 'exposure/storage-public-access';

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const SUPPRESSIONS = `# yaml-language-server: $schema=../src/config/schema/suppressions.schema.json
suppressions:
  - id: SEC-101
    rule: ${RULE}
    assets: ['${DROPZONE}']
    reason: Partner drop zone is public by contract <b>until</b> the SFTP move
    owner: claims-ops@harbourline.example
    expires: ${day(20)}
    ticket: https://tickets.example/browse/SEC-101
  - id: SEC-102
    rule: exposure/
    assets: ['/SUBSCRIPTIONS/*/resourceGroups/rg-mlplatform-prod-weu/providers/Microsoft.Storage/storageAccounts/stpartnerfeed*']
    reason: Same partner, Azure side
    expires: ${day(90)}
    ticket: SEC-102
  - rule: exposure/*
    accounts: ['000000000000']
    reason: Old sandbox account
    expires: ${day(200)}
  - rule: exposure/**
    tags: { DataClassification: Internal }
    reason: Lapsed exception
    expires: ${day(-3)}
`;

function captureStderr(): () => string {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return () => stderr;
}

async function scan(args: string[]): Promise<{ code: number; out: string; stderr: string; result: () => ScanResult }> {
  const out = join(tempDir(), 'report');
  const stderr = captureStderr();
  const code = await main(['scan', '--snapshot', ESTATE, '--rules', RULE, '--fail-on', 'critical', '--allow-partial', '--out', out, ...args]);
  const text = stderr();
  vi.restoreAllMocks();
  return { code, out, stderr: text, result: () => ScanResultSchema.parse(JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8'))) };
}

function suppressionsFile(text = SUPPRESSIONS): string {
  const path = join(tempDir(), 'suppressions.yaml');
  writeFileSync(path, text);
  return path;
}

describe('mlscan scan --suppressions on the sample estate', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  it('without suppressions two critical findings fail the gate', async () => {
    const run = await scan(['--format', 'json']);
    expect(run.code).toBe(1);
    const critical = findingsAtOrAbove(run.result().findings, 'critical');
    expect(critical.map((f) => f.assetId).sort()).toEqual([PARTNER_FEED, DROPZONE]);
    expect(run.result().suppressions).toBeUndefined();
  });

  it('suppressing one of the two leaves exit 1, naming the other', async () => {
    const file = suppressionsFile(SUPPRESSIONS.replace(/ {2}- id: SEC-102\n(?: {4}.*\n)+/, ''));
    const run = await scan(['--suppressions', file, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1 finding\(s\) at or above critical: exit 1\n +critical +exposure\/storage-public-access  stpartnerfeedprodweu /);
    expect(run.result().findings.filter((f) => f.status === 'suppressed').map((f) => f.assetId)).toEqual([DROPZONE]);
  });

  it('a suppression of that finding turns exit 1 into 0; the finding stays in the JSON as suppressed with its reason', async () => {
    const file = suppressionsFile();
    const run = await scan(['--suppressions', file, '--format', 'json,html,md,csv']);
    expect(run.code).toBe(0);
    const result = run.result();
    const accepted = result.findings.filter((f) => f.status === 'suppressed');
    expect(accepted.map((f) => [f.assetId, f.severity, f.suppression?.status, f.suppression?.id])).toEqual([
      [PARTNER_FEED, 'critical', 'fail', 'SEC-102'],
      [DROPZONE, 'critical', 'fail', 'SEC-101'],
    ]);
    expect(accepted[1]?.suppression).toMatchObject({ reason: 'Partner drop zone is public by contract <b>until</b> the SFTP move', owner: 'claims-ops@harbourline.example', ticket: 'https://tickets.example/browse/SEC-101' });
    expect(findingsAtOrAbove(result.findings, 'critical')).toEqual([]);
    expect(result.suppressions?.sources).toEqual([file]);
    expect(result.suppressions?.entries.map((e) => [e.id, e.state])).toEqual([
      ['SEC-101', 'expiring'],
      ['SEC-102', 'active'],
      [`${file}#3`, 'unmatched'],
      [`${file}#4`, 'expired'],
    ]);
    // The expired one no longer hides the internal bucket it would have matched.
    expect(result.suppressions?.entries[3]?.matched).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.status === 'fail' && f.assetId !== DROPZONE)).toBe(true);

    expect(run.stderr).toMatch(/, 2 suppressed\n/);
    expect(run.stderr).toContain(`suppression ${file}#4 expired on ${day(-3)}: no longer applied, its `);
    expect(run.stderr).toContain(`suppression ${file}#3 matched no finding (rule exposure/*): remove it or correct its selectors`);
    expect(run.stderr).toContain('1 suppression(s) expire within 30 days (see the report)');
  });

  it('the HTML report lists the suppressed finding and the suppressions table, escaped', async () => {
    const file = suppressionsFile();
    const { out } = await scan(['--suppressions', file, '--format', 'html,md,findings-csv']);
    const html = readFileSync(join(out, 'mlscan-report.html'), 'utf8');
    const shown = [
      '<h3>Suppressed (accepted risks) <span class="muted">(1 rule)</span></h3>',
      'id="suppressed:exposure/storage-public-access"',
      '<td class="mono">SEC-102</td>',
      '<h3 class="suppressions-expiring">Expiring within 30 days <span class="muted">(1)</span></h3>',
      '<h3 class="suppressions-expired">Expired <span class="muted">(1)</span></h3>',
      '<h3 class="suppressions-unmatched">Unmatched <span class="muted">(1)</span></h3>',
      '<td>Partner drop zone is public by contract &lt;b&gt;until&lt;/b&gt; the SFTP move</td>',
      '<a href="https://tickets.example/browse/SEC-101" rel="noopener noreferrer">https://tickets.example/browse/SEC-101</a>',
      `${day(20)} <span class="muted">(in 20 days)</span>`,
    ];
    expect(shown.filter((fragment) => !html.includes(fragment))).toEqual([]);
    expect(html).not.toContain('<b>until</b>');
    // The finding's own row (drawn by the report's script) carries the suppression in the data island.
    const island = html.slice(html.indexOf('id="mlscan-data">'));
    expect(island).toContain('"suppressed:exposure/storage-public-access":[{');
    // (src/report/html-data.ts: a compact finding's suppression is its `u` field)
    expect(island).toContain('"u":{"status":"fail","id":"SEC-101"');

    const md = readFileSync(join(out, 'mlscan-report.md'), 'utf8');
    expect(md).toContain('## Suppressions\n\n2 finding(s) suppressed as accepted risks');
    expect(md).toContain(`| Expiring within 30 days | SEC-101 | exposure/storage-public-access | assets ${DROPZONE} | Partner drop zone is public by contract &lt;b&gt;until&lt;/b&gt; the SFTP move |`);
    expect(md).toContain('| Active | SEC-102 | exposure/ | assets /SUBSCRIPTIONS/\\*/resourceGroups/');

    const csv = readFileSync(join(out, 'mlscan-findings.csv'), 'utf8').split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv.find((line) => line.startsWith('suppressed,'))!;
    expect(header.slice(-6)).toEqual(['suppressedStatus', 'suppressionId', 'suppressionReason', 'suppressionOwner', 'suppressionExpires', 'suppressionTicket']);
    expect(row).toContain(`,fail,SEC-101,Partner drop zone is public by contract <b>until</b> the SFTP move,claims-ops@harbourline.example,${day(20)},https://tickets.example/browse/SEC-101`);
  });

  it('reads inline suppressions and suppressionsFile from the config file (paths relative to it)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'accepted.yaml'), SUPPRESSIONS);
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(
      config,
      `suppressionsFile: accepted.yaml\nsuppressionMaxDays: 300\nsuppressions:\n  - rule: ${RULE}\n    accounts: ['418273645091']\n    reason: inline\n    expires: ${day(100)}\n`,
    );
    const run = await scan(['--config', config, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = run.result().suppressions!;
    expect(report.sources).toEqual([join(dir, 'accepted.yaml'), config]);
    expect(report.maxDays).toBe(300);
    expect(report.entries.map((e) => e.id)).toEqual(['SEC-101', 'SEC-102', `${join(dir, 'accepted.yaml')}#3`, `${join(dir, 'accepted.yaml')}#4`, `${config}#1`]);
  });

  it.each([
    ['an expiry beyond --suppression-max-days', ['--suppression-max-days', '100'], SUPPRESSIONS, '$.suppressions[2].expires: ', 'more than the maximum lifetime of 100 days (--suppression-max-days)'],
    ['a missing reason', [], SUPPRESSIONS.replace(/ {4}reason: Old sandbox account\n/, ''), '$.suppressions[2].reason: required', ''],
    ['a rule that names no rule', [], SUPPRESSIONS.replace('rule: exposure/*', 'rule: exposure/storage-public'), "$.suppressions[2].rule: no rule matches 'exposure/storage-public'", ''],
  ])('refuses %s before scanning: one line, exit 2, nothing written', async (_case, args, text, field, tail) => {
    const file = suppressionsFile(text);
    const run = await scan(['--suppressions', file, '--format', 'json', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain(`mlscan: ${file}: ${field}`);
    expect(run.stderr.trimEnd().endsWith(tail)).toBe(true);
    expect(() => readFileSync(join(run.out, 'mlscan-report.json'))).toThrow(/ENOENT/);
  });
});
