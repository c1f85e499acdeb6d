import { providerRule } from '../../_lib/provider-rule.js';
import { judgeStores, resolveStores } from './_private-stores.js';

const STORE_KINDS = ['storage', 'container-registry'] as const;

export default providerRule({
  meta: {
    id: 'azure/machine-learning/private-registry-public-store',
    title: 'Private Azure ML registry keeps its models and environments in storage or a container registry open to the internet',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['model-registry'],
    rationale:
      'An ML registry stores model files in a storage account and environment images in a container registry in each region it replicates to. Disabling public access on the registry closes its API, but when one of those stores still accepts internet traffic the models and images every workspace deploys can be read, or with a leaked key replaced, from outside.',
    remediation: {
      text: 'Disable public network access on every storage account and container registry in the registry\'s region details (user-created ones are yours to configure; system-created ones live in the registry\'s managed resource group) and reach them through private endpoints.',
      cli: 'az storage account update --name <account> --resource-group <rg> --public-network-access Disabled\naz acr update --name <acr> --public-network-enabled false',
      terraform: 'resource "azurerm_storage_account" "registry" {\n  public_network_access_enabled = false\n}\nresource "azurerm_container_registry" "registry" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-registry-network-isolation',
    },
    references: { mcsb: ['NS-2'] },
    messages: {
      private: 'Registry {{name}} keeps its assets only in stores closed to the internet ({{stores}}).',
      leaks: 'Registry {{name}} is private but keeps its assets in {{stores}}, reachable from the internet.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/registries'],
  evaluate(asset, ctx) {
    // Its own network is the precondition, not the verdict (that is the public-access rules'): unread, nothing can be said.
    if (asset.facts.publicNetworkAccess === undefined) return ctx.unknown(['publicNetworkAccess']);
    // A public registry is judged by azure/machine-learning/registry-private-access.
    if (asset.facts.publicNetworkAccess) return ctx.notApplicable('the registry itself accepts traffic from the internet');
    const ids = [...ctx.graph.outgoing(asset.id, 'uses-storage'), ...ctx.graph.outgoing(asset.id, 'uses-registry')].map((e) => e.to);
    if (ids.length === 0) return ctx.unknown(['regionDetails']);
    return judgeStores(asset, ctx, resolveStores(ctx, ids, STORE_KINDS), STORE_KINDS);
  },
});
