import type { NotebookInstance } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/notebook-direct-internet-access',
    title: 'SageMaker notebook instance has direct internet access',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['notebook'],
    rationale:
      'With DirectInternetAccess Enabled the notebook reaches the internet through a SageMaker-managed network interface outside your VPC, its routes, security groups and flow logs: data and the execution-role credentials can leave unseen, and malicious packages can be pulled in.',
    remediation: {
      text: 'Recreate the notebook instance in a private subnet of your VPC with DirectInternetAccess Disabled; give it a NAT gateway or VPC endpoints for what it needs.',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type ml.t3.medium --role-arn <role-arn> --subnet-id <private-subnet> --security-group-ids <sg> --direct-internet-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  subnet_id              = aws_subnet.private.id\n  security_groups        = [aws_security_group.nb.id]\n  direct_internet_access = "Disabled"\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1',
    },
    controls: { 'ms-ai-risk': ['5.5.2', '5.2.3'], 'mitre-atlas': ['AML.M0005', 'AML.M0019'] },
    references: { 'aws-securityhub': ['SageMaker.1'], 'aws-config': ['sagemaker-notebook-no-direct-internet-access'], catalog: ['AWS-SM-NB-01'], checkov: ['CKV_AWS_122'] },
    messages: {
      enabled: 'Notebook instance {{name}} has DirectInternetAccess Enabled.',
      disabled: 'Notebook instance {{name}} has DirectInternetAccess Disabled.',
    },
  },
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const value = describeOf<NotebookInstance>(asset)?.DirectInternetAccess;
    const ok = value === 'Disabled' ? true : value === 'Enabled' ? false : undefined;
    return tri(ctx, ok, 'DirectInternetAccess', { pass: 'disabled', fail: 'enabled' }, { DirectInternetAccess: value });
  },
});
