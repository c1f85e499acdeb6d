import { describe, expect, it } from 'vitest';
import { linkMonitoringSchedules, monitoringCollectors } from '../../../providers/aws/collectors/monitoring.js';
import { ACCOUNT, REGION, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

const arn = (type: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${type}/${name}`;

describe('SageMaker model-monitoring job definitions and schedules', () => {
  useNock();

  it('reads NetworkConfig of job definitions and carries it to the schedule that runs them', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListDataQualityJobDefinitions', undefined, {
      JobDefinitionSummaries: [{ MonitoringJobDefinitionName: 'dq-fraud', MonitoringJobDefinitionArn: arn('data-quality-job-definition', 'dq-fraud'), CreationTime: 1732000000, EndpointName: 'fraud-endpoint' }],
    });
    sagemaker(REGION, 'DescribeDataQualityJobDefinition', { JobDefinitionName: 'dq-fraud' }, {
      JobDefinitionArn: arn('data-quality-job-definition', 'dq-fraud'),
      JobDefinitionName: 'dq-fraud',
      CreationTime: 1732000000,
      DataQualityAppSpecification: { ImageUri: '468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
      DataQualityJobInput: { EndpointInput: { EndpointName: 'fraud-endpoint', LocalPath: '/opt/ml/processing/input' } },
      DataQualityJobOutputConfig: { MonitoringOutputs: [{ S3Output: { S3Uri: 's3://ml-monitoring/dq', LocalPath: '/opt/ml/processing/output' } }] },
      JobResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
      NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: true },
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/monitor`,
    });
    sagemaker(REGION, 'ListModelBiasJobDefinitions', undefined, { JobDefinitionSummaries: [] });
    sagemaker(REGION, 'ListModelQualityJobDefinitions', undefined, { JobDefinitionSummaries: [] });
    sagemaker(REGION, 'ListModelExplainabilityJobDefinitions', undefined, { JobDefinitionSummaries: [] });
    sagemaker(REGION, 'ListMonitoringSchedules', undefined, {
      MonitoringScheduleSummaries: [
        {
          MonitoringScheduleName: 'dq-hourly',
          MonitoringScheduleArn: arn('monitoring-schedule', 'dq-hourly'),
          CreationTime: 1732000000,
          LastModifiedTime: 1732000000,
          MonitoringScheduleStatus: 'Scheduled',
          EndpointName: 'fraud-endpoint',
          MonitoringJobDefinitionName: 'dq-fraud',
          MonitoringType: 'DataQuality',
        },
      ],
    });
    sagemaker(REGION, 'DescribeMonitoringSchedule', { MonitoringScheduleName: 'dq-hourly' }, {
      MonitoringScheduleArn: arn('monitoring-schedule', 'dq-hourly'),
      MonitoringScheduleName: 'dq-hourly',
      MonitoringScheduleStatus: 'Scheduled',
      MonitoringType: 'DataQuality',
      CreationTime: 1732000000,
      LastModifiedTime: 1732000000,
      MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' }, MonitoringJobDefinitionName: 'dq-fraud', MonitoringType: 'DataQuality' },
      EndpointName: 'fraud-endpoint',
    });

    const inventory = await collect({ collectors: monitoringCollectors, linkers: [linkMonitoringSchedules] });
    expect(inventory.gaps).toEqual([]);
    const definition = inventory.assets.find((a) => a.nativeType === 'AWS::SageMaker::DataQualityJobDefinition')!;
    const schedule = inventory.assets.find((a) => a.nativeType === 'AWS::SageMaker::MonitoringSchedule')!;
    expect(definition).toMatchObject({ kind: 'monitoring', facts: { networkIsolation: true, transitEncryption: false, encryption: 'platform' } });
    expect(schedule.facts).toMatchObject({ networkIsolation: true, transitEncryption: false });
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: arn('endpoint', 'fraud-endpoint'), to: definition.id, kind: 'monitored-by' },
        { from: schedule.id, to: definition.id, kind: 'contains' },
        { from: definition.id, to: `arn:aws:iam::${ACCOUNT}:role/monitor`, kind: 'assumes' },
      ]),
    );
  });
});
