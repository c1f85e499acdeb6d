import { describe, expect, it } from 'vitest';
import type { AssetInput, Edge } from '../../../src/model/index.js';
import { linkDataEvents, trails } from '../../../providers/aws/collectors/cloudtrail.js';
import { ACCOUNT, REGION, collect, json11, stsCallerIdentity, useNock } from './support.js';

const CT = `cloudtrail.${REGION}.amazonaws.com`;
const TARGET = 'CloudTrail_20131101';
const HOME = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`;

function bucket(name: string): AssetInput {
  return { id: `arn:aws:s3:::${name}`, kind: 'storage', provider: 'aws', account: ACCOUNT, region: REGION, name, nativeType: 'AWS::S3::Bucket', facts: { mlRelated: true } };
}

describe('CloudTrail trails', () => {
  useNock();

  it('keeps each trail in its home region and reads logging status and S3 data-event selectors', async () => {
    stsCallerIdentity();
    json11(CT, `${TARGET}.DescribeTrails`, { includeShadowTrails: true }, {
      trailList: [
        { Name: 'org-trail', TrailARN: HOME, HomeRegion: REGION, IsMultiRegionTrail: true, LogFileValidationEnabled: true, S3BucketName: 'audit-logs', KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k` },
        // A shadow of a trail whose home is elsewhere: collected in its own region, not here.
        { Name: 'other', TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/other`, HomeRegion: 'us-east-1', IsMultiRegionTrail: true },
      ],
    });
    json11(CT, `${TARGET}.GetTrailStatus`, { Name: HOME }, { IsLogging: true });
    json11(CT, `${TARGET}.GetEventSelectors`, { TrailName: HOME }, {
      TrailARN: HOME,
      AdvancedEventSelectors: [
        { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
        {
          Name: 'ML data',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::ml-training-data/'] },
          ],
        },
      ],
    });

    const inventory = await collect({ collectors: [trails] });
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets).toHaveLength(1);
    expect(inventory.assets[0]!.facts).toEqual({
      multiRegion: true,
      logFileValidation: true,
      encryptionKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k`,
      loggingEnabled: true,
      dataEventsLogged: true,
      logCategories: ['arn:aws:s3:::ml-training-data/'],
      logDestinations: ['arn:aws:s3:::audit-logs'],
    });

    // Buckets: covered by the selector, not covered (and every trail seen), in an account whose trails could not be read.
    const assets = [...inventory.assets, bucket('ml-training-data'), bucket('ml-models')];
    const edges: Edge[] = [];
    linkDataEvents({ assets, edges, gaps: [] });
    expect(assets.find((a) => a.name === 'ml-training-data')!.facts).toMatchObject({ dataEventsLogged: true });
    expect(assets.find((a) => a.name === 'ml-models')!.facts).toMatchObject({ dataEventsLogged: false });
    expect(edges).toEqual([{ from: 'arn:aws:s3:::ml-training-data', to: HOME, kind: 'logs-to' }]);

    const blind = [bucket('ml-models')];
    linkDataEvents({ assets: blind, edges: [], gaps: [{ provider: 'aws', account: ACCOUNT, region: REGION, service: 'cloudtrail', errorCode: 'AccessDeniedException' }] });
    expect(blind[0]!.facts).toEqual({ mlRelated: true });
  });
});
