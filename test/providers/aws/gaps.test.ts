import { describe, expect, it } from 'vitest';
import { roles } from '../../../providers/aws/collectors/iam.js';
import { modelPackageGroups, modelPackages } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, REGION, awsError, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const GROUP = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package-group/${name}`;
const PACKAGE = (group: string, version: number) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/${group}/${version}`;
const denied = (message: string, kinds: string[]) => ({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'sagemaker', errorCode: 'AccessDeniedException', message, kinds });

// Model packages are listed under each model package group (`parent`), so what a lost group
// listing hides is known: the gap names those kinds too, and where it was lost under one record.
describe('gaps that name what was not read', () => {
  useNock();

  it('names the kinds of the children a failed parent listing would have fed, and the references not followed', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListModelPackageGroups', undefined, awsError('AccessDeniedException', 'not authorized to perform: sagemaker:ListModelPackageGroups'), 400);

    const inventory = await collect({ collectors: [modelPackageGroups, modelPackages, roles] });

    expect(inventory.assets).toEqual([]);
    expect(inventory.gaps).toEqual([
      denied(
        'ListModelPackageGroups: not authorized to perform: sagemaker:ListModelPackageGroups; ' +
          'not read under the missing records: model-version (sagemaker/model-packages); ' +
          'what the missing records reference may be missing too (role)',
        ['model', 'model-version'],
      ),
    ]);
  });

  it('scopes a gap to the parent record whose children could not be listed, and reads the other parents', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListModelPackageGroups', undefined, {
      ModelPackageGroupSummaryList: ['fraud', 'churn'].map((name) => ({ ModelPackageGroupName: name, ModelPackageGroupArn: GROUP(name) })),
    });
    sagemaker(REGION, 'ListTags', { ResourceArn: GROUP('fraud') }, { Tags: [] });
    sagemaker(REGION, 'ListTags', { ResourceArn: GROUP('churn') }, { Tags: [] });
    for (const name of ['fraud', 'churn']) sagemaker(REGION, 'GetModelPackageGroupPolicy', { ModelPackageGroupName: name }, awsError('ValidationException', `Cannot find resource policy for: ${GROUP(name)}`), 400);
    sagemaker(REGION, 'ListModelPackages', { ModelPackageGroupName: 'fraud' }, awsError('AccessDeniedException', 'explicit deny on model-package-group/fraud'), 400);
    sagemaker(REGION, 'ListModelPackages', { ModelPackageGroupName: 'churn' }, {
      ModelPackageSummaryList: [{ ModelPackageArn: PACKAGE('churn', 1), ModelPackageGroupName: 'churn', ModelPackageVersion: 1, ModelApprovalStatus: 'Approved' }],
    });
    sagemaker(REGION, 'DescribeModelPackage', { ModelPackageName: PACKAGE('churn', 1) }, { ModelPackageArn: PACKAGE('churn', 1), ModelApprovalStatus: 'Approved' });

    const inventory = await collect({ collectors: [modelPackageGroups, modelPackages] });

    expect(inventory.assets.map((a) => a.id).sort()).toEqual([GROUP('churn'), GROUP('fraud'), PACKAGE('churn', 1)]);
    expect(inventory.gaps).toEqual([{ ...denied('ListModelPackages: explicit deny on model-package-group/fraud', ['model-version']), scope: GROUP('fraud') }]);
  });
});
