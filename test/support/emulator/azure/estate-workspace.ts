import * as f from '../../../fixtures/azure/estate.js';
import { propertiesOf, recordOf, type ArmEstateBuilder } from './estate-builder.js';

/** Children of each workspace at scale 1 (109 assets a workspace). */
export const WORKSPACE_COUNTS = {
  computeInstances: 3,
  clusters: 3,
  dataAssets: 5,
  dataVersions: 2,
  models: 24,
  endpoints: 3,
  deploymentsPerEndpoint: 2,
  batchEndpoints: 1,
  connections: 2,
} as const;

export interface WorkspaceContext {
  sub: string;
  rgId: string;
  name: string;
  /** A locked-down workspace (private endpoint, CMK, user-assigned identity) rather than an open one. */
  secure: boolean;
  storageId: string;
  storageName: string;
  trainingStorageName: string;
  keyVaultId: string;
  registryId: string;
  identityId: string;
  computeSubnetId: string;
  privateEndpointId: string;
  logAnalyticsId: string;
  scale: number;
}

const ML = 'Microsoft.MachineLearningServices';
const DIAGNOSTICS = 'providers/Microsoft.Insights/diagnosticSettings';

/**
 * One workspace and everything under it, from the recorded ARM shapes of the fixture estate:
 * computes, datastores, data assets and versions, models and versions (each produced by a job that
 * read a data version), online endpoints and deployments, a batch endpoint, connections, and the
 * diagnostic settings of the workspace and its endpoints.
 */
