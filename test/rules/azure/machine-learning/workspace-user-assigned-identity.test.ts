import rule from '../../../../rules/azure/machine-learning/workspace-user-assigned-identity.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

const uai = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ws';
testRule(rule, {
  valid: [
    { name: 'primary user-assigned identity', asset: azureAsset('workspace', WS, { raw: { identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: { [uai]: {} } }, properties: { primaryUserAssignedIdentity: uai } } }) },
  ],
  invalid: [
    { name: 'system-assigned only', asset: azureAsset('workspace', WS, { name: 'ws', raw: { identity: { type: 'SystemAssigned' }, properties: {} } }), expected: [{ status: 'fail', message: 'Workspace ws has no primary user-assigned identity (identity type SystemAssigned).' }] },
    { name: 'record not visible', asset: azureAsset('workspace', WS, { raw: {} }), expected: [{ status: 'unknown' }] },
  ],
});
