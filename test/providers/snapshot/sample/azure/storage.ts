import { ORG } from '../org.js';
import type { DescribedRecord, NamedRef } from '../estate-builder.js';
import { addPrivateLinks } from './network.js';
import { addAzureRecord, armId, diagnosticSettings, enabledDisabled, privateEndpointConnections, type AzureScope, type PrivateLink } from './scope.js';

export interface StorageAccountOptions {
  name: string;
  tags?: Record<string, string>;
  publicNetwork: boolean;
  /** allowBlobPublicAccess, and containers whose publicAccess is Blob or Container. */
  anonymousContainers?: string[];
  allowBlobPublicAccess: boolean;
  sharedKey: boolean;
  minTls: 'TLS1_0' | 'TLS1_1' | 'TLS1_2';
  httpsOnly: boolean;
  key?: VaultKey;
  versioning: boolean;
  softDeleteDays?: number;
  /** Account-level immutability with versioning (WORM) on. */
  immutable?: boolean;
  privateLinks?: PrivateLink[];
  /** Diagnostic settings for blob reads and writes go to this workspace. */
  logsTo?: NamedRef;
  hns?: boolean;
}

/**
 * A storage account (Microsoft.Storage/storageAccounts) with its blob service properties and
 * containers merged in under `blobService` and `containers`, as the provider assembles them.
 * Anonymous blob access needs both the account switch and a container that allows it.
 */
export function storageAccount(scope: AzureScope, o: StorageAccountOptions): DescribedRecord {
  const id = armId(scope, 'Microsoft.Storage', 'storageAccounts', o.name);
  const immutable = o.immutable ?? false;
  const account = addAzureRecord(scope, {
    id,
    name: o.name,
    type: 'Microsoft.Storage/storageAccounts',
    tags: o.tags,
    body: {
      sku: { name: 'Standard_ZRS', tier: 'Standard' },
      kind: 'StorageV2',
      properties: {
        provisioningState: 'Succeeded',
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        networkAcls: { bypass: 'AzureServices', defaultAction: o.publicNetwork ? 'Allow' : 'Deny', ipRules: [], virtualNetworkRules: [] },
        allowBlobPublicAccess: o.allowBlobPublicAccess,
        allowSharedKeyAccess: o.sharedKey,
        minimumTlsVersion: o.minTls,
        supportsHttpsTrafficOnly: o.httpsOnly,
        isHnsEnabled: o.hns ?? false,
        ...(immutable && { immutableStorageWithVersioning: { enabled: true } }),
        encryption: o.key
          ? {
              keySource: 'Microsoft.Keyvault',
              keyvaultproperties: { keyname: o.key.name, keyvaulturi: o.key.uri.replace(/keys\/[^/]+$/, '') },
              services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } },
              requireInfrastructureEncryption: true,
            }
          : { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } } },
        primaryEndpoints: { blob: `https://${o.name}.blob.core.windows.net/`, dfs: `https://${o.name}.dfs.core.windows.net/` },
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
      },
    },
    details: {
      blobServices: [
        {
          id: `${id}/blobServices/default`,
          name: 'default',
          type: 'Microsoft.Storage/storageAccounts/blobServices',
          properties: {
            isVersioningEnabled: o.versioning,
            deleteRetentionPolicy: o.softDeleteDays !== undefined ? { enabled: true, days: o.softDeleteDays } : { enabled: false },
            containerDeleteRetentionPolicy: o.softDeleteDays !== undefined ? { enabled: true, days: o.softDeleteDays } : { enabled: false },
          },
        },
      ],
      // The provider lists containers only where the account allows anonymous access at all.
      ...(o.allowBlobPublicAccess && {
        blobContainers: (o.anonymousContainers ?? []).map((name) => ({
          id: `${id}/blobServices/default/containers/${name}`,
          name,
          type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
          properties: { publicAccess: 'Container', hasImmutabilityPolicy: false, hasLegalHold: false },
        })),
      }),
      diagnosticSettings: diagnosticSettings(`${id}/blobServices/default`, o.logsTo, ['StorageRead', 'StorageWrite', 'StorageDelete']),
    },
  });
  addPrivateLinks(scope, account, o.privateLinks);
  return account;
}

export interface KeyVaultOptions {
  name: string;
  publicNetwork: boolean;
  purgeProtection: boolean;
  rbac: boolean;
  privateLinks?: PrivateLink[];
  logsTo?: NamedRef;
}

/** A key vault (Microsoft.KeyVault/vaults). Access policies are omitted: only object ids, and RBAC is the norm here. */
export function keyVault(scope: AzureScope, o: KeyVaultOptions): DescribedRecord {
  const id = armId(scope, 'Microsoft.KeyVault', 'vaults', o.name);
  const vault = addAzureRecord(scope, {
    id,
    name: o.name,
    type: 'Microsoft.KeyVault/vaults',
    body: {
      properties: {
        tenantId: ORG.tenantId,
        sku: { family: 'A', name: 'premium' },
        vaultUri: `https://${o.name}.vault.azure.net/`,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        ...(o.purgeProtection && { enablePurgeProtection: true }),
        enableRbacAuthorization: o.rbac,
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        networkAcls: { bypass: 'AzureServices', defaultAction: o.publicNetwork ? 'Allow' : 'Deny', ipRules: [], virtualNetworkRules: [] },
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
        provisioningState: 'Succeeded',
      },
    },
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, ['AuditEvent']) },
  });
  addPrivateLinks(scope, vault, o.privateLinks);
  return vault;
}

/** A vault key as resources name it: by ARM id, and by key URI in their encryption settings. */
export interface VaultKey extends NamedRef {
  uri: string;
}

/**
 * A key in a vault (Microsoft.KeyVault/vaults/keys) that resources encrypt with: its ARM id and
 * the key URI resources name it by. No collector reads vault keys: a reference, not a record.
 */
export function vaultKey(vault: DescribedRecord, name: string): VaultKey {
  return { id: `${vault.id}/keys/${name}`, name, uri: `https://${vault.name}.vault.azure.net/keys/${name}` };
}

export interface ContainerRegistryOptions {
  name: string;
  sku: 'Basic' | 'Standard' | 'Premium';
  adminUser: boolean;
  anonymousPull: boolean;
  publicNetwork: boolean;
  privateLinks?: PrivateLink[];
  key?: VaultKey;
}

/** An Azure container registry (Microsoft.ContainerRegistry/registries). */
export function containerRegistry(scope: AzureScope, o: ContainerRegistryOptions): DescribedRecord {
  const id = armId(scope, 'Microsoft.ContainerRegistry', 'registries', o.name);
  const registry = addAzureRecord(scope, {
    id,
    name: o.name,
    type: 'Microsoft.ContainerRegistry/registries',
    body: {
      sku: { name: o.sku, tier: o.sku },
      properties: {
        loginServer: `${o.name}.azurecr.io`,
        provisioningState: 'Succeeded',
        adminUserEnabled: o.adminUser,
        anonymousPullEnabled: o.anonymousPull,
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        networkRuleBypassOptions: 'AzureServices',
        zoneRedundancy: 'Disabled',
        encryption: o.key ? { status: 'enabled', keyVaultProperties: { keyIdentifier: o.key.uri } } : { status: 'disabled' },
        policies: { quarantinePolicy: { status: 'disabled' }, trustPolicy: { type: 'Notary', status: 'disabled' }, retentionPolicy: { days: 7, status: 'disabled' } },
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
      },
    },
  });
  addPrivateLinks(scope, registry, o.privateLinks);
  return registry;
}
