import rule from '../../../../rules/aws/sagemaker/monitoring-job-inter-container-encryption-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset } from '../_support.js';

const bias = (count: number) =>
  awsAsset('monitoring', 'AWS::SageMaker::ModelBiasJobDefinition', { facts: { transitEncryption: false }, describe: { JobResources: { ClusterConfig: { InstanceCount: count } } } });

testRule(rule, {
  valid: [
    { name: 'encrypted', asset: awsAsset('monitoring', 'AWS::SageMaker::ModelQualityJobDefinition', { facts: { transitEncryption: true } }) },
    { name: 'single-instance bias job (SageMaker.15 exemption)', asset: bias(1) },
  ],
  invalid: [
    { name: 'two-instance bias job', asset: bias(2), expected: [{ status: 'fail', messageId: 'plain' }] },
    {
      name: 'single-instance data-quality job (no exemption)',
      asset: awsAsset('monitoring', 'AWS::SageMaker::DataQualityJobDefinition', { facts: { transitEncryption: false }, describe: { JobResources: { ClusterConfig: { InstanceCount: 1 } } } }),
      expected: [{ status: 'fail', messageId: 'plain' }],
    },
    { name: 'not read', asset: awsAsset('monitoring', 'AWS::SageMaker::DataQualityJobDefinition'), expected: [{ status: 'unknown' }] },
  ],
});
