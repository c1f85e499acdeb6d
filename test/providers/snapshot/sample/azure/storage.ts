import { ORG } from '../org.js';
import type { AssetInput } from '../../../../../src/model/index.js';
import { addPrivateLinks } from './network.js';
import { addAzureAsset, armId, diagnosticSettings, enabledDisabled, privateEndpointConnections, type AzureScope, type PrivateLink } from './scope.js';

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
  key?: AssetInput;
  versioning: boolean;
  softDeleteDays?: number;
  /** Account-level immutability with versioning (WORM) on. */
  immutable?: boolean;
  privateLinks?: PrivateLink[];
  /** Diagnostic settings for blob reads and writes go to this workspace. */
  logsTo?: AssetInput;
  hns?: boolean;
}

/**
 * A storage account (Microsoft.Storage/storageAccounts) with its blob service properties and
 * containers merged in under `blobService` and `containers`, as the provider assembles them.
 * Anonymous blob access needs both the account switch and a container that allows it.
 */
export function storageAccount(scope: AzureScope, o: StorageAccountOptions): AssetInput {
  const id = armId(scope, 'Microsoft.Storage', 'storageAccounts', o.name);
  const anonymous = o.allowBlobPublicAccess && (o.anonymousContainers?.length ?? 0) > 0;
  const immutable = o.immutable ?? false;
  const account = addAzureAsset(scope, {
    id,
    kind: 'storage',
    name: o.name,
    type: 'Microsoft.Storage/storageAccounts',
    tags: o.tags,
    facts: {
      publicNetworkAccess: o.publicNetwork,
      publicRead: anonymous,
      // Anonymous access on Azure Blob is read-only; writing always needs a credential.
      publicWrite: false,
      localAuthEnabled: o.sharedKey,
      authModes: o.sharedKey ? ['aad', 'key'] : ['aad'],
      minTlsVersion: o.minTls.replace('TLS', '').replace('_', '.'),
      transitEncryption: o.httpsOnly,
      encryption: o.key ? 'cmk' : 'platform',
      encryptionKeyId: o.key?.id,
      versioning: o.versioning,
      softDelete: o.softDeleteDays !== undefined,
      immutability: immutable,
      privateEndpoints: o.privateLinks?.length ?? 0,
      loggingEnabled: o.logsTo !== undefined,
      logCategories: o.logsTo ? ['StorageRead', 'StorageWrite', 'StorageDelete'] : undefined,
      dataEventsLogged: o.logsTo !== undefined,
      mlRelated: true,
    },
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
              keyvaultproperties: { keyname: o.key.name, keyvaulturi: `https://${o.key.id.split('/vaults/')[1]!.split('/')[0]}.vault.azure.net/` },
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
  scope.b.link(account, 'encrypted-by', o.key);
  scope.b.link(account, 'logs-to', o.logsTo);
  addPrivateLinks(scope, account, o.privateLinks);
  return account;
}

export interface KeyVaultOptions {
  name: string;
  publicNetwork: boolean;
  purgeProtection: boolean;
  rbac: boolean;
  privateLinks?: PrivateLink[];
  logsTo?: AssetInput;
}

/** A key vault (Microsoft.KeyVault/vaults). Access policies are omitted: only object ids, and RBAC is the norm here. */
export function keyVault(scope: AzureScope, o: KeyVaultOptions): AssetInput {
  const id = armId(scope, 'Microsoft.KeyVault', 'vaults', o.name);
  const vault = addAzureAsset(scope, {
    id,
    kind: 'key-vault',
    name: o.name,
    type: 'Microsoft.KeyVault/vaults',
    facts: {
      publicNetworkAccess: o.publicNetwork,
      purgeProtection: o.purgeProtection,
      softDelete: true,
      privateEndpoints: o.privateLinks?.length ?? 0,
      authModes: ['aad'],
      localAuthEnabled: false,
      loggingEnabled: o.logsTo !== undefined,
      logCategories: o.logsTo ? ['AuditEvent'] : undefined,
      mlRelated: true,
    },
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
  scope.b.link(vault, 'logs-to', o.logsTo);
  addPrivateLinks(scope, vault, o.privateLinks);
  return vault;
}

/** A key in a vault (Microsoft.KeyVault/vaults/keys): key material is never returned by ARM. */
export function vaultKey(scope: AzureScope, o: { vault: AssetInput; name: string; rotationDays?: number }): AssetInput {
  const id = `${o.vault.id}/keys/${o.name}`;
  const key = addAzureAsset(scope, {
    id,
    kind: 'kms-key',
    name: o.name,
    type: 'Microsoft.KeyVault/vaults/keys',
    facts: { keyManager: 'customer', keyRotation: o.rotationDays !== undefined, mlRelated: true },
    body: {
      properties: {
        attributes: { enabled: true, exportable: false, created: 1712568600, updated: 1729519920, recoveryLevel: 'Recoverable' },
        kty: 'RSA-HSM',
        keySize: 3072,
        keyOps: ['wrapKey', 'unwrapKey'],
        keyUri: `https://${o.vault.name}.vault.azure.net/keys/${o.name}`,
        keyUriWithVersion: `https://${o.vault.name}.vault.azure.net/keys/${o.name}/3f9c1e7a2b5d4c8e9a0f6b1d2e3c4a5b`,
        ...(o.rotationDays !== undefined && {
          rotationPolicy: { lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'rotate' } }], attributes: { expiryTime: `P${o.rotationDays}D` } },
        }),
      },
    },
    child: true,
  });
  scope.b.link(o.vault, 'contains', key);
  return key;
}

export interface ContainerRegistryOptions {
  name: string;
  sku: 'Basic' | 'Standard' | 'Premium';
  adminUser: boolean;
  anonymousPull: boolean;
  publicNetwork: boolean;
  /** Microsoft Defender for Containers scans pushed images (registry-level setting is via Defender). */
  defenderScanning: boolean;
  privateLinks?: PrivateLink[];
  key?: AssetInput;
  logsTo?: AssetInput;
}

/** An Azure container registry (Microsoft.ContainerRegistry/registries). */
export function containerRegistry(scope: AzureScope, o: ContainerRegistryOptions): AssetInput {
  const id = armId(scope, 'Microsoft.ContainerRegistry', 'registries', o.name);
  const registry = addAzureAsset(scope, {
    id,
    kind: 'container-registry',
    name: o.name,
    type: 'Microsoft.ContainerRegistry/registries',
    facts: {
      localAuthEnabled: o.adminUser,
      anonymousPull: o.anonymousPull,
      publicNetworkAccess: o.publicNetwork,
      imageScanning: o.defenderScanning,
      // ACR has no registry-wide immutable tags; per-repository write locks are invisible to ARM.
      privateEndpoints: o.privateLinks?.length ?? 0,
      encryption: o.key ? 'cmk' : 'platform',
      encryptionKeyId: o.key?.id,
      loggingEnabled: o.logsTo !== undefined,
      mlRelated: true,
    },
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
        encryption: o.key ? { status: 'enabled', keyVaultProperties: { keyIdentifier: o.key.id } } : { status: 'disabled' },
        policies: { quarantinePolicy: { status: 'disabled' }, trustPolicy: { type: 'Notary', status: 'disabled' }, retentionPolicy: { days: 7, status: 'disabled' } },
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
      },
    },
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, ['ContainerRegistryRepositoryEvents', 'ContainerRegistryLoginEvents']) },
  });
  scope.b.link(registry, 'encrypted-by', o.key);
  scope.b.link(registry, 'logs-to', o.logsTo);
  addPrivateLinks(scope, registry, o.privateLinks);
  return registry;
}
