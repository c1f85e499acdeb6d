import { defineRule } from '../../src/engine/index.js';
import { detailOf } from '../_lib/raw.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'exposure/endpoint-public-network-access',
    title: 'Inference endpoint accepts traffic from the public internet',
    family: 'exposure',
    concern: 'endpoint-public-network-access',
    severity: 'high',
    appliesTo: ['endpoint'],
    rationale:
      'An inference endpoint reachable from the internet can be queried by anyone holding or guessing a credential, which enables model extraction, membership inference and inversion attacks at scale; private ingress limits queries to the organisation network.',
    remediation: {
      text: 'Azure: set the online endpoint public_network_access to disabled and call it through the workspace private endpoint. AWS: invoke SageMaker endpoints through an interface VPC endpoint (com.amazonaws.<region>.sagemaker.runtime) and deny sagemaker:InvokeEndpoint unless aws:SourceVpce matches.',
      cli: 'az ml online-endpoint update --name <endpoint> --resource-group <rg> --workspace-name <workspace> --set public_network_access=disabled',
      terraform:
        'resource "aws_vpc_endpoint" "sagemaker_runtime" {\n  vpc_id              = aws_vpc.ml.id\n  service_name        = "com.amazonaws.${var.region}.sagemaker.runtime"\n  vpc_endpoint_type   = "Interface"\n  private_dns_enabled = true\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint',
    },
    references: { catalog: ['AZ-ML-EP-02', 'AWS-SM-EP-04'], mcsb: ['NS-2'], checkov: ['CKV_AWS_355'] },
    messages: {
      public: 'Endpoint {{name}} accepts inference traffic from the public internet.',
      private: 'Endpoint {{name}} is reachable only from private networks.',
    },
  },
  evaluate: (asset, ctx) => {
    // AWS: the provider decides the fact from identity policies and says why when it could not.
    const restriction = detailOf<{ reason?: string }>(asset, 'invokeRestriction');
    if (asset.facts.publicNetworkAccess === undefined && restriction?.reason) {
      return ctx.unknown(['publicNetworkAccess'], { evidence: { invokeRestriction: restriction.reason } });
    }
    return judgeFact(asset, ctx, 'publicNetworkAccess', false, { pass: 'private', fail: 'public' });
  },
});
