import rule from '../../../../rules/azure/storage/network-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, factCases, STORAGE } from '../_support.js';

const cases = factCases('storage', STORAGE, 'publicNetworkAccess', false, true, 'open', { facts: { mlRelated: true } });
testRule(rule, {
  ...cases,
  notApplicable: [{ name: 'storage no ML asset uses', asset: azureAsset('storage', STORAGE, { facts: { mlRelated: false, publicNetworkAccess: true } }) }],
});
