import * as f from '../../../fixtures/azure/estate.js';
import { wire } from '../../wire-assets.js';
import { ArmEstateBuilder, propertiesOf, recordOf, type Collection, type PageSizes } from './estate-builder.js';
import { addWorkspace } from './estate-workspace.js';

/**
 * An emulated Azure tenant: `subscriptions` subscriptions, each with `workspaces` Azure ML
 * workspaces (see WORKSPACE_COUNTS) and the storage, key vaults, registry, identities, network,
 * flow logs, roles and role assignments around them, in the fixture estate's recorded ARM shapes.
 * At scale 1 with one subscription and three workspaces: 356 assets.
 */
export interface ArmEstate {
  tenant: string;
  subscriptions: string[];
  collections: Map<string, Collection>;
  singles: Map<string, unknown>;
  /** Asset ids a complete scan reports, sorted. */
  expected: string[];
}

/** A listing of three pages (the first workspace's models), as a path suffix for `FaultPlan.repeatToken`. */
export const THREE_PAGE_LISTING = '/workspaces/mlw-0-0/models';

export interface ArmEstateOptions {
  subscriptions?: number;
  workspaces?: number;
  /** Multiplies the children of each workspace. */
  scale?: number;
  /** Page sizes (default: 10 for Machine Learning collections, 100 for the rest). */
  pageSizes?: PageSizes;
}

const ML = 'Microsoft.MachineLearningServices';
const DIAGNOSTICS = 'providers/Microsoft.Insights/diagnosticSettings';

