import { defineRule } from '../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'versioning/served-model-version-not-approved',
    title: 'A model version serving traffic was never approved in the registry',
    family: 'versioning',
    concern: 'served-model-version-not-approved',
    severity: 'high',
    appliesTo: ['model-version'],
    rationale:
      'The registry approval is the gate where evaluation results, bias checks and security review are signed off; a version serving traffic without it skipped that gate, and a tampered or experimental model can reach users.',
    remediation: {
      text: 'Deploy only approved versions: review the version (metrics, lineage, scan results) and set its approval status, or roll the endpoint back to an approved version. Make the deployment pipeline require approval.',
      cli: 'aws sagemaker update-model-package --model-package-arn <model-package-arn> --model-approval-status Approved --approval-description "<review reference>"',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-approve.html',
    },
    references: { catalog: ['AWS-SM-REG-01', 'AZ-ML-VER-01'], mcsb: ['DS-6'] },
    messages: {
      unapproved: 'Model version {{name}} serves traffic with approval status {{status}}.',
      approved: 'Model version {{name}} serving traffic is approved.',
    },
  },
  // Unapproved versions that serve nothing are normal work in progress.
  applies: (asset, graph) => graph.incoming(asset.id, 'serves-model').length > 0,
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('approvalStatus');
    if (gap) return gap;
    const status = asset.facts.approvalStatus!;
    const evidence = { approvalStatus: status, servedBy: ctx.graph.sources(asset.id, 'serves-model').map((s) => s.id) };
    return status === 'approved' ? ctx.pass('approved', { evidence }) : ctx.fail('unapproved', { evidence, data: { status } });
  },
});
