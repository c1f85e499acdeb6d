import rule from '../../../../rules/aws/sagemaker/model-image-not-private-ecr.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

const ECR = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-inference@sha256:abc';
// The recorded DescribeModel answer: one PrimaryContainer whose image is in the account's ECR.
const model = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/models', describe);
const container = { Mode: 'SingleModel', ModelDataUrl: 's3://fraud-models/xgb/2024-06/model.tar.gz' };

testRule(rule, {
  valid: [{ name: 'private ECR image', asset: model() }],
  invalid: [
    {
      name: 'Docker Hub image in a multi-container model',
      asset: model({ PrimaryContainer: undefined, Containers: [{ ...container, Image: ECR }, { ...container, Image: 'docker.io/someone/model:latest' }], InferenceExecutionConfig: { Mode: 'Serial' } }),
      expected: [{ status: 'fail', messageId: 'external', evidence: { image: 'docker.io/someone/model:latest' } }],
    },
    { name: 'not described', asset: model(false), expected: [{ status: 'unknown' }] },
  ],
});
