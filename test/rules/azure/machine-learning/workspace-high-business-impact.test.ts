import rule from '../../../../rules/azure/machine-learning/workspace-high-business-impact.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

const tags = { dataClassification: 'Confidential' };
testRule(rule, {
  valid: [{ name: 'confidential and hbi', asset: azureAsset('workspace', WS, { tags, facts: { highBusinessImpact: true } }) }],
  invalid: [
    { name: 'confidential without hbi', asset: azureAsset('workspace', WS, { name: 'ws', tags, facts: { highBusinessImpact: false } }), expected: [{ status: 'fail', message: 'Workspace ws is tagged Confidential but not flagged high business impact.' }] },
    { name: 'not visible', asset: azureAsset('workspace', WS, { tags }), expected: [{ status: 'unknown', missingFacts: ['highBusinessImpact'] }] },
  ],
  notApplicable: [{ name: 'not classified', asset: azureAsset('workspace', WS, { facts: { highBusinessImpact: false } }) }],
});
