import { providerRule } from '../../_lib/provider-rule.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/deployed-model-lineage',
    title: 'Deployed Azure ML model version cannot be traced to the job that trained it',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['model-version'],
    rationale:
      'A served model version without a producing job has no recorded training data, code or environment: it cannot be reproduced, audited or checked for poisoning.',
    remediation: {
      text: 'Register models from the training job output (jobName set) and deploy explicit versions, not uploads of unknown origin.',
      cli: 'az ml model create --name <model> --version <n> --path azureml://jobs/<job>/outputs/artifacts/paths/model/ --type mlflow_model',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-manage-models',
    },
    references: { catalog: ['AZ-ML-VER-01'], mcsb: ['DS-6'] },
    messages: {
      traced: 'Model version {{name}} records the job that produced it.',
      untraced: 'Deployed model version {{name}} records no training job.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces/models/versions'],
  applies: (asset, graph) => graph.sources(asset.id, 'serves-model').length > 0,
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('lineageRecorded');
    if (gap) return gap;
    const evidence = { lineageRecorded: asset.facts.lineageRecorded };
    return asset.facts.lineageRecorded ? ctx.pass('traced', { evidence }) : ctx.fail('untraced', { evidence });
  },
});
