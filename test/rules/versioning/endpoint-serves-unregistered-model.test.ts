import rule from '../../../rules/versioning/endpoint-serves-unregistered-model.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { deniedGap } from '../_lib/fixtures.js';
import { lineageEstate } from '../_lib/lineage-estate.js';

const traced = lineageEstate();

// The endpoint points at the registry model; its registered version carries the lineage.
const byModel = lineageEstate();
const byModelEdges = [
  ...byModel.edges.filter((e) => e.kind !== 'serves-model'),
  { from: byModel.deployment.id, to: byModel.model.id, kind: 'serves-model' as const },
];

// A model uploaded straight to the endpoint: no registry entry, no training job.
const adHocModel = makeAsset({ kind: 'model', name: 'hotfix-model', facts: { registered: false } });
// The same, but the model's record was not read (describe denied): nothing says it is unregistered.
const unreadModel = makeAsset({ kind: 'model', name: 'unread-model', facts: {} });
const unreadEndpoint = makeAsset({ kind: 'endpoint', name: 'ep-unread', facts: {} });
// A training-job listing was denied in the endpoint's region: the missing lineage may be hidden.
const hiddenLineage = lineageEstate();
const trainingJobsDenied = deniedGap(hiddenLineage.endpoint, ['training-job']);
const adHocEndpoint = makeAsset({ kind: 'endpoint', name: 'ep-hotfix', facts: { publicNetworkAccess: false } });

const declared = makeAsset({ kind: 'model', name: 'declared', facts: { registered: true, lineageRecorded: true } });
const declaredEndpoint = makeAsset({ kind: 'endpoint', facts: {} });

// An Azure OpenAI deployment or Bedrock foundation-model throughput: the cloud hosts the model.
const hostedDeployment = makeAsset({ kind: 'deployment', name: 'gpt-4o-chat', facts: { providerHostedModel: true } });

const unregistered = lineageEstate({ modelVersion: { registered: false } });
const untraced = lineageEstate();

testRule(rule, {
  valid: [
    { name: 'registered version produced by a recorded training job', asset: traced.endpoint, related: traced.related, edges: traced.edges },
    { name: 'serves the registry model whose version has lineage', asset: byModel.endpoint, related: byModel.related, edges: byModelEdges },
    {
      name: 'provider reports registration and lineage directly',
      asset: declaredEndpoint,
      related: [declared],
      edges: [{ from: declaredEndpoint.id, to: declared.id, kind: 'serves-model' }],
    },
  ],
  invalid: [
    {
      name: 'serves a model the cloud provider hosts: no registry or training run of the customer',
      asset: hostedDeployment,
      expected: [{ status: 'not_applicable' }],
    },
    {
      name: 'ad-hoc model with neither registry entry nor lineage',
      asset: adHocEndpoint,
      related: [adHocModel],
      edges: [{ from: adHocEndpoint.id, to: adHocModel.id, kind: 'serves-model' }],
      expected: [
        {
          status: 'fail',
          messageId: 'unregistered',
          message: 'ep-hotfix serves model hotfix-model, which has no registered version.',
          path: [adHocEndpoint.id, adHocModel.id],
        },
        {
          status: 'fail',
          messageId: 'noLineage',
          message: "ep-hotfix serves model hotfix-model, whose training job or data is not recorded.",
          path: [adHocEndpoint.id, adHocModel.id],
        },
      ],
    },
    {
      name: 'version the registry reports as unregistered',
      asset: unregistered.endpoint,
      related: unregistered.related,
      edges: unregistered.edges,
      expected: [
        {
          status: 'fail',
          messageId: 'unregistered',
          path: [unregistered.endpoint.id, unregistered.deployment.id, unregistered.version.id],
          evidence: { model: unregistered.version.id, registered: false },
        },
      ],
    },
    {
      name: 'registered version without a training job or data',
      asset: untraced.endpoint,
      related: untraced.related,
      edges: untraced.edges.filter((e) => e.kind !== 'produced-by'),
      expected: [
        {
          status: 'fail',
          messageId: 'noLineage',
          message: 'churn-prod serves model churn/3, whose training job or data is not recorded.',
          path: [untraced.endpoint.id, untraced.deployment.id, untraced.version.id],
        },
      ],
    },
    {
      name: 'registration not visible (the model record was not read)',
      asset: unreadEndpoint,
      related: [unreadModel],
      edges: [{ from: unreadEndpoint.id, to: unreadModel.id, kind: 'serves-model' }],
      expected: [
        { status: 'unknown', missingFacts: ['registered'], path: [unreadEndpoint.id, unreadModel.id] },
        { status: 'fail', messageId: 'noLineage' },
      ],
    },
    {
      name: 'no lineage edge, but a coverage gap hid training jobs in the region',
      asset: hiddenLineage.endpoint,
      related: hiddenLineage.related,
      edges: hiddenLineage.edges.filter((e) => e.kind !== 'produced-by'),
      gaps: [trainingJobsDenied],
      expected: [{ status: 'unknown', missingFacts: ['training-job'], evidence: { coverageGaps: [{ service: 'test', errorCode: 'AccessDenied', kinds: ['training-job'] }] } }],
    },
    {
      name: 'endpoint with no serves-model edge',
      asset: makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } }),
      expected: [{ status: 'unknown', missingFacts: ['serves-model'] }],
    },
  ],
  notApplicable: [
    {
      name: 'deployment judged through its endpoint',
      asset: traced.deployment,
      related: [traced.endpoint, ...traced.related.filter((a) => a !== traced.deployment)],
      edges: traced.edges,
    },
  ],
});
