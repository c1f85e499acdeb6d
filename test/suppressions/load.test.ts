import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors.js';
import { checkRuleIds, loadSuppressions, loadSuppressionsFile } from '../../src/suppressions/index.js';
import { ruleRegistry } from '../../src/cli/compose.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-suppressions-load-');
const TODAY = '2026-12-04';

function file(text: string, name = 'suppressions.yaml'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const ENTRY = `  - rule: exposure/storage-public-access
    assets: ['arn:aws:s3:::harbourline-claims-partner-dropzone']
    reason: Partner drop zone, public by contract
    owner: claims-ops@harbourline.example
    expires: 2027-03-31
    ticket: https://tickets.example/SEC-101
`;

/** The one line a bad file gives (what the CLI prints after `mlscan: `). */
function problem(text: string, options: { maxDays?: number; name?: string } = {}): string {
  const path = file(text, options.name);
  try {
    loadSuppressionsFile(path, { today: TODAY, ...(options.maxDays ? { maxDays: options.maxDays } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message.slice(path.length + 2);
  }
  throw new Error('expected the file to be refused');
}

describe('loading a suppressions file', () => {
  it('reads YAML entries and names each by file and position unless it has an id', () => {
    const path = file(`suppressions:\n${ENTRY}  - id: SUP-7\n    rule: aws/sagemaker/*\n    accounts: ['736194028517']\n    tags: { environment: dev }\n    reason: Sandbox account\n    expires: 2026-12-20\n`);
    const entries = loadSuppressionsFile(path, { today: TODAY });
    expect(entries.map((e) => [e.id, e.source, e.at])).toEqual([
      [`${path}#1`, path, '$.suppressions[0]'],
      ['SUP-7', path, '$.suppressions[1]'],
    ]);
    expect(entries[0]).toMatchObject({ rule: 'exposure/storage-public-access', owner: 'claims-ops@harbourline.example', expires: '2027-03-31', ticket: 'https://tickets.example/SEC-101' });
    expect(entries[1]).toMatchObject({ accounts: ['736194028517'], tags: { environment: 'dev' } });
  });

  it('reads JSON too', () => {
    const path = file(JSON.stringify({ suppressions: [{ rule: 'exposure/', accounts: ['1'], reason: 'r', expires: '2027-01-01' }] }), 's.json');
    expect(loadSuppressionsFile(path, { today: TODAY })).toHaveLength(1);
  });

  it('refuses an expiry beyond the maximum lifetime, naming the field (default 365 days, configurable)', () => {
    const far = `suppressions:\n  - rule: exposure/*\n    accounts: ['1']\n    reason: r\n    expires: 2027-12-05\n`;
    expect(problem(far)).toBe('$.suppressions[0].expires: 2027-12-05 is 366 days away, more than the maximum lifetime of 365 days (--suppression-max-days)');
    expect(problem(far.replace('2027-12-05', '2027-12-04'), { maxDays: 30 })).toBe(
      '$.suppressions[0].expires: 2027-12-04 is 365 days away, more than the maximum lifetime of 30 days (--suppression-max-days)',
    );
    expect(loadSuppressionsFile(file(far.replace('2027-12-05', '2027-12-04')), { today: TODAY })).toHaveLength(1);
  });

  it('accepts an expiry in the past (the scan reports it expired; it does not apply)', () => {
    expect(loadSuppressionsFile(file(`suppressions:\n${ENTRY.replace('2027-03-31', '2025-01-01')}`), { today: TODAY })[0]?.expires).toBe('2025-01-01');
  });

  it.each([
    ['not YAML', 'suppressions: [\n', /^\$: not valid YAML at line \d/],
    ['not a list', 'suppressions: 3\n', '$.suppressions: expected a list'],
    ['an unknown top-level key', 'suppressions: []\nignore: 1\n', "$: unknown field(s) 'ignore'"],
    ['missing list', '{}\n', '$.suppressions: required'],
    ['missing reason', `suppressions:\n${ENTRY.replace(/ {4}reason:.*\n/, '')}`, '$.suppressions[0].reason: required'],
    ['empty reason', `suppressions:\n${ENTRY.replace(/reason:.*\n/, "reason: '  '\n")}`, '$.suppressions[0].reason: expected a non-empty string'],
    ['missing expires', `suppressions:\n${ENTRY.replace(/ {4}expires:.*\n/, '')}`, '$.suppressions[0].expires: required'],
    ['bad date', `suppressions:\n${ENTRY.replace('2027-03-31', '2027-02-30')}`, '$.suppressions[0].expires: expected a date YYYY-MM-DD'],
    ['date as words', `suppressions:\n${ENTRY.replace('2027-03-31', 'next spring')}`, '$.suppressions[0].expires: expected a date YYYY-MM-DD'],
    ['unknown key', `suppressions:\n${ENTRY}    resource: x\n`, "$.suppressions[0]: unknown field(s) 'resource'"],
    ['empty rule glob', `suppressions:\n${ENTRY.replace('rule: exposure/storage-public-access', "rule: ''")}`, '$.suppressions[0].rule: expected a rule id or glob'],
    ['missing rule', `suppressions:\n${ENTRY.replace(/ {2}- rule:.*\n {4}/, '  - ')}`, '$.suppressions[0].rule: required'],
    ['empty asset list', `suppressions:\n${ENTRY.replace(/assets:.*\n/, 'assets: []\n')}`, '$.suppressions[0].assets: expected at least one asset (leave the field out to match every asset)'],
    ['bad fingerprint', `suppressions:\n${ENTRY}    fingerprints: [abc]\n`, /^\$\.suppressions\[0\]\.fingerprints\[0\]: expected a finding fingerprint/],
    ['a rule glob that hides everything', 'suppressions:\n  - rule: "**"\n    reason: r\n    expires: 2027-01-01\n', "$.suppressions[0]: rule '**' with no assets, accounts, tags or fingerprints would suppress every finding"],
    ['a duplicate id', `suppressions:\n${ENTRY}    id: A\n${ENTRY}    id: A\n`, "$.suppressions[1].id: 'A' is used by an earlier suppression"],
  ])('refuses %s in one line naming the field', (_case, text, expected) => {
    const line = problem(text);
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });

  it('names a missing file', () => {
    expect(() => loadSuppressionsFile(join(tempDir(), 'none.yaml'), { today: TODAY })).toThrow(/none\.yaml: \$: file not found$/);
  });

  it('refuses a rule that matches no known rule (a typo is not an accepted risk)', () => {
    const entries = loadSuppressionsFile(file(`suppressions:\n${ENTRY.replace('storage-public-access', 'storage-public-acess')}`), { today: TODAY });
    expect(() => checkRuleIds(entries, ['exposure/storage-public-access'])).toThrow(
      "$.suppressions[0].rule: no rule matches 'exposure/storage-public-acess' (rule ids are paths such as exposure/storage-public-access; see: mlscan rules)",
    );
    expect(() => checkRuleIds(entries, ['exposure/storage-public-acess'])).not.toThrow();
  });

  it('puts the file entries and the config file inline entries together, each naming its source', () => {
    const path = file(`suppressions:\n${ENTRY}`);
    const set = loadSuppressions({
      today: TODAY,
      file: path,
      inline: { source: 'mlscan.yaml', entries: [{ rule: 'exposure/*', accounts: ['1'], reason: 'r', expires: '2026-12-31' }] },
      maxDays: 200,
      ruleIds: ['exposure/storage-public-access'],
    });
    expect(set?.sources).toEqual([path, 'mlscan.yaml']);
    expect(set?.maxDays).toBe(200);
    expect(set?.entries.map((e) => e.id)).toEqual([`${path}#1`, 'mlscan.yaml#1']);
    expect(loadSuppressions({ today: TODAY })).toBeUndefined();
  });
});

describe('the README example', () => {
  it('is a valid suppressions file naming real rules', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Suppressions'));
    const yaml = section.slice(section.indexOf('```yaml\n') + 8, section.indexOf('```\n', section.indexOf('```yaml\n')));
    const set = loadSuppressions({ today: TODAY, file: file(yaml), ruleIds: ruleRegistry().map((r) => r.meta.id) });
    expect(set?.entries.map((e) => e.rule)).toEqual(['exposure/storage-public-access', 'aws/sagemaker/*', 'versioning/endpoint-serves-unregistered-model']);
  });
});
