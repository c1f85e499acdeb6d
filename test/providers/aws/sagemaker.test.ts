import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { domains, notebookInstances, trainingJobs } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, awsError, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const NB = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/${name}`;

describe('SageMaker notebook instances', () => {
  useNock();

  it('follows NextToken to the end, retries a throttled page, and reads DescribeNotebookInstance', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListNotebookInstances', (b) => b.NextToken === undefined, {
      NotebookInstances: [{ NotebookInstanceName: 'Open-NB', NotebookInstanceArn: NB('open-nb'), NotebookInstanceStatus: 'InService' }],
      NextToken: 'page-2',
    });
    // The second page is throttled once (JSON 1.1 ThrottlingException, HTTP 400), then answers.
    sagemaker(REGION, 'ListNotebookInstances', { NextToken: 'page-2' }, awsError('ThrottlingException', 'Rate exceeded'), 400);
    sagemaker(REGION, 'ListNotebookInstances', { NextToken: 'page-2' }, {
      NotebookInstances: [{ NotebookInstanceName: 'closed-nb', NotebookInstanceArn: NB('closed-nb'), NotebookInstanceStatus: 'Stopped' }],
    });
    sagemaker(REGION, 'DescribeNotebookInstance', { NotebookInstanceName: 'Open-NB' }, {
      NotebookInstanceArn: NB('open-nb'),
      NotebookInstanceName: 'Open-NB',
      DirectInternetAccess: 'Enabled',
      RootAccess: 'Enabled',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/nb-role`,
      CreationTime: 1700000000.5,
    });
    sagemaker(REGION, 'DescribeNotebookInstance', { NotebookInstanceName: 'closed-nb' }, {
      NotebookInstanceArn: NB('closed-nb'),
      NotebookInstanceName: 'closed-nb',
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      SubnetId: 'subnet-0abc',
      SecurityGroups: ['sg-0abc'],
      KmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/nb-role`,
    });
    sagemaker(REGION, 'ListTags', { ResourceArn: NB('open-nb') }, { Tags: [{ Key: 'team', Value: 'fraud' }] });
    sagemaker(REGION, 'ListTags', { ResourceArn: NB('closed-nb') }, { Tags: [] });

    const inventory = await collect({ collectors: [notebookInstances] });

    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.id).sort()).toEqual([NB('closed-nb'), NB('open-nb')]);
    const open = inventory.assets.find((a) => a.id === NB('open-nb'))!;
    expect(open).toMatchObject({
      kind: 'notebook',
      provider: 'aws',
      account: ACCOUNT,
      region: REGION,
      name: 'Open-NB',
      nativeType: 'AWS::SageMaker::NotebookInstance',
      tags: { team: 'fraud' },
      facts: { directInternetAccess: true, rootAccess: true, inVirtualNetwork: false, encryption: 'platform' },
    });
    const closed = inventory.assets.find((a) => a.id === NB('closed-nb'))!;
    // A named key may be customer- or AWS-managed: without the KMS read, encryption stays unknown.
    expect(closed.facts).toEqual({
      directInternetAccess: false,
      rootAccess: false,
      inVirtualNetwork: true,
      encryptionKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      tagsRead: true,
    });
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: NB('closed-nb'), to: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0abc`, kind: 'in-network' },
        { from: NB('closed-nb'), to: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0abc`, kind: 'protected-by' },
        { from: NB('closed-nb'), to: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, kind: 'encrypted-by' },
        { from: NB('open-nb'), to: `arn:aws:iam::${ACCOUNT}:role/nb-role`, kind: 'assumes' },
      ]),
    );
  });

  it('leaves facts unknown when the describe call is denied, and records the gap', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListNotebookInstances', undefined, {
      NotebookInstances: [{ NotebookInstanceName: 'nb', NotebookInstanceArn: NB('nb') }],
    });
    sagemaker(REGION, 'DescribeNotebookInstance', undefined, awsError('AccessDeniedException', 'not authorized'), 400);
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });

    const inventory = await collect({ collectors: [notebookInstances] });
    expect(inventory.assets).toHaveLength(1);
    // ListTags answered (no tags), so only that is known.
    expect(inventory.assets[0]!.facts).toEqual({ tagsRead: true });
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ account: ACCOUNT, region: REGION, service: 'sagemaker', errorCode: 'AccessDeniedException', kinds: ['notebook'] }),
    ]);
  });
});

describe('coverage gaps and empty regions', () => {
  useNock();

  it('turns AccessDenied on one collector into a gap while the others go on; an empty region yields nothing', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListDomains', undefined, awsError('AccessDeniedException', 'User is not authorized to perform: sagemaker:ListDomains'), 400);
    // trainingJobDays becomes CreationTimeAfter (epoch seconds on the JSON 1.1 wire).
    const recent = (b: Record<string, unknown>) => typeof b.CreationTimeAfter === 'number' && Math.abs(b.CreationTimeAfter - (Date.now() / 1000 - 30 * 86400)) < 600;
    sagemaker(REGION, 'ListTrainingJobs', recent, { TrainingJobSummaries: [] });
    sagemaker('eu-central-1', 'ListDomains', undefined, { Domains: [] });
    sagemaker('eu-central-1', 'ListTrainingJobs', recent, { TrainingJobSummaries: [] });

    const inventory = await collect({ collectors: [domains, trainingJobs], options: { regions: [REGION, 'eu-central-1'], trainingJobDays: 30 } });
    expect(inventory.assets).toEqual([]);
    expect(inventory.gaps).toEqual([
      {
        provider: 'aws',
        account: ACCOUNT,
        region: REGION,
        service: 'sagemaker',
        errorCode: 'AccessDeniedException',
        message: 'ListDomains: User is not authorized to perform: sagemaker:ListDomains',
        kinds: ['workspace'],
      },
    ]);
  });

  it('records a region without a SageMaker endpoint as a gap and scans the other regions', async () => {
    stsCallerIdentity();
    nock('https://api.sagemaker.ap-east-2.amazonaws.com')
      .post('/')
      .times(3) // the SDK retries a failed name lookup, up to maxAttempts
      .replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND api.sagemaker.ap-east-2.amazonaws.com'), { code: 'ENOTFOUND' }));
    sagemaker(REGION, 'ListDomains', undefined, { Domains: [] });
    sagemaker(REGION, 'ListTrainingJobs', undefined, { TrainingJobSummaries: [] });

    // ListTrainingJobs is not even tried in ap-east-2: the first collector found no endpoint there.
    const inventory = await collect({ collectors: [domains, trainingJobs], options: { regions: [REGION, 'ap-east-2'] } });
    expect(inventory.assets).toEqual([]);
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ account: ACCOUNT, region: 'ap-east-2', service: 'sagemaker', errorCode: 'ServiceNotInRegion', kinds: ['workspace'] }),
    ]);
  });
});
