import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue, recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-datastore-identity-auth',
    title: 'Azure ML workspace system datastores use account keys instead of identity-based access',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['workspace'],
    rationale:
      'With systemDatastoresAuthMode accessKey the workspace stores the storage account key in its key vault: anyone who can read workspace secrets gets full write access to the training data and model artifacts.',
    remediation: {
      text: 'Set the workspace system datastores auth mode to identity, grant the workspace identity Storage Blob Data roles, then disable shared-key access on the storage account.',
      cli: 'az ml workspace update --name <workspace> --resource-group <rg> --system-datastores-auth-mode identity',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-disable-local-auth-storage',
    },
    references: { catalog: ['AZ-ML-WS-08'], mcsb: ['IM-1', 'IM-8'] },
    messages: {
      identity: 'Workspace {{name}} system datastores use identity-based access.',
      accessKey: 'Workspace {{name}} system datastores authenticate with the storage account key ({{mode}}).',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.properties.systemDatastoresAuthMode']);
    const mode = recordString(asset, 'properties', 'systemDatastoresAuthMode') ?? 'accessKey (default)';
    const evidence = { systemDatastoresAuthMode: mode };
    return mode.toLowerCase() === 'identity' ? ctx.pass('identity', { evidence }) : ctx.fail('accessKey', { evidence, data: { mode } });
  },
});
