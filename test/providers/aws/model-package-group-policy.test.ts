// The model package group resource policy, read with GetModelPackageGroupPolicy (JSON 1.1,
// X-Amz-Target: SageMaker.GetModelPackageGroupPolicy) through the real SDK, judged with the shared
// policy reader (src/lib/aws-policy.ts).
import { describe, expect, it } from 'vitest';
import { modelPackageGroups } from '../../../providers/aws/collectors/sagemaker.js';
import { detailOf } from '../../../src/model/index.js';
import { ACCOUNT, REGION, awsError, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const GROUP = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package-group/${name}`;
const sharedPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages'], Resource: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/shared/*` }],
});

describe('SageMaker model package group policy', () => {
  useNock();

  it('reads the policy: shared → the other account; none → no external principal; denied or another validation error → no fact and a gap', async () => {
    stsCallerIdentity();
    const names = ['shared', 'private', 'odd', 'denied'];
    sagemaker(REGION, 'ListModelPackageGroups', undefined, { ModelPackageGroupSummaryList: names.map((n) => ({ ModelPackageGroupName: n, ModelPackageGroupArn: GROUP(n), ModelPackageGroupStatus: 'Completed' })) });
    for (const n of names) sagemaker(REGION, 'ListTags', { ResourceArn: GROUP(n) }, { Tags: [] });
    sagemaker(REGION, 'GetModelPackageGroupPolicy', { ModelPackageGroupName: 'shared' }, { ResourcePolicy: sharedPolicy });
    sagemaker(REGION, 'GetModelPackageGroupPolicy', { ModelPackageGroupName: 'private' }, awsError('ValidationException', `Cannot find resource policy for: ${GROUP('private')}`), 400);
    sagemaker(REGION, 'GetModelPackageGroupPolicy', { ModelPackageGroupName: 'odd' }, awsError('ValidationException', '1 validation error detected: Value at modelPackageGroupName failed to satisfy constraint'), 400);
    sagemaker(REGION, 'GetModelPackageGroupPolicy', { ModelPackageGroupName: 'denied' }, awsError('AccessDeniedException', 'not authorized to perform: sagemaker:GetModelPackageGroupPolicy'), 400);

    const sent = new Set<string>();
    const inventory = await collect({ collectors: [modelPackageGroups], sent });
    const group = (n: string) => inventory.assets.find((a) => a.id === GROUP(n))!;

    expect(group('shared').facts).toMatchObject({ externalPrincipals: ['444455556666'] });
    expect(detailOf<{ ResourcePolicy: string }>(group('shared'), 'policy')?.ResourcePolicy).toBe(sharedPolicy);
    expect(group('private').facts).toMatchObject({ externalPrincipals: [] });
    expect(detailOf(group('private'), 'policy')).toBeNull();
    expect(group('odd').facts?.externalPrincipals).toBeUndefined();
    expect(group('denied').facts?.externalPrincipals).toBeUndefined();
    expect(inventory.gaps.map((g) => g.errorCode).sort()).toEqual(['AccessDeniedException', 'ValidationException']);
    expect([...sent]).toContain('sagemaker:GetModelPackageGroupPolicy');
  });
});
