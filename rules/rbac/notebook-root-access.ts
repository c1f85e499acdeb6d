import { defineRule } from '../../src/engine/index.js';
import { recordValue } from '../_lib/raw.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'rbac/notebook-root-access',
    title: 'Notebook users get root access',
    family: 'rbac',
    concern: 'notebook-root-access',
    severity: 'high',
    appliesTo: ['notebook', 'compute'],
    rationale:
      'Root on a notebook lets any user (or code they run) change the environment, install persistence, read other users\' files and tamper with the instance role credentials; least privilege keeps users to their own workspace.',
    remediation: {
      text: 'AWS: set RootAccess Disabled on notebook instances (lifecycle configurations still run as root). Azure: make compute instances single-user and keep users out of sudo.',
      cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  root_access = "Disabled"\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    },
    references: {
      catalog: ['AWS-SM-NB-02', 'AZ-ML-CMP-07'],
      'aws-securityhub': ['SageMaker.3'],
      mcsb: ['PA-7'],
      checkov: ['CKV_AWS_307'],
      'aws-config': ['sagemaker-notebook-instance-root-access-check'],
    },
    messages: {
      root: 'Users of ML {{kind}} {{name}} get root access.',
      noRoot: 'Users of ML {{kind}} {{name}} do not get root access.',
    },
  },
  evaluate: (asset, ctx) =>
    // Azure compute clusters share the computes type with compute instances but have no root setting (enableRootAccess is an instance property).
    asset.provider === 'azure' && recordValue(asset, 'properties', 'computeType') === 'AmlCompute'
      ? ctx.notApplicable('root access is a compute-instance setting; an AmlCompute cluster has none')
      : judgeFact(asset, ctx, 'rootAccess', false, { pass: 'noRoot', fail: 'root' }),
});
