import rule from '../../../rules/logging/audit-trail-log-validation-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'trail with digest files', asset: makeAsset({ kind: 'audit-trail', provider: 'aws', facts: { logFileValidation: true } }) }],
  invalid: [
    {
      name: 'trail without log file validation',
      asset: makeAsset({ kind: 'audit-trail', provider: 'aws', name: 'org-trail', facts: { logFileValidation: false } }),
      expected: [{ status: 'fail', messageId: 'unvalidated', message: 'Audit trail org-trail does not validate its log files.' }],
    },
    { name: 'validation not visible', asset: makeAsset({ kind: 'audit-trail', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['logFileValidation'] }] },
  ],
});
