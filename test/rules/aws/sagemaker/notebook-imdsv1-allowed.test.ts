import rule from '../../../../rules/aws/sagemaker/notebook-imdsv1-allowed.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'IMDSv2 only', asset: awsAsset('notebook', NOTEBOOK, { describe: { InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' } } }) }],
  invalid: [
    { name: 'default (v1)', asset: awsAsset('notebook', NOTEBOOK, { describe: {} }), expected: [{ status: 'fail', messageId: 'v1' }] },
    { name: 'not described', asset: awsAsset('notebook', NOTEBOOK), expected: [{ status: 'unknown' }] },
  ],
});
