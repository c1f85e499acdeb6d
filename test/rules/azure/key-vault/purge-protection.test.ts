import rule from '../../../../rules/azure/key-vault/purge-protection.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, VAULT } from '../_support.js';

const kv = (facts = {}) => azureAsset('key-vault', VAULT, { facts: { mlRelated: true, ...facts } });
testRule(rule, {
  valid: [{ name: 'both on', asset: kv({ purgeProtection: true, softDelete: true }) }],
  invalid: [
    { name: 'no purge protection', asset: kv({ purgeProtection: false, softDelete: true }), expected: [{ status: 'fail', messageId: 'noPurge' }] },
    { name: 'neither', asset: kv({ purgeProtection: false, softDelete: false }), expected: [{ status: 'fail', messageId: 'noSoftDelete' }, { status: 'fail', messageId: 'noPurge' }] },
    { name: 'not visible', asset: kv(), expected: [{ status: 'unknown', missingFacts: ['purgeProtection', 'softDelete'] }] },
  ],
});
