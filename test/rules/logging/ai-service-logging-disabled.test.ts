import rule from '../../../rules/logging/ai-service-logging-disabled.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset } from '../../support/wire-assets.js';

const audit = {
  id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-fraud-ai/providers/Microsoft.CognitiveServices/accounts/oai-fraud/providers/microsoft.insights/diagnosticSettings/audit',
  name: 'audit',
  properties: { workspaceId: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-sec/providers/Microsoft.OperationalInsights/workspaces/law-sec', logs: [{ categoryGroup: 'audit', enabled: true }] },
};
const account = (settings: unknown[] | undefined) =>
  armWireAsset('cognitive-services/accounts', 'cognitive-services/account.json', {}, settings ? { details: { diagnosticSettings: { value: settings as never } } } : {});

testRule(rule, {
  valid: [{ name: 'audit logs to Log Analytics', asset: account([audit]) }],
  invalid: [
    { name: 'no diagnostic setting', asset: account([]), expected: [{ status: 'fail', message: 'AI service oai-fraud does not send its resource logs anywhere.' }] },
    { name: 'diagnostic settings not read', asset: account(undefined), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
});
