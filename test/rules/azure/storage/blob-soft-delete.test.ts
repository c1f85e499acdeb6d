import rule from '../../../../rules/azure/storage/blob-soft-delete.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, factCases, STORAGE } from '../_support.js';

const cases = factCases('storage', STORAGE, 'softDelete', true, false, 'off', { facts: { mlRelated: true } });
testRule(rule, {
  ...cases,
  notApplicable: [{ name: 'storage no ML asset uses', asset: azureAsset('storage', STORAGE, { facts: { mlRelated: false, softDelete: false } }) }],
});
