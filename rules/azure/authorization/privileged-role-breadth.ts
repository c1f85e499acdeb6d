import { providerRule } from '../../_lib/provider-rule.js';

const WIDE_SCOPES = new Set(['organization', 'subscription', 'resource-group']);

export default providerRule({
  meta: {
    id: 'azure/authorization/privileged-role-breadth',
    title: 'Owner / Contributor-class role granted broadly over ML resources',
    family: 'rbac',
    concern: 'broad-role-at-wide-scope',
    supersedes: ['rbac/broad-role-at-wide-scope'],
    severity: 'high',
    appliesTo: ['role-assignment'],
    rationale:
      'Owner, Contributor and User Access Administrator at subscription or resource-group scope let a principal read workspace secrets, change networks and deploy models across every workspace below; ML users need the AzureML data-scientist and compute-operator roles on one workspace.',
    remediation: {
      text: 'Replace broad assignments with AzureML Data Scientist / AzureML Compute Operator on the workspace, keep at most three subscription owners, and use PIM for elevation.',
      cli: 'az role assignment delete --assignee <principal-id> --role Contributor --scope <scope>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-assign-roles',
    },
    references: { catalog: ['AZ-RBAC-01'], 'azure-policy': ['4f11b553-d42e-4e3a-89be-32ca364cad4c'], mcsb: ['PA-1', 'PA-7'] },
    messages: {
      narrow: 'Role {{role}} is granted at {{scope}} scope with {{privilege}} breadth.',
      broad: '{{principal}} holds {{role}} ({{privilege}}) at {{scope}} scope.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Authorization/roleAssignments'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('privilege', 'scopeLevel');
    if (gap) return gap;
    const { privilege, scopeLevel, roleName, principalType } = asset.facts;
    const data = { role: roleName ?? 'a role', privilege: privilege!, scope: scopeLevel!, principal: principalType ?? 'A principal' };
    const evidence = { privilege, scopeLevel, roleName, principalType };
    const wide = (privilege === 'admin' || privilege === 'broad') && WIDE_SCOPES.has(scopeLevel!);
    return wide ? ctx.fail('broad', { evidence, data }) : ctx.pass('narrow', { evidence, data });
  },
});
