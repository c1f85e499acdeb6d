import rule from '../../../../rules/aws/sagemaker/endpoint-without-model-monitor.js';
import type { CoverageGap } from '../../../../src/model/index.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { AWS_WIRE_SCOPE, awsWireAsset } from '../../../support/wire-assets.js';

const ENDPOINT = `arn:aws:sagemaker:eu-west-1:${AWS_WIRE_SCOPE.account}:endpoint/fraud-scoring`;
const endpoint = () => makeAsset({ kind: 'endpoint', provider: 'aws', id: ENDPOINT, name: 'fraud-scoring', nativeType: 'AWS::SageMaker::Endpoint' });

/** A schedule as the monitoring collector records it from one ListMonitoringSchedules entry (AWS's documented shape). */
const schedule = (status: string) =>
  awsWireAsset('sagemaker/monitoring-schedules', {
    MonitoringScheduleSummaries: [
      {
        MonitoringScheduleName: 'fraud-scoring-data-quality',
        MonitoringScheduleArn: `arn:aws:sagemaker:eu-west-1:${AWS_WIRE_SCOPE.account}:monitoring-schedule/fraud-scoring-data-quality`,
        CreationTime: 1717410600.1,
        LastModifiedTime: 1717410600.1,
        MonitoringScheduleStatus: status,
        EndpointName: 'fraud-scoring',
        MonitoringJobDefinitionName: 'fraud-scoring-dq',
        MonitoringType: 'DataQuality',
      },
    ],
  });
const monitoredBy = (s: { id: string }) => [{ from: ENDPOINT, to: s.id, kind: 'monitored-by' as const }];
const listingDenied: CoverageGap = { provider: 'aws', account: AWS_WIRE_SCOPE.account, region: 'eu-west-1', service: 'sagemaker', errorCode: 'AccessDeniedException', kinds: ['monitoring'] };

const scheduled = schedule('Scheduled');
const stopped = schedule('Stopped');

testRule(rule, {
  valid: [{ name: 'a data quality schedule runs against the endpoint', asset: endpoint(), related: [scheduled], edges: monitoredBy(scheduled) }],
  invalid: [
    { name: 'no schedule names the endpoint', asset: endpoint(), expected: [{ status: 'fail', messageId: 'unmonitored' }] },
    {
      name: 'the only schedule is stopped',
      asset: endpoint(),
      related: [stopped],
      edges: monitoredBy(stopped),
      expected: [{ status: 'fail', messageId: 'unmonitored', evidence: { schedules: [{ id: stopped.id, status: 'Stopped' }] } }],
    },
    { name: 'schedules were not listed', asset: endpoint(), gaps: [listingDenied], expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'an Azure online endpoint', asset: makeAsset({ kind: 'endpoint', provider: 'azure', nativeType: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints' }) }],
});
