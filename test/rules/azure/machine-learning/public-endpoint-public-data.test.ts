import rule from '../../../../rules/azure/machine-learning/public-endpoint-public-data.js';
import type { Edge } from '../../../../src/model/index.js';
import { testRule } from '../../../support/rule-tester.js';
import { deniedGap } from '../../_lib/fixtures.js';
import { azureAsset, DEPLOYMENT, ONLINE_ENDPOINT, STORAGE } from '../_support.js';

const ep = (publicNetworkAccess?: boolean) => azureAsset('endpoint', ONLINE_ENDPOINT, { name: 'churn-api', facts: publicNetworkAccess === undefined ? {} : { publicNetworkAccess } });
const dep = azureAsset('deployment', DEPLOYMENT);
const mv = azureAsset('model-version', 'Microsoft.MachineLearningServices/workspaces/models/versions');
const job = azureAsset('training-job', 'Microsoft.MachineLearningServices/workspaces/jobs');
const data = azureAsset('dataset', 'Microsoft.MachineLearningServices/workspaces/data/versions');
const ds = azureAsset('datastore', 'Microsoft.MachineLearningServices/workspaces/datastores');
const st = (publicRead?: boolean) => azureAsset('storage', STORAGE, { name: 'sttrainingpub', facts: publicRead === undefined ? {} : { publicRead } });

function chain(endpointId: string, storageId: string): Edge[] {
  return [
    { from: endpointId, to: dep.id, kind: 'contains' },
    { from: dep.id, to: mv.id, kind: 'serves-model' },
    { from: mv.id, to: job.id, kind: 'produced-by' },
    { from: job.id, to: data.id, kind: 'trained-on' },
    { from: data.id, to: ds.id, kind: 'stored-in' },
    { from: ds.id, to: storageId, kind: 'uses-storage' },
  ];
}

const exposedEp = ep(true);
const exposedSt = st(true);
const cleanEp = ep(true);
const cleanSt = st(false);
const blindEp = ep(true);
const blindSt = st();
const hiddenEp = ep(true);
const hiddenSt = st(false);
const noPathEp = ep(true);

testRule(rule, {
  valid: [
    { name: 'private endpoint', asset: ep(false) },
    { name: 'public endpoint, private storage', asset: cleanEp, related: [dep, mv, job, data, ds, cleanSt], edges: chain(cleanEp.id, cleanSt.id) },
  ],
  invalid: [
    {
      name: 'public endpoint → deployment → model version → job → data → datastore → anonymous storage',
      asset: exposedEp,
      related: [dep, mv, job, data, ds, exposedSt],
      edges: chain(exposedEp.id, exposedSt.id),
      expected: [
        {
          status: 'fail',
          message: 'Public endpoint churn-api serves a model whose data sits in anonymously readable storage sttrainingpub.',
          path: [exposedEp.id, dep.id, mv.id, job.id, data.id, ds.id, exposedSt.id],
        },
      ],
    },
    { name: 'storage access not visible', asset: blindEp, related: [dep, mv, job, data, ds, blindSt], edges: chain(blindEp.id, blindSt.id), expected: [{ status: 'unknown', missingFacts: ['storage.publicRead'] }] },
    { name: 'endpoint exposure not visible', asset: ep(), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
    { name: 'public endpoint with no visible lineage', asset: noPathEp, expected: [{ status: 'unknown', missingFacts: ['training-data-lineage'] }] },
    {
      name: 'public endpoint, private storage, but the datastore listing was denied',
      asset: hiddenEp,
      related: [dep, mv, job, data, ds, hiddenSt],
      edges: chain(hiddenEp.id, hiddenSt.id),
      gaps: [deniedGap(hiddenEp, ['datastore'], { region: undefined, scope: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-test' })],
      expected: [{ status: 'unknown', missingFacts: ['datastore'] }],
    },
  ],
});
