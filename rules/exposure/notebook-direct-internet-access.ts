import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'exposure/notebook-direct-internet-access',
    title: 'Notebook has direct internet access outside the customer network',
    family: 'exposure',
    concern: 'notebook-direct-internet-access',
    severity: 'high',
    appliesTo: ['notebook'],
    rationale:
      'Direct internet access bypasses the VPC or VNet controls (egress filtering, flow logs, endpoint policies), so a compromised or careless notebook can exfiltrate data and pull untrusted code unobserved.',
    remediation: {
      text: 'AWS: recreate the notebook instance with DirectInternetAccess Disabled in a private subnet, reaching AWS services through VPC endpoints. Azure: put compute instances in a managed virtual network with outbound restricted to approved destinations.',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role-arn> --subnet-id <subnet> --security-group-ids <sg> --direct-internet-access Disabled',
      terraform:
        'resource "aws_sagemaker_notebook_instance" "nb" {\n  direct_internet_access = "Disabled"\n  subnet_id              = aws_subnet.private.id\n  security_groups        = [aws_security_group.nb.id]\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    },
    references: {
      catalog: ['AWS-SM-NB-01'],
      'aws-securityhub': ['SageMaker.1'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AWS_122'],
      'aws-config': ['sagemaker-notebook-no-direct-internet-access'],
    },
    messages: {
      direct: 'Notebook {{name}} has direct internet access that bypasses the customer network.',
      routed: 'Notebook {{name}} reaches the internet only through the customer network.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'directInternetAccess', false, { pass: 'routed', fail: 'direct' }),
});
