import rule from '../../../../rules/azure/machine-learning/workspace-serverless-no-public-ip.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, WS } from '../_support.js';

// The recorded workspace has a managed network; the other cases remove it.
const ws = (properties: Record<string, unknown> = {}) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { properties });

testRule(rule, {
  valid: [
    { name: 'managed network', asset: ws() },
    { name: 'no public ip set', asset: ws({ managedNetwork: undefined, serverlessComputeSettings: { serverlessComputeNoPublicIP: true } }) },
  ],
  invalid: [
    { name: 'public ips', asset: ws({ managedNetwork: undefined }), expected: [{ status: 'fail', messageId: 'publicIp' }] },
    // Facts not derived (a snapshot without them): a read workspace always yields networkIsolation.
    { name: 'not visible', asset: azureAsset('workspace', WS), expected: [{ status: 'unknown', missingFacts: ['networkIsolation'] }] },
  ],
});
