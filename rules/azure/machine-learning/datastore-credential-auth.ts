import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/datastore-credential-auth',
    title: 'Azure ML datastore uses stored keys or SAS tokens instead of identity-based access',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['datastore'],
    rationale:
      'A datastore with an account key or SAS token stores a shared secret in the workspace: every workspace user reaches the data with the secret\'s full rights, no per-user audit, and the secret outlives people who leave.',
    remediation: {
      text: 'Recreate the datastore without credentials (identity-based access) and grant users and compute identities Storage Blob Data roles on the container.',
      cli: 'az ml datastore create --file datastore.yml  # with no credentials section',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-datastore',
    },
    references: { catalog: ['AZ-ML-DS-01'], mcsb: ['IM-1', 'IM-8'] },
    messages: {
      identity: 'Datastore {{name}} uses identity-based access.',
      secret: 'Datastore {{name}} stores a {{type}} credential.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces/datastores'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('localAuthEnabled');
    if (gap) return gap;
    const type = recordString(asset, 'properties', 'credentials', 'credentialsType') ?? 'stored';
    const evidence = { credentialsType: type, authModes: asset.facts.authModes };
    return asset.facts.localAuthEnabled ? ctx.fail('secret', { evidence, data: { type } }) : ctx.pass('identity', { evidence });
  },
});
