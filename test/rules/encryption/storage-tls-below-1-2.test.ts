import rule from '../../../rules/encryption/storage-tls-below-1-2.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

const mlStorage = (minTlsVersion: string, name?: string) =>
  makeAsset({ kind: 'storage', facts: { mlRelated: true, minTlsVersion }, ...(name ? { name } : {}) });

testRule(rule, {
  valid: [
    { name: 'Azure spelling TLS1_2', asset: mlStorage('TLS1_2') },
    { name: 'normalised 1.3', asset: mlStorage('1.3') },
    { name: 'TLSv1.2 spelling', asset: mlStorage('TLSv1.2') },
  ],
  invalid: [
    {
      name: 'TLS 1.0 accepted',
      asset: mlStorage('TLS1_0', 'legacyml'),
      expected: [{ status: 'fail', messageId: 'old', message: 'Storage legacyml used by ML accepts TLS 1.0, older than 1.2.', evidence: { minTlsVersion: 'TLS1_0' } }],
    },
    { name: 'TLS 1.1 accepted', asset: mlStorage('1.1'), expected: [{ status: 'fail', messageId: 'old' }] },
    {
      name: 'unreadable version is not guessed',
      asset: mlStorage('<script>1.2</script>'),
      expected: [{ status: 'unknown', missingFacts: ['minTlsVersion'], evidence: { minTlsVersion: '<script>1.2</script>' } }],
    },
    { name: 'minimum version not visible', asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['minTlsVersion'] }] },
  ],
  notApplicable: [{ name: 'storage outside ML', asset: makeAsset({ kind: 'storage', facts: { minTlsVersion: '1.0' } }) }],
});
