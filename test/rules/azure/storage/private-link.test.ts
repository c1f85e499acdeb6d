import rule from '../../../../rules/azure/storage/private-link.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, factCases, STORAGE } from '../_support.js';

const cases = factCases('storage', STORAGE, 'privateEndpoints', 2, 0, 'none', { facts: { mlRelated: true } });
testRule(rule, {
  ...cases,
  notApplicable: [{ name: 'storage no ML asset uses', asset: azureAsset('storage', STORAGE, { facts: { mlRelated: false, privateEndpoints: 0 } }) }],
});
