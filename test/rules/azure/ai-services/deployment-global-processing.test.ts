import rule from '../../../../rules/azure/ai-services/deployment-global-processing.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiDeployment } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'regional Standard', asset: aiDeployment({ sku: { name: 'Standard', capacity: 50 } }) }],
  invalid: [
    { name: 'recorded deployment: GlobalStandard', asset: aiDeployment(), expected: [{ status: 'fail', message: 'Deployment gpt-4o may process prompts outside its region (type GlobalStandard).' }] },
    { name: 'data zone', asset: aiDeployment({ sku: { name: 'DataZoneStandard', capacity: 50 } }), expected: [{ status: 'fail', messageId: 'outside' }] },
  ],
});
