import rule from '../../../../rules/aws/sagemaker/monitoring-job-network-isolation-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'isolated data-quality job', asset: awsAsset('monitoring', 'AWS::SageMaker::DataQualityJobDefinition', { facts: { networkIsolation: true } }) }],
  invalid: [
    { name: 'schedule without isolation', asset: awsAsset('monitoring', 'AWS::SageMaker::MonitoringSchedule', { facts: { networkIsolation: false } }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'not read', asset: awsAsset('monitoring', 'AWS::SageMaker::ModelBiasJobDefinition'), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'Application Insights', asset: awsAsset('monitoring', 'Microsoft.Insights/components', { facts: { networkIsolation: false } }) }],
});
