import rule from '../../../../rules/azure/machine-learning/workspace-managed-network.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, WS } from '../_support.js';

// The recorded workspace allows only approved outbound traffic (one FQDN rule to pypi.org).
const ws = (managedNetwork: Record<string, unknown> | undefined) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { properties: { managedNetwork } });

testRule(rule, {
  valid: [{ name: 'approved outbound only', asset: ws({}) }],
  invalid: [
    {
      name: 'internet outbound',
      asset: ws({ isolationMode: 'AllowInternetOutbound', outboundRules: undefined }),
      expected: [{ status: 'fail', messageId: 'internet', message: 'Workspace mlw-fraud-prod managed network allows any internet outbound traffic (AllowInternetOutbound).' }],
    },
    { name: 'no managed network', asset: ws(undefined), expected: [{ status: 'fail', messageId: 'none' }] },
    {
      name: 'recorded feature store without a managed network',
      asset: armWireAsset('machine-learning/workspaces', 'machine-learning/feature-store-workspace.json'),
      expected: [{ status: 'fail', messageId: 'none', message: 'Workspace fs-fraud-features has no managed network isolation.' }],
    },
    { name: 'wildcard FQDN rule', asset: ws({ outboundRules: { any: { type: 'FQDN', destination: '*', category: 'UserDefined', status: 'Active' } } }), expected: [{ status: 'fail', messageId: 'wildcard' }] },
    // Facts not derived (a snapshot without them): a read workspace always yields networkIsolation.
    { name: 'not visible', asset: azureAsset('workspace', WS, { raw: { properties: {} } }), expected: [{ status: 'unknown', missingFacts: ['networkIsolation', 'outboundRestricted'] }] },
  ],
});
