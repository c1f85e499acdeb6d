import type { NotebookInstance } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/notebook-not-in-vpc',
    title: 'SageMaker notebook instance is not launched in a customer VPC',
    family: 'segmentation',
    severity: 'high',
    appliesTo: ['notebook'],
    rationale:
      'A notebook without a SubnetId runs in the SageMaker service network: none of your security groups, network ACLs, VPC endpoint policies or flow logs apply to its traffic.',
    remediation: {
      text: 'Recreate the notebook instance with a SubnetId and security groups of a customer VPC (the subnet cannot be changed in place).',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  subnet_id       = aws_subnet.private.id\n  security_groups = [aws_security_group.nb.id]\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { 'aws-securityhub': ['SageMaker.2'], 'aws-config': ['sagemaker-notebook-instance-inside-vpc'], catalog: ['AWS-SM-NB-03'], checkov: ['CKV_AWS_306'] },
    messages: {
      outside: 'Notebook instance {{name}} has no subnet in a customer VPC.',
      inside: 'Notebook instance {{name}} runs in subnet {{subnet}}.',
    },
  },
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const d = describeOf<NotebookInstance>(asset);
    if (!d) return ctx.unknown(['SubnetId']);
    const evidence = { SubnetId: d.SubnetId, SecurityGroups: d.SecurityGroups };
    return tri(ctx, Boolean(d.SubnetId), 'SubnetId', { pass: 'inside', fail: 'outside' }, evidence, { subnet: d.SubnetId ?? '' });
  },
});
