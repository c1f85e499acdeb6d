import rule from '../../../../rules/azure/machine-learning/workspace-high-business-impact.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

const tags = { dataClassification: 'Confidential' };
const custom = { classificationKeys: ['sensitivity'], sensitiveValues: ['tier-1'] };
testRule(rule, {
  valid: [{ name: 'confidential and hbi', asset: azureAsset('workspace', WS, { tags, facts: { highBusinessImpact: true } }) }],
  invalid: [
    { name: 'confidential without hbi', asset: azureAsset('workspace', WS, { name: 'ws', tags, facts: { highBusinessImpact: false } }), expected: [{ status: 'fail', message: 'Workspace ws is tagged Confidential but not flagged high business impact.' }] },
    { name: 'not visible', asset: azureAsset('workspace', WS, { tags }), expected: [{ status: 'unknown', missingFacts: ['highBusinessImpact'] }] },
    { name: 'PII under the default key data-classification', asset: azureAsset('workspace', WS, { name: 'ws', tags: { 'data-classification': 'PII' }, facts: { highBusinessImpact: false } }), expected: [{ status: 'fail', messageId: 'notHbi' }] },
    { name: 'configured key and value', dataTags: custom, asset: azureAsset('workspace', WS, { name: 'ws', tags: { Sensitivity: 'Tier-1' }, facts: { highBusinessImpact: false } }), expected: [{ status: 'fail', message: 'Workspace ws is tagged Tier-1 but not flagged high business impact.' }] },
  ],
  notApplicable: [
    { name: 'not classified', asset: azureAsset('workspace', WS, { facts: { highBusinessImpact: false } }) },
    { name: 'a key the config does not name', dataTags: custom, asset: azureAsset('workspace', WS, { tags, facts: { highBusinessImpact: false } }) },
  ],
});
