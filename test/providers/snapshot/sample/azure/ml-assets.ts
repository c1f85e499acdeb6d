import type { DescribedRecord, NamedRef } from '../estate-builder.js';
import { addWorkspaceChild, ML_WORKSPACES } from './ml-workspace.js';
import { diagnosticSettings, enabledDisabled, type AzureScope } from './scope.js';

/**
 * A blob datastore. ARM never returns the account key or SAS a datastore holds; only the
 * credential type shows, which is all the rules need.
 */
export function blobDatastore(
  scope: AzureScope,
  ws: DescribedRecord,
  o: { name: string; storage: DescribedRecord; container: string; credentials: 'AccountKey' | 'Sas' | 'None'; isDefault?: boolean },
): DescribedRecord {
  const local = o.credentials !== 'None';
  const datastore = addWorkspaceChild(scope, {
    id: `${ws.id}/datastores/${o.name}`,
    name: o.name,
    type: `${ML_WORKSPACES}/datastores`,
    body: {
      properties: {
        datastoreType: 'AzureBlob',
        accountName: o.storage.name,
        containerName: o.container,
        endpoint: 'core.windows.net',
        protocol: 'https',
        subscriptionId: scope.subscription,
        resourceGroup: scope.resourceGroup,
        credentials: { credentialsType: o.credentials },
        serviceDataAccessAuthIdentity: local ? 'None' : 'WorkspaceSystemAssignedIdentity',
        isDefault: o.isDefault ?? false,
      },
    },
  });
  return datastore;
}

/** A data asset and one of its versions (…/data/<name> and …/data/<name>/versions/<n>). */
export function dataAsset(
  scope: AzureScope,
  ws: DescribedRecord,
  o: { name: string; version: number; datastore: DescribedRecord; storage: DescribedRecord; path: string; description: string },
): { container: DescribedRecord; version: DescribedRecord } {
  const container = addWorkspaceChild(scope, {
    id: `${ws.id}/data/${o.name}`,
    name: o.name,
    type: `${ML_WORKSPACES}/data`,
    body: { properties: { dataType: 'uri_folder', latestVersion: String(o.version), isArchived: false, description: o.description } },
  });
  const version = addWorkspaceChild(scope, {
    id: `${container.id}/versions/${o.version}`,
    name: `${o.name}:${o.version}`,
    type: `${ML_WORKSPACES}/data/versions`,
    body: {
      properties: {
        dataType: 'uri_folder',
        dataUri: `azureml://subscriptions/${scope.subscription}/resourcegroups/${scope.resourceGroup}/workspaces/${ws.name}/datastores/${o.datastore.name}/paths/${o.path}`,
        isAnonymous: false,
        isArchived: false,
        description: o.description,
      },
    },
  });
  return { container, version };
}

export interface CommandJobOptions {
  name: string;
  displayName: string;
  experiment: string;
  compute: DescribedRecord;
  trainingData: DescribedRecord;
  identity?: DescribedRecord;
}

/** A completed command job that trained a model (…/jobs/<name>). Its display name is free text. */
export function commandJob(scope: AzureScope, ws: DescribedRecord, o: CommandJobOptions): DescribedRecord {
  const [dataName, dataVersion] = o.trainingData.name.split(':');
  const job = addWorkspaceChild(scope, {
    id: `${ws.id}/jobs/${o.name}`,
    name: o.displayName,
    type: `${ML_WORKSPACES}/jobs`,
    body: {
      properties: {
        jobType: 'Command',
        displayName: o.displayName,
        experimentName: o.experiment,
        status: 'Completed',
        computeId: o.compute.id,
        environmentId: `azureml://registries/azureml/environments/sklearn-1.5/versions/14`,
        command: 'python train.py --data ${{inputs.training_data}} --out ${{outputs.model}}',
        inputs: { training_data: { jobInputType: 'uri_folder', uri: `azureml:${dataName}:${dataVersion}`, mode: 'ReadOnlyMount' } },
        outputs: { model: { jobOutputType: 'mlflow_model', mode: 'ReadWriteMount' } },
        identity: o.identity ? { identityType: 'Managed' } : { identityType: 'UserIdentity' },
        isArchived: false,
      },
    },
  });
  return job;
}

