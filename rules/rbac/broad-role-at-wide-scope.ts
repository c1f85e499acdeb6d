import { defineRule } from '../../src/engine/index.js';
import { grantsOnMl } from '../../src/model/index.js';

const BROAD = new Set(['admin', 'broad']);
const WIDE_SCOPES = new Set(['organization', 'account', 'subscription']);

export default defineRule({
  meta: {
    id: 'rbac/broad-role-at-wide-scope',
    title: 'Broad role over ML resources granted at account or subscription scope',
    family: 'rbac',
    concern: 'broad-role-at-wide-scope',
    severity: 'high',
    appliesTo: ['role-assignment'],
    rationale:
      'Owner or Contributor at subscription, account or organisation scope reaches every workspace, bucket, key and endpoint below it, so one compromised principal can tamper with any model or dataset; scoping to the resource group or resource limits the blast radius.',
    remediation: {
      text: 'Replace the wide-scope assignment with assignments on the specific workspace or resource group, using the narrowest built-in ML role (e.g. AzureML Data Scientist) instead of Owner or Contributor.',
      cli: 'az role assignment delete --assignee <principal-id> --role <role> --scope /subscriptions/<subscription-id>\naz role assignment create --assignee <principal-id> --role "AzureML Data Scientist" --scope <workspace-id>',
      terraform:
        'resource "azurerm_role_assignment" "ds" {\n  scope                = azurerm_machine_learning_workspace.ws.id\n  role_definition_name = "AzureML Data Scientist"\n  principal_id         = var.principal_id\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-assign-roles',
    },
    references: {
      catalog: ['AZ-RBAC-01'],
      'azure-policy': ['4f11b553-d42e-4e3a-89be-32ca364cad4c'],
      mcsb: ['PA-1', 'PA-7'],
    },
    messages: {
      wide: 'Role assignment {{name}} grants {{privilege}} privilege ({{role}}) at {{scope}} scope.',
      narrow: 'Role assignment {{name}} is narrow in privilege or scope.',
    },
  },
  applies: (asset, graph) => grantsOnMl(asset, graph),
  evaluate(asset, ctx) {
    const { privilege, scopeLevel, roleName } = asset.facts;
    const evidence = { privilege, scopeLevel, roleName };
    if ((privilege !== undefined && !BROAD.has(privilege)) || (scopeLevel !== undefined && !WIDE_SCOPES.has(scopeLevel))) {
      return ctx.pass('narrow', { evidence });
    }
    const gap = ctx.requireFacts('privilege', 'scopeLevel');
    if (gap) return gap;
    return ctx.fail('wide', {
      evidence,
      data: { privilege: privilege!, scope: scopeLevel!, role: roleName ?? 'unnamed role' },
    });
  },
});
