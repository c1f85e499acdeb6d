import rule from '../../../../rules/azure/machine-learning/workspace-datastore-identity-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, WS } from '../_support.js';

// The recorded workspace uses identity for its system datastores.
const ws = (systemDatastoresAuthMode: string | undefined) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { properties: { systemDatastoresAuthMode } });

testRule(rule, {
  valid: [{ name: 'identity', asset: ws('identity') }],
  invalid: [
    { name: 'access key', asset: ws('accessKey'), expected: [{ status: 'fail', messageId: 'accessKey' }] },
    { name: 'absent means the accessKey default', asset: ws(undefined), expected: [{ status: 'fail', messageId: 'accessKey' }] },
    // No ARM record at all (a snapshot without raw): a read workspace always carries `properties`.
    { name: 'record not visible', asset: azureAsset('workspace', WS), expected: [{ status: 'unknown' }] },
  ],
});
