import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { loadSnapshot, writeSnapshot } from '../../../providers/snapshot/index.js';
import { runScan } from '../../../src/scan/run-scan.js';
import { packageRoot } from '../../../src/package-root.js';
import { wire } from '../../support/wire-assets.js';
import { ACCOUNT, REGION, collect, json11, query, stsCallerIdentity, useNock } from './support.js';
import { useTempDirs } from '../../support/temp-dirs.js';

const MEMBER = '736194028517';
const ALIASES_XML = readFileSync(join(packageRoot(), 'test/fixtures/wire/aws/iam/ListAccountAliases.xml'), 'utf8');
const IAM_DENIED = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::${ACCOUNT}:user/scanner is not authorized to perform: iam:ListAccountAliases</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

function listAccountAliases(xml: string, status = 200): nock.Scope {
  return query('iam.amazonaws.com', 'ListAccountAliases', undefined, xml, status);
}

describe('AWS account names', () => {
  useNock();
  const temp = useTempDirs('mlscan-names-');

  it('names the scanned account by its IAM alias', async () => {
    stsCallerIdentity();
    listAccountAliases(ALIASES_XML);
    const inventory = await collect({ collectors: [], accountAliases: true });
    expect(inventory.accounts).toEqual([{ provider: 'aws', id: ACCOUNT, name: 'prod-payments' }]);
    expect(inventory.gaps).toEqual([]);
  });

  it('an account without an alias has no name, and no note', async () => {
    stsCallerIdentity();
    listAccountAliases(ALIASES_XML.replace(/<AccountAliases>[\s\S]*<\/AccountAliases>/, '<AccountAliases/>'));
    const inventory = await collect({ collectors: [], accountAliases: true });
    expect(inventory.accounts).toEqual([{ provider: 'aws', id: ACCOUNT }]);
  });

  it('a denied alias leaves the name out with a note, never a coverage gap or a partial scan', async () => {
    stsCallerIdentity();
    listAccountAliases(IAM_DENIED, 403);
    const inventory = await collect({ collectors: [], accountAliases: true });
    expect(inventory.accounts).toEqual([{ provider: 'aws', id: ACCOUNT, note: 'iam:ListAccountAliases AccessDenied' }]);
    expect(inventory.gaps).toEqual([]);
    const { result } = await runScan({ sources: [{ name: 'aws', collect: async () => inventory }], rules: [] });
    expect(result.scan.partial).toBe(false);
  });

  it('takes the organisation names from ListAccounts (closed accounts left out) and asks IAM for none', async () => {
    stsCallerIdentity(ACCOUNT, REGION);
    json11('organizations.us-east-1.amazonaws.com', 'AWSOrganizationsV20161128.ListAccounts', undefined, wire('aws/organizations/ListAccounts.json'));
    query(
      `sts.${REGION}.amazonaws.com`,
      'AssumeRole',
      { RoleArn: `arn:aws:iam::${MEMBER}:role/MlscanReadOnly` },
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: sts:AssumeRole</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
      403,
    );
    const sent = new Set<string>();
    const inventory = await collect({ collectors: [], options: { org: true, role: 'MlscanReadOnly' }, sent, accountAliases: true });
    expect(inventory.accounts).toEqual([
      { provider: 'aws', id: ACCOUNT, name: 'org-management' },
      { provider: 'aws', id: MEMBER, name: 'prod-payments' },
    ]);
    expect(sent.has('iam:ListAccountAliases')).toBe(false);
    // The member it could not enter keeps its name; the denied AssumeRole is the only gap.
    expect(inventory.gaps.map((g) => [g.account, g.service])).toEqual([[MEMBER, 'sts']]);
  });

  it('names survive the scan result and a --save-snapshot / --snapshot round trip', async () => {
    stsCallerIdentity();
    listAccountAliases(ALIASES_XML);
    const inventory = await collect({ collectors: [], accountAliases: true });
    const file = join(temp(), 'estate.json');
    await writeSnapshot(file, inventory);
    const reread = await loadSnapshot(file);
    expect(reread.accounts).toEqual([{ provider: 'aws', id: ACCOUNT, name: 'prod-payments' }]);
    const { result } = await runScan({ sources: [{ name: 'snapshot', collect: async () => reread }], rules: [] });
    expect(result.accounts).toEqual([{ provider: 'aws', id: ACCOUNT, name: 'prod-payments' }]);
  });
});
