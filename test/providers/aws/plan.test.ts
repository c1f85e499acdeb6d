import { readFileSync } from 'node:fs';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { planAws } from '../../../providers/aws/plan.js';
import { domains } from '../../../providers/aws/collectors/sagemaker.js';
import { repositories } from '../../../providers/aws/collectors/ecr.js';
import { autoMLJobs, tuningJobs } from '../../../providers/aws/collectors/sagemaker-jobs.js';
import { trainingJobs } from '../../../providers/aws/collectors/sagemaker-training.js';
import { recordCountsOf } from '../../../src/scan/plan.js';
import { shardOf } from '../../../src/scan/shard.js';
import { CREDENTIALS, REGION, json11, query, stsCallerIdentity, useNock } from './support.js';

useNock();

const MANAGEMENT = '111122223333';
const MEMBER = '444455556666';
/** The EC2 API reference's DescribeRegions answer: two enabled regions and one opt-in region not opted into. */
const DESCRIBE_REGIONS = readFileSync(new URL('../../fixtures/wire/aws/ec2/DescribeRegions.xml', import.meta.url), 'utf8');
/** The Organizations API reference's ListAccounts answer (the management account, a member, a closed account). */
const LIST_ACCOUNTS = JSON.parse(readFileSync(new URL('../../fixtures/wire/aws/organizations/ListAccounts.json', import.meta.url), 'utf8')) as { Accounts: unknown[] };
const ORG_HOST = 'organizations.us-east-1.amazonaws.com';
const LIST_ACCOUNTS_TARGET = 'AWSOrganizationsV20161128.ListAccounts';

function plan(options: Record<string, unknown>, context: Parameters<typeof planAws>[1] = { providerId: 'aws' }) {
  return planAws({ homeRegion: REGION, maxAttempts: 1, timeoutMs: 5_000, ...options }, context, { credentials: CREDENTIALS, collectors: [domains] });
}

