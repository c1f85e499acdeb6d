import type { EndpointConfig } from '../_lib/shapes.js';
import type { Verdict } from '../../../src/engine/index.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/endpoint-config-single-instance',
    title: 'SageMaker endpoint production variant runs on a single instance',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'A variant on one instance has no redundancy across Availability Zones: an instance failure or a flood of inference requests takes the model offline (denial of ML service).',
    remediation: {
      text: 'Give every instance-backed production variant an InitialInstanceCount of 2 or more (serverless variants are exempt), through a new endpoint configuration.',
      terraform: 'resource "aws_sagemaker_endpoint_configuration" "ec" {\n  production_variants {\n    initial_instance_count = 2\n  }\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-4',
    },
    references: { 'aws-securityhub': ['SageMaker.4'], 'aws-config': ['sagemaker-endpoint-config-prod-instance-count'], catalog: ['AWS-SM-EP-03'] },
    messages: {
      single: 'Variant {{variant}} of endpoint configuration {{name}} runs on {{count}} instance.',
      redundant: 'Variant {{variant}} of endpoint configuration {{name}} runs on {{count}} instances.',
      serverless: 'Variant {{variant}} of endpoint configuration {{name}} is serverless; instance count does not apply.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::EndpointConfig'],
  evaluate(asset, ctx) {
    const d = describeOf<EndpointConfig>(asset);
    if (!d?.ProductionVariants) return ctx.unknown(['ProductionVariants']);
    const out: Verdict[] = [];
    for (const v of d.ProductionVariants) {
      const variant = v.VariantName ?? '?';
      if (v.ServerlessConfig) {
        out.push(ctx.pass('serverless', { data: { variant }, subject: `variant:${variant}`, evidence: { variant, ServerlessConfig: v.ServerlessConfig } }));
        continue;
      }
      const count = v.InitialInstanceCount;
      if (typeof count !== 'number') {
        out.push(ctx.unknown(['InitialInstanceCount'], { evidence: { variant }, subject: `variant:${variant}` }));
        continue;
      }
      const options = { evidence: { variant, InitialInstanceCount: count }, data: { variant, count }, subject: `variant:${variant}` };
      out.push(count > 1 ? ctx.pass('redundant', options) : ctx.fail('single', options));
    }
    return out.length ? out : ctx.unknown(['ProductionVariants']);
  },
});
