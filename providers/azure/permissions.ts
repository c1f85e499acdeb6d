import type { Collector } from './collector.js';
import { azureCollectors } from './collectors/index.js';
import { SCOPE_PERMISSIONS } from './scope.js';

/** An Azure custom role definition, in the JSON shape `az role definition create` takes. */
export interface AzureRoleDefinition {
  Name: string;
  IsCustom: true;
  Description: string;
  Actions: string[];
  NotActions: string[];
  DataActions: string[];
  NotDataActions: string[];
  AssignableScopes: string[];
}

/** Every read action an Azure scan can use: the collectors' declarations plus subscription discovery. */
export function azureReadActions(collectors: readonly Collector[] = azureCollectors): string[] {
  const actions = new Set<string>(SCOPE_PERMISSIONS);
  for (const c of collectors) for (const p of c.permissions) actions.add(p);
  return [...actions].sort((a, b) => a.localeCompare(b));
}

/**
 * The least-privilege custom role a scan needs: exactly the Microsoft.* /read actions the
 * collectors declare. No data actions, no listKeys / listSecrets / listCredentials.
 */
export function azurePermissionsRole(options: { assignableScopes?: string[]; name?: string } = {}): AzureRoleDefinition {
  return {
    Name: options.name ?? 'mlscan reader',
    IsCustom: true,
    Description: 'Read-only access mlscan needs to inventory Azure Machine Learning estates and the resources around them.',
    Actions: azureReadActions(),
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: options.assignableScopes ?? ['/subscriptions/<subscription-id>'],
  };
}
