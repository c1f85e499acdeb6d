import rule from '../../../../rules/aws/sagemaker/model-image-not-private-ecr.js';
import { testRule } from '../../../support/rule-tester.js';
import { MODEL, awsAsset } from '../_support.js';

const ECR = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-inference@sha256:abc';

testRule(rule, {
  valid: [{ name: 'private ECR image', asset: awsAsset('model', MODEL, { describe: { PrimaryContainer: { Image: ECR } } }) }],
  invalid: [
    {
      name: 'Docker Hub image in a multi-container model',
      asset: awsAsset('model', MODEL, { describe: { Containers: [{ Image: ECR }, { Image: 'docker.io/someone/model:latest' }] } }),
      expected: [{ status: 'fail', messageId: 'external', evidence: { image: 'docker.io/someone/model:latest' } }],
    },
    { name: 'not described', asset: awsAsset('model', MODEL), expected: [{ status: 'unknown' }] },
  ],
});
