import rule from '../../../rules/logging/key-vault-logging-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'workspace vault with AuditEvent logs', ...usedByMl(makeAsset({ kind: 'key-vault', facts: { loggingEnabled: true } }), 'uses-key-vault') }],
  invalid: [
    {
      name: 'workspace vault without audit logs',
      ...usedByMl(makeAsset({ kind: 'key-vault', name: 'kv-ws', facts: { loggingEnabled: false } }), 'uses-key-vault'),
      expected: [{ status: 'fail', messageId: 'off', message: 'Key vault kv-ws used by ML does not record audit events.' }],
    },
    { name: 'diagnostics not readable', asset: makeAsset({ kind: 'key-vault', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
  notApplicable: [{ name: 'vault outside the ML estate', asset: makeAsset({ kind: 'key-vault', facts: { loggingEnabled: false } }) }],
});
