import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';

/** Built-in roles with data-plane write on blobs (ids are the same in every tenant). */
const BLOB_WRITERS = new Map([
  ['b7e6dc6d-f1e8-4753-8033-0f276bb0955b', 'Storage Blob Data Owner'],
  ['ba92f5b4-2d11-453d-a403-e96b0029c9fe', 'Storage Blob Data Contributor'],
]);

function blobWriter(roleDefinitionId: unknown): string | undefined {
  if (typeof roleDefinitionId !== 'string') return undefined;
  return BLOB_WRITERS.get(roleDefinitionId.split('/').pop()!.toLowerCase());
}

export default providerRule({
  meta: {
    id: 'azure/authorization/training-data-write-breadth',
    title: 'Blob data write role granted at subscription scope or to a guest',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['role-assignment'],
    rationale:
      'Storage Blob Data Owner or Contributor above a single account lets its holder rewrite every training set and model artifact in the scope: a direct path to data poisoning and model tampering.',
    remediation: {
      text: 'Grant blob write roles on the specific storage account or container that holds the training data, to named identities, and review guest assignments.',
      cli: 'az role assignment create --assignee <principal-id> --role "Storage Blob Data Contributor" --scope <storage-account-id>/blobServices/default/containers/<container>',
      url: 'https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access',
    },
    references: { catalog: ['AZ-RBAC-03'], mcsb: ['PA-7'] },
    messages: {
      scoped: '{{role}} is granted at {{scope}} scope.',
      wide: '{{role}} is granted at {{scope}} scope: write access to every blob below it.',
      guest: '{{role}} is granted to a guest / external principal.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Authorization/roleAssignments'],
  applies: (asset) => blobWriter(recordValue(asset, 'properties', 'roleDefinitionId')) !== undefined,
  evaluate(asset, ctx) {
    const role = blobWriter(recordValue(asset, 'properties', 'roleDefinitionId'))!;
    const gap = ctx.requireFacts('scopeLevel');
    if (gap) return gap;
    const scope = asset.facts.scopeLevel!;
    const evidence = { role, scopeLevel: scope, principalType: asset.facts.principalType };
    if (asset.facts.principalType === 'guest') return ctx.fail('guest', { evidence, data: { role } });
    if (scope === 'subscription' || scope === 'organization') return ctx.fail('wide', { evidence, data: { role, scope } });
    return ctx.pass('scoped', { evidence, data: { role, scope } });
  },
});
