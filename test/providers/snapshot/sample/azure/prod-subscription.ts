import type { EstateBuilder } from '../estate-builder.js';
import { buildAzureGenAi } from './genai-prod.js';
import { AZURE_PROD, landingZoneTags } from '../org.js';
import { managedIdentity, roleAssignment, roleDefinition } from './identity.js';
import { blobDatastore, commandJob, dataAsset, onlineDeployment, onlineEndpoint, registeredModel } from './ml-assets.js';
import { computeCluster, computeInstance, mlRegistry, mlWorkspace } from './ml-workspace.js';
import { storageConnection } from './ml-stores.js';
import { applicationInsights, logAnalyticsWorkspace } from './monitor.js';
import { networkSecurityGroup, subnet, virtualNetwork, vnetFlowLog } from './network.js';
import type { AzureScope } from './scope.js';
import { containerRegistry, keyVault, storageAccount, vaultKey } from './storage.js';

/**
 * The production Azure subscription: a private, CMK-encrypted, managed-network workspace. Its
 * mistakes: the partner-feed storage account serves a container to anonymous readers, and the
 * claims-severity endpoint (public, AAD-only, a registered version with recorded lineage) serves
 * a model trained on that feed; and a B2B guest from the consultancy still holds Contributor.
 * Its generative-AI estate (Azure OpenAI, AI Services, an AI Foundry hub) is in genai-prod.ts.
 */
