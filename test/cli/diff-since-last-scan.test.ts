import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ScanResultSchema, type ScanResult } from '../../src/model/index.js';
import { inProcessCli, runCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-diff-');
const stderr = inProcessCli([], {});
const estate = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');

/** The account hidden behind a coverage gap in the changed snapshot (the Azure sandbox subscription). */
const HIDDEN_ACCOUNT = 'b3e9d4f2-71a6-4c58-8e2d-0f9a6c3b5e17';
/** Fixed: key rotation turned on (its only failing finding is the rotation rule). */
const FIXED_ASSET = 'alias/ds-sandbox';
/** Made public: the production SageMaker domain opens to the internet (its exposure rule passed before). */
const OPENED_ASSET = 'harbourline-ml-prod';

interface SnapshotAsset { id: string; name: string; account: string; facts: Record<string, unknown> }
interface Snapshot { assets: SnapshotAsset[]; edges: { from: string; to: string }[]; coverage: { gaps: Record<string, unknown>[] } }

/** The sample estate with one asset fixed, one made public and one account hidden behind a coverage gap. */
function changedEstate(dir: string): string {
  const snapshot = JSON.parse(readFileSync(estate, 'utf8')) as Snapshot;
  const asset = (name: string) => snapshot.assets.find((a) => a.name === name)!;
  asset(FIXED_ASSET).facts.keyRotation = true;
  asset(OPENED_ASSET).facts.publicNetworkAccess = true;
  const hidden = new Set(snapshot.assets.filter((a) => a.account === HIDDEN_ACCOUNT).map((a) => a.id));
  snapshot.assets = snapshot.assets.filter((a) => !hidden.has(a.id));
  snapshot.edges = snapshot.edges.filter((e) => !hidden.has(e.from) && !hidden.has(e.to));
  snapshot.coverage.gaps.push({ provider: 'azure', account: HIDDEN_ACCOUNT, service: 'Microsoft.Resources', errorCode: 'AuthorizationFailed', message: 'no authorization to list resources' });
  const file = join(dir, 'changed-estate.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

async function scan(snapshot: string, out: string, ...extra: string[]): Promise<{ code: number; result: ScanResult }> {
  const code = await main(['scan', '--snapshot', snapshot, '--format', 'json,md,html,summary', '--out', out, '--fail-on', 'none', '--allow-partial', ...extra]);
  return { code, result: ScanResultSchema.parse(JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8'))) };
}

const run = runCli;

const isFailing = (f: { status: string }) => f.status === 'fail' || f.status === 'error';

describe('since the last scan, through the CLI on the sample estate', () => {
  let dir: string;
  let first: ScanResult;
  let baseline: string;
  let again: ScanResult;
  let changed: ScanResult;
  let changedFile: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    // beforeAll runs outside the per-test stderr capture: silence the scans' summaries.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    dir = mkdtempSync(join(tmpdir(), 'mlscan-diff-kept-'));
    first = (await scan(estate, join(dir, 'first'))).result;
    baseline = join(dir, 'first', 'mlscan-report.json');
    again = (await scan(estate, join(dir, 'again'), '--baseline', baseline)).result;
    changedFile = changedEstate(dir);
    changed = (await scan(changedFile, join(dir, 'changed'), '--baseline', baseline)).result;
    vi.restoreAllMocks();
  });

  it('two scans of the same estate give an empty diff: every change category 0, no asset added or removed', () => {
    const since = again.sinceLastScan!;
    expect(since.baseline).toEqual({ source: 'file', file: baseline, finishedAt: first.scan.finishedAt });
    expect(since.counts).toEqual({ new: 0, regressed: 0, resolved: 0, assetRemoved: 0, notReassessed: 0, newlyUnknown: 0, accepted: 0, stillFailing: first.findings.filter(isFailing).length });
    expect(since.assets).toEqual({ added: [], removed: [], notSeen: [] });
    expect(first.sinceLastScan).toBeUndefined();
  });

  it('the changed estate gives exactly one resolved, one new (pass → fail: regressed) and the hidden account as not re-assessed', () => {
    const since = changed.sinceLastScan!;
    const hiddenFailing = first.findings.filter((f) => f.account === HIDDEN_ACCOUNT && isFailing(f));
    expect(hiddenFailing.length).toBeGreaterThan(10);
    expect(since.findings.resolved.map((c) => [c.assetName, c.ruleId, c.before, c.after])).toEqual([[FIXED_ASSET, 'encryption/kms-key-rotation-disabled', 'fail', 'pass']]);
    expect(since.findings.regressed.map((c) => [c.assetName, c.ruleId, c.before, c.after])).toEqual([[OPENED_ASSET, 'exposure/workspace-public-network-access', 'pass', 'fail']]);
    expect(since.counts.new).toBe(0);
    expect(since.findings.notReassessed.map((c) => c.fingerprint).sort()).toEqual(hiddenFailing.map((f) => f.fingerprint).sort());
    expect(since.findings.notReassessed.every((c) => c.before !== undefined && c.after === undefined)).toBe(true);
    expect([since.counts.assetRemoved, since.counts.newlyUnknown, since.counts.accepted]).toEqual([0, 0, 0]);
    expect(since.counts.stillFailing).toBe(first.findings.filter(isFailing).length - hiddenFailing.length - 1);
    expect(since.assets.removed).toEqual([]);
    expect(since.assets.added).toEqual([]);
    expect(since.assets.notSeen.length).toBe(first.inventory.assets.filter((a) => a.account === HIDDEN_ACCOUNT).length);
  });

  it('puts the section in the HTML, Markdown and summary reports, linking the HTML rows to the rule groups', () => {
    const html = readFileSync(join(dir, 'changed', 'mlscan-report.html'), 'utf8');
    const headline = `1 new (1 regressed from pass), 1 resolved, ${changed.sinceLastScan!.counts.notReassessed} not re-assessed`;
    expect(html).toContain('<section id="since-last-scan">');
    expect(html).toContain(`<strong>${headline}</strong>`);
    expect(html).toContain('<a href="#fail:exposure/workspace-public-network-access">exposure/workspace-public-network-access</a>');
    expect(html).toContain('id="fail:exposure/workspace-public-network-access"');
    const md = readFileSync(join(dir, 'changed', 'mlscan-report.md'), 'utf8');
    expect(md).toContain('## Since the last scan');
    expect(md).toContain(`**${headline}**`);
    expect(md).toMatch(/### Regressed \(pass → fail\) \(1\)\n\n\| Severity .*\n\|.*\n\| high \| exposure\/workspace-public-network-access \| harbourline-ml-prod \(workspace\) \| aws 418273645091 \| pass → fail \|/);
    expect(readFileSync(join(dir, 'changed', 'mlscan-summary.md'), 'utf8')).toContain(`**Since ${first.scan.finishedAt}:** ${headline}`);
    expect(readFileSync(join(dir, 'first', 'mlscan-report.md'), 'utf8')).not.toContain('Since the last scan');
  });

  it('reads a 2.1 report (before `accounts`) as a baseline: the same estate gives an empty diff', async () => {
    const older = JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, unknown>;
    older.schemaVersion = '2.1';
    delete older.accounts;
    const file = join(tempDir(), 'report-2.1.json');
    writeFileSync(file, JSON.stringify(older));
    const { code, result } = await scan(estate, join(tempDir(), 'out'), '--baseline', file);
    expect(code).toBe(0);
    expect(result.schemaVersion).toBe('2.2');
    expect(result.sinceLastScan!.counts).toMatchObject({ new: 0, regressed: 0, resolved: 0, notReassessed: 0 });
  });

  it('prints the since line on stderr', async () => {
    await scan(changedFile, join(tempDir(), 'out'), '--baseline', baseline);
    expect(stderr()).toContain(`  since ${first.scan.finishedAt}: 1 new (1 regressed from pass), 1 resolved, ${changed.sinceLastScan!.counts.notReassessed} not re-assessed\n`);
  });

  it('--fail-on-new: exit 1 for a new finding at or above --fail-on, 0 below it, and 0 for the unchanged estate', async () => {
    const out = join(tempDir(), 'out');
    const args = (snapshot: string, failOn: string) => ['scan', '--snapshot', snapshot, '--format', 'json', '--out', out, '--baseline', baseline, '--fail-on-new', '--fail-on', failOn, '--allow-partial'];
    expect(await main(args(changedFile, 'high'))).toBe(1);
    expect(stderr()).toContain('1 new finding(s) at or above high: exit 1\n    high     exposure/workspace-public-network-access  harbourline-ml-prod');
    expect(await main(args(changedFile, 'critical'))).toBe(0);
    expect(stderr()).toContain('nothing new failing at or above critical');
    expect(await main(args(estate, 'info'))).toBe(0);
    // Without --fail-on-new the same scan fails on everything at or above high.
    expect(await main(args(estate, 'high').filter((a) => a !== '--fail-on-new'))).toBe(1);
  });

  it('--fail-on-new without --baseline or --history is one line, exit 2, before anything is written', async () => {
    const out = join(tempDir(), 'out');
    expect(await main(['scan', '--snapshot', estate, '--out', out, '--fail-on-new'])).toBe(2);
    expect(stderr()).toBe('mlscan: scan: --fail-on-new needs a baseline: give --baseline FILE (a previous mlscan-report.json) or --history FILE\n');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['missing.json', null, '$: file not found'],
    ['broken.json', '{"schemaVersion": "2.0",', '$: not valid JSON'],
    ['estate.json', 'SNAPSHOT', '$: not an mlscan JSON report (mlscan-report.json)'],
    ['legacy.json', JSON.stringify({ schemaVersion: '1.0', findings: [] }), '$.schemaVersion: a 1.0 report has no finding fingerprints to diff on'],
  ])('a bad --baseline (%s) is one line naming the file and field, exit 2, nothing written', async (name, content, problem) => {
    const scratch = tempDir();
    const file = join(scratch, name);
    if (content !== null) writeFileSync(file, content === 'SNAPSHOT' ? readFileSync(estate) : content);
    const out = join(scratch, 'out');
    expect(await main(['scan', '--snapshot', estate, '--out', out, '--baseline', file])).toBe(2);
    expect(stderr()).toMatch(new RegExp(`^mlscan: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ${problem.replace(/[.*+?^${}()|[\]\\/$]/g, '\\$&')}[^\n]*\n$`));
    expect(existsSync(out)).toBe(false);
  });

  it('a baseline that breaks the schema names the field', async () => {
    const file = join(tempDir(), 'tampered.json');
    const tampered = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: { fingerprint: string }[] };
    tampered.findings[3]!.fingerprint = 'not-a-fingerprint';
    writeFileSync(file, JSON.stringify(tampered));
    expect(await main(['scan', '--snapshot', estate, '--out', join(tempDir(), 'out'), '--baseline', file])).toBe(2);
    expect(stderr()).toMatch(/^mlscan: .*tampered\.json: \$\.findings\[3\]\.fingerprint: .*\n$/);
  });

  describe('mlscan diff on JSON reports', () => {
    const changedReport = () => join(dir, 'changed', 'mlscan-report.json');

    it('prints the counts and the lists, and exits 1 for a new finding at or above high', async () => {
      const { code, stdout } = await run('diff', '--from', baseline, '--to', changedReport());
      expect(code).toBe(1);
      expect(stdout).toContain(`mlscan diff: report ${baseline} (${first.scan.finishedAt}) → report ${changedReport()} (${changed.scan.finishedAt})\n`);
      expect(stdout).toMatch(/\n {2}Regressed \(pass → fail\) +1 {2}\(1 high\)\n/);
      expect(stdout).toMatch(/\n {2}Resolved +1 {2}\(1 medium\)\n/);
      expect(stdout).toContain(`\nNot re-assessed (coverage gap) (${changed.sinceLastScan!.counts.notReassessed})\n`);
      expect(stdout).toContain('\n  high     exposure/workspace-public-network-access  harbourline-ml-prod (aws 418273645091)  pass → fail\n');
      expect(await main(['diff', '--from', baseline, '--to', changedReport(), '--fail-on', 'critical'])).toBe(0);
    });

    it('--json gives the same categories as the scan result; --format md the Markdown section', async () => {
      const json = JSON.parse((await run('diff', '--from', baseline, '--to', changedReport(), '--json')).stdout) as Record<string, unknown>;
      const since = changed.sinceLastScan!;
      expect(json).toEqual({ from: since.baseline, to: { source: 'file', file: changedReport(), finishedAt: changed.scan.finishedAt }, counts: since.counts, bySeverity: since.bySeverity, findings: since.findings, assets: since.assets });
      const md = (await run('diff', '--from', baseline, '--to', changedReport(), '--format', 'md', '--fail-on', 'none'));
      expect(md.code).toBe(0);
      expect(md.stdout).toMatch(/^## mlscan diff\n\nCompared with .*mlscan-report\.json, finished .*: \*\*1 new \(1 regressed from pass\), 1 resolved, \d+ not re-assessed\*\*\./);
    });

    it('two reports of the same estate: every count 0, exit 0', async () => {
      const { code, stdout } = await run('diff', '--from', baseline, '--to', join(dir, 'again', 'mlscan-report.json'), '--fail-on', 'info');
      expect(code).toBe(0);
      expect(stdout).toMatch(/\n {2}New failing +0\n/);
      expect(stdout).toContain('  assets: 0 added, 0 removed, 0 not seen (behind a coverage gap)\n');
    });

    it('a history id without --history, or no sides at all, is a usage error (exit 2)', async () => {
      expect(await main(['diff', '--from', '3', '--to', baseline])).toBe(2);
      expect(stderr()).toBe('mlscan: diff: --from 3: a history id needs --history FILE (or give a JSON report file)\n');
      expect(await main(['diff'])).toBe(2);
      expect(stderr()).toContain('mlscan: diff: give --from and --to (JSON reports or history ids), or --history FILE');
    });
  });
});
