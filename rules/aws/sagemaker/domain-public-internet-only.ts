import type { Domain } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { judge } from '../../_lib/verdicts.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/domain-public-internet-only',
    title: 'SageMaker Studio domain sends app traffic over the public internet',
    family: 'segmentation',
    severity: 'high',
    appliesTo: ['workspace'],
    rationale:
      'In PublicInternetOnly mode Studio apps reach the internet through an AWS-managed network, outside your routes, security groups and flow logs: data can leave and packages come in without any of your controls seeing it.',
    remediation: {
      text: 'Set AppNetworkAccessType to VpcOnly with private subnets, security groups and the VPC endpoints Studio needs.',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --app-network-access-type VpcOnly',
      terraform: 'resource "aws_sagemaker_domain" "d" {\n  app_network_access_type = "VpcOnly"\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
    },
    references: { catalog: ['AWS-SM-DOM-01'] },
    messages: {
      public: 'Studio domain {{name}} uses AppNetworkAccessType PublicInternetOnly.',
      vpcOnly: 'Studio domain {{name}} uses AppNetworkAccessType VpcOnly.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Domain'],
  evaluate(asset, ctx) {
    const d = describeOf<Domain>(asset);
    // The API default is PublicInternetOnly.
    const mode = d ? (d.AppNetworkAccessType ?? 'PublicInternetOnly') : undefined;
    return judge(ctx, mode === undefined ? undefined : mode === 'VpcOnly', 'AppNetworkAccessType', { pass: 'vpcOnly', fail: 'public' }, { AppNetworkAccessType: mode });
  },
});
