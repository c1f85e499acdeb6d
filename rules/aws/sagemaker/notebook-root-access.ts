import type { NotebookInstance } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/notebook-root-access',
    title: 'Users get root access on a SageMaker notebook instance',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['notebook'],
    rationale:
      'Root on the notebook lets any user change the system, install anything, read other users\' files and tamper with lifecycle configurations and the credentials of the execution role.',
    remediation: {
      text: 'Set RootAccess Disabled on the notebook instance (stop it, update, start).',
      cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  root_access = "Disabled"\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'mitre-atlas': ['AML.M0005'] },
    references: { 'aws-securityhub': ['SageMaker.3'], 'aws-config': ['sagemaker-notebook-instance-root-access-check'], catalog: ['AWS-SM-NB-02'], checkov: ['CKV_AWS_307'] },
    messages: {
      enabled: 'Notebook instance {{name}} gives users root access.',
      disabled: 'Notebook instance {{name}} does not give users root access.',
    },
  },
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const value = describeOf<NotebookInstance>(asset)?.RootAccess;
    const ok = value === 'Disabled' ? true : value === 'Enabled' ? false : undefined;
    return tri(ctx, ok, 'RootAccess', { pass: 'disabled', fail: 'enabled' }, { RootAccess: value });
  },
});
