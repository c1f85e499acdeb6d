import rule from '../../../../rules/azure/container-registry/public-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, REGISTRY } from '../_support.js';

const acr = (facts = {}) => azureAsset('container-registry', REGISTRY, { name: 'cr', facts: { mlRelated: true, ...facts } });
testRule(rule, {
  valid: [{ name: 'private, no anonymous pull', asset: acr({ anonymousPull: false, publicNetworkAccess: false }) }],
  invalid: [
    { name: 'anonymous pull on an open registry', asset: acr({ anonymousPull: true, publicNetworkAccess: true }), expected: [{ status: 'fail', message: 'Container registry cr allows anonymous pull.' }, { status: 'fail', messageId: 'open' }] },
    { name: 'not visible', asset: acr({ anonymousPull: false }), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
  ],
});
