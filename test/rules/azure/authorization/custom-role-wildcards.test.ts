import rule from '../../../../rules/azure/authorization/custom-role-wildcards.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const RD = 'Microsoft.Authorization/roleDefinitions';
const role = (wildcardActions?: string[], type = 'CustomRole') => azureAsset('role', RD, { name: 'ml-ops', facts: wildcardActions ? { wildcardActions } : {}, raw: { properties: { type } } });
testRule(rule, {
  valid: [{ name: 'read wildcards only', asset: role(['Microsoft.MachineLearningServices/workspaces/*/read']) }],
  invalid: [
    { name: 'all ML actions', asset: role(['Microsoft.MachineLearningServices/*']), expected: [{ status: 'fail', message: 'Custom role ml-ops grants Microsoft.MachineLearningServices/*.' }] },
    { name: 'not resolved', asset: role(), expected: [{ status: 'unknown', missingFacts: ['wildcardActions'] }] },
  ],
  notApplicable: [{ name: 'built-in role', asset: role(['*'], 'BuiltInRole') }],
});