export function subscriptionIdOf(index: number): string {
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

export function armEstate(options: ArmEstateOptions = {}): ArmEstate {
  const b = new ArmEstateBuilder(options.pageSizes ?? { machineLearning: 10, other: 100 });
  const subscriptions = Array.from({ length: options.subscriptions ?? 1 }, (_, s) => subscriptionIdOf(s));
  const records = subscriptions.map((sub, s) => subscriptionRecord(sub, `ml-${s}`));
  b.list('/subscriptions', records, { assets: false });
  // Subscriptions - Get: how a scan of an explicit subscription list learns each display name
  for (const record of records) b.single(record.id, record, { asset: false });
  addHierarchy(b, subscriptions);
  subscriptions.forEach((sub, s) => addSubscription(b, sub, s, options));
  return { tenant: f.TENANT, subscriptions, collections: b.collections, singles: b.singles, expected: [...b.expected].sort() };
}

/** A subscription as Subscriptions - List / Get answer it (test/fixtures/wire/azure/resources/subscription.json). */
function subscriptionRecord(sub: string, displayName: string): { id: string } {
  const record = { ...wire('azure/resources/subscription.json'), id: `/subscriptions/${sub}`, subscriptionId: sub, tenantId: f.TENANT, displayName };
  return record;
}

/**
 * The tenant's management groups as Management Groups - Get (the root group) and Get Descendants
 * answer them (test/fixtures/wire/azure/management-groups/): every subscription in the ML Production
 * group, under ML Platform, under the Tenant Root Group. How a scan learns each subscription's path.
 */
function addHierarchy(b: ArmEstateBuilder, subscriptions: readonly string[]): void {
  const root = wire<{ id: string }>('azure/management-groups/management-group.json');
  b.single(root.id, root, { asset: false });
  const listed = wire<{ value: Array<{ id: string; type: string }> }>('azure/management-groups/descendants.json').value;
  const groups = listed.filter((d) => !d.type.endsWith('/subscriptions'));
  const template = listed.find((d) => d.id === `/subscriptions/${f.SUB}`)!;
  const placed = subscriptions.map((sub, s) => JSON.parse(JSON.stringify(template).replaceAll(f.SUB, sub).replace('"ml-prod"', `"ml-${s}"`)) as { id: string });
  b.list(`${root.id}/descendants`, [...groups, ...placed], { assets: false });
}

/** A fixture record moved into another subscription and resource group. */
function rehome<T>(record: T, sub: string, rg: string): T {
  return JSON.parse(JSON.stringify(record).replaceAll(f.SUB, sub).replaceAll(`/resourceGroups/${f.RG}`, `/resourceGroups/${rg}`)) as T;
}

function addSubscription(b: ArmEstateBuilder, sub: string, s: number, options: ArmEstateOptions): void {
  const rg = `rg-ml-${s}`;
  const rgId = `/subscriptions/${sub}/resourceGroups/${rg}`;
  const at = (provider: string) => `/subscriptions/${sub}/providers/${provider}`;
  const workspaceCount = options.workspaces ?? 3;
  const vnet = `${rgId}/providers/Microsoft.Network/virtualNetworks/vnet-ml`;
  const subnets = { compute: `${vnet}/subnets/snet-compute`, pe: `${vnet}/subnets/snet-pe` };
  const nsg = `${rgId}/providers/Microsoft.Network/networkSecurityGroups/nsg-compute`;
  const registry = `${rgId}/providers/Microsoft.ContainerRegistry/registries/crml${s}`;
  const identity = `${rgId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ml-${s}`;
  const logAnalytics = `${rgId}/providers/Microsoft.OperationalInsights/workspaces/la-sec`;
  const training = { name: `sttrain${s}`, id: `${rgId}/providers/Microsoft.Storage/storageAccounts/sttrain${s}` };

  const storage: Array<{ id: string }> = [];
  const vaults: Array<{ id: string }> = [];
  const privateEndpoints: Array<{ id: string }> = [];
  for (let w = 0; w < workspaceCount; w++) {
    const name = `mlw-${s}-${w}`;
    const secure = w % 3 === 1;
    const st = { name: `stml${s}w${w}`, id: `${rgId}/providers/Microsoft.Storage/storageAccounts/stml${s}w${w}` };
    const kv = `${rgId}/providers/Microsoft.KeyVault/vaults/kv-ml-${s}-${w}`;
    const pe = `${rgId}/providers/Microsoft.Network/privateEndpoints/pe-${name}`;
    storage.push(recordOf(f.storageProd, st.id));
    vaults.push(recordOf(f.keyVault, kv, { properties: propertiesOf(f.keyVault, { vaultUri: `https://kv-ml-${s}-${w}.vault.azure.net/` }) }));
    if (secure) {
      const ws = `${rgId}/providers/${ML}/workspaces/${name}`;
      privateEndpoints.push(
        recordOf(f.privateEndpoint, pe, {
          properties: propertiesOf(f.privateEndpoint, {
            subnet: { id: subnets.pe },
            privateLinkServiceConnections: [{ id: `${pe}/privateLinkServiceConnections/${name}`, name, properties: { privateLinkServiceId: ws, groupIds: ['amlworkspace'], privateLinkServiceConnectionState: { status: 'Approved' } } }],
          }),
        }),
      );
      b.list(`${pe}/privateDnsZoneGroups`, [rehome({ ...f.dnsZoneGroup, id: `${pe}/privateDnsZoneGroups/default` }, sub, rg)], { assets: false });
    }
    addWorkspace(b, {
      sub, rgId, name, secure, storageId: st.id, storageName: st.name, trainingStorageName: training.name, keyVaultId: kv, registryId: registry, identityId: identity,
      computeSubnetId: subnets.compute, privateEndpointId: pe, logAnalyticsId: logAnalytics, scale: options.scale ?? 1,
    });
  }

  // Machine Learning registries
  const mlRegistry = rehome(f.mlRegistry, sub, rg);
  b.list(at(`${ML}/registries`), [mlRegistry]);
  b.list(`${mlRegistry.id}/${DIAGNOSTICS}`, [], { assets: false });

  // Storage: one account a workspace, plus the shared training account that allows anonymous blobs
  storage.push(recordOf(f.storageTraining, training.id));
  b.list(at('Microsoft.Storage/storageAccounts'), storage);
  for (const { id } of storage) {
    const versioned = id === training.id ? false : true;
    b.single(`${id}/blobServices/default`, f.blobService(id, versioned), { asset: false });
    b.list(`${id}/blobServices/default/${DIAGNOSTICS}`, versioned ? [f.auditDiagnosticSetting(`${id}/blobServices/default`)] : [], { assets: false });
  }
  b.list(`${training.id}/blobServices/default/containers`, [{ ...f.publicContainer, id: `${training.id}/blobServices/default/containers/customers` }], { assets: false });

  // Key vaults, container registry, identities
  b.list(at('Microsoft.KeyVault/vaults'), vaults);
  for (const { id } of vaults) b.list(`${id}/${DIAGNOSTICS}`, [], { assets: false });
  b.list(at('Microsoft.ContainerRegistry/registries'), [recordOf(f.registry, registry, { properties: propertiesOf(f.registry, { loginServer: `crml${s}.azurecr.io` }) })]);
  b.list(at('Microsoft.ManagedIdentity/userAssignedIdentities'), [recordOf(f.userAssignedIdentity, identity)]);
  // AI Services / Azure OpenAI: listed, none in this estate (the fault scenarios are about paging and faults, not AI accounts)
  b.list(at('Microsoft.CognitiveServices/accounts'), []);

  // Network: one VNet (compute and private-endpoint subnets), its NSG, the private endpoints, a flow log
  b.list(at('Microsoft.Network/privateEndpoints'), privateEndpoints);
  b.list(at('Microsoft.Network/virtualNetworks'), [
    recordOf(f.virtualNetwork, vnet, {
      properties: propertiesOf(f.virtualNetwork, {
        subnets: [
          { id: subnets.compute, name: 'snet-compute', properties: { addressPrefix: '10.10.1.0/24', networkSecurityGroup: { id: nsg } } },
          { id: subnets.pe, name: 'snet-pe', properties: { addressPrefix: '10.10.2.0/24' } },
        ],
      }),
    }),
  ]);
  b.expected.push(subnets.compute, subnets.pe);
  b.list(at('Microsoft.Network/networkSecurityGroups'), [recordOf(f.securityGroup, nsg)]);
  const watcher = rehome(f.networkWatcher, sub, rg);
  b.list(at('Microsoft.Network/networkWatchers'), [watcher]);
  b.list(`${watcher.id}/flowLogs`, [recordOf(f.vnetFlowLog, `${watcher.id}/flowLogs/fl-vnet-ml`, { properties: propertiesOf(f.vnetFlowLog, { targetResourceId: vnet, storageId: storage[0]!.id }) })]);

  // Authorization: the four built-in roles, each assigned at least once (unused built-in roles are not inventoried)
  const roles = rehome(f.roleDefinitionsPage, sub, rg);
  b.list(at('Microsoft.Authorization/roleDefinitions'), roles);
  const assignment = (n: number, scope: string, role: { id: string }, principalType: string) =>
    recordOf(f.roleAssignmentsPage[0]!, `${scope}/providers/Microsoft.Authorization/roleAssignments/0b5fb2d3-0000-0000-${String(s).padStart(4, '0')}-${String(n).padStart(12, '0')}`, {
      properties: { roleDefinitionId: role.id, principalId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, principalType, scope, createdOn: '2026-01-01T00:00:00Z' },
    });
  const [owner, contributor, reader, scientist] = roles.map((r) => ({ id: r.id })) as [{ id: string }, { id: string }, { id: string }, { id: string }];
  b.list(at('Microsoft.Authorization/roleAssignments'), [
    assignment(1, `/subscriptions/${sub}`, owner, 'User'),
    assignment(2, rgId, contributor, 'ServicePrincipal'),
    assignment(3, `/subscriptions/${sub}`, reader, 'Group'),
    ...Array.from({ length: workspaceCount }, (_, w) => assignment(10 + w, `${rgId}/providers/${ML}/workspaces/mlw-${s}-${w}`, scientist, 'Group')),
  ]);
}
