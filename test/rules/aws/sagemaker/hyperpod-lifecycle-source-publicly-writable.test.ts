import rule from '../../../../rules/aws/sagemaker/hyperpod-lifecycle-source-publicly-writable.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, patched, wire } from '../../../support/wire-assets.js';

const BUCKET = 'arn:aws:s3:::ml-hyperpod-lifecycle';

function cluster(describe: Record<string, unknown> | false = {}) {
  const details = describe === false ? {} : { describe: patched(wire('aws/sagemaker/DescribeCluster.json'), describe) };
  return awsWireAsset('sagemaker/hyperpod-clusters', wire('aws/sagemaker/ListClusters.json'), details);
}

const bucket = (publicWrite: boolean | undefined) =>
  makeAsset({ kind: 'storage', provider: 'aws', id: BUCKET, name: 'ml-hyperpod-lifecycle', nativeType: 'AWS::S3::Bucket', facts: publicWrite === undefined ? {} : { publicWrite } });

const scripts = (c: ReturnType<typeof cluster>) => [{ from: c.id, to: BUCKET, kind: 'runs-script' as const }];
const recorded = cluster();

testRule(rule, {
  valid: [{ name: 'lifecycle scripts in a bucket that refuses anonymous writes', asset: recorded, related: [bucket(false)], edges: scripts(recorded) }],
  invalid: [
    {
      name: 'lifecycle scripts in a publicly writable bucket',
      asset: recorded,
      related: [bucket(true)],
      edges: scripts(recorded),
      expected: [
        {
          status: 'fail',
          messageId: 'writable',
          message: 'HyperPod cluster llm-pretrain runs lifecycle scripts from bucket ml-hyperpod-lifecycle, which anyone can write.',
          path: [recorded.id, BUCKET],
        },
      ],
    },
    { name: 'bucket whose public access could not be read', asset: recorded, related: [bucket(undefined)], edges: scripts(recorded), expected: [{ status: 'unknown', missingFacts: ['publicWrite'] }] },
    { name: 'bucket not in the inventory', asset: recorded, edges: scripts(recorded), expected: [{ status: 'unknown', missingFacts: ['publicWrite'] }] },
    { name: 'DescribeCluster denied', asset: cluster(false), expected: [{ status: 'unknown', missingFacts: ['InstanceGroups'] }] },
  ],
});
