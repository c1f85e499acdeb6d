import rule from '../../../../rules/azure/container-registry/export-and-trust-policies.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded registry crfraudmlprod has export disabled and content trust enabled.
const acr = (policies: Record<string, unknown> | undefined) =>
  armWireAsset('container-registry/registries', 'container-registry/registry.json', { properties: { policies } }, { linked: { mlRelated: true } });
testRule(rule, {
  valid: [{ name: 'export off, trust on', asset: acr({}) }],
  invalid: [
    { name: 'export on, no trust', asset: acr({ exportPolicy: { status: 'enabled' }, trustPolicy: { type: 'Notary', status: 'disabled' } }), expected: [{ status: 'fail', messageId: 'exportable' }, { status: 'fail', messageId: 'untrusted' }] },
    { name: 'policies not returned', asset: acr(undefined), expected: [{ status: 'unknown' }] },
  ],
});
