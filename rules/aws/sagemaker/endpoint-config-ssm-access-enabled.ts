import type { EndpointConfig } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/endpoint-config-ssm-access-enabled',
    title: 'SageMaker endpoint variant allows SSM shell access to the inference container',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'EnableSSMAccess opens an interactive session into production inference containers: whoever holds ssm:StartSession can read the model weights and live requests or tamper with the serving code.',
    remediation: {
      text: 'Create production endpoint configurations without EnableSSMAccess; use it only on short-lived debugging endpoints.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/ssm-access.html',
    },
    references: { catalog: ['AWS-SM-EP-05'] },
    messages: {
      enabled: 'Endpoint configuration {{name}} enables SSM access on variant {{variant}}.',
      disabled: 'Endpoint configuration {{name}} enables SSM access on no variant.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::EndpointConfig'],
  evaluate(asset, ctx) {
    const d = describeOf<EndpointConfig>(asset);
    if (!d?.ProductionVariants) return ctx.unknown(['ProductionVariants']);
    const open = d.ProductionVariants.filter((v) => v.EnableSSMAccess === true).map((v) => v.VariantName ?? '?');
    const evidence = { variantsWithSSM: open };
    return open.length ? ctx.fail('enabled', { evidence, data: { variant: open.join(', ') } }) : ctx.pass('disabled', { evidence });
  },
});