describe('the AWS scan plan', () => {
  it('reads the caller, every page of the organisation and the enabled regions, and nothing else', async () => {
    stsCallerIdentity(MANAGEMENT);
    json11(ORG_HOST, LIST_ACCOUNTS_TARGET, { MaxResults: 20 }, { Accounts: [{ Id: MEMBER, Name: 'ml-dev', Status: 'ACTIVE', State: 'ACTIVE' }], NextToken: 'page-2' });
    json11(ORG_HOST, LIST_ACCOUNTS_TARGET, { MaxResults: 20, NextToken: 'page-2' }, LIST_ACCOUNTS);
    query(`ec2.${REGION}.amazonaws.com`, 'DescribeRegions', { AllRegions: 'false' }, DESCRIBE_REGIONS);

    const unmatched: string[] = [];
    nock.emitter.on('no match', (req: { method?: string; href?: string }) => unmatched.push(`${req.method} ${req.href}`));

    const result = await plan({ org: true, role: 'MlscanReadOnly' });

    expect(unmatched).toEqual([]);

    // The closed account of page 2 is left out; accounts come sorted, as the scan takes them.
    expect(result.accounts).toEqual([MANAGEMENT, MEMBER, '736194028517']);
    expect(result.regions).toEqual([REGION, 'us-east-1']);
    // The caller and the organisation's two pages, read again by the scan; then per account:
    // entering it (AssumeRole into a member, its regions, its alias), then per region the SageMaker
    // listing and the region's bulk tag read.
    expect(result.units).toHaveLength(1 + 3 * (1 + 2 * 2));
    expect(result.units[0]).toMatchObject({ account: MANAGEMENT, service: 'discovery', recordsFrom: 'fixed', calls: 3 });
    expect(result.units[0]!.groups.map((g) => [g.bucket, g.calls])).toEqual([
      [`aws|${MANAGEMENT}|${REGION}|sts:GetCallerIdentity`, 1],
      [`aws|${MANAGEMENT}|${REGION}|organizations:ListAccounts`, 2],
    ]);
    expect(result.units.filter((u) => u.service === 'account-entry').map((u) => [u.account, u.groups.map((g) => g.bucket)])).toEqual([
      [MANAGEMENT, [`aws|${MANAGEMENT}|${REGION}|ec2:DescribeRegions`, `aws|${MANAGEMENT}|${REGION}|iam:ListAccountAliases`]],
      ...[MEMBER, '736194028517'].map((a) => [a, [`aws|${MANAGEMENT}|${REGION}|sts:AssumeRole`, `aws|${a}|${REGION}|ec2:DescribeRegions`, `aws|${a}|${REGION}|iam:ListAccountAliases`]]),
    ]);
    expect(result.units[2]).toMatchObject({ provider: 'aws', account: MANAGEMENT, region: REGION, service: 'sagemaker', collectors: ['sagemaker/domains'], records: 'unknown', recordsFrom: 'unknown', calls: 1 });
    expect(result.units[3]).toMatchObject({ account: MANAGEMENT, region: REGION, service: 'tagging', calls: 1 });
    expect(result.notes).toEqual([expect.stringContaining("the caller's enabled regions, assumed for every account")]);
  });

  it('estimates the calls from the previous scan: one listing page and one DescribeDomain per domain', async () => {
    stsCallerIdentity(MANAGEMENT);
    const asset = (i: number, region: string) => ({ provider: 'aws', account: MANAGEMENT, kind: 'workspace', region, id: `d-${i}` });
    const records = recordCountsOf({ inventory: { assets: [asset(1, REGION), asset(2, REGION), asset(3, REGION), asset(4, 'us-east-1')] }, coverage: { gaps: [] } });

    const result = await plan({ regions: [REGION, 'us-east-1'] }, { providerId: 'aws', records });

    const sagemaker = result.units.filter((u) => u.service === 'sagemaker');
    expect(sagemaker.map((u) => [u.region, u.records, u.recordsFrom, u.calls])).toEqual([
      [REGION, 3, 'history', 1 + 3],
      ['us-east-1', 1, 'history', 1 + 1],
    ]);
    expect(sagemaker[0]!.groups).toEqual([
      { bucket: `aws|${MANAGEMENT}|${REGION}|sagemaker:ListDomains`, quota: { ratePerSecond: 5, burst: 10 }, calls: 1 },
      { bucket: `aws|${MANAGEMENT}|${REGION}|sagemaker:DescribeDomain`, quota: { ratePerSecond: 10, burst: 20 }, calls: 3 },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('each collector of a shared kind counts its own records (told by the ARN), and a request the same for every record is one call a region', async () => {
    stsCallerIdentity(MANAGEMENT);
    // As a history keeps them: ids and kinds (three collectors make training-job assets), no native types.
    const asset = (id: string, kind = 'training-job', region = REGION) => ({ provider: 'aws', account: MANAGEMENT, kind, region, id: `arn:aws:${id.startsWith('ecr') ? '' : 'sagemaker:'}${id}` });
    const arn = (type: string, name: string) => `${REGION}:${MANAGEMENT}:${type}/${name}`;
    const records = recordCountsOf({
      inventory: {
        assets: [
          ...[1, 2, 3, 4].map((i) => asset(arn('training-job', `train-${i}`))),
          asset(arn('hyper-parameter-tuning-job', 'tune-1')),
          ...[1, 2].map((i) => asset(`ecr:${arn('repository', `repo-${i}`)}`, 'container-registry')),
        ],
      },
      coverage: { gaps: [] },
    });

    const result = await planAws({ homeRegion: REGION, maxAttempts: 1, timeoutMs: 5_000, regions: [REGION] }, { providerId: 'aws', records }, { credentials: CREDENTIALS, collectors: [trainingJobs, tuningJobs, autoMLJobs, repositories] });

    const calls = (service: string) => Object.fromEntries(result.units.filter((u) => u.service === service).flatMap((u) => u.groups.map((g) => [g.bucket.split('|')[3], g.calls])));
    // Counted by kind, each collector would have described all five jobs: 15 describes, not 5.
    expect(calls('sagemaker')).toEqual({
      'sagemaker:ListTrainingJobs': 1,
      'sagemaker:DescribeTrainingJob': 4,
      'sagemaker:ListHyperParameterTuningJobs': 1,
      'sagemaker:DescribeHyperParameterTuningJob': 1,
      'sagemaker:ListAutoMLJobs': 1,
    });
    // The registry's scanning settings are asked once in the region, whatever the repositories; each repository's policy once each.
    expect(calls('ecr')).toMatchObject({ 'ecr:GetRegistryScanningConfiguration': 1, 'ecr:GetRepositoryPolicy': 2 });
  });

  it('with --shard, plans only the accounts of the slice', async () => {
    stsCallerIdentity(MANAGEMENT);
    const accounts = [MANAGEMENT, MEMBER];
    const shard = { index: shardOf('aws', MEMBER, 2), count: 2 };

    const result = await plan({ accounts, regions: [REGION] }, { providerId: 'aws', shard });

    expect(result.accounts).toEqual(accounts.filter((a) => shardOf('aws', a, 2) === shard.index));
    // Every shard reads the caller (discovery, in the caller's account); the rest is the slice's.
    expect(new Set(result.units.filter((u) => u.service !== 'discovery').map((u) => u.account))).toEqual(new Set(result.accounts));
  });

  it('without credentials the caller cannot be read: one user error, no further call', async () => {
    query(`sts.${REGION}.amazonaws.com`, 'GetCallerIdentity', undefined, '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>', 403);
    await expect(plan({})).rejects.toThrow(/InvalidClientTokenId|security token/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
