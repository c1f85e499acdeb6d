import type { Asset, Edge } from '../../../src/model/index.js';
import rule from '../../../rules/integrity/ml-data-without-owner-or-classification.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

const read = { tagsRead: true };
const ws = makeAsset({ kind: 'workspace', name: 'mlw-claims', tags: { DataOwner: 'claims-ds@example.com', DataClassification: 'Confidential' }, facts: read });
const bareWs = makeAsset({ kind: 'workspace', name: 'mlw-bare', facts: read });
function inWs(workspace: Asset, name: string, tags: Record<string, string> = {}): { asset: Asset; related: Asset[]; edges: Edge[] } {
  const asset = makeAsset({ kind: 'dataset', name, tags, facts: read });
  return { asset, related: [workspace], edges: [{ from: workspace.id, to: asset.id, kind: 'contains' }] };
}

testRule(rule, {
  valid: [
    { name: 'workspace with owner and classification', asset: ws },
    { name: 'dataset inherits both from its workspace', ...inWs(ws, 'claims-2024') },
    (() => {
      const container = inWs(ws, 'claims');
      const version = makeAsset({ kind: 'dataset', name: 'claims:3', facts: read });
      return { name: 'data version inherits through its data asset', asset: version, related: [container.asset, ws], edges: [...container.edges, { from: container.asset.id, to: version.id, kind: 'contains' as const }] };
    })(),
    { name: 'lower-case default keys', asset: makeAsset({ kind: 'datastore', tags: { owner: 'risk-team', 'data-classification': 'internal' }, facts: read }) },
    { name: 'configured keys', dataTags: { ownerKeys: ['steward'], classificationKeys: ['label'] }, asset: makeAsset({ kind: 'feature-store', provider: 'aws', tags: { Steward: 'fraud-ml', Label: 'restricted' }, facts: read }) },
    { name: 'bucket used by ML, tagged', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', tags: { Owner: 'data-eng', DataClassification: 'Internal' }, facts: read }), 'trained-on', 'training-job') },
  ],
  invalid: [
    {
      name: 'workspace with neither',
      asset: bareWs,
      expected: [{ status: 'fail', messageId: 'untagged', evidence: { missing: ['owner', 'classification'] } }],
    },
    {
      name: 'dataset with a classification but no owner anywhere',
      ...inWs(bareWs, 'scores', { DataClassification: 'Internal' }),
      expected: [{ status: 'fail', message: 'scores carries no owner tag (keys read: owner, DataOwner, data-owner, data_owner, BusinessOwner, business-owner).' }],
    },
    {
      name: 'owner under a key the config does not name',
      dataTags: { ownerKeys: ['steward'] },
      asset: makeAsset({ kind: 'workspace', tags: { Owner: 'x', DataClassification: 'Internal' }, facts: read }),
      expected: [{ status: 'fail', messageId: 'untagged', evidence: { missing: ['owner'] } }],
    },
    { name: 'tags not read', asset: makeAsset({ kind: 'workspace' }), expected: [{ status: 'unknown', missingFacts: ['tagsRead'] }] },
  ],
  notApplicable: [{ name: 'bucket no ML asset uses', asset: makeAsset({ kind: 'storage', facts: read }) }],
});
