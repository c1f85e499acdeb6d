import type { ModelPackage } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/model-package-without-lineage',
    title: 'Approved SageMaker model package carries no lineage or evaluation metadata',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['model-version'],
    rationale:
      'An approved version without metrics, metadata properties or customer metadata cannot be traced back to the code, data and evaluation that justified its approval; a tampered or mislabelled model cannot be told apart.',
    remediation: {
      text: 'Register versions with ModelMetrics (quality, bias, explainability reports) and MetadataProperties or CustomerMetadataProperties naming the training job, commit and dataset version.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-details.html',
    },
    references: { catalog: ['AWS-SM-REG-03'] },
    messages: {
      bare: 'Approved model package {{name}} records no metrics or lineage metadata.',
      traced: 'Approved model package {{name}} records {{what}}.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::ModelPackage'],
  applies: (asset) => asset.facts.approvalStatus === 'approved',
  evaluate(asset, ctx) {
    const d = describeOf<ModelPackage>(asset);
    if (!d) return ctx.unknown(['ModelMetrics', 'MetadataProperties']);
    const what = [d.ModelMetrics && 'model metrics', d.MetadataProperties && 'metadata properties', d.CustomerMetadataProperties && 'customer metadata'].filter(
      (w): w is string => typeof w === 'string',
    );
    const evidence = { recorded: what };
    return what.length ? ctx.pass('traced', { evidence, data: { what: what.join(', ') } }) : ctx.fail('bare', { evidence });
  },
});
