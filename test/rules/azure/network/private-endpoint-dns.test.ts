import rule from '../../../../rules/azure/network/private-endpoint-dns.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset, wire } from '../../../support/wire-assets.js';
import type { ArmResource } from '../../../../providers/azure/arm.js';

// The recorded private endpoint pe-mlw-fraud-prod has one zone group (privatelink.api.azureml.ms).
const pe = (privateDnsZoneGroups?: { value: ArmResource[] }) =>
  armWireAsset('network/private-endpoints', 'network/private-endpoint.json', {}, { linked: { mlRelated: true }, ...(privateDnsZoneGroups ? { details: { privateDnsZoneGroups } } : {}) });
testRule(rule, {
  valid: [{ name: 'zone group present', asset: pe(wire('azure/network/private-dns-zone-groups.json')) }],
  invalid: [
    { name: 'no zone group', asset: pe({ value: [] }), expected: [{ status: 'fail', messageId: 'unregistered' }] },
    { name: 'zone groups not read', asset: pe(), expected: [{ status: 'unknown' }] },
  ],
});
