import rule from '../../../rules/integrity/served-model-artifacts-publicly-writable.js';
import type { Facts } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset, awsWireAsset, wire } from '../../support/wire-assets.js';
import { bedrockAsset, edge } from '../aws/bedrock/_support.js';
import { deniedGap } from '../_lib/fixtures.js';
import { lineageEstate } from '../_lib/lineage-estate.js';

/** The serving chain plus the bucket the served version's model.tar.gz lives in. */
function withArtifacts(facts: Facts, on: 'version' | 'model' = 'version') {
  const e = lineageEstate();
  const bucket = makeAsset({ kind: 'storage', provider: 'aws', id: 'arn:aws:s3:::ml-model-artifacts', name: 'ml-model-artifacts', facts });
  const holder = on === 'version' ? e.version : e.model;
  return {
    e,
    bucket,
    case: {
      asset: e.endpoint,
      related: [...e.related, bucket],
      edges: [...e.edges, { from: holder.id, to: bucket.id, kind: 'stored-in' as const }],
    },
  };
}

const open = withArtifacts({ publicWrite: true, publicRead: false });
const openOnModel = withArtifacts({ publicWrite: true }, 'model');
const unseen = withArtifacts({ publicRead: false });
const noArtifacts = lineageEstate();
const protectedButHidden = withArtifacts({ publicWrite: false });
const jobsHidden = withArtifacts({ publicWrite: false });

/** The recorded provisioned throughput (serving the recorded custom model), its listing entry patched. */
function provisionedThroughput(patch: Record<string, unknown> = {}) {
  const recorded = wire<{ provisionedModelSummaries: Array<Record<string, unknown>> }>('aws/bedrock/ListProvisionedModelThroughputs.json');
  return awsWireAsset('bedrock/provisioned-throughputs', { provisionedModelSummaries: [{ ...recorded.provisionedModelSummaries[0], ...patch }] });
}
const FOUNDATION_MODEL = 'arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-text-express-v1:0:8k';
const baseModelThroughput = provisionedThroughput({ modelArn: FOUNDATION_MODEL, desiredModelArn: FOUNDATION_MODEL });
/** The recorded custom model behind the recorded throughput, with its output bucket (GetCustomModel outputDataConfig). */
function customModelServed(outputBucket: Facts) {
  const throughput = provisionedThroughput();
  const model = bedrockAsset('bedrock/custom-models');
  const bucket = makeAsset({ kind: 'storage', provider: 'aws', id: 'arn:aws:s3:::ml-genai-output', name: 'ml-genai-output', facts: outputBucket });
  return { throughput, model, bucket, case: { asset: throughput, related: [model, bucket], edges: [edge(throughput, model, 'serves-model'), edge(model, bucket, 'uses-storage')] } };
}
const customOpen = customModelServed({ publicWrite: true });

testRule(rule, {
  valid: [
    { name: 'artifact bucket without anonymous write', ...withArtifacts({ publicWrite: false }).case },
    { name: 'Bedrock throughput of a custom model whose output bucket accepts no anonymous writes', ...customModelServed({ publicWrite: false }).case },
    // Training jobs hold no artifact edges: a gap on them leaves the verdict standing.
    { name: 'artifact bucket without anonymous write, training jobs not read', ...jobsHidden.case, gaps: [deniedGap(jobsHidden.e.endpoint, ['training-job'])] },
  ],
  invalid: [
    {
      name: 'served version stored in a publicly writable bucket',
      ...open.case,
      expected: [
        {
          status: 'fail',
          messageId: 'writable',
          message: 'churn-prod serves model churn/3, whose artifacts in storage ml-model-artifacts anyone can overwrite.',
          path: [open.e.endpoint.id, open.e.deployment.id, open.e.version.id, open.bucket.id],
          evidence: { storage: 'arn:aws:s3:::ml-model-artifacts', publicWrite: true },
        },
      ],
    },
    {
      name: 'artifacts recorded on the registry model',
      ...openOnModel.case,
      expected: [
        {
          status: 'fail',
          messageId: 'writable',
          path: [openOnModel.e.endpoint.id, openOnModel.e.deployment.id, openOnModel.e.version.id, openOnModel.e.model.id, openOnModel.bucket.id],
        },
      ],
    },
    {
      name: 'write access of the artifact bucket not visible',
      ...unseen.case,
      expected: [{ status: 'unknown', missingFacts: ['publicWrite'], path: [unseen.e.endpoint.id, unseen.e.deployment.id, unseen.e.version.id, unseen.bucket.id] }],
    },
    {
      name: 'no artifact storage recorded',
      asset: noArtifacts.endpoint,
      related: noArtifacts.related,
      edges: noArtifacts.edges,
      expected: [{ status: 'unknown', missingFacts: ['model-artifact-storage'] }],
    },
    {
      name: 'artifact bucket without anonymous write, but model versions were not all read',
      ...protectedButHidden.case,
      gaps: [deniedGap(protectedButHidden.e.endpoint, ['model-version'])],
      expected: [{ status: 'unknown', missingFacts: ['model-version'] }],
    },
    { name: 'endpoint serving nothing visible', asset: makeAsset({ kind: 'endpoint' }), expected: [{ status: 'unknown', missingFacts: ['serves-model'] }] },
    {
      name: 'Bedrock throughput of a base model: nothing served from customer storage',
      asset: baseModelThroughput,
      edges: [edge(baseModelThroughput, FOUNDATION_MODEL, 'serves-model')],
      expected: [{ status: 'not_applicable', message: 'Does not apply to support-assistant-pt: it serves a model the cloud provider hosts, loaded from no customer storage.' }],
    },
    {
      name: 'Azure AI Foundry serverless endpoint: a catalog model Microsoft hosts',
      asset: armWireAsset('machine-learning/serverless-endpoints', 'machine-learning/serverless-endpoint.json'),
      expected: [{ status: 'not_applicable' }],
    },
    {
      name: 'Bedrock throughput of a custom model whose output bucket anyone can write',
      ...customOpen.case,
      expected: [{ status: 'fail', messageId: 'writable', path: [customOpen.throughput.id, customOpen.model.id, customOpen.bucket.id], evidence: { storage: 'arn:aws:s3:::ml-genai-output', publicWrite: true } }],
    },
  ],
});
