import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ScanResult } from '../../src/model/index.js';
import { readSnapshot } from '../../providers/snapshot/index.js';
import { REGION, ids } from '../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../fixtures/aws/lineage-wire.js';
import { useNock } from '../providers/aws/support.js';
import { AWS_CLI_ENV } from '../support/cli-env.js';
import { inProcessCli } from '../support/in-process-cli.js';

// `mlscan inventory --aws --out FILE` as a user runs it: a live inventory holds edges to resources
// it did not collect (an AWS-managed policy, a VPC outside the ML estate); it is written anyway,
// each absent end a reference with the reason, and `mlscan scan --snapshot` reads it back.
const DENIED_XML =
  '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: iam:GetRole</Message></Error><RequestId>r</RequestId></ErrorResponse>';

describe('mlscan inventory --aws', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a snapshot whose edges to uncollected resources are references, and rescans it offline', async () => {
    // IAM denies the account-wide read and GetRole: the execution role is not collected, but the
    // jobs and notebooks still name it. (Registered first: nock answers with the first match.)
    nock('https://iam.amazonaws.com')
      .post('/', (body: Record<string, string>) => body.Action === 'GetRole' || body.Action === 'GetAccountAuthorizationDetails')
      .times(2) // one account-wide read (shared by the roles and the endpoints), one GetRole
      .reply(403, DENIED_XML, { 'content-type': 'text/xml' });
    mockLineageEstate('virtual-host');
    const dir = mkdtempSync(join(tmpdir(), 'mlscan-inventory-e2e-'));
    dirs.push(dir);
    const file = join(dir, 'estate.json');
    const code = await main(['inventory', '--aws', '--aws-regions', REGION, '--out', file]);
    expect(stderr()).toMatch(/wrote \d+ assets/);
    expect(code).toBe(0);

    const snapshot = readSnapshot(file);
    const held = new Set(snapshot.assets.map((a) => a.id));
    const dangling = new Set(snapshot.edges.flatMap((e) => [e.from, e.to]).filter((id) => !held.has(id)));
    expect([...dangling]).toEqual([ids.role]);
    expect(snapshot.references).toEqual([
      { id: ids.role, reason: 'not-read', detail: expect.stringMatching(/^2 coverage gap\(s\) in account 111122223333 may have hidden it, e\.g\. iam AccessDenied$/) },
    ]);
    // The fixture's answer about the role (the account-wide read that holds it) was never given.
    const unreadRoleAnswers = nock.pendingMocks().filter((m) => m.includes('iam.amazonaws.com')).length;
    expect(unreadRoleAnswers).toBe(1);
    for (let i = 0; i < unreadRoleAnswers; i++) nock.removeInterceptor({ proto: 'https', hostname: 'iam.amazonaws.com', method: 'POST', path: '/' });

    const out = join(dir, 'report');
    // The gap travels with the snapshot: the offline scan is partial too (exit 3).
    expect(await main(['scan', '--snapshot', file, '--out', out, '--format', 'json', '--fail-on', 'none'])).toBe(3);
    const result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
    expect(result.inventory.assets).toHaveLength(snapshot.assets.length);
    // The endpoints' grants (GetAccountAuthorizationDetails) and the role (GetRole) are the two gaps.
    expect(result.coverage.gaps).toEqual([expect.objectContaining({ service: 'iam', errorCode: 'AccessDenied' }), expect.objectContaining({ service: 'iam', errorCode: 'AccessDenied' })]);
  });
});
