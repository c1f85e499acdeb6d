import {
  DescribeDataQualityJobDefinitionCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  type DescribeMonitoringScheduleResponse,
  ListDataQualityJobDefinitionsCommand,
  ListModelBiasJobDefinitionsCommand,
  ListModelExplainabilityJobDefinitionsCommand,
  ListModelQualityJobDefinitionsCommand,
  ListMonitoringSchedulesCommand,
  type MonitoringJobDefinitionSummary,
  type MonitoringScheduleSummary,
} from '@aws-sdk/client-sagemaker';
import type { Facts } from '../../../src/model/index.js';
import { roleArn, sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, detail, type CommandClassOf, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import type { Linker } from '../runner.js';
import { described, encryptionFacts, keyEdges } from './common.js';

const NEXT = { input: 'NextToken', output: 'NextToken' } as const;

/** What the four monitoring job-definition Describe* responses share. */
interface JobDefinition {
  JobDefinitionArn?: string;
  NetworkConfig?: { EnableNetworkIsolation?: boolean; EnableInterContainerTrafficEncryption?: boolean; VpcConfig?: { Subnets?: string[] } };
  JobResources?: { ClusterConfig?: { InstanceCount?: number; VolumeKmsKeyId?: string } };
  RoleArn?: string;
}

const TYPES = {
  DataQuality: { resource: 'data-quality-job-definition', output: 'DataQualityJobOutputConfig', list: ListDataQualityJobDefinitionsCommand, describe: DescribeDataQualityJobDefinitionCommand },
  ModelBias: { resource: 'model-bias-job-definition', output: 'ModelBiasJobOutputConfig', list: ListModelBiasJobDefinitionsCommand, describe: DescribeModelBiasJobDefinitionCommand },
  ModelQuality: { resource: 'model-quality-job-definition', output: 'ModelQualityJobOutputConfig', list: ListModelQualityJobDefinitionsCommand, describe: DescribeModelQualityJobDefinitionCommand },
  ModelExplainability: {
    resource: 'model-explainability-job-definition',
    output: 'ModelExplainabilityJobOutputConfig',
    list: ListModelExplainabilityJobDefinitionsCommand,
    describe: DescribeModelExplainabilityJobDefinitionCommand,
  },
} as const;
type MonitoringType = keyof typeof TYPES;

/** Network, encryption and role facts of a monitoring job (definition or schedule-embedded). */
function jobFacts(network: JobDefinition['NetworkConfig'], volumeKey: string | undefined, outputKey: string | undefined): Facts {
  const facts: Facts = {
    networkIsolation: network?.EnableNetworkIsolation === true,
    transitEncryption: network?.EnableInterContainerTrafficEncryption === true,
    inVirtualNetwork: (network?.VpcConfig?.Subnets?.length ?? 0) > 0,
    ...encryptionFacts(volumeKey, outputKey),
  };
  return facts;
}

function endpointEdge(scope: ScopeInfo, endpointName: string | undefined): EdgeSpec[] {
  return endpointName ? [{ kind: 'monitored-by', from: sagemakerArn(scope, 'endpoint', endpointName) }] : [];
}

/** One collector per job-definition type, from one declaration. */
function jobDefinitions(type: MonitoringType) {
  const t = TYPES[type];
  return defineCollector<MonitoringJobDefinitionSummary>({
    name: `sagemaker/${t.resource}s`,
    kind: 'monitoring',
    nativeType: `AWS::SageMaker::${type}JobDefinition`,
    facts: ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption'],
    scope: 'regional',
    phase: 1,
    list: { op: op('sagemaker', t.list as CommandClassOf<{ NextToken?: string }, { JobDefinitionSummaries?: MonitoringJobDefinitionSummary[]; NextToken?: string }>), items: (o) => o.JobDefinitionSummaries, page: NEXT },
    details: [
      detail<MonitoringJobDefinitionSummary, { JobDefinitionName: string | undefined }, JobDefinition>({
        key: 'describe',
        op: op('sagemaker', t.describe as CommandClassOf<{ JobDefinitionName: string | undefined }, JobDefinition>),
        input: (r) => ({ JobDefinitionName: r.MonitoringJobDefinitionName }),
      }),
    ],
    normalize(r, ctx) {
      const d = described<JobDefinition & Record<string, { KmsKeyId?: string } | undefined>>(ctx);
      const volumeKey = d?.JobResources?.ClusterConfig?.VolumeKmsKeyId;
      const outputKey = d?.[t.output]?.KmsKeyId;
      const roles = roleArn(d?.RoleArn);
      return {
        id: r.MonitoringJobDefinitionArn ?? sagemakerArn(ctx, t.resource, r.MonitoringJobDefinitionName ?? ''),
        name: r.MonitoringJobDefinitionName ?? '',
        facts: d ? jobFacts(d.NetworkConfig, volumeKey, outputKey) : {},
        edges: [...endpointEdge(ctx, r.EndpointName), ...(roles ? [{ kind: 'assumes' as const, to: roles }] : []), ...keyEdges(ctx, volumeKey, outputKey)],
      };
    },
  });
}

export const monitoringSchedules = defineCollector<MonitoringScheduleSummary>({
  name: 'sagemaker/monitoring-schedules',
  kind: 'monitoring',
  nativeType: 'AWS::SageMaker::MonitoringSchedule',
  facts: ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListMonitoringSchedulesCommand), items: (o) => o.MonitoringScheduleSummaries, page: NEXT },
  details: [
    detail<MonitoringScheduleSummary, { MonitoringScheduleName: string | undefined }, DescribeMonitoringScheduleResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeMonitoringScheduleCommand),
      input: (r) => ({ MonitoringScheduleName: r.MonitoringScheduleName }),
    }),
  ],
  normalize(r, ctx) {
    const d = described<DescribeMonitoringScheduleResponse>(ctx);
    const embedded = d?.MonitoringScheduleConfig?.MonitoringJobDefinition;
    const volumeKey = embedded?.MonitoringResources?.ClusterConfig?.VolumeKmsKeyId;
    const outputKey = embedded?.MonitoringOutputConfig?.KmsKeyId;
    const named = r.MonitoringJobDefinitionName ?? d?.MonitoringScheduleConfig?.MonitoringJobDefinitionName;
    const type = (r.MonitoringType ?? d?.MonitoringType) as MonitoringType | undefined;
    const edges: EdgeSpec[] = [...endpointEdge(ctx, r.EndpointName ?? d?.EndpointName), ...keyEdges(ctx, volumeKey, outputKey)];
    if (named && type && TYPES[type]) edges.push({ kind: 'contains', to: sagemakerArn(ctx, TYPES[type].resource, named) });
    const role = roleArn(embedded?.RoleArn);
    if (role) edges.push({ kind: 'assumes', to: role });
    return {
      id: r.MonitoringScheduleArn ?? sagemakerArn(ctx, 'monitoring-schedule', r.MonitoringScheduleName ?? ''),
      name: r.MonitoringScheduleName ?? '',
      facts: embedded ? jobFacts(embedded.NetworkConfig, volumeKey, outputKey) : {},
      edges,
    };
  },
});

export const monitoringCollectors = [...(Object.keys(TYPES) as MonitoringType[]).map(jobDefinitions), monitoringSchedules];

/** A schedule that names a job definition runs with that definition's network settings. */
export const linkMonitoringSchedules: Linker = ({ assets, edges }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  for (const schedule of assets) {
    if (schedule.nativeType !== 'AWS::SageMaker::MonitoringSchedule' || schedule.facts?.networkIsolation !== undefined) continue;
    const definition = edges.filter((e) => e.from === schedule.id && e.kind === 'contains').map((e) => byId.get(e.to)).find((a) => a?.kind === 'monitoring');
    if (!definition?.facts) continue;
    const { networkIsolation, transitEncryption, inVirtualNetwork, encryption } = definition.facts;
    schedule.facts = { ...schedule.facts, ...(networkIsolation !== undefined ? { networkIsolation } : {}), ...(transitEncryption !== undefined ? { transitEncryption } : {}), ...(inVirtualNetwork !== undefined ? { inVirtualNetwork } : {}), ...(encryption ? { encryption } : {}) };
  }
};
