import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../src/scan/source.js';
import { domains } from '../../../providers/aws/collectors/sagemaker.js';
import { REGION, collect, query, stsCallerIdentity, useNock } from './support.js';
import { rules } from '../../../rules/index.js';
import { findingsAtOrAbove, runScan } from '../../../src/scan/run-scan.js';
import { scanExitCode } from '../../../src/cli/exit-codes.js';
import { formatSummary } from '../../../src/cli/summary.js';
import { createStyler } from '../../../src/cli/output.js';

const MANAGEMENT = '111122223333';
const MEMBER = '444455556666';
const DENIED = '777788889999';

function domainsFor(account: string, accessKeyId: string) {
  return nock(`https://api.sagemaker.${REGION}.amazonaws.com`)
    .post('/')
    .matchHeader('x-amz-target', 'SageMaker.ListDomains')
    .matchHeader('authorization', (v: string) => v.includes(`Credential=${accessKeyId}/`))
    .reply(
      200,
      JSON.stringify({
        Domains: [{ DomainArn: `arn:aws:sagemaker:${REGION}:${account}:domain/d-${account}`, DomainId: `d-${account}`, DomainName: `studio-${account}` }],
      }),
      { 'content-type': 'application/x-amz-json-1.1' },
    );
}

function describeDomain(account: string) {
  return nock(`https://api.sagemaker.${REGION}.amazonaws.com`)
    .post('/', (b: Record<string, unknown>) => b.DomainId === `d-${account}`)
    .matchHeader('x-amz-target', 'SageMaker.DescribeDomain')
    .reply(200, JSON.stringify({ DomainId: `d-${account}`, AppNetworkAccessType: 'VpcOnly', AuthMode: 'SSO' }), {
      'content-type': 'application/x-amz-json-1.1',
    });
}

function tags(account: string) {
  return nock(`https://api.sagemaker.${REGION}.amazonaws.com`)
    .post('/', (b: Record<string, unknown>) => b.ResourceArn === `arn:aws:sagemaker:${REGION}:${account}:domain/d-${account}`)
    .matchHeader('x-amz-target', 'SageMaker.ListTags')
    .reply(200, JSON.stringify({ Tags: [] }), { 'content-type': 'application/x-amz-json-1.1' });
}

describe('an AWS Organization of three accounts', () => {
  useNock();

  it('scans the accounts it can enter and names the one whose AssumeRole is denied as a gap', async () => {
    stsCallerIdentity(MANAGEMENT);
    nock('https://organizations.us-east-1.amazonaws.com')
      .post('/')
      .matchHeader('x-amz-target', 'AWSOrganizationsV20161128.ListAccounts')
      .reply(
        200,
        JSON.stringify({
          Accounts: [
            { Id: MANAGEMENT, Status: 'ACTIVE', State: 'ACTIVE' },
            { Id: MEMBER, Status: 'ACTIVE', State: 'ACTIVE' },
            { Id: DENIED, Status: 'ACTIVE', State: 'ACTIVE' },
          ],
        }),
        { 'content-type': 'application/x-amz-json-1.1' },
      );
    query(
      `sts.${REGION}.amazonaws.com`,
      'AssumeRole',
      { RoleArn: `arn:aws:iam::${MEMBER}:role/MlscanReadOnly`, RoleSessionName: 'mlscan', ExternalId: 'ext-123' },
      `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAMEMBEREXAMPLE000</AccessKeyId><SecretAccessKey>member-secret</SecretAccessKey><SessionToken>member-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${MEMBER}:assumed-role/MlscanReadOnly/mlscan</Arn><AssumedRoleId>AROA:mlscan</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>`,
    );
    query(
      `sts.${REGION}.amazonaws.com`,
      'AssumeRole',
      { RoleArn: `arn:aws:iam::${DENIED}:role/MlscanReadOnly` },
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${DENIED}:role/MlscanReadOnly</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
      403,
    );
    domainsFor(MANAGEMENT, 'AKIDEXAMPLETEST00000');
    domainsFor(MEMBER, 'ASIAMEMBEREXAMPLE000');
    describeDomain(MANAGEMENT);
    describeDomain(MEMBER);
    tags(MANAGEMENT);
    tags(MEMBER);

    const events: ProgressEvent[] = [];
    const inventory = await collect({ collectors: [domains], options: { org: true, role: 'MlscanReadOnly', externalId: 'ext-123' }, onProgress: (e) => events.push(e) });

    expect(inventory.assets.map((a) => a.account).sort()).toEqual([MANAGEMENT, MEMBER]);
    expect(inventory.assets.every((a) => a.facts?.publicNetworkAccess === false)).toBe(true);
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ provider: 'aws', account: DENIED, service: 'sts', errorCode: 'AccessDenied' }),
    ]);
    // Two account x region scopes were scanned; the progress stream ends with both done.
    expect(events.at(-1)).toMatchObject({ provider: 'aws', scopesTotal: 2, scopesDone: 2 });
    expect(events.at(-1)!.calls).toBeGreaterThanOrEqual(9);

    // Through the scan pipeline: the report covers two accounts, names the third, and the exit
    // code and summary say the scan was partial.
    const { result } = await runScan({ sources: [{ name: 'aws', collect: async () => inventory }], rules });
    expect(new Set(result.inventory.assets.map((a) => a.account))).toEqual(new Set([MANAGEMENT, MEMBER]));
    expect(result.scan.partial).toBe(true);
    const failing = findingsAtOrAbove(result.findings, 'high').length;
    expect(scanExitCode(failing, result.scan.partial, false)).toBe(failing > 0 ? 1 : 3);
    expect(scanExitCode(0, result.scan.partial, false)).toBe(3);
    const summary = formatSummary({ result, files: [], gate: { threshold: 'high', failing, partial: true }, elapsedMs: 1 }, createStyler(false));
    expect(summary).toContain('coverage: PARTIAL, 1 gap(s):');
    expect(summary).toContain(`aws ${DENIED} sts: AccessDenied`);
  });
});
