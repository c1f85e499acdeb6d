import rule from '../../../../rules/azure/machine-learning/deployed-model-lineage.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, DEPLOYMENT } from '../_support.js';

const MV = 'Microsoft.MachineLearningServices/workspaces/models/versions';
const served = (facts = {}) => {
  const mv = azureAsset('model-version', MV, { facts });
  const dep = azureAsset('deployment', DEPLOYMENT);
  return { asset: mv, related: [dep], edges: [{ from: dep.id, to: mv.id, kind: 'serves-model' as const }] };
};

testRule(rule, {
  valid: [{ name: 'job recorded', ...served({ lineageRecorded: true }) }],
  invalid: [
    { name: 'no job', ...served({ lineageRecorded: false }), expected: [{ status: 'fail', messageId: 'untraced' }] },
    { name: 'not visible', ...served(), expected: [{ status: 'unknown', missingFacts: ['lineageRecorded'] }] },
  ],
  notApplicable: [{ name: 'not deployed', asset: azureAsset('model-version', MV, { facts: { lineageRecorded: false } }) }],
});
