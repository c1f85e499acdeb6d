import rule from '../../../../rules/azure/ai-services/managed-identity-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'recorded account: system-assigned identity', asset: aiAccount() }],
  invalid: [
    { name: 'no identity block', asset: aiAccount({ identity: undefined }), expected: [{ status: 'fail', message: 'AI Services account oai-fraud has no managed identity.' }] },
    { name: 'identity type None', asset: aiAccount({ identity: { type: 'None' } }), expected: [{ status: 'fail', messageId: 'none' }] },
  ],
});