/** A registered model and one version (…/models/<name>, …/models/<name>/versions/<n>). */
export function registeredModel(
  scope: AzureScope,
  ws: DescribedRecord,
  o: { name: string; version: number; job?: DescribedRecord; storage: DescribedRecord; description: string; stage?: string },
): { container: DescribedRecord; version: DescribedRecord } {
  const container = addWorkspaceChild(scope, {
    id: `${ws.id}/models/${o.name}`,
    name: o.name,
    type: `${ML_WORKSPACES}/models`,
    body: { properties: { latestVersion: String(o.version), isArchived: false, description: o.description } },
  });
  const jobName = o.job?.id.split('/').pop();
  const version = addWorkspaceChild(scope, {
    id: `${container.id}/versions/${o.version}`,
    name: `${o.name}:${o.version}`,
    type: `${ML_WORKSPACES}/models/versions`,
    body: {
      properties: {
        ...(o.stage && { stage: o.stage }),
        modelType: 'mlflow_model',
        // Registered from the artifact store path (a job's output folder, or an upload): the
        // datastore form ARM keeps, which tells where the model file lives.
        modelUri: `azureml://subscriptions/${scope.subscription}/resourcegroups/${scope.resourceGroup}/workspaces/${ws.name}/datastores/workspaceblobstore/paths/${jobName ? `ExperimentRun/dcid.${jobName}/outputs/model/` : `LocalUpload/${o.name}/model.pkl`}`,
        ...(jobName && { jobName }),
        flavors: { python_function: { data: { loader_module: 'mlflow.sklearn' } } },
        isAnonymous: false,
        isArchived: false,
        description: o.description,
      },
    },
  });
  return { container, version };
}

export interface OnlineEndpointOptions {
  name: string;
  authMode: 'Key' | 'AMLToken' | 'AADToken';
  publicNetwork: boolean;
  identity?: DescribedRecord;
  logsTo?: NamedRef;
}

/** A managed online endpoint. Its keys are a separate POST (listKeys) that the scanner never calls. */
const ENDPOINT_LOG_CATEGORIES = ['AmlOnlineEndpointConsoleLog', 'AmlOnlineEndpointTrafficLog', 'AmlOnlineEndpointEventLog'];

export function onlineEndpoint(scope: AzureScope, ws: DescribedRecord, o: OnlineEndpointOptions): DescribedRecord {
  const id = `${ws.id}/onlineEndpoints/${o.name}`;
  const endpoint = addWorkspaceChild(scope, {
    id,
    name: o.name,
    type: `${ML_WORKSPACES}/onlineEndpoints`,
    child: false,
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, ENDPOINT_LOG_CATEGORIES) },
    body: {
      identity: o.identity ? { type: 'UserAssigned', userAssignedIdentities: { [o.identity.id]: {} } } : { type: 'SystemAssigned' },
      kind: 'Managed',
      properties: {
        authMode: o.authMode,
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        scoringUri: `https://${o.name}.${scope.region}.inference.ml.azure.com/score`,
        openapiUri: `https://${o.name}.${scope.region}.inference.ml.azure.com/swagger.json`,
        provisioningState: 'Succeeded',
        traffic: { blue: 100 },
      },
    },
  });
  return endpoint;
}

export interface DeploymentOptions {
  name: string;
  model: DescribedRecord;
  instanceType: string;
  instances: number;
  egressPublic: boolean;
  dataCollection: boolean;
}

/** A managed online deployment inside an endpoint; `model` is the full ARM id of a model version. */
export function onlineDeployment(scope: AzureScope, endpoint: DescribedRecord, o: DeploymentOptions): DescribedRecord {
  const deployment = addWorkspaceChild(scope, {
    id: `${endpoint.id}/deployments/${o.name}`,
    name: `${endpoint.name}/${o.name}`,
    type: `${ML_WORKSPACES}/onlineEndpoints/deployments`,
    child: false,
    body: {
      sku: { name: 'Default', tier: 'Standard', capacity: o.instances },
      kind: 'Managed',
      properties: {
        endpointComputeType: 'Managed',
        model: o.model.id,
        instanceType: o.instanceType,
        egressPublicNetworkAccess: enabledDisabled(o.egressPublic),
        appInsightsEnabled: true,
        dataCollector: { collections: { model_inputs: { dataCollectionMode: enabledDisabled(o.dataCollection) }, model_outputs: { dataCollectionMode: enabledDisabled(o.dataCollection) } } },
        scaleSettings: { scaleType: 'Default' },
        requestSettings: { requestTimeout: 'PT5S', maxConcurrentRequestsPerInstance: 1 },
        provisioningState: 'Succeeded',
      },
    },
  });
  return deployment;
}
