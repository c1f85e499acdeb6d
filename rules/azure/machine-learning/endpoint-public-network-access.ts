import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, ML_ONLINE_ENDPOINT, isType } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/endpoint-public-network-access',
    title: 'Azure ML online endpoint is reachable from the public internet',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['endpoint'],
    providers: ['azure'],
    rationale:
      'A public scoring endpoint can be queried by anyone holding a credential from anywhere, which enables model extraction, membership inference and abuse at scale; private endpoints limit callers to the organisation network.',
    remediation: {
      text: 'Set public_network_access to disabled on the online endpoint and call it through the workspace private endpoint.',
      cli: 'az ml online-endpoint update --name <endpoint> --resource-group <rg> --workspace-name <workspace> --set public_network_access=disabled',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0019', 'AML.M0004'] },
    references: { catalog: ['AZ-ML-EP-02'], mcsb: ['NS-2'] },
    messages: {
      private: 'Online endpoint {{name}} is reachable only privately.',
      public: 'Online endpoint {{name}} accepts scoring traffic from the public internet.',
    },
  },
  applies: (asset) => isType(asset, ML_ONLINE_ENDPOINT),
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'publicNetworkAccess', (v) => !v, { pass: 'private', fail: 'public' });
  },
});
