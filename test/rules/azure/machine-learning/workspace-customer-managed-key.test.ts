import rule from '../../../../rules/azure/machine-learning/workspace-customer-managed-key.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'cmk', asset: azureAsset('workspace', WS, { facts: { encryption: 'cmk' }, raw: { kind: 'Default' } }) }],
  invalid: [
    { name: 'platform keys', asset: azureAsset('workspace', WS, { name: 'ws', facts: { encryption: 'platform' }, raw: { kind: 'Default' } }), expected: [{ status: 'fail', messageId: 'platform' }] },
    { name: 'not visible', asset: azureAsset('workspace', WS, { raw: {} }), expected: [{ status: 'unknown', missingFacts: ['encryption'] }] },
  ],
  notApplicable: [{ name: 'foundry project inherits from hub', asset: azureAsset('workspace', WS, { facts: { encryption: 'platform' }, raw: { kind: 'Project' } }) }],
});
