import { describe, expect, it } from 'vitest';
import rule from '../../../../rules/aws/sagemaker/job-input-publicly-writable.js';
import { evaluateOne } from '../../../../src/engine/index.js';
import { AssetGraph } from '../../../../src/graph/index.js';
import type { Asset, Edge } from '../../../../src/model/index.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded processing job reads s3://fraud-raw-data/ (data) and s3://fraud-ml-code/ (its script);
// the recorded tuning job trains on s3://fraud-training-data/.
const processing = sageMakerWireAsset('sagemaker/processing-jobs');
const tuning = sageMakerWireAsset('sagemaker/hyper-parameter-tuning-jobs');
const bucket = (name: string, publicWrite: boolean | undefined) =>
  makeAsset({ kind: 'storage', provider: 'aws', id: `arn:aws:s3:::${name}`, name, nativeType: 'AWS::S3::Bucket', facts: publicWrite === undefined ? {} : { publicWrite } });
const reads = (job: Asset, kind: Edge['kind'], ...buckets: Asset[]): Edge[] => buckets.map((b) => ({ from: job.id, to: b.id, kind }));

const data = bucket('fraud-raw-data', false);
const code = bucket('fraud-ml-code', false);
const openCode = bucket('fraud-ml-code', true);
const training = bucket('fraud-training-data', false);

testRule(rule, {
  valid: [
    { name: 'the processing job reads only closed buckets', asset: processing, related: [data, code], edges: reads(processing, 'uses-storage', data, code) },
    { name: 'the tuning job trains on a closed bucket', asset: tuning, related: [training], edges: reads(tuning, 'trained-on', training) },
  ],
  invalid: [
    {
      name: 'the processing script sits in a bucket anyone can write',
      asset: processing,
      related: [data, openCode],
      edges: reads(processing, 'uses-storage', data, openCode),
      expected: [
        {
          status: 'fail',
          messageId: 'writable',
          message: 'SageMaker ml-job fraud-features-2024-06 reads input from bucket fraud-ml-code, which anyone can write.',
          path: [processing.id, openCode.id],
          evidence: { storage: openCode.id, publicWrite: true },
        },
      ],
    },
    {
      name: 'a training bucket whose policy was not read',
      asset: tuning,
      related: [bucket('fraud-training-data', undefined)],
      edges: reads(tuning, 'trained-on', training),
      expected: [{ status: 'unknown', missingFacts: ['publicWrite'], evidence: { collected: true } }],
    },
    {
      name: 'an input bucket outside the inventory (another account)',
      asset: tuning,
      edges: reads(tuning, 'trained-on', training),
      expected: [{ status: 'unknown', missingFacts: ['publicWrite'], evidence: { storage: training.id, collected: false } }],
    },
    {
      name: 'a job whose Describe* failed: its inputs are unknown, not absent',
      asset: sageMakerWireAsset('sagemaker/processing-jobs', false),
      expected: [{ status: 'unknown', missingFacts: ['ProcessingInputs'] }],
    },
    {
      name: 'a described job that reads no input from S3 says why it is not judged',
      asset: processing,
      expected: [{ status: 'not_applicable', message: 'Does not apply to fraud-features-2024-06: the job reads no input from S3.' }],
    },
  ],
  notApplicable: [
    { name: 'a Bedrock customization job', asset: makeAsset({ kind: 'training-job', provider: 'aws', nativeType: 'AWS::Bedrock::ModelCustomizationJob' }), edges: [] },
  ],
});

describe('aws/sagemaker/job-input-publicly-writable: one finding per bucket', () => {
  it('names each open input bucket as its subject, so the two findings keep their own fingerprints', async () => {
    const openData = bucket('fraud-raw-data', true);
    const graph = new AssetGraph([processing, openData, openCode], reads(processing, 'uses-storage', openData, openCode));
    const findings = (await evaluateOne(rule, processing, graph, 5_000))!;
    expect(findings.map((f) => [f.status, f.subject])).toEqual([
      ['fail', openData.id],
      ['fail', openCode.id],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
