import type { AssetInput } from '../../../../../src/model/index.js';
import { addAwsAsset, arn, providerRecord, type AwsScope } from './scope.js';

export interface TrailOptions {
  name: string;
  bucket: AssetInput;
  key?: AssetInput;
  logGroup?: AssetInput;
  multiRegion: boolean;
  validation: boolean;
  /** Buckets whose object-level events the trail records. */
  dataEventBuckets: AssetInput[];
  organization?: boolean;
}

/** A CloudTrail trail: its DescribeTrails entry, GetTrailStatus and GetEventSelectors. */
export function cloudTrail(scope: AwsScope, o: TrailOptions): AssetInput {
  const id = arn(scope, 'cloudtrail', `trail/${o.name}`);
  const dataResources = o.dataEventBuckets.map((b) => `${b.id}/`);
  const trail = addAwsAsset(scope, {
    id,
    kind: 'audit-trail',
    name: o.name,
    nativeType: 'AWS::CloudTrail::Trail',
    tags: {},
    facts: {
      loggingEnabled: true,
      multiRegion: o.multiRegion,
      logFileValidation: o.validation,
      dataEventsLogged: dataResources.length > 0,
      logCategories: [...dataResources].sort(),
      logDestinations: [o.bucket.id],
      encryption: o.key ? 'cmk' : 'platform',
      encryptionKeyId: o.key?.id,
    },
    raw: providerRecord(
      {
        Name: o.name,
        S3BucketName: o.bucket.name,
        IncludeGlobalServiceEvents: true,
        IsMultiRegionTrail: o.multiRegion,
        HomeRegion: scope.region,
        TrailARN: id,
        LogFileValidationEnabled: o.validation,
        CloudWatchLogsLogGroupArn: o.logGroup ? `${o.logGroup.id}:*` : undefined,
        KmsKeyId: o.key?.id,
        HasCustomEventSelectors: dataResources.length > 0,
        HasInsightSelectors: false,
        IsOrganizationTrail: o.organization ?? false,
      },
      {
        status: { IsLogging: true, LatestDeliveryTime: '2026-11-20T05:55:12.000Z', StartLoggingTime: '2023-07-01T00:00:00.000Z' },
        selectors: {
          TrailARN: id,
          EventSelectors: [
            { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: dataResources.length ? [{ Type: 'AWS::S3::Object', Values: dataResources }] : [], ExcludeManagementEventSources: [] },
          ],
        },
      },
    ),
  });
  scope.b.link(trail, 'uses-storage', o.bucket);
  scope.b.link(trail, 'logs-to', o.logGroup);
  scope.b.link(trail, 'encrypted-by', o.key);
  for (const bucket of o.dataEventBuckets) scope.b.link(bucket, 'logs-to', trail);
  return trail;
}

/**
 * A CloudWatch Logs log group (DescribeLogGroups; creationTime is epoch milliseconds, as the API
 * returns it). The live provider does not collect log groups yet; the sample has them so
 * endpoint and trail logs have a destination in the graph.
 */
export function logGroup(scope: AwsScope, o: { name: string; retentionDays?: number; key?: AssetInput }): AssetInput {
  const id = arn(scope, 'logs', `log-group:${o.name}`);
  const group = addAwsAsset(scope, {
    id,
    kind: 'log-sink',
    name: o.name,
    nativeType: 'AWS::Logs::LogGroup',
    tags: {},
    facts: { encryption: o.key ? 'cmk' : 'platform', encryptionKeyId: o.key?.id, mlRelated: true },
    raw: providerRecord({
      logGroupName: o.name,
      creationTime: 1709283600000,
      retentionInDays: o.retentionDays,
      metricFilterCount: 0,
      arn: `${id}:*`,
      logGroupArn: id,
      storedBytes: 48213377,
      kmsKeyId: o.key?.id,
      logGroupClass: 'STANDARD',
    }),
  });
  scope.b.link(group, 'encrypted-by', o.key);
  return group;
}
