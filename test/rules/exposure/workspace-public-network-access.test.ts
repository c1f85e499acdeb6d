import rule from '../../../rules/exposure/workspace-public-network-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset } from '../../support/wire-assets.js';

/** The recorded Azure ML feature store (a workspace of kind FeatureStore, public network access Enabled), patched. */
const featureStore = (patch: Record<string, unknown> = {}) => armWireAsset('machine-learning/workspaces', 'machine-learning/feature-store-workspace.json', patch);

testRule(rule, {
  valid: [
    { name: 'azure workspace with public access disabled', asset: makeAsset({ kind: 'workspace', facts: { publicNetworkAccess: false } }) },
    {
      name: 'sagemaker domain in VpcOnly mode',
      asset: makeAsset({ kind: 'workspace', provider: 'aws', facts: { publicNetworkAccess: false } }),
    },
    { name: 'feature store with public access disabled', asset: featureStore({ properties: { publicNetworkAccess: 'Disabled' } }) },
  ],
  invalid: [
    {
      name: 'workspace open to the internet',
      asset: makeAsset({ kind: 'workspace', name: 'ws-open', facts: { publicNetworkAccess: true } }),
      expected: [{ status: 'fail', messageId: 'public', message: 'Workspace ws-open accepts traffic from the public internet.' }],
    },
    {
      name: 'recorded feature store open to the internet',
      asset: featureStore(),
      expected: [{ status: 'fail', messageId: 'public', message: 'Workspace fs-fraud-features accepts traffic from the public internet.' }],
    },
    {
      name: 'public access not visible',
      asset: makeAsset({ kind: 'workspace', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
  ],
});
