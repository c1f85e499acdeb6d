import rule from '../../../rules/versioning/served-model-version-not-approved.js';
import type { Asset } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset } from '../../support/wire-assets.js';

/** A model version with a deployment serving it. */
function served(facts: Asset['facts'], name?: string) {
  const asset = makeAsset({ kind: 'model-version', provider: 'aws', facts, ...(name ? { name } : {}) });
  const deployment = makeAsset({ kind: 'deployment', provider: 'aws' });
  return { asset, related: [deployment], edges: [{ from: deployment.id, to: asset.id, kind: 'serves-model' as const }] };
}

/** An Azure ML model version (the recorded ARM body, `properties` patched) that a deployment serves: its `stage` is its approval. */
function servedAzure(properties: Record<string, unknown>) {
  const asset = armWireAsset('machine-learning/model-versions', 'machine-learning/model-version.json', { properties });
  const deployment = makeAsset({ kind: 'deployment', provider: 'azure' });
  return { asset, related: [deployment], edges: [{ from: deployment.id, to: asset.id, kind: 'serves-model' as const }] };
}

testRule(rule, {
  valid: [
    { name: 'approved version in production', ...served({ approvalStatus: 'approved' }) },
    { name: 'Azure version in stage Production', ...servedAzure({}) },
  ],
  invalid: [
    {
      name: 'Azure version still in stage Development',
      ...servedAzure({ stage: 'Development' }),
      expected: [{ status: 'fail', messageId: 'unapproved', message: 'Model version fraud-gbm:4 serves traffic with approval status pending.', evidence: { approvalStatus: 'pending' } }],
    },
    { name: 'archived Azure version serving traffic', ...servedAzure({ stage: 'Archived' }), expected: [{ status: 'fail', evidence: { approvalStatus: 'rejected' } }] },
    { name: 'Azure version flagged isArchived', ...servedAzure({ isArchived: true }), expected: [{ status: 'fail', evidence: { approvalStatus: 'rejected' } }] },
    { name: 'Azure version without a stage', ...servedAzure({ stage: undefined }), expected: [{ status: 'fail', evidence: { approvalStatus: 'none' } }] },
    {
      name: 'pending version serving traffic',
      ...served({ approvalStatus: 'pending' }, 'churn/7'),
      expected: [{ status: 'fail', messageId: 'unapproved', message: 'Model version churn/7 serves traffic with approval status pending.', evidence: { approvalStatus: 'pending' } }],
    },
    { name: 'rejected version serving traffic', ...served({ approvalStatus: 'rejected' }), expected: [{ status: 'fail', messageId: 'unapproved' }] },
    { name: 'approval status not visible', ...served({}), expected: [{ status: 'unknown', missingFacts: ['approvalStatus'] }] },
  ],
  notApplicable: [{ name: 'pending version nobody serves', asset: makeAsset({ kind: 'model-version', facts: { approvalStatus: 'pending' } }) }],
});
