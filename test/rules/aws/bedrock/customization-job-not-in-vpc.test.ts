import rule from '../../../../rules/aws/bedrock/customization-job-not-in-vpc.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

testRule(rule, {
  valid: [{ name: 'recorded job: private subnets', asset: bedrockAsset('bedrock/custom-models') }],
  invalid: [
    { name: 'job without vpcConfig', asset: bedrockAsset('bedrock/custom-models', { job: { vpcConfig: undefined } }), expected: [{ status: 'fail', messageId: 'outside', evidence: { inVirtualNetwork: false } }] },
    { name: 'job deleted or denied', asset: bedrockAsset('bedrock/custom-models', { job: false }), expected: [{ status: 'unknown', missingFacts: ['inVirtualNetwork'] }] },
  ],
});
