import type { Facts } from '../../../src/model/index.js';
import { approvedPrivateEndpoints, bool, enabled, resourceGroupOf, str, type ArmResource } from '../arm.js';
import { defineCollector } from '../collector.js';

const ST = 'Microsoft.Storage';

/** Network reachability shared by storage, key vault and registry records. */
export function publicNetworkFacts(raw: ArmResource, ruleSetField: 'networkAcls' | 'networkRuleSet'): Facts {
  const p = raw.properties ?? {};
  const pna = enabled(p.publicNetworkAccess);
  const defaultAction = str(p, ruleSetField, 'defaultAction');
  if (pna === false) return { publicNetworkAccess: false };
  if (defaultAction === 'Deny') return { publicNetworkAccess: false };
  if (defaultAction === 'Allow') return { publicNetworkAccess: true };
  return pna === true ? { publicNetworkAccess: true } : {};
}

const TLS: Record<string, string> = { TLS1_0: '1.0', TLS1_1: '1.1', TLS1_2: '1.2', TLS1_3: '1.3' };

export const storageAccounts = defineCollector({
  type: 'asset',
  name: 'storage/accounts',
  service: ST,
  kind: 'storage',
  nativeType: `${ST}/storageAccounts`,
  facts: ['publicNetworkAccess', 'publicRead', 'publicWrite', 'localAuthEnabled', 'privateEndpoints', 'encryption', 'encryptionKeyId', 'transitEncryption', 'minTlsVersion', 'immutability'],
  permissions: [`${ST}/storageAccounts/read`],
  // GET only: account keys (listKeys) are never requested.
  list: ({ clients }) => clients.storage.storageAccounts.list(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = publicNetworkFacts(raw, 'networkAcls');
    // With anonymous access disallowed at the account, nothing is public. Otherwise (true, or unset on
    // older accounts) the containers decide: blob-containers sets publicRead from their access level.
    if (bool(p, 'allowBlobPublicAccess') === false) facts.publicRead = false;
    // Anonymous access to Azure Storage is read-only: nobody writes without a key, SAS or identity.
    if (raw.properties) facts.publicWrite = false;
    // Documented: null / absent allowSharedKeyAccess means shared keys are accepted.
    const sharedKey = p.allowSharedKeyAccess;
    if (typeof sharedKey === 'boolean') facts.localAuthEnabled = sharedKey;
    else if (sharedKey === null || (sharedKey === undefined && raw.properties)) facts.localAuthEnabled = true;
    const tls = str(p, 'minimumTlsVersion');
    // "The default interpretation is TLS 1.0 for this property"
    // (https://learn.microsoft.com/rest/api/storagerp/storage-accounts/get-properties, minimumTlsVersion).
    if (tls) facts.minTlsVersion = TLS[tls] ?? tls;
    else if (raw.properties) facts.minTlsVersion = '1.0';
    const https = bool(p, 'supportsHttpsTrafficOnly');
    if (https !== undefined) facts.transitEncryption = https;
    const keySource = str(p, 'encryption', 'keySource');
    if (keySource) facts.encryption = keySource.toLowerCase() === 'microsoft.keyvault' ? 'cmk' : 'platform';
    const vaultUri = str(p, 'encryption', 'keyvaultproperties', 'keyvaulturi');
    const keyName = str(p, 'encryption', 'keyvaultproperties', 'keyname');
    if (vaultUri && keyName) facts.encryptionKeyId = `${vaultUri.replace(/\/+$/, '')}/keys/${keyName}`;
    facts.privateEndpoints = approvedPrivateEndpoints(raw).count;
    const worm = bool(p, 'immutableStorageWithVersioning', 'enabled');
    if (worm !== undefined) facts.immutability = worm;
    return {
      facts,
      edges: approvedPrivateEndpoints(raw).ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
    };
  },
});

/** Blob service properties: versioning, soft delete, change feed. */
export const blobServices = defineCollector({
  type: 'detail',
  name: 'storage/blob-services',
  service: ST,
  parent: storageAccounts.name,
  kind: 'storage',
  detailKey: 'blobServices',
  facts: ['versioning', 'softDelete'],
  permissions: [`${ST}/storageAccounts/blobServices/read`],
  // Only general-purpose and blob accounts have a blob service.
  when: (account) => !['FileStorage'].includes(account.kind ?? ''),
  list: (ctx) => ctx.clients.storage.blobServices.getServiceProperties(resourceGroupOf(ctx.parent!.id)!, ctx.parent!.name!),
  merge(records) {
    const blob = records[0];
    if (!blob) return { facts: {} };
    const p = blob.properties ?? {};
    const facts: Facts = {
      versioning: bool(p, 'isVersioningEnabled') === true,
      softDelete: bool(p, 'deleteRetentionPolicy', 'enabled') === true && bool(p, 'containerDeleteRetentionPolicy', 'enabled') === true,
    };
    return { facts };
  },
});

/** Container access levels, read only when the account allows anonymous access at all. */
export const blobContainers = defineCollector({
  type: 'detail',
  name: 'storage/blob-containers',
  service: ST,
  parent: storageAccounts.name,
  kind: 'storage',
  detailKey: 'blobContainers',
  facts: ['publicRead'],
  permissions: [`${ST}/storageAccounts/blobServices/containers/read`],
  when: (account) => bool(account.properties, 'allowBlobPublicAccess') !== false && !['FileStorage'].includes(account.kind ?? ''),
  list: (ctx) => ctx.clients.storage.blobContainers.list(resourceGroupOf(ctx.parent!.id)!, ctx.parent!.name!),
  merge(records) {
    const open = records.filter((c) => ['blob', 'container'].includes((str(c.properties, 'publicAccess') ?? 'None').toLowerCase()));
    return { facts: { publicRead: open.length > 0 } };
  },
});

export const storageCollectors = [storageAccounts, blobServices, blobContainers] as const;
