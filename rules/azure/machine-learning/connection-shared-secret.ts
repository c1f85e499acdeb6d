import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/connection-shared-secret',
    title: 'Azure ML workspace connection authenticates with a stored secret instead of an identity',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['connection'],
    rationale:
      'A connection with an API key, PAT or password keeps that secret in the workspace; every user who can use the connection acts with it, and its exposure gives access to the connected model or data service outside the workspace.',
    remediation: {
      text: 'Recreate the connection with Entra ID (AAD / managed identity) authentication and grant the workspace identity the needed role on the target; rotate the stored secret.',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-connection',
    },
    references: { mcsb: ['IM-1', 'IM-8'] },
    messages: {
      identity: 'Connection {{name}} authenticates with an identity.',
      secret: 'Connection {{name}} stores a {{type}} secret.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces/connections'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('localAuthEnabled');
    if (gap) return gap;
    const type = recordString(asset, 'properties', 'authType') ?? 'shared';
    const evidence = { authType: type, authModes: asset.facts.authModes };
    return asset.facts.localAuthEnabled ? ctx.fail('secret', { evidence, data: { type } }) : ctx.pass('identity', { evidence });
  },
});
