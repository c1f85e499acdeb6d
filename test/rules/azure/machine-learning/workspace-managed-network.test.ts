import rule from '../../../../rules/azure/machine-learning/workspace-managed-network.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

const ws = (isolationMode: string | undefined, outboundRules: Record<string, unknown> = {}, facts = {}) =>
  azureAsset('workspace', WS, {
    name: 'ws',
    facts,
    raw: { properties: isolationMode ? { managedNetwork: { isolationMode, outboundRules } } : {} },
  });

testRule(rule, {
  valid: [
    { name: 'approved outbound only', asset: ws('AllowOnlyApprovedOutbound', { pypi: { type: 'FQDN', destination: 'pypi.org' } }, { networkIsolation: true, outboundRestricted: true }) },
  ],
  invalid: [
    { name: 'internet outbound', asset: ws('AllowInternetOutbound', {}, { networkIsolation: true, outboundRestricted: false }), expected: [{ status: 'fail', messageId: 'internet', message: 'Workspace ws managed network allows any internet outbound traffic (AllowInternetOutbound).' }] },
    { name: 'no managed network', asset: ws(undefined, {}, { networkIsolation: false, outboundRestricted: false }), expected: [{ status: 'fail', messageId: 'none' }] },
    { name: 'wildcard FQDN rule', asset: ws('AllowOnlyApprovedOutbound', { any: { type: 'FQDN', destination: '*' } }, { networkIsolation: true, outboundRestricted: true }), expected: [{ status: 'fail', messageId: 'wildcard' }] },
    { name: 'not visible', asset: ws(undefined), expected: [{ status: 'unknown', missingFacts: ['networkIsolation', 'outboundRestricted'] }] },
  ],
});
