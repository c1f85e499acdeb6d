import type { Asset } from '../../../src/model/index.js';
import type { Relations } from '../../../src/model/ml-usage.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';
import { judgeStores, resolveStores } from './_private-stores.js';

const STORE_KINDS = ['storage'] as const;

/** The workspace connection a feature store names as its offline store (`featureStoreSettings.offlineStoreConnectionName`). */
function offlineConnection(asset: Asset, graph: Relations): { name: string; connection: Asset | undefined } | undefined {
  const name = recordString(asset, 'properties', 'featureStoreSettings', 'offlineStoreConnectionName');
  if (!name) return undefined;
  const connection = graph.targets(asset.id, 'connects-to').find((c) => c.kind === 'connection' && c.name.toLowerCase() === name.toLowerCase());
  return { name, connection };
}

export default providerRule({
  meta: {
    id: 'azure/machine-learning/private-feature-store-public-offline-store',
    title: 'Private Azure ML feature store materializes features into storage open to the internet',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['feature-store'],
    rationale:
      'The offline store of a managed feature store is an ADLS Gen2 storage account holding the materialized feature history that training sets are built from. Disabling public access on the feature store closes its API, but when the offline store accepts internet traffic that history can be read, or with a leaked key altered, from outside, poisoning every model trained from it.',
    remediation: {
      text: 'Disable public network access on the offline store\'s storage account and let the feature store reach it through a private endpoint (a managed network private endpoint outbound rule, sub-resource dfs).',
      cli: 'az storage account update --name <offline-store-account> --resource-group <rg> --public-network-access Disabled\naz ml workspace outbound-rule set --workspace-name <feature-store> --resource-group <rg> --rule offline-store --type private_endpoint --service-resource-id <account-id> --subresource-target dfs',
      terraform: 'resource "azurerm_storage_account" "offline_store" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/tutorial-network-isolation-for-feature-store',
    },
    references: { mcsb: ['NS-2'] },
    messages: {
      private: 'Feature store {{name}} materializes into an offline store closed to the internet ({{stores}}).',
      leaks: 'Feature store {{name}} is private but materializes into {{stores}}, reachable from the internet.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  applies: (asset, graph) => offlineConnection(asset, graph) !== undefined,
  evaluate(asset, ctx) {
    // Its own network is the precondition, not the verdict (that is the public-access rules'): unread, nothing can be said.
    if (asset.facts.publicNetworkAccess === undefined) return ctx.unknown(['publicNetworkAccess']);
    // A public feature store is judged by exposure/workspace-public-network-access.
    if (asset.facts.publicNetworkAccess) return ctx.notApplicable('the feature store itself accepts traffic from the internet');
    const { connection } = offlineConnection(asset, ctx.graph)!;
    if (!connection) return ctx.requireSeen(['connection']) ?? ctx.unknown(['connection']);
    const ids = ctx.graph.outgoing(connection.id, 'connects-to').map((e) => e.to);
    if (ids.length === 0) return ctx.unknown(['connects-to']);
    return judgeStores(asset, ctx, resolveStores(ctx, ids, STORE_KINDS), STORE_KINDS);
  },
});
