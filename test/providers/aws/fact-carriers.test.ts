import { describe, expect, it } from 'vitest';
import { awsPlugin } from '../../../providers/aws/plugin.js';
import { AWS_LINKED_FACTS, awsFactCarriers } from '../../../providers/aws/fact-carriers.js';
import { awsCollectors, awsLinkers } from '../../../providers/aws/collectors/index.js';
import type { Asset } from '../../../src/model/index.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { carriersOf, undeclaredFacts } from '../../support/fact-carriers.js';
import { awsWireAsset, patched, sageMakerWireAsset, wire } from '../../support/wire-assets.js';
import { collect, useNock } from './support.js';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/2f1e0d9c-8b7a-4c5d-9e8f-7a6b5c4d3e2f';
const ROLE_ARN = 'arn:aws:iam::111122223333:role/ml-exec';

/** Every detail of a collector that has a "not configured" answer giving it (null): the normaliser's explicit defaults. */
function notConfigured(name: string): Record<string, null> {
  return Object.fromEntries((awsCollectors.find((c) => c.name === name)?.details ?? []).filter((d) => d.absent?.length).map((d) => [d.key, null]));
}

/** Assets each collector's normaliser builds from the recorded wire payloads (test/fixtures/wire/aws/). */
function wireAssets(): Array<[string, Asset]> {
  const jobs = (['DataQuality', 'ModelBias', 'ModelQuality'] as const).map((type, i): [string, Asset] => {
    const name = ['sagemaker/data-quality-job-definitions', 'sagemaker/model-bias-job-definitions', 'sagemaker/model-quality-job-definitions'][i]!;
    return [name, awsWireAsset(name, wire(`aws/sagemaker/List${type}JobDefinitions.json`), { describe: wire(`aws/sagemaker/Describe${type}JobDefinition.json`) })];
  });
  const sagemaker = ([
    'sagemaker/domains',
    'sagemaker/notebook-instances',
    'sagemaker/endpoint-configs',
    'sagemaker/models',
    'sagemaker/processing-jobs',
    'sagemaker/transform-jobs',
    'sagemaker/compilation-jobs',
    'sagemaker/hyper-parameter-tuning-jobs',
    'sagemaker/automl-jobs',
    'sagemaker/model-cards',
    'sagemaker/notebook-lifecycle-configs',
    'sagemaker/studio-lifecycle-configs',
    'sagemaker/mlflow-tracking-servers',
    'sagemaker/hyperpod-clusters',
    'sagemaker/inference-components',
    'sagemaker/spaces',
  ] as const).flatMap((name): Array<[string, Asset]> => [
    [name, sageMakerWireAsset(name)],
    [name, sageMakerWireAsset(name, false)],
  ]);
  const inline = wire<{ PolicyDocument: string }>('aws/iam/GetRolePolicy.json');
  return [
    ...sagemaker,
    ...jobs,
    ['sagemaker/model-packages', awsWireAsset('sagemaker/model-packages', wire('aws/sagemaker/ListModelPackages.json'), { describe: wire('aws/sagemaker/DescribeModelPackage.json') })],
    ['kms/keys', awsWireAsset('kms/keys', wire('aws/kms/DescribeKey.json'), {}, { refs: [KEY_ARN] })],
    ['kms/keys', awsWireAsset('kms/keys', patched(wire('aws/kms/DescribeKey.json'), { KeyMetadata: { KeyManager: 'AWS' } }), notConfigured('kms/keys'), { refs: [KEY_ARN] })],
    ['cloudtrail/trails', awsWireAsset('cloudtrail/trails', wire('aws/cloudtrail/DescribeTrails.json'))],
    ['iam/roles', awsWireAsset('iam/roles', wire('aws/iam/GetRole.json'), { attached: { AttachedPolicies: [], IsTruncated: false }, inlineNames: wire('aws/iam/ListRolePolicies.json'), inline: [inline], policies: [], documents: [] }, { refs: [ROLE_ARN] })],
    ['s3/buckets', awsWireAsset('s3/buckets', wire('aws/s3/ListBuckets.json'), { accountPublicAccessBlock: wire('aws/s3/GetAccountPublicAccessBlock.json'), publicAccessBlock: wire('aws/s3/GetPublicAccessBlock.json'), policy: wire('aws/s3/GetBucketPolicy.json'), ownership: wire('aws/s3/GetBucketOwnershipControls.json') })],
    ['s3/buckets', awsWireAsset('s3/buckets', wire('aws/s3/ListBuckets.json'), notConfigured('s3/buckets'))],
    ['ec2/vpcs', awsWireAsset('ec2/vpcs', wire('aws/ec2/DescribeVpcs.json'), { endpoints: wire('aws/ec2/DescribeVpcEndpoints.json') })],
  ];
}

describe('AWS fact carriers (what the plugin says each native type can carry)', () => {
  it('every collector declares the facts it sets', () => {
    expect(awsCollectors.filter((c) => c.facts === undefined).map((c) => c.name)).toEqual([]);
  });

  it('the plugin table is the collectors\' declarations plus the linkers\' (paste the expected value when it fails)', () => {
    expect(awsPlugin.factCarriers).toBe(awsFactCarriers);
    expect(awsFactCarriers).toEqual(carriersOf(awsCollectors.map((c) => ({ nativeType: c.nativeType, facts: c.facts ?? [] })), AWS_LINKED_FACTS));
  });

  it('each normaliser sets only facts its collector declares, on the recorded wire payloads', () => {
    const undeclared = wireAssets().flatMap(([name, asset]) => undeclaredFacts(name, asset.facts, awsCollectors.find((c) => c.name === name)?.facts));
    expect(undeclared).toEqual([]);
  });

  describe('the whole source with its linkers', () => {
    useNock();
    it('sets on each asset only facts its native type carries', async () => {
      mockLineageEstate('path');
      const inventory = await collect({ collectors: awsCollectors, linkers: awsLinkers });
      expect(inventory.assets.length).toBeGreaterThan(5);
      const undeclared = inventory.assets.flatMap((a) => undeclaredFacts(`${a.nativeType} ${a.name}`, a.facts, awsFactCarriers[a.nativeType]));
      expect(undeclared).toEqual([]);
    });
  });
});
