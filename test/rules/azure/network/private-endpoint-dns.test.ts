import rule from '../../../../rules/azure/network/private-endpoint-dns.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const PE = 'Microsoft.Network/privateEndpoints';
const pe = (groups?: unknown[]) => azureAsset('private-endpoint', PE, { facts: { mlRelated: true }, raw: groups ? { $details: { privateDnsZoneGroups: groups } } : {} });
testRule(rule, {
  valid: [{ name: 'zone group present', asset: pe([{ id: 'x', name: 'default' }]) }],
  invalid: [
    { name: 'no zone group', asset: pe([]), expected: [{ status: 'fail', messageId: 'unregistered' }] },
    { name: 'zone groups not read', asset: pe(), expected: [{ status: 'unknown' }] },
  ],
});
