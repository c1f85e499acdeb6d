import rule from '../../../rules/logging/endpoint-data-capture-disabled.js';
import type { Asset, Edge } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { deniedGap } from '../_lib/fixtures.js';

/** An Azure-style endpoint whose capture setting lives on its deployments. */
function endpointWith(deployments: Asset[], name = 'ep-azure') {
  const asset = makeAsset({ kind: 'endpoint', name, facts: {} });
  const edges: Edge[] = deployments.map((d) => ({ from: asset.id, to: d.id, kind: 'contains' }));
  return { asset, related: deployments, edges };
}

const blue = makeAsset({ kind: 'deployment', name: 'blue', facts: { dataCapture: true } });
const green = makeAsset({ kind: 'deployment', name: 'green', facts: { dataCapture: false } });
const unseen = makeAsset({ kind: 'deployment', name: 'canary', facts: {} });
const holder = makeAsset({ kind: 'endpoint' });
const partlyListed = endpointWith([blue], 'ep-partly-listed');
const otherListingDenied = endpointWith([blue], 'ep-sibling-denied');
/** As the Azure provider leaves it: the endpoint's own dataCapture is true because one deployment collects. */
const inherited = endpointWith([blue, green], 'ep-inherited');
inherited.asset.facts = { dataCapture: true };

testRule(rule, {
  valid: [
    { name: 'sagemaker endpoint with data capture', asset: makeAsset({ kind: 'endpoint', provider: 'aws', facts: { dataCapture: true } }) },
    { name: 'azure endpoint whose deployments all collect data', ...endpointWith([blue]) },
    {
      name: 'deployments of another endpoint could not be listed',
      ...otherListingDenied,
      gaps: [deniedGap(otherListingDenied.asset, ['deployment'], { scope: `${otherListingDenied.asset.id}-other` })],
    },
    { name: 'standalone batch deployment collecting data', asset: makeAsset({ kind: 'deployment', facts: { dataCapture: true } }) },
  ],
  invalid: [
    {
      name: 'sagemaker endpoint without data capture',
      asset: makeAsset({ kind: 'endpoint', provider: 'aws', name: 'ep-aws', facts: { dataCapture: false } }),
      expected: [{ status: 'fail', messageId: 'off', message: 'ML endpoint ep-aws does not capture inference requests and responses.' }],
    },
    {
      name: 'azure endpoint with one deployment not collecting',
      ...endpointWith([blue, green], 'ep-mixed'),
      expected: [
        {
          status: 'fail',
          messageId: 'deploymentOff',
          message: 'Endpoint ep-mixed has deployments that do not capture inference data: green.',
          evidence: { deployments: { [blue.id]: true, [green.id]: false } },
        },
      ],
    },
    {
      name: 'azure endpoint the provider marked capturing (one deployment collects) while another does not',
      ...inherited,
      expected: [{ status: 'fail', messageId: 'deploymentOff', message: 'Endpoint ep-inherited has deployments that do not capture inference data: green.' }],
    },
    {
      name: 'azure endpoint with a deployment whose setting is not visible',
      ...endpointWith([blue, unseen]),
      expected: [{ status: 'unknown', missingFacts: ['dataCapture'] }],
    },
    {
      name: 'every deployment seen collects data, but the listing of its deployments failed',
      ...partlyListed,
      gaps: [deniedGap(partlyListed.asset, ['deployment'], { scope: partlyListed.asset.id })],
      expected: [{ status: 'unknown', missingFacts: ['deployment'] }],
    },
    { name: 'endpoint with nothing visible', asset: makeAsset({ kind: 'endpoint', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['dataCapture'] }] },
  ],
  notApplicable: [
    {
      name: 'deployment judged through its endpoint',
      asset: green,
      related: [holder],
      edges: [{ from: holder.id, to: green.id, kind: 'contains' }],
    },
  ],
});
