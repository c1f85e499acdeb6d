import rule from '../../../rules/logging/workspace-logging-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'workspace with a diagnostic setting', asset: makeAsset({ kind: 'workspace', facts: { loggingEnabled: true } }) }],
  invalid: [
    {
      name: 'workspace with no diagnostic setting',
      asset: makeAsset({ kind: 'workspace', name: 'ws-prod', facts: { loggingEnabled: false } }),
      expected: [{ status: 'fail', messageId: 'off', message: 'Workspace ws-prod does not send its resource logs anywhere.', evidence: { loggingEnabled: false } }],
    },
    {
      name: 'diagnostic settings not readable',
      asset: makeAsset({ kind: 'workspace', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }],
    },
  ],
});
