import rule from '../../../../rules/azure/machine-learning/workspace-legacy-public-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

const ws = (properties?: Record<string, unknown>) => azureAsset('workspace', WS, { name: 'ws', raw: properties ? { properties } : {} });

testRule(rule, {
  valid: [{ name: 'legacy flags off', asset: ws({ allowPublicAccessWhenBehindVnet: false, v1LegacyMode: false, publicNetworkAccess: 'Disabled' }) }],
  invalid: [
    { name: 'public behind vnet', asset: ws({ allowPublicAccessWhenBehindVnet: true }), expected: [{ status: 'fail', messageId: 'behindVnet' }] },
    { name: 'both flags on', asset: ws({ allowPublicAccessWhenBehindVnet: true, v1LegacyMode: true }), expected: [{ status: 'fail', messageId: 'behindVnet' }, { status: 'fail', messageId: 'v1' }] },
    { name: 'record not visible', asset: ws(), expected: [{ status: 'unknown' }] },
  ],
});
