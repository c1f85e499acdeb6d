import rule from '../../../rules/integrity/public-endpoint-serves-model-trained-on-exposed-data.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { deniedGap } from '../_lib/fixtures.js';
import { lineageEstate, lineagePath } from '../_lib/lineage-estate.js';

function caseOf(e: ReturnType<typeof lineageEstate>) {
  return { asset: e.endpoint, related: e.related, edges: e.edges };
}

const writable = lineageEstate({ storage: { publicRead: false, publicWrite: true } });
const unseen = lineageEstate({ storage: { publicRead: false } });

// A second training source: the job also read a public feature bucket.
const twoSources = lineageEstate({ storage: { publicRead: true, publicWrite: false } });
const features = makeAsset({ kind: 'storage', provider: 'aws', id: 'arn:aws:s3:::ml-features', name: 'ml-features', facts: { publicRead: true, publicWrite: true } });

// Lineage recorded on the registry model rather than the served version.
const viaModel = lineageEstate({ storage: { publicRead: true, publicWrite: false } });
const viaModelEdges = [
  ...viaModel.edges.filter((e) => e.kind !== 'produced-by'),
  { from: viaModel.model.id, to: viaModel.storage.id, kind: 'trained-on' as const },
];

// The served version's own artifact bucket is public, but that is where it lives, not what it learned from.
const publicArtifacts = lineageEstate();
const artifactBucket = makeAsset({ kind: 'storage', provider: 'aws', id: 'arn:aws:s3:::ml-artifacts', facts: { publicRead: true, publicWrite: true } });

const noLineage = lineageEstate();
const cleanButHidden = lineageEstate();
const bare = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } });
const held = lineageEstate({ storage: { publicWrite: true } });

testRule(rule, {
  valid: [
    { name: 'private endpoint, even with public training data', ...caseOf(lineageEstate({ endpoint: { publicNetworkAccess: false }, storage: { publicWrite: true } })) },
    { name: 'public endpoint whose training data is private', ...caseOf(lineageEstate()) },
    {
      name: 'public artifact bucket is not training data',
      asset: publicArtifacts.endpoint,
      related: [...publicArtifacts.related, artifactBucket],
      edges: [...publicArtifacts.edges, { from: publicArtifacts.version.id, to: artifactBucket.id, kind: 'stored-in' }],
    },
  ],
  invalid: [
    {
      name: 'public endpoint, training bucket writable by anyone',
      ...caseOf(writable),
      expected: [
        {
          status: 'fail',
          messageId: 'exposedTrainingData',
          message: 'Public endpoint churn-prod serves model churn/3, trained on data in storage ml-train-data, which is writable by anyone.',
          path: lineagePath(writable),
          evidence: { storage: 'arn:aws:s3:::ml-train-data', publicRead: false, publicWrite: true },
        },
      ],
    },
    {
      name: 'one finding per exposed path',
      asset: twoSources.endpoint,
      related: [...twoSources.related, features],
      edges: [...twoSources.edges, { from: twoSources.job.id, to: features.id, kind: 'trained-on' }],
      expected: [
        { status: 'fail', messageId: 'exposedTrainingData', path: lineagePath(twoSources) },
        {
          status: 'fail',
          messageId: 'exposedTrainingData',
          path: [twoSources.endpoint.id, twoSources.deployment.id, twoSources.version.id, twoSources.job.id, features.id],
          evidence: { storage: 'arn:aws:s3:::ml-features', publicRead: true, publicWrite: true },
        },
      ],
    },
    {
      name: 'lineage recorded on the registry model',
      asset: viaModel.endpoint,
      related: viaModel.related,
      edges: viaModelEdges,
      expected: [
        {
          status: 'fail',
          messageId: 'exposedTrainingData',
          path: [viaModel.endpoint.id, viaModel.deployment.id, viaModel.version.id, viaModel.model.id, viaModel.storage.id],
          evidence: { publicRead: true },
        },
      ],
    },
    {
      name: 'training bucket access not visible',
      ...caseOf(unseen),
      expected: [{ status: 'unknown', missingFacts: ['publicWrite'], path: lineagePath(unseen) }],
    },
    {
      name: 'served model has no recorded training data',
      asset: noLineage.endpoint,
      related: noLineage.related,
      edges: noLineage.edges.filter((e) => e.kind !== 'produced-by'),
      expected: [{ status: 'unknown', missingFacts: ['training-data-lineage'] }],
    },
    { name: 'public endpoint serving nothing we can see', asset: bare, expected: [{ status: 'unknown', missingFacts: ['serves-model'] }] },
    {
      name: 'every path seen is clean, but a training-job listing was denied in the region',
      ...caseOf(cleanButHidden),
      gaps: [deniedGap(cleanButHidden.endpoint, ['training-job'])],
      expected: [{ status: 'unknown', missingFacts: ['training-job'] }],
    },
    {
      name: 'every path seen is clean, but storage in another region of the account was not read',
      ...caseOf(cleanButHidden),
      gaps: [deniedGap(cleanButHidden.endpoint, ['storage'], { region: 'us-east-1' })],
      expected: [{ status: 'unknown', missingFacts: ['storage'] }],
    },
    {
      name: 'endpoint ingress not visible',
      ...caseOf(lineageEstate({ endpoint: {}, storage: { publicWrite: true } })),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
  ],
  notApplicable: [
    {
      name: 'deployment judged through its endpoint',
      asset: held.deployment,
      related: [held.endpoint, ...held.related.filter((a) => a !== held.deployment)],
      edges: held.edges,
    },
  ],
});
