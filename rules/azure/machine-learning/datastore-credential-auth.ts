import { defineRule } from '../../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/datastore-credential-auth',
    title: 'Azure ML datastore uses stored keys or SAS tokens instead of identity-based access',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['datastore'],
    providers: ['azure'],
    rationale:
      'A datastore with an account key or SAS token stores a shared secret in the workspace: every workspace user reaches the data with the secret\'s full rights, no per-user audit, and the secret outlives people who leave.',
    remediation: {
      text: 'Recreate the datastore without credentials (identity-based access) and grant users and compute identities Storage Blob Data roles on the container.',
      cli: 'az ml datastore create --file datastore.yml  # with no credentials section',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-datastore',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'a-mlsg': ['A-MLSG-002-D004'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ML-DS-01'], mcsb: ['IM-1', 'IM-8'] },
    messages: {
      identity: 'Datastore {{name}} uses identity-based access.',
      secret: 'Datastore {{name}} stores a {{type}} credential.',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('localAuthEnabled');
    if (gap) return gap;
    const type = (asset.raw as { properties?: { credentials?: { credentialsType?: string } } } | undefined)?.properties?.credentials?.credentialsType ?? 'stored';
    const evidence = { credentialsType: type, authModes: asset.facts.authModes };
    return asset.facts.localAuthEnabled ? ctx.fail('secret', { evidence, data: { type } }) : ctx.pass('identity', { evidence });
  },
});
