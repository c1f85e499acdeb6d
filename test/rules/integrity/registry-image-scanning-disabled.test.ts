import rule from '../../../rules/integrity/registry-image-scanning-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'ECR repository with scan on push', ...usedByMl(makeAsset({ kind: 'container-registry', provider: 'aws', facts: { imageScanning: true } }), 'uses-image', 'training-job') }],
  invalid: [
    {
      name: 'inference image repository without scanning',
      ...usedByMl(makeAsset({ kind: 'container-registry', provider: 'aws', name: 'inference-images', facts: { imageScanning: false } }), 'uses-image', 'deployment'),
      expected: [{ status: 'fail', messageId: 'unscanned', message: 'Registry inference-images used by ML does not scan images for vulnerabilities.', evidence: { imageScanning: false } }],
    },
    { name: 'scanning configuration not readable', asset: makeAsset({ kind: 'container-registry', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['imageScanning'] }] },
  ],
  notApplicable: [{ name: 'registry of a web app', asset: makeAsset({ kind: 'container-registry', facts: { imageScanning: false } }) }],
});
