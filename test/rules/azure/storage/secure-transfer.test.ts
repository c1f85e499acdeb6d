import rule from '../../../../rules/azure/storage/secure-transfer.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, STORAGE } from '../_support.js';

const st = (facts = {}) => azureAsset('storage', STORAGE, { name: 'st', facts: { mlRelated: true, ...facts } });
testRule(rule, {
  valid: [{ name: 'https and tls 1.2', asset: st({ transitEncryption: true, minTlsVersion: '1.2' }) }],
  invalid: [
    { name: 'http and tls 1.0', asset: st({ transitEncryption: false, minTlsVersion: '1.0' }), expected: [{ status: 'fail', messageId: 'http' }, { status: 'fail', message: 'Storage account st accepts TLS 1.0.' }] },
    { name: 'tls not visible', asset: st({ transitEncryption: true }), expected: [{ status: 'unknown', missingFacts: ['minTlsVersion'] }] },
  ],
});
