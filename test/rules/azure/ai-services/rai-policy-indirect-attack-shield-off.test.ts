import rule from '../../../../rules/azure/ai-services/rai-policy-indirect-attack-shield-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter, aiDeployment } from './_wire.js';

const builtIn = (changes: Parameters<typeof aiContentFilter>[0]) => aiContentFilter(changes, { properties: { type: 'SystemManaged' } });

testRule(rule, {
  valid: [{ name: 'recorded strict filter: document shield on', asset: aiContentFilter() }],
  invalid: [
    { name: 'shield disabled', asset: aiContentFilter({ 'Indirect Attack/Prompt': { enabled: false, blocking: false } }), expected: [{ status: 'fail', message: 'Content filter fraud-strict does not block Indirect Attack (prompt).' }] },
    {
      name: 'built-in policy in use by a deployment, without the shield',
      asset: builtIn({ 'Indirect Attack/Prompt': null }),
      related: [aiDeployment()],
      edges: [{ from: aiDeployment().id, to: builtIn({}).id, kind: 'filtered-by' }],
      expected: [{ status: 'fail', messageId: 'off' }],
    },
  ],
  notApplicable: [{ name: 'unused built-in policy', asset: builtIn({ 'Indirect Attack/Prompt': null }) }],
});
