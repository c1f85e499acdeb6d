import rule from '../../../../rules/azure/container-registry/export-and-trust-policies.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, REGISTRY } from '../_support.js';

const acr = (policies?: Record<string, unknown>) => azureAsset('container-registry', REGISTRY, { facts: { mlRelated: true }, raw: { properties: policies ? { policies } : {} } });
testRule(rule, {
  valid: [{ name: 'export off, trust on', asset: acr({ exportPolicy: { status: 'disabled' }, trustPolicy: { status: 'enabled' }, quarantinePolicy: { status: 'disabled' } }) }],
  invalid: [
    { name: 'export on, no trust', asset: acr({ exportPolicy: { status: 'enabled' }, trustPolicy: { status: 'disabled' }, quarantinePolicy: { status: 'disabled' } }), expected: [{ status: 'fail', messageId: 'exportable' }, { status: 'fail', messageId: 'untrusted' }] },
    { name: 'policies not returned', asset: acr(), expected: [{ status: 'unknown' }] },
  ],
});
