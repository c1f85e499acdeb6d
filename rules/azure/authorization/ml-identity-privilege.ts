import { providerRule } from '../../_lib/provider-rule.js';
import type { Asset } from '../../../src/model/index.js';
import type { GraphView } from '../../../src/engine/index.js';
import { recordValue } from '../../_lib/raw.js';

const ML_KINDS = ['workspace', 'compute', 'endpoint'] as const;

function principalOf(asset: Asset): string | undefined {
  const id = recordValue(asset, 'properties', 'principalId');
  return typeof id === 'string' ? id : undefined;
}

/** The ML asset that runs as the assignment's principal: its system-assigned identity, or a user-assigned identity it assumes. */
function mlOwner(asset: Asset, graph: GraphView): Asset | undefined {
  const principal = principalOf(asset);
  if (!principal) return undefined;
  for (const kind of ML_KINDS) {
    const owner = graph.ofKind(kind).find((a) => recordValue(a, 'identity', 'principalId') === principal);
    if (owner) return owner;
  }
  for (const identity of graph.targets(asset.id, 'granted-to').filter((t) => t.kind === 'identity')) {
    const owner = graph.sources(identity.id, 'assumes').find((a) => (ML_KINDS as readonly string[]).includes(a.kind));
    if (owner) return owner;
  }
  return undefined;
}

export default providerRule({
  meta: {
    id: 'azure/authorization/ml-identity-privilege',
    title: 'Managed identity of an ML workspace, compute or endpoint holds broad roles',
    family: 'rbac',
    concern: 'broad-role-at-wide-scope',
    // Stricter for the identities ML workloads run as: anything above one resource is too wide.
    supersedes: ['rbac/broad-role-at-wide-scope', 'azure/authorization/privileged-role-breadth'],
    severity: 'high',
    appliesTo: ['role-assignment'],
    rationale:
      'Code running on ML compute or behind an endpoint acts as its managed identity: Owner or Contributor for that identity at subscription or resource-group scope turns any code execution in a notebook or scoring script into control of the whole scope.',
    remediation: {
      text: 'Remove broad roles from ML identities and grant only Storage Blob Data Reader/Contributor on datastore accounts, AcrPull on the workspace registry and Key Vault Secrets User on the workspace vault.',
      cli: 'az role assignment delete --assignee <principal-id> --role Contributor --scope <scope>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
    },
    references: { catalog: ['AZ-RBAC-02'], mcsb: ['PA-7', 'IM-3'] },
    messages: {
      scoped: 'The identity of {{owner}} holds {{role}} with {{privilege}} breadth at {{scope}} scope.',
      broad: 'The identity of {{owner}} holds {{role}} ({{privilege}}) at {{scope}} scope.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Authorization/roleAssignments'],
  applies: (asset, graph) => mlOwner(asset, graph) !== undefined,
  evaluate(asset, ctx) {
    const owner = mlOwner(asset, ctx.graph)!;
    const gap = ctx.requireFacts('privilege', 'scopeLevel');
    if (gap) return gap;
    const { privilege, scopeLevel, roleName } = asset.facts;
    const data = { owner: owner.name, role: roleName ?? 'a role', privilege: privilege!, scope: scopeLevel! };
    const evidence = { owner: owner.id, privilege, scopeLevel, roleName };
    const broad = (privilege === 'admin' || privilege === 'broad') && scopeLevel !== 'resource';
    return broad ? ctx.fail('broad', { evidence, data, path: [asset.id, owner.id] }) : ctx.pass('scoped', { evidence, data });
  },
});
