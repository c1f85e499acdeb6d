import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue, recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-user-assigned-identity',
    title: 'Azure ML workspace does not run as a user-assigned managed identity',
    family: 'rbac',
    severity: 'low',
    appliesTo: ['workspace'],
    rationale:
      'A user-assigned identity is created and granted least privilege before the workspace exists and survives it; the system-assigned identity is granted broad rights on storage, key vault and registry by the service at creation.',
    remediation: {
      text: 'Create the workspace with a user-assigned managed identity as its primary identity and grant that identity only the roles the workspace needs.',
      cli: 'az ml workspace create --name <workspace> --resource-group <rg> --system-datastores-auth-mode identity --primary-user-assigned-identity <identity-id>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
    },
    references: { catalog: ['AZ-ML-WS-07'], 'azure-policy': ['5f0c7d88-c7de-45b8-ac49-db49e72eaa78'], mcsb: ['IM-3'] },
    messages: {
      userAssigned: 'Workspace {{name}} runs as user-assigned identity.',
      systemOnly: 'Workspace {{name}} has no primary user-assigned identity (identity type {{type}}).',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.identity']);
    const type = recordString(asset, 'identity', 'type') ?? 'None';
    const primary = recordString(asset, 'properties', 'primaryUserAssignedIdentity');
    const evidence = { identityType: type, primaryUserAssignedIdentity: primary };
    return type.includes('UserAssigned') && primary ? ctx.pass('userAssigned', { evidence }) : ctx.fail('systemOnly', { evidence, data: { type } });
  },
});