export function buildAzureProd(b: EstateBuilder): void {
  const s: AzureScope = {
    b,
    subscription: AZURE_PROD.subscription,
    region: AZURE_PROD.region,
    resourceGroup: AZURE_PROD.resourceGroup,
    tags: landingZoneTags('prod', 'confidential', 'ml-platform@harbourline.example'),
  };

  const logs = logAnalyticsWorkspace(s, 'log-mlplatform-prod-weu');
  const insights = applicationInsights(s, 'appi-mlclaims-prod-weu');

  const nsg = networkSecurityGroup(s, { name: 'nsg-snet-ml-prod-weu', inbound: [{ name: 'AllowVnetHttps', priority: 200, port: '443', source: 'VirtualNetwork' }] });
  const vnet = virtualNetwork(s, { name: 'vnet-mlplatform-prod-weu', addressSpace: '10.60.0.0/16' });
  const mlSubnet = subnet(s, { vnet, name: 'snet-ml-compute', prefix: '10.60.1.0/24', nsg });
  const peSubnet = subnet(s, { vnet, name: 'snet-private-endpoints', prefix: '10.60.2.0/24', nsg });
  const link = (name: string, groupId: string) => ({ name, subnet: peSubnet, groupId });

  const vault = keyVault(s, { name: 'kv-mlclaims-prod-weu', publicNetwork: false, purgeProtection: true, rbac: true, privateLinks: [link('pe-kv-mlclaims-prod-weu', 'vault')], logsTo: logs });
  const cmk = vaultKey(vault, 'cmk-mlw-claims');
  const registry = containerRegistry(s, { name: 'crmlclaimsprodweu', sku: 'Premium', adminUser: false, anonymousPull: false, publicNetwork: false, privateLinks: [link('pe-cr-mlclaims-prod-weu', 'registry')], key: cmk });
  const workspaceStorage = storageAccount(s, {
    name: 'stmlclaimsprodweu',
    publicNetwork: false,
    allowBlobPublicAccess: false,
    sharedKey: false,
    minTls: 'TLS1_2',
    httpsOnly: true,
    key: cmk,
    versioning: true,
    softDeleteDays: 30,
    immutable: true,
    privateLinks: [link('pe-st-mlclaims-prod-weu-blob', 'blob')],
    logsTo: logs,
  });
  const claimsData = storageAccount(s, {
    name: 'stclaimsdataprodweu',
    tags: { dataClassification: 'restricted' },
    publicNetwork: false,
    allowBlobPublicAccess: false,
    sharedKey: false,
    minTls: 'TLS1_2',
    httpsOnly: true,
    key: cmk,
    versioning: true,
    softDeleteDays: 30,
    privateLinks: [link('pe-st-claimsdata-prod-weu-blob', 'blob')],
    logsTo: logs,
    hns: true,
  });
  // Body shops read their repair-estimate templates from a public container in this account;
  // the same account holds the invoices they send back, which feed claims-severity training.
  const partnerFeed = storageAccount(s, {
    name: 'stpartnerfeedprodweu',
    tags: { dataClassification: 'internal', owner: 'claims-ops@harbourline.example' },
    publicNetwork: true,
    allowBlobPublicAccess: true,
    anonymousContainers: ['repair-estimates'],
    sharedKey: true,
    minTls: 'TLS1_2',
    httpsOnly: true,
    versioning: true,
    softDeleteDays: 7,
  });

  const identity = managedIdentity(s, { name: 'id-mlclaims-prod-weu', principalId: '2f7a9c1e-4b3d-4e58-a6f0-8d1c3b5e7a92', clientId: 'c4e6a8b0-1d3f-4a5c-9e7b-2f4d6a8c0e13' });
  // How the platform team builds a workspace: private, managed network, CMK, high business impact, logged.
  const privateWorkspace = { storage: workspaceStorage, keyVault: vault, insights, identity, publicNetwork: false, managedNetwork: 'AllowOnlyApprovedOutbound', cmk: { vault, key: cmk }, hbi: true, logsTo: logs } as const;
  const ws = mlWorkspace(s, { ...privateWorkspace, name: 'mlw-claims-prod-weu', friendlyName: 'Claims ML (prod)', registry, privateLinks: [link('pe-mlw-claims-prod-weu', 'amlworkspace')] });

  computeInstance(s, ws, { name: 'ci-amara-okafor', vmSize: 'Standard_DS3_v2', subnet: mlSubnet, publicIp: false, ssh: false, rootAccess: false, idleMinutes: 60, localAuth: false, osImage: '26.10.14', assignedUserObjectId: '9a1c3e5f-7b2d-4f6a-8c0e-1d3f5a7b9c2e' });
  const cluster = computeCluster(s, ws, { name: 'cpu-cluster-prod', vmSize: 'Standard_D13_v2', subnet: mlSubnet, publicIp: false, remoteLogin: 'Disabled', minNodes: 0, maxNodes: 8, identity });

  const claimsStore = blobDatastore(s, ws, { name: 'claims_curated', storage: claimsData, container: 'curated', credentials: 'None' });
  const partnerStore = blobDatastore(s, ws, { name: 'partner_invoices', storage: partnerFeed, container: 'invoices-inbound', credentials: 'Sas' });
  blobDatastore(s, ws, { name: 'workspaceblobstore', storage: workspaceStorage, container: 'azureml-blobstore-5b1e7c3a', credentials: 'None', isDefault: true });
  // The organisation-wide registry the platform team shares models through: left open to the internet.
  mlRegistry(s, { name: 'mlr-harbourline-shared', publicNetwork: true, principalId: 'c4a7e2d9-1f3b-4e8a-9c5d-7b0e2f4a6c81' });
  // The claims team's own registry: private, on the workspace's storage account and container registry.
  mlRegistry(s, {
    name: 'mlr-claims-prod-weu',
    publicNetwork: false,
    principalId: '7e3b9d1f-5a2c-4f8e-b6d0-3c9a1e7f5b24',
    stores: { storage: workspaceStorage, registry },
    privateLinks: [link('pe-mlr-claims-prod-weu', 'amlregistry')],
  });
  // Claims features shared between training and the fraud endpoint; the offline store is ADLS Gen2 on the claims data account.
  const featureStore = mlWorkspace(s, {
    ...privateWorkspace,
    name: 'fs-claims-features-prod-weu',
    friendlyName: 'Claims features (prod)',
    featureStore: { offlineStoreConnection: 'OfflineStoreConnectionName' },
    privateLinks: [link('pe-fs-claims-features-prod-weu', 'amlworkspace')],
  });
  storageConnection(s, featureStore, { name: 'OfflineStoreConnectionName', storage: claimsData, container: 'feature-store-offline' });
  vnetFlowLog(s, { name: 'fl-vnet-mlplatform-prod-weu', target: vnet, storage: workspaceStorage, retentionDays: 90 });
  buildAzureGenAi(s, { logs, insights, vault, cmk, identity, link });

  const fraudData = dataAsset(s, ws, { name: 'fraud-signals', version: 9, datastore: claimsStore, storage: claimsData, path: 'fraud/2026-10/', description: 'Labelled fraud signals, October 2026 cut' });
  const invoices = dataAsset(s, ws, { name: 'partner-repair-invoices', version: 7, datastore: partnerStore, storage: partnerFeed, path: 'invoices-inbound/2026/', description: 'Body-shop repair invoices (OCR text and amounts)' });

  const fraudJob = commandJob(s, ws, { name: 'quiet_lime_7y4kq2vd', displayName: 'fraud-signals-gbm-oct', experiment: 'fraud-signals', compute: cluster, trainingData: fraudData.version, identity });
  const severityJob = commandJob(s, ws, { name: 'brave_kettle_3m9xw1zr', displayName: 'claims-severity-weekly', experiment: 'claims-severity', compute: cluster, trainingData: invoices.version, identity });

  const fraudModel = registeredModel(s, ws, { name: 'fraud-signals-gbm', version: 9, job: fraudJob, storage: workspaceStorage, description: 'Gradient boosting on fraud signals', stage: 'Production' });
  const severityModel = registeredModel(s, ws, { name: 'claims-severity', version: 4, job: severityJob, storage: workspaceStorage, description: 'Predicts repair cost band from invoice text', stage: 'Production' });

  const fraudEndpoint = onlineEndpoint(s, ws, { name: 'fraud-signals-ep', authMode: 'AADToken', publicNetwork: false, identity, logsTo: logs });
  onlineDeployment(s, fraudEndpoint, { name: 'blue', model: fraudModel.version, instanceType: 'Standard_DS3_v2', instances: 3, egressPublic: false, dataCollection: true });
  // Public so the claims portal (hosted outside the VNet) can call it; AAD tokens only.
  const severityEndpoint = onlineEndpoint(s, ws, { name: 'claims-severity-ep', authMode: 'AADToken', publicNetwork: true, identity, logsTo: logs });
  onlineDeployment(s, severityEndpoint, { name: 'blue', model: severityModel.version, instanceType: 'Standard_DS3_v2', instances: 2, egressPublic: false, dataCollection: true });

  const dataScientist = roleDefinition(s, 'AzureML Data Scientist');
  const blobReader = roleDefinition(s, 'Storage Blob Data Reader');
  const contributor = roleDefinition(s, 'Contributor');
  const acrPull = roleDefinition(s, 'AcrPull');
  roleAssignment(s, { guid: '3d5f7a9c-1e2b-4c6d-8f0a-2b4d6f8a0c1e', role: dataScientist, principal: { type: 'group', principalId: '6b8d0f2a-4c6e-4a8b-9d1f-3e5a7c9b1d2f', display: 'grp-ml-claims-datascientists' }, on: ws });
  roleAssignment(s, { guid: '8e0a2c4e-6f1b-4d3a-9c5e-7b9d1f3a5c6e', role: blobReader, principal: { type: 'managed-identity', identity }, on: claimsData });
  roleAssignment(s, { guid: 'a1c3e5f7-9b2d-4e6f-8a0c-4d6f8b0a2c3e', role: acrPull, principal: { type: 'managed-identity', identity }, on: registry });
  roleAssignment(s, {
    guid: 'f0e2d4c6-b8a1-4c3e-9f5d-6a8c0e2b4d7f',
    role: contributor,
    principal: { type: 'guest', principalId: 'e7c9a1b3-5d2f-4a6c-8e0b-9d1f3a5c7e8b', display: 'r.vance_northbridge-consulting.example#EXT#' },
    description: 'Temporary access for model review (2025 Q1)',
  });
}
