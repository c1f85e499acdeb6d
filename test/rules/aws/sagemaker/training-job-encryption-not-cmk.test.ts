import rule from '../../../../rules/aws/sagemaker/training-job-encryption-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAINING_JOB, awsAsset, kmsKey } from '../_support.js';

const VOL = 'arn:aws:kms:eu-west-1:111122223333:key/aaaaaaaa-0000-0000-0000-000000000001';
const OUT = 'arn:aws:kms:eu-west-1:111122223333:key/aaaaaaaa-0000-0000-0000-000000000002';
const job = (volume?: string, output?: string) =>
  awsAsset('training-job', TRAINING_JOB, { describe: { ResourceConfig: { VolumeKmsKeyId: volume }, OutputDataConfig: { S3OutputPath: 's3://out/', KmsKeyId: output } } });

const both = job(VOL, OUT);
const awsOutput = job(VOL, OUT);
const outputUnread = job(VOL, OUT);
const edges = (id: string) => [
  { from: id, to: VOL, kind: 'encrypted-by' as const },
  { from: id, to: OUT, kind: 'encrypted-by' as const },
];

testRule(rule, {
  valid: [{ name: 'both customer keys', asset: both, related: [kmsKey(VOL, 'customer'), kmsKey(OUT, 'customer')], edges: edges(both.id) }],
  invalid: [
    // Both the volume and the output key are judged: a volume key alone is not enough.
    { name: 'volume key only', asset: job(VOL, undefined), expected: [{ status: 'fail', messageId: 'missing', evidence: { OutputKmsKeyId: null } }] },
    { name: 'neither', asset: job(), expected: [{ status: 'fail', messageId: 'missing' }] },
    {
      name: 'output key AWS-managed',
      asset: awsOutput,
      related: [kmsKey(VOL, 'customer'), kmsKey(OUT, 'provider')],
      edges: edges(awsOutput.id),
      expected: [{ status: 'fail', messageId: 'awsManaged' }],
    },
    { name: 'not described', asset: awsAsset('training-job', TRAINING_JOB), expected: [{ status: 'unknown' }] },
    // The output key was not read: the volume key's answer must not stand in for it.
    { name: 'output key not read', asset: outputUnread, related: [kmsKey(VOL, 'customer')], edges: edges(outputUnread.id), expected: [{ status: 'unknown', missingFacts: ['KeyManager'] }] },
  ],
});
