import rule from '../../../../rules/aws/sagemaker/automl-job-auto-deploys-candidate.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

/** The recorded AutoML job (DescribeAutoMLJobV2), its deployment settings replaced by `patch`; `false`: the describe was denied. */
const job = (patch: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/automl-jobs', patch);

testRule(rule, {
  valid: [
    { name: 'no ModelDeployConfig: candidates wait for registration and approval', asset: job({ ModelDeployConfig: undefined, ModelDeployResult: undefined }) },
    { name: 'ModelDeployConfig that generates no endpoint and names none', asset: job({ ModelDeployConfig: { AutoGenerateEndpointName: false }, ModelDeployResult: undefined }) },
  ],
  invalid: [
    {
      name: 'the recorded job deploys to a generated endpoint',
      asset: job({}),
      expected: [{ status: 'fail', messageId: 'autoDeploys', message: 'AutoML job fraud-autopilot-0610 deploys its best candidate to endpoint fraud-autopilot-0610-ep without review.' }],
    },
    {
      name: 'the job names the endpoint to deploy to',
      asset: job({ ModelDeployConfig: { AutoGenerateEndpointName: false, EndpointName: 'fraud-live' }, ModelDeployResult: undefined }),
      expected: [{ status: 'fail', messageId: 'autoDeploys', evidence: { ModelDeployConfig: { EndpointName: 'fraud-live' } } }],
    },
    { name: 'DescribeAutoMLJobV2 was denied', asset: job(false), expected: [{ status: 'unknown', missingFacts: ['ModelDeployConfig'] }] },
  ],
  notApplicable: [
    { name: 'a training job', asset: makeAsset({ kind: 'training-job', provider: 'aws', nativeType: 'AWS::SageMaker::TrainingJob' }) },
    { name: 'a tuning job', asset: makeAsset({ kind: 'training-job', provider: 'aws', nativeType: 'AWS::SageMaker::HyperParameterTuningJob' }) },
  ],
});