export function addWorkspace(b: ArmEstateBuilder, c: WorkspaceContext): void {
  const count = (k: keyof typeof WORKSPACE_COUNTS) => Math.max(1, Math.round(WORKSPACE_COUNTS[k] * (k.endsWith('PerEndpoint') || k === 'dataVersions' ? 1 : c.scale)));
  const ws = `${c.rgId}/providers/${ML}/workspaces/${c.name}`;
  const template = c.secure ? f.workspaceSecure : f.workspaceProd;
  b.list(`/subscriptions/${c.sub}/providers/${ML}/workspaces`, [
    recordOf(template, ws, {
      properties: propertiesOf(template, {
        friendlyName: c.name,
        storageAccount: c.storageId,
        keyVault: c.keyVaultId,
        containerRegistry: c.registryId,
        applicationInsights: `${c.rgId}/providers/Microsoft.Insights/components/ai-${c.name}`,
        ...(c.secure
          ? {
              primaryUserAssignedIdentity: c.identityId,
              encryption: { status: 'Enabled', keyVaultProperties: { keyVaultArmId: c.keyVaultId, keyIdentifier: `https://${c.keyVaultId.split('/').pop()}.vault.azure.net/keys/cmk/0123456789abcdef` } },
              privateEndpointConnections: [{ id: `${ws}/privateEndpointConnections/pe.1`, properties: { privateEndpoint: { id: c.privateEndpointId }, privateLinkServiceConnectionState: { status: 'Approved', description: 'auto' } } }],
            }
          : {}),
      }),
      ...(c.secure ? { identity: { ...f.workspaceSecure.identity, userAssignedIdentities: { [c.identityId]: { principalId: '00000000-0000-0000-0000-0000000000b1', clientId: '00000000-0000-0000-0000-0000000000b2' } } } } : {}),
    }),
  ]);
  b.list(`${ws}/${DIAGNOSTICS}`, c.secure ? [f.auditDiagnosticSetting(ws)] : [], { assets: false });

  const computes = [
    ...Array.from({ length: count('computeInstances') }, (_, i) => recordOf(f.computeInstance, `${ws}/computes/ci-${i}`)),
    ...Array.from({ length: count('clusters') }, (_, i) =>
      recordOf(f.computeCluster, `${ws}/computes/cluster-${i}`, { properties: { ...structuredClone(f.computeCluster.properties), properties: { ...structuredClone(f.computeCluster.properties.properties), subnet: { id: c.computeSubnetId } } } }),
    ),
  ];
  b.list(`${ws}/computes`, computes);

  b.list(`${ws}/datastores`, [
    recordOf(f.datastoreBlob, `${ws}/datastores/workspaceblobstore`, { properties: propertiesOf(f.datastoreBlob, { accountName: c.storageName }) }),
    recordOf(f.datastoreBlob, `${ws}/datastores/workspacefilestore`, { properties: propertiesOf(f.datastoreBlob, { accountName: c.storageName, datastoreType: 'AzureFile', isDefault: false }) }),
    recordOf(f.datastoreTraining, `${ws}/datastores/trainingdata`, { properties: propertiesOf(f.datastoreTraining, { accountName: c.trainingStorageName }) }),
    recordOf(f.datastoreBlob, `${ws}/datastores/curated`, { properties: propertiesOf(f.datastoreBlob, { accountName: c.storageName, isDefault: false, credentials: { credentialsType: 'None' } }) }),
  ]);

  const data = Array.from({ length: count('dataAssets') }, (_, i) => `dataset-${i}`);
  b.list(`${ws}/data`, data.map((d) => recordOf(f.dataContainer, `${ws}/data/${d}`, { properties: propertiesOf(f.dataContainer, { latestVersion: String(count('dataVersions')) }) })));
  for (const d of data) {
    b.list(
      `${ws}/data/${d}/versions`,
      Array.from({ length: count('dataVersions') }, (_, v) =>
        recordOf(f.dataVersion, `${ws}/data/${d}/versions/${v + 1}`, { properties: propertiesOf(f.dataVersion, { dataUri: `azureml://datastores/trainingdata/paths/${d}/v${v + 1}/` }) }),
      ),
    );
  }

  const models = Array.from({ length: count('models') }, (_, i) => `model-${String(i).padStart(2, '0')}`);
  b.list(`${ws}/models`, models.map((m) => recordOf(f.modelContainer, `${ws}/models/${m}`, { properties: propertiesOf(f.modelContainer, { latestVersion: '1' }) })));
  models.forEach((m, i) => {
    const job = `job-${m}`;
    b.list(`${ws}/models/${m}/versions`, [
      recordOf(f.modelVersion, `${ws}/models/${m}/versions/1`, { properties: propertiesOf(f.modelVersion, { jobName: job, modelUri: `azureml://datastores/workspaceblobstore/paths/azureml/${job}/model/` }) }),
    ]);
    b.single(
      `${ws}/jobs/${job}`,
      recordOf(f.trainingJob, `${ws}/jobs/${job}`, {
        properties: propertiesOf(f.trainingJob, {
          computeId: computes[count('computeInstances') + (i % count('clusters'))]!.id,
          inputs: { training_data: { jobInputType: 'uri_folder', uri: `azureml:${data[i % data.length]}:1`, mode: 'ReadOnlyMount' } },
        }),
      }),
    );
  });

  const endpoints = Array.from({ length: count('endpoints') }, (_, i) => `${ws}/onlineEndpoints/endpoint-${i}`);
  b.list(`${ws}/onlineEndpoints`, endpoints.map((id, i) => recordOf(f.onlineEndpoint, id, { properties: propertiesOf(f.onlineEndpoint, { authMode: i % 2 ? 'AADToken' : 'Key', publicNetworkAccess: c.secure ? 'Disabled' : 'Enabled' }) })));
  endpoints.forEach((id, i) => {
    b.list(
      `${id}/deployments`,
      ['blue', 'green'].slice(0, count('deploymentsPerEndpoint')).map((slot, s) =>
        recordOf(f.onlineDeployment, `${id}/deployments/${slot}`, { properties: propertiesOf(f.onlineDeployment, { model: `${ws}/models/${models[(i * 2 + s) % models.length]}/versions/1` }) }),
      ),
    );
    b.list(`${id}/${DIAGNOSTICS}`, i === 0 ? [f.auditDiagnosticSetting(id)] : [], { assets: false });
  });
  b.list(`${ws}/batchEndpoints`, Array.from({ length: count('batchEndpoints') }, (_, i) => recordOf(f.batchEndpoint, `${ws}/batchEndpoints/batch-${i}`)));
  b.list(`${ws}/serverlessEndpoints`, []);
  b.list(`${ws}/connections`, Array.from({ length: count('connections') }, (_, i) => recordOf(f.connection, `${ws}/connections/conn-${i}`)));
}
