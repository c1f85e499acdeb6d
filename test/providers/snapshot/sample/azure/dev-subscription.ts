import type { EstateBuilder } from '../estate-builder.js';
import { AZURE_DEV, landingZoneTags } from '../org.js';
import { roleAssignment, roleDefinition } from './identity.js';
import { blobDatastore, commandJob, dataAsset, onlineDeployment, onlineEndpoint, registeredModel } from './ml-assets.js';
import { computeCluster, computeInstance, mlWorkspace } from './ml-workspace.js';
import { applicationInsights } from './monitor.js';
import { networkSecurityGroup } from './network.js';
import type { AzureScope } from './scope.js';
import { containerRegistry, keyVault, storageAccount } from './storage.js';

/** Exactly what a stored-XSS payload in a report looks like; it must render as text. */
/** Markup where the account's users write free text: a job's display name and a tag value (ARM allows any tag value). */
export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
export const HOSTILE_TAG_VALUE = '<script>alert("tag")</script>';
/** A spreadsheet formula in a tag value: CSV export must neutralise it. */
export const FORMULA_TAG_VALUE = '=HYPERLINK("https://billing.example.net/cc?id=4410","CC-4410")';

/**
 * The sandbox subscription in East US: a public workspace with no diagnostics, a compute
 * instance with a public IP and SSH, key-auth endpoints, shared-key storage on TLS 1.0, an
 * admin-enabled registry, and a CI service principal holding Owner on the subscription. Its
 * tags and names carry strings an attacker who can tag resources would plant.
 */
export function buildAzureDev(b: EstateBuilder): void {
  const s: AzureScope = {
    b,
    subscription: AZURE_DEV.subscription,
    region: AZURE_DEV.region,
    resourceGroup: AZURE_DEV.resourceGroup,
    tags: landingZoneTags('dev', 'internal', 'data-science@harbourline.example'),
  };

  const insights = applicationInsights(s, 'appi-mlsandbox-dev-eus');
  networkSecurityGroup(s, {
    name: 'nsg-ci-sandbox-dev',
    inbound: [
      { name: 'AllowSSHFromAnywhere', priority: 100, port: '22', source: '*' },
      { name: 'AllowJupyter', priority: 110, port: '8888', source: 'Internet' },
    ],
  });

  const vault = keyVault(s, { name: 'kv-mlsandbox-dev-eus', publicNetwork: true, purgeProtection: false, rbac: false });
  const registry = containerRegistry(s, { name: 'crmlsandboxdeveus', sku: 'Standard', adminUser: true, anonymousPull: true, publicNetwork: true });
  const storage = storageAccount(s, {
    name: 'stmlsandboxdeveus',
    tags: { costCenter: FORMULA_TAG_VALUE, notes: HOSTILE_MARKUP },
    publicNetwork: true,
    allowBlobPublicAccess: false,
    sharedKey: true,
    minTls: 'TLS1_0',
    httpsOnly: false,
    versioning: false,
  });
  const ws = mlWorkspace(s, {
    name: 'mlw-sandbox-dev-eus',
    friendlyName: 'DS sandbox',
    tags: { owner: HOSTILE_TAG_VALUE },
    storage,
    keyVault: vault,
    registry,
    insights,
    publicNetwork: true,
    managedNetwork: 'Disabled',
    hbi: false,
  });

  computeInstance(s, ws, { name: 'ci-jdoe-gpu', vmSize: 'Standard_NC6s_v3', publicIp: true, ssh: true, rootAccess: true, localAuth: true, osImage: '25.11.03', assignedUserObjectId: '4e6a8c0e-2b1d-4f3a-9c5e-7d9f1b3a5c6e' });
  const cluster = computeCluster(s, ws, { name: 'gpu-cluster-dev', vmSize: 'Standard_NC6s_v3', publicIp: true, remoteLogin: 'Enabled', minNodes: 1, maxNodes: 4 });
  const store = blobDatastore(s, ws, { name: 'workspaceblobstore', storage, container: 'azureml-blobstore-9c2a4e6f', credentials: 'AccountKey', isDefault: true });
  const reviews = dataAsset(s, ws, { name: 'customer-reviews-sample', version: 2, datastore: store, storage, path: 'reviews/sample/', description: 'Scraped review sample for sentiment experiments' });
  const job = commandJob(s, ws, { name: 'sleepy_radish_0p5tq8ve', displayName: HOSTILE_MARKUP, experiment: 'sentiment-sandbox', compute: cluster, trainingData: reviews.version });
  const model = registeredModel(s, ws, { name: 'review-sentiment', version: 3, job, storage, description: 'Sentiment classifier (experiment)', stage: 'Development' });
  const endpoint = onlineEndpoint(s, ws, { name: 'review-sentiment-dev', authMode: 'Key', publicNetwork: true });
  onlineDeployment(s, endpoint, { name: 'blue', model: model.version, instanceType: 'Standard_F2s_v2', instances: 1, egressPublic: true, dataCollection: false });

  const owner = roleDefinition(s, 'Owner');
  const blobContributor = roleDefinition(s, 'Storage Blob Data Contributor');
  roleAssignment(s, {
    guid: 'b2d4f6a8-0c1e-4a3c-8e5f-9b1d3f5a7c8e',
    role: owner,
    principal: { type: 'service-principal', principalId: 'c3e5a7b9-1d2f-4b4d-9f6a-0c2e4a6b8d9f', display: 'sp-github-actions-mlsandbox' },
    description: 'CI deploys infrastructure',
  });
  roleAssignment(s, { guid: 'd6f8a0c2-4e1b-4d5f-a7c9-1e3a5c7e9b0d', role: blobContributor, principal: { type: 'group', principalId: '0a2c4e6f-8b1d-4c3e-a5f7-2d4f6b8a0c1e', display: 'grp-ml-sandbox-users' }, on: storage });
}
