import rule from '../../../rules/segmentation/private-endpoint-missing.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { aiAccount } from '../azure/ai-services/_wire.js';
import { usedByMl } from '../_lib/fixtures.js';

const pe = makeAsset({ kind: 'private-endpoint' });
const workspace = makeAsset({ kind: 'workspace', facts: {} });
const hub = makeAsset({ kind: 'workspace', name: 'hub-claims', facts: { privateEndpoints: 1 } });
const project = makeAsset({ kind: 'workspace', name: 'proj-claims', facts: { privateEndpoints: 0 } });

testRule(rule, {
  valid: [
    { name: 'workspace with two approved private endpoints', asset: makeAsset({ kind: 'workspace', facts: { privateEndpoints: 2 } }) },
    {
      name: 'workspace whose private endpoint is only seen as an edge',
      asset: workspace,
      related: [pe],
      edges: [{ from: workspace.id, to: pe.id, kind: 'private-endpoint' }],
    },
  ],
  invalid: [
    { name: 'recorded Azure OpenAI account: no private endpoint', asset: aiAccount(), expected: [{ status: 'fail', messageId: 'none' }] },
    {
      name: 'workspace storage without a private endpoint',
      ...usedByMl(makeAsset({ kind: 'storage', name: 'wsstorage', facts: { privateEndpoints: 0 } })),
      expected: [{ status: 'fail', messageId: 'none', message: 'ML storage wsstorage has no approved private endpoint.', evidence: { privateEndpoints: 0 } }],
    },
    {
      name: 'no count and no edge is not proof of absence',
      asset: makeAsset({ kind: 'workspace', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['privateEndpoints'] }],
    },
    {
      name: 'AI Foundry project: reached through its hub, which is judged',
      asset: project,
      related: [hub],
      edges: [{ from: project.id, to: hub.id, kind: 'in-hub' }],
      expected: [{ status: 'not_applicable', message: 'Does not apply to proj-claims: an AI Foundry project is reached through the private endpoints of its hub hub-claims, which this rule judges.' }],
    },
    {
      name: 'AI Foundry project whose hub is outside the scanned scope: not failed for lacking endpoints it never has',
      asset: project,
      edges: [{ from: project.id, to: hub.id, kind: 'in-hub' }],
      expected: [{ status: 'not_applicable', message: `Does not apply to proj-claims: an AI Foundry project is reached through the private endpoints of its hub ${hub.id}, outside this scan.` }],
    },
  ],
  notApplicable: [{ name: 'vault outside the ML estate', asset: makeAsset({ kind: 'key-vault', facts: { privateEndpoints: 0 } }) }],
});
