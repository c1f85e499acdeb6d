import { defineRule } from '../../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/connection-shared-secret',
    title: 'Azure ML workspace connection authenticates with a stored secret instead of an identity',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['connection'],
    providers: ['azure'],
    rationale:
      'A connection with an API key, PAT or password keeps that secret in the workspace; every user who can use the connection acts with it, and its exposure gives access to the connected model or data service outside the workspace.',
    remediation: {
      text: 'Recreate the connection with Entra ID (AAD / managed identity) authentication and grant the workspace identity the needed role on the target; rotate the stored secret.',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-connection',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0005'] },
    references: { mcsb: ['IM-1', 'IM-8'] },
    messages: {
      identity: 'Connection {{name}} authenticates with an identity.',
      secret: 'Connection {{name}} stores a {{type}} secret.',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('localAuthEnabled');
    if (gap) return gap;
    const type = (asset.raw as { properties?: { authType?: string } } | undefined)?.properties?.authType ?? 'shared';
    const evidence = { authType: type, authModes: asset.facts.authModes };
    return asset.facts.localAuthEnabled ? ctx.fail('secret', { evidence, data: { type } }) : ctx.pass('identity', { evidence });
  },
});
