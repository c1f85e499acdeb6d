import rule from '../../../../rules/aws/sagemaker/domain-public-internet-only.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeDomain answer is a VpcOnly domain.
const domain = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/domains', describe);

testRule(rule, {
  valid: [{ name: 'VpcOnly', asset: domain() }],
  invalid: [
    { name: 'PublicInternetOnly', asset: domain({ AppNetworkAccessType: 'PublicInternetOnly' }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'field absent (API default)', asset: domain({ AppNetworkAccessType: undefined }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'not described', asset: domain(false), expected: [{ status: 'unknown' }] },
  ],
});
