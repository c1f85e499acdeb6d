import { providerRule } from '../../_lib/provider-rule.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/registry-private-access',
    title: 'Azure ML registry is public or has no private endpoint',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['model-registry'],
    rationale:
      'A registry shares models, environments and components across workspaces and regions; reachable from the internet, it is a single place to steal or replace what every workspace deploys.',
    remediation: {
      text: 'Disable public network access on the registry and connect workspaces through a private endpoint (group id amlregistry).',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-registry-network-isolation',
    },
    references: { catalog: ['AZ-ML-REG-01'], mcsb: ['NS-2'] },
    messages: {
      private: 'Registry {{name}} is private with {{count}} approved private endpoint(s).',
      public: 'Registry {{name}} accepts traffic from the public internet.',
      noEndpoint: 'Registry {{name}} is closed to the internet but has no approved private endpoint.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/registries'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('publicNetworkAccess', 'privateEndpoints');
    if (gap) return gap;
    const evidence = { publicNetworkAccess: asset.facts.publicNetworkAccess, privateEndpoints: asset.facts.privateEndpoints };
    if (asset.facts.publicNetworkAccess) return ctx.fail('public', { evidence });
    if (!asset.facts.privateEndpoints) return ctx.fail('noEndpoint', { evidence });
    return ctx.pass('private', { evidence, data: { count: asset.facts.privateEndpoints } });
  },
});
