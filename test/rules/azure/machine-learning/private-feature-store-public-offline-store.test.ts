import rule from '../../../../rules/azure/machine-learning/private-feature-store-public-offline-store.js';
import type { Asset, Edge } from '../../../../src/model/index.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { deniedGap } from '../../_lib/fixtures.js';

/** The recorded feature store fs-fraud-features (public), made private unless `publicNetworkAccess` says otherwise. */
const featureStore = (publicNetworkAccess: string | undefined = 'Disabled', patch: Record<string, unknown> = {}): Asset =>
  armWireAsset('machine-learning/workspaces', 'machine-learning/feature-store-workspace.json', { properties: { publicNetworkAccess, ...patch } });
/** The recorded offline store connection (ADLS Gen2 container of stfsfraudoffline). */
const offline = armWireAsset('machine-learning/connections', 'machine-learning/feature-store-offline-connection.json');
/** The account the recorded connection's target (an ADLS Gen2 container id) lies in. */
const OFFLINE_ACCOUNT = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-fraud-ml/providers/Microsoft.Storage/storageAccounts/stfsfraudoffline';
/** The offline store's storage account: the recorded account renamed, its public network access (the normalised fact) set or unread. */
function offlineAccount(publicNetworkAccess: 'Enabled' | 'Disabled' | undefined): Asset {
  const recorded = armWireAsset('storage/accounts', 'storage/storage-account.json');
  const { publicNetworkAccess: _recorded, ...facts } = recorded.facts;
  const asset = { ...recorded, facts: publicNetworkAccess === undefined ? facts : { ...facts, publicNetworkAccess: publicNetworkAccess === 'Enabled' } };
  return { ...asset, id: OFFLINE_ACCOUNT, name: 'stfsfraudoffline' };
}
/** Feature store → offline connection → storage account, as the collectors link them. */
function wired(store: Asset, account: Asset | undefined): { asset: Asset; related: Asset[]; edges: Edge[] } {
  const target = account?.id ?? OFFLINE_ACCOUNT;
  return {
    asset: store,
    related: [offline, ...(account ? [account] : [])],
    edges: [
      { from: store.id, to: offline.id, kind: 'contains' },
      { from: store.id, to: offline.id, kind: 'connects-to' },
      { from: offline.id, to: target, kind: 'connects-to' },
    ],
  };
}

const open = offlineAccount('Enabled');

testRule(rule, {
  valid: [{ name: 'private feature store, private offline store', ...wired(featureStore(), offlineAccount('Disabled')) }],
  invalid: [
    {
      name: 'private feature store, offline store open to the internet',
      ...wired(featureStore(), open),
      expected: [{ status: 'fail', messageId: 'leaks', message: 'Feature store fs-fraud-features is private but materializes into stfsfraudoffline, reachable from the internet.', path: [featureStore().id, open.id] }],
    },
    { name: 'offline store account not collected', ...wired(featureStore(), undefined), expected: [{ status: 'unknown', missingFacts: ['storage'] }] },
    { name: "offline store account's network not read", ...wired(featureStore(), offlineAccount(undefined)), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
    {
      name: 'offline store connection not read (connections listing denied)',
      asset: featureStore(),
      gaps: [deniedGap(featureStore(), ['connection'])],
      expected: [{ status: 'unknown', missingFacts: ['connection'] }],
    },
    { name: 'recorded feature store is public: judged by exposure/workspace-public-network-access', ...wired(featureStore('Enabled'), open), expected: [{ status: 'not_applicable' }] },
  ],
  notApplicable: [
    { name: 'feature store without an offline store', asset: featureStore('Disabled', { featureStoreSettings: { offlineStoreConnectionName: undefined } }) },
  ],
});
