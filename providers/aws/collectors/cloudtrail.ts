import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  type GetEventSelectorsResponse,
  GetTrailStatusCommand,
  type GetTrailStatusResponse,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { Facts } from '../../../src/model/index.js';
import { bucketArn, bucketNameOfArn } from '../arn.js';
import { defineCollector, detail } from '../collector.js';
import { op } from '../operations.js';
import type { Linker } from '../runner.js';
import { encryptionFacts, keyEdges } from './common.js';

/** S3 object data-event coverage of a trail: bucket ARN prefixes, or `*` for every bucket. */
export function s3DataEventCoverage(selectors: GetEventSelectorsResponse): string[] {
  const out = new Set<string>();
  for (const sel of selectors.EventSelectors ?? []) {
    for (const res of sel.DataResources ?? []) {
      if (res.Type !== 'AWS::S3::Object') continue;
      for (const v of res.Values ?? []) out.add(/^arn:[^:]+:s3(:::)?$/.test(v) ? '*' : v);
    }
  }
  for (const adv of selectors.AdvancedEventSelectors ?? []) {
    const fields = adv.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory');
    const type = fields.find((f) => f.Field === 'resources.type');
    if (!category?.Equals?.includes('Data') || !type?.Equals?.includes('AWS::S3::Object')) continue;
    const arn = fields.find((f) => f.Field === 'resources.ARN');
    if (!arn) out.add('*');
    else for (const v of [...(arn.StartsWith ?? []), ...(arn.Equals ?? [])]) out.add(v);
  }
  return [...out].sort();
}

export const trails = defineCollector<Trail>({
  name: 'cloudtrail/trails',
  kind: 'audit-trail',
  nativeType: 'AWS::CloudTrail::Trail',
  facts: ['loggingEnabled', 'logCategories', 'logDestinations', 'multiRegion', 'logFileValidation', 'dataEventsLogged', 'encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 2,
  list: { op: op('cloudtrail', DescribeTrailsCommand), input: () => ({ includeShadowTrails: true }), items: (o) => o.trailList },
  // A multi-region or organisation trail is listed in every region; keep it in its home region.
  select: (r, { scope }) => r.HomeRegion === scope.region,
  details: [
    detail<Trail, { Name: string | undefined }, GetTrailStatusResponse>({
      key: 'status',
      op: op('cloudtrail', GetTrailStatusCommand),
      input: (r) => ({ Name: r.TrailARN }),
    }),
    detail<Trail, { TrailName: string | undefined }, GetEventSelectorsResponse>({
      key: 'selectors',
      op: op('cloudtrail', GetEventSelectorsCommand),
      input: (r) => ({ TrailName: r.TrailARN }),
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = {
      multiRegion: r.IsMultiRegionTrail === true,
      logFileValidation: r.LogFileValidationEnabled === true,
      ...encryptionFacts(r.KmsKeyId),
    };
    const status = ctx.details.status as GetTrailStatusResponse | undefined;
    if (status) facts.loggingEnabled = status.IsLogging === true;
    const selectors = ctx.details.selectors as GetEventSelectorsResponse | undefined;
    if (selectors) {
      const coverage = s3DataEventCoverage(selectors);
      facts.dataEventsLogged = coverage.length > 0;
      facts.logCategories = coverage;
    }
    if (r.S3BucketName) facts.logDestinations = [bucketArn(ctx.partition, r.S3BucketName)];
    return { id: r.TrailARN!, name: r.Name ?? r.TrailARN!, facts, edges: keyEdges(ctx, r.KmsKeyId) };
  },
});

/**
 * Which ML buckets have their object-level events recorded: a bucket is covered by a logging
 * trail of the account whose data-event selectors include it (edge bucket logs-to trail).
 * Not covered and every region's trails read: false. Not covered but a trail call failed: unknown.
 */
export const linkDataEvents: Linker = ({ assets, edges, gaps }) => {
  const trailsSeen = assets.filter((a) => a.kind === 'audit-trail');
  const trailGap = gaps.some((g) => g.service === 'cloudtrail');
  for (const bucket of assets) {
    if (bucket.nativeType !== 'AWS::S3::Bucket') continue;
    const name = bucketNameOfArn(bucket.id);
    if (!name) continue;
    const covering = trailsSeen.filter((t) => {
      if (t.facts?.loggingEnabled !== true) return false;
      return (t.facts.logCategories ?? []).some((c) => c === '*' || c === `${bucket.id}/` || c.startsWith(`${bucket.id}/`) || c === bucket.id);
    });
    for (const t of covering) edges.push({ from: bucket.id, to: t.id, kind: 'logs-to' });
    if (covering.length > 0) bucket.facts = { ...bucket.facts, dataEventsLogged: true };
    else if (!trailGap && trailsSeen.every((t) => t.facts?.loggingEnabled !== undefined && t.facts.logCategories !== undefined)) {
      bucket.facts = { ...bucket.facts, dataEventsLogged: false };
    }
  }
};

export const cloudtrailCollectors = [trails];
