import rule from '../../../../rules/aws/sagemaker/endpoint-data-capture-incomplete.js';
import { testRule } from '../../../support/rule-tester.js';
import { ENDPOINT_CONFIG, awsAsset } from '../_support.js';

const capture = (c: Record<string, unknown>) => awsAsset('deployment', ENDPOINT_CONFIG, { name: 'ec', describe: { DataCaptureConfig: c } });
const full = { EnableCapture: true, InitialSamplingPercentage: 50, DestinationS3Uri: 's3://cap/', KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k', CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] };

testRule(rule, {
  valid: [{ name: 'inputs and outputs, encrypted', asset: capture(full) }],
  invalid: [
    {
      name: 'inputs only, no key',
      asset: capture({ ...full, KmsKeyId: undefined, CaptureOptions: [{ CaptureMode: 'Input' }] }),
      expected: [{ status: 'fail', messageId: 'partial', message: 'Endpoint configuration ec captures inference data without response capture, a KMS key.' }],
    },
    { name: 'no capture', asset: awsAsset('deployment', ENDPOINT_CONFIG, { describe: {} }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'not described', asset: awsAsset('deployment', ENDPOINT_CONFIG), expected: [{ status: 'unknown' }] },
  ],
});
