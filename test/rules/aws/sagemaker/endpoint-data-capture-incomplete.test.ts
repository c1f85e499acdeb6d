import rule from '../../../../rules/aws/sagemaker/endpoint-data-capture-incomplete.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeEndpointConfig answer captures inputs and outputs at 50 %, with a KMS key.
const config = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/endpoint-configs', describe);

testRule(rule, {
  valid: [{ name: 'inputs and outputs, encrypted', asset: config() }],
  invalid: [
    {
      name: 'inputs only, no key',
      asset: config({ DataCaptureConfig: { KmsKeyId: undefined, CaptureOptions: [{ CaptureMode: 'Input' }] } }),
      expected: [{ status: 'fail', messageId: 'partial', message: 'Endpoint configuration fraud-scoring-config captures inference data without response capture, a KMS key.' }],
    },
    { name: 'no capture', asset: config({ DataCaptureConfig: undefined }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'not described', asset: config(false), expected: [{ status: 'unknown' }] },
  ],
});
