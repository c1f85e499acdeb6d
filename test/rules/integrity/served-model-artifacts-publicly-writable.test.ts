import rule from '../../../rules/integrity/served-model-artifacts-publicly-writable.js';
import type { Facts } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
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

testRule(rule, {
  valid: [
    { name: 'artifact bucket without anonymous write', ...withArtifacts({ publicWrite: false }).case },
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
  ],
});
