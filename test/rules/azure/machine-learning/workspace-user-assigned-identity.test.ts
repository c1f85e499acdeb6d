import rule from '../../../../rules/azure/machine-learning/workspace-user-assigned-identity.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, WS } from '../_support.js';

// The recorded workspace has a system- and a user-assigned identity, the latter primary.
const ws = (patch: Record<string, unknown> = {}) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', patch);

testRule(rule, {
  valid: [{ name: 'primary user-assigned identity', asset: ws() }],
  invalid: [
    {
      name: 'system-assigned only',
      asset: ws({ identity: { type: 'SystemAssigned', userAssignedIdentities: undefined }, properties: { primaryUserAssignedIdentity: undefined } }),
      expected: [{ status: 'fail', message: 'Workspace mlw-fraud-prod has no primary user-assigned identity (identity type SystemAssigned).' }],
    },
    // No ARM record at all (a snapshot without raw): a read workspace always carries `properties`.
    { name: 'record not visible', asset: azureAsset('workspace', WS), expected: [{ status: 'unknown' }] },
  ],
});
