import rule from '../../../../rules/azure/machine-learning/workspace-legacy-public-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, WS } from '../_support.js';

// The recorded workspace has both legacy flags off and public network access disabled.
const ws = (properties: Record<string, unknown> = {}) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { properties });

testRule(rule, {
  valid: [{ name: 'legacy flags off', asset: ws() }],
  invalid: [
    { name: 'public behind vnet', asset: ws({ allowPublicAccessWhenBehindVnet: true }), expected: [{ status: 'fail', messageId: 'behindVnet' }] },
    { name: 'both flags on', asset: ws({ allowPublicAccessWhenBehindVnet: true, v1LegacyMode: true }), expected: [{ status: 'fail', messageId: 'behindVnet' }, { status: 'fail', messageId: 'v1' }] },
    // No ARM record at all (a snapshot without raw): a read workspace always carries `properties`.
    { name: 'record not visible', asset: azureAsset('workspace', WS, { name: 'ws' }), expected: [{ status: 'unknown' }] },
  ],
});
