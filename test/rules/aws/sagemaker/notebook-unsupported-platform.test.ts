import rule from '../../../../rules/aws/sagemaker/notebook-unsupported-platform.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'AL2023', asset: awsAsset('notebook', NOTEBOOK, { describe: { PlatformIdentifier: 'notebook-al2023-v1' } }) }],
  invalid: [
    { name: 'Amazon Linux 1', asset: awsAsset('notebook', NOTEBOOK, { describe: { PlatformIdentifier: 'notebook-al1-v1' } }), expected: [{ status: 'fail', messageId: 'unsupported' }] },
    { name: 'platform not read', asset: awsAsset('notebook', NOTEBOOK), expected: [{ status: 'unknown' }] },
  ],
});
