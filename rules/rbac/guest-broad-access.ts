import { defineRule } from '../../src/engine/index.js';
import { grantsOnMl } from '../../src/model/index.js';

const BROAD = new Set(['admin', 'broad']);

export default defineRule({
  meta: {
    id: 'rbac/guest-broad-access',
    title: 'Guest account holds a broad role over ML resources',
    family: 'rbac',
    concern: 'guest-broad-access',
    severity: 'high',
    appliesTo: ['role-assignment'],
    rationale:
      'Guest (B2B or external) accounts are governed by another organisation\'s joiner-mover-leaver process and security posture; Owner or Contributor over ML resources lets them read training data, export models and change deployments.',
    remediation: {
      text: 'Remove Owner, Contributor and similar broad roles from guest accounts on ML scopes; grant a scoped data-science or reader role, time-bound through privileged identity management where possible.',
      cli: 'az role assignment delete --assignee <guest-object-id> --role <role> --scope <scope>',
      url: 'https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions',
    },
    references: { catalog: ['AZ-RBAC-01'], mcsb: ['PA-1', 'PA-7'] },
    messages: {
      guestBroad: 'Role assignment {{name}} gives a guest account {{privilege}} privilege ({{role}}) over ML resources.',
      acceptable: 'Role assignment {{name}} gives no guest account a broad role over ML resources.',
    },
  },
  applies: (asset, graph) => grantsOnMl(asset, graph),
  evaluate(asset, ctx) {
    const { principalType, privilege, roleName } = asset.facts;
    const evidence = { principalType, privilege, roleName };
    // Either fact alone can clear the assignment: not a guest, or not a broad role.
    if ((principalType !== undefined && principalType !== 'guest') || (privilege !== undefined && !BROAD.has(privilege))) {
      return ctx.pass('acceptable', { evidence });
    }
    const gap = ctx.requireFacts('principalType', 'privilege');
    if (gap) return gap;
    return ctx.fail('guestBroad', { evidence, data: { privilege: privilege!, role: roleName ?? 'unnamed role' } });
  },
});
