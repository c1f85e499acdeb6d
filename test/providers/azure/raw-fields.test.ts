import { describe, expect, it } from 'vitest';
import { azureCollectors } from '../../../providers/azure/collectors/index.js';
import { AZURE_RAW_FIELDS, azureRawFields } from '../../../providers/azure/raw-fields.js';
import { keeps } from '../../support/keep-tree.js';

/** What Azure rules (`raw(asset, ...)`, `asset.raw`) and the linker (link.ts, inherit.ts) read, by collector. */
const READ: Record<string, string[]> = {
  'machine-learning/workspaces': [
    'kind',
    'identity.type',
    'identity.principalId',
    'identity.userAssignedIdentities.x.principalId',
    'properties.primaryUserAssignedIdentity',
    'properties.systemDatastoresAuthMode',
    'properties.managedNetwork.isolationMode',
    'properties.managedNetwork.outboundRules.x.type',
    'properties.managedNetwork.outboundRules.x.destination',
    'properties.serverlessComputeSettings.serverlessComputeNoPublicIP',
    'properties.allowPublicAccessWhenBehindVnet',
    'properties.v1LegacyMode',
  ],
  'machine-learning/computes': [
    'identity.principalId',
    'properties.computeType',
    'properties.properties.osImageMetadata.isLatestOsImageVersion',
    'properties.properties.applicationSharingPolicy',
    'properties.properties.computeInstanceAuthorizationType',
  ],
  'machine-learning/datastores': ['properties.credentials.credentialsType'],
  'machine-learning/jobs': ['properties.computeId'],
  'machine-learning/online-endpoints': ['identity.principalId', 'properties.authMode'],
  'machine-learning/batch-endpoints': ['properties.authMode'],
  'machine-learning/connections': ['properties.authType'],
  'machine-learning/registries': ['identity.principalId'],
  'storage/accounts': ['properties.allowBlobPublicAccess'],
  'container-registry/registries': ['properties.policies.exportPolicy.status', 'properties.policies.trustPolicy.status'],
  'key-vault/vaults': ['properties.enableRbacAuthorization'],
  'network/private-dns-zone-groups': ['properties.privateDnsZoneConfigs.properties.privateDnsZoneId'],
  'authorization/role-definitions': ['properties.type'],
  'authorization/role-assignments': ['properties.principalId', 'properties.roleDefinitionId', 'properties.scope'],
  'identity/user-assigned': ['properties.principalId'],
};

describe('Azure raw-record allow-lists', () => {
  it('name every registered collector, and only those', () => {
    const missing = azureCollectors.filter((c) => azureRawFields(c.name) === undefined).map((c) => c.name);
    expect(missing).toEqual([]);
    const stale = Object.keys(AZURE_RAW_FIELDS).filter((name) => !azureCollectors.some((c) => c.name === name || c.name.startsWith(`${name}:`)));
    expect(stale).toEqual([]);
  });

  it('keep the identity of every record', () => {
    for (const c of azureCollectors) for (const field of ['id', 'name', 'type']) expect(keeps(azureRawFields(c.name), field), `${c.name}: ${field}`).toBe(true);
  });

  it('keep every field a rule or the linker reads', () => {
    for (const [collector, paths] of Object.entries(READ)) for (const path of paths) expect(keeps(azureRawFields(collector), path), `${collector}: ${path}`).toBe(true);
  });
});
