import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';

export default providerRule({
  meta: {
    id: 'azure/container-registry/public-access',
    title: 'Container registry used by ML is open to all networks or anonymously pullable',
    family: 'exposure',
    concern: 'registry-anonymous-pull',
    supersedes: ['exposure/registry-anonymous-pull'],
    severity: 'high',
    appliesTo: ['container-registry'],
    rationale:
      'Anonymous pull publishes the workspace images (and any code or weights baked in) to the internet; an open registry endpoint lets a stolen token push from anywhere.',
    remediation: {
      text: 'Disable anonymous pull and public network access; reach the registry through a private endpoint (Premium SKU) or a firewall with default action Deny.',
      cli: 'az acr update --name <registry> --anonymous-pull-enabled false --public-network-enabled false',
      terraform: 'resource "azurerm_container_registry" "acr" {\n  anonymous_pull_enabled        = false\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-private-link',
    },
    references: { catalog: ['AZ-ACR-02'], 'azure-policy': ['0fdf0491-d080-4575-b627-ad0e843cba0f', '9f2dea28-e834-476c-99c5-3507b4728395'], mcsb: ['NS-2'], checkov: ['CKV_AZURE_139', 'CKV_AZURE_138'] },
    messages: {
      private: 'Container registry {{name}} is private and requires authentication.',
      anonymous: 'Container registry {{name}} allows anonymous pull.',
      open: 'Container registry {{name}} accepts requests from all networks.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.ContainerRegistry/registries'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('anonymousPull', 'publicNetworkAccess');
    if (gap) return gap;
    const evidence = { anonymousPull: asset.facts.anonymousPull, publicNetworkAccess: asset.facts.publicNetworkAccess };
    const out = [];
    if (asset.facts.anonymousPull) out.push(ctx.fail('anonymous', { evidence, subject: 'anonymous-pull' }));
    if (asset.facts.publicNetworkAccess) out.push(ctx.fail('open', { evidence, subject: 'public-network' }));
    return out.length ? out : ctx.pass('private', { evidence });
  },
});
