import { defineRule } from '../../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/endpoint-auth-mode',
    title: 'Azure ML endpoint authenticates callers with keys instead of Entra ID tokens',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['endpoint'],
    providers: ['azure'],
    rationale:
      'Key authentication is a long-lived shared secret that cannot be scoped to an identity: whoever holds it can query the model without trace, the basis of model extraction and inference attacks.',
    remediation: {
      text: 'Use auth_mode aad_token on online endpoints (batch endpoints always use Entra ID) and grant callers the score action through RBAC.',
      cli: 'az ml online-endpoint update --name <endpoint> --resource-group <rg> --workspace-name <workspace> --set auth_mode=aad_token',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-authenticate-online-endpoint',
    },
    controls: { 'ms-ai-risk': ['5.5.2', '5.2.4'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0019', 'AML.M0004'] },
    references: { catalog: ['AZ-ML-EP-01'], mcsb: ['IM-1', 'PA-7'] },
    messages: {
      aad: 'Endpoint {{name}} authenticates callers with Entra ID tokens.',
      token: 'Endpoint {{name}} uses Azure ML tokens (short-lived, but not Entra ID).',
      key: 'Endpoint {{name}} accepts static keys.',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('authModes');
    if (gap) return gap;
    const modes = asset.facts.authModes ?? [];
    const evidence = { authModes: modes, authMode: (asset.raw as { properties?: { authMode?: unknown } } | undefined)?.properties?.authMode };
    if (modes.includes('key')) return ctx.fail('key', { evidence });
    if (modes.includes('token')) return ctx.pass('token', { evidence });
    return ctx.pass('aad', { evidence });
  },
});
