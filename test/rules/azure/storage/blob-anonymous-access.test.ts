import rule from '../../../../rules/azure/storage/blob-anonymous-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, STORAGE } from '../_support.js';

const st = (properties: Record<string, unknown> | undefined, facts = {}) =>
  azureAsset('storage', STORAGE, { name: 'st', facts: { mlRelated: true, ...facts }, raw: properties ? { properties } : {} });

testRule(rule, {
  valid: [{ name: 'disallowed at the account', asset: st({ allowBlobPublicAccess: false }, { publicRead: false }) }],
  invalid: [
    { name: 'public container', asset: st({ allowBlobPublicAccess: true }, { publicRead: true }), expected: [{ status: 'fail', message: 'Storage account st has containers anyone on the internet can read.' }] },
    { name: 'allowed, containers private', asset: st({ allowBlobPublicAccess: true }, { publicRead: false }), expected: [{ status: 'fail', messageId: 'allowed' }] },
    { name: 'allowed, containers not readable', asset: st({ allowBlobPublicAccess: true }), expected: [{ status: 'fail', messageId: 'allowed' }] },
    { name: 'not set', asset: st({}), expected: [{ status: 'fail', messageId: 'unset' }] },
    { name: 'record not visible', asset: st(undefined), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'storage no ML asset uses', asset: azureAsset('storage', STORAGE, { facts: { mlRelated: false }, raw: { properties: { allowBlobPublicAccess: true } } }) }],
});
