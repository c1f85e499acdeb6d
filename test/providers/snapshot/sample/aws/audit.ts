import { addAwsRecord, arn, providerRecord, type AwsScope } from './scope.js';
import type { DescribedRecord, NamedRef } from '../estate-builder.js';

export interface TrailOptions {
  name: string;
  bucket: DescribedRecord;
  key?: DescribedRecord;
  logGroup?: NamedRef;
  multiRegion: boolean;
  validation: boolean;
  /** Buckets whose object-level events the trail records. */
  dataEventBuckets: DescribedRecord[];
  organization?: boolean;
}

/** A CloudTrail trail: its DescribeTrails entry, GetTrailStatus and GetEventSelectors. */
export function cloudTrail(scope: AwsScope, o: TrailOptions): DescribedRecord {
  const id = arn(scope, 'cloudtrail', `trail/${o.name}`);
  const dataResources = o.dataEventBuckets.map((b) => `${b.id}/`);
  const trail = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::CloudTrail::Trail',
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
  return trail;
}

/**
 * A CloudWatch Logs log group the account's services write to (flow logs, trail events), named by
 * its ARN: no collector reads log groups yet, so it is a destination, not a record of the sample.
 */
export function logGroup(scope: AwsScope, name: string): NamedRef {
  return { id: arn(scope, 'logs', `log-group:${name}`), name };
}
