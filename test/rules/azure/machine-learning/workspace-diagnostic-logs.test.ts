import rule from '../../../../rules/azure/machine-learning/workspace-diagnostic-logs.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'audit logs to log analytics', asset: azureAsset('workspace', WS, { facts: { loggingEnabled: true, logCategories: ['audit'] } }) }],
  invalid: [
    { name: 'no diagnostic setting', asset: azureAsset('workspace', WS, { facts: { loggingEnabled: false } }), expected: [{ status: 'fail', messageId: 'unlogged' }] },
    { name: 'diagnostic settings not readable', asset: azureAsset('workspace', WS), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
});
