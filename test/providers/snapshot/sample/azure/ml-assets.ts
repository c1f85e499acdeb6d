import { approvalOfStage } from '../../../../../providers/azure/collectors/machine-learning-assets.js';
import type { AssetInput } from '../../../../../src/model/index.js';
import { addWorkspaceChild, ML_WORKSPACES } from './ml-workspace.js';
import { diagnosticSettings, enabledDisabled, type AzureScope } from './scope.js';

/**
 * A blob datastore. ARM never returns the account key or SAS a datastore holds; only the
 * credential type shows, which is all the rules need.
 */
export function blobDatastore(
  scope: AzureScope,
  ws: AssetInput,
  o: { name: string; storage: AssetInput; container: string; credentials: 'AccountKey' | 'Sas' | 'None'; isDefault?: boolean },
): AssetInput {
  const local = o.credentials !== 'None';
  const datastore = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/datastores/${o.name}`,
    kind: 'datastore',
    name: o.name,
    type: `${ML_WORKSPACES}/datastores`,
    facts: { authModes: [o.credentials === 'AccountKey' ? 'key' : o.credentials === 'Sas' ? 'token' : 'aad'], localAuthEnabled: local },
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
  scope.b.link(datastore, 'uses-storage', o.storage);
  return datastore;
}

/** A data asset and one of its versions (…/data/<name> and …/data/<name>/versions/<n>). */
export function dataAsset(
  scope: AzureScope,
  ws: AssetInput,
  o: { name: string; version: number; datastore: AssetInput; storage: AssetInput; path: string; description: string },
): { container: AssetInput; version: AssetInput } {
  const container = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/data/${o.name}`,
    kind: 'dataset',
    name: o.name,
    type: `${ML_WORKSPACES}/data`,
    facts: {},
    body: { properties: { dataType: 'uri_folder', latestVersion: String(o.version), isArchived: false, description: o.description } },
  });
  const version = addWorkspaceChild(scope, container, {
    id: `${container.id}/versions/${o.version}`,
    kind: 'dataset',
    name: `${o.name}:${o.version}`,
    type: `${ML_WORKSPACES}/data/versions`,
    facts: { versioning: true },
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
  scope.b.link(version, 'stored-in', o.storage);
  return { container, version };
}

export interface CommandJobOptions {
  name: string;
  displayName: string;
  experiment: string;
  compute: AssetInput;
  trainingData: AssetInput;
  identity?: AssetInput;
  registry: AssetInput;
}

/** A completed command job that trained a model (…/jobs/<name>). Its display name is free text. */
export function commandJob(scope: AzureScope, ws: AssetInput, o: CommandJobOptions): AssetInput {
  const [dataName, dataVersion] = o.trainingData.name.split(':');
  const job = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/jobs/${o.name}`,
    kind: 'training-job',
    name: o.displayName,
    type: `${ML_WORKSPACES}/jobs`,
    facts: { lineageRecorded: true },
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
  scope.b.link(job, 'trained-on', o.trainingData);
  scope.b.link(job, 'assumes', o.identity);
  scope.b.link(job, 'uses-image', o.registry);
  return job;
}

/** A registered model and one version (…/models/<name>, …/models/<name>/versions/<n>). */
export function registeredModel(
  scope: AzureScope,
  ws: AssetInput,
  o: { name: string; version: number; job?: AssetInput; storage: AssetInput; description: string; stage?: string },
): { container: AssetInput; version: AssetInput } {
  const container = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/models/${o.name}`,
    kind: 'model',
    name: o.name,
    type: `${ML_WORKSPACES}/models`,
    facts: { registered: true },
    body: { properties: { latestVersion: String(o.version), isArchived: false, description: o.description } },
  });
  const jobName = o.job?.id.split('/').pop();
  const version = addWorkspaceChild(scope, container, {
    id: `${container.id}/versions/${o.version}`,
    kind: 'model-version',
    name: `${o.name}:${o.version}`,
    type: `${ML_WORKSPACES}/models/versions`,
    // The lifecycle stage stands for the approval, as the collector maps it.
    facts: { registered: true, versioning: true, lineageRecorded: o.job !== undefined, approvalStatus: approvalOfStage(o.stage, false) },
    body: {
      properties: {
        ...(o.stage && { stage: o.stage }),
        modelType: 'mlflow_model',
        modelUri: jobName ? `azureml://jobs/${jobName}/outputs/artifacts/paths/model/` : `azureml://subscriptions/${scope.subscription}/resourcegroups/${scope.resourceGroup}/workspaces/${ws.name}/datastores/workspaceblobstore/paths/LocalUpload/${o.name}/model.pkl`,
        ...(jobName && { jobName }),
        flavors: { python_function: { data: { loader_module: 'mlflow.sklearn' } } },
        isAnonymous: false,
        isArchived: false,
        description: o.description,
      },
    },
  });
  scope.b.link(version, 'version-of', container);
  scope.b.link(version, 'produced-by', o.job);
  scope.b.link(version, 'stored-in', o.storage);
  return { container, version };
}

export interface OnlineEndpointOptions {
  name: string;
  authMode: 'Key' | 'AMLToken' | 'AADToken';
  publicNetwork: boolean;
  identity?: AssetInput;
  logsTo?: AssetInput;
}

const AUTH_MODE = { Key: 'key', AMLToken: 'token', AADToken: 'aad' } as const;

/** A managed online endpoint. Its keys are a separate POST (listKeys) that the scanner never calls. */
const ENDPOINT_LOG_CATEGORIES = ['AmlOnlineEndpointConsoleLog', 'AmlOnlineEndpointTrafficLog', 'AmlOnlineEndpointEventLog'];

export function onlineEndpoint(scope: AzureScope, ws: AssetInput, o: OnlineEndpointOptions): AssetInput {
  const id = `${ws.id}/onlineEndpoints/${o.name}`;
  const endpoint = addWorkspaceChild(scope, ws, {
    id,
    kind: 'endpoint',
    name: o.name,
    type: `${ML_WORKSPACES}/onlineEndpoints`,
    child: false,
    facts: {
      authModes: [AUTH_MODE[o.authMode]],
      localAuthEnabled: o.authMode === 'Key',
      publicNetworkAccess: o.publicNetwork,
      loggingEnabled: o.logsTo !== undefined,
      logCategories: o.logsTo ? ENDPOINT_LOG_CATEGORIES : undefined,
      logDestinations: o.logsTo ? [o.logsTo.id] : undefined,
    },
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
  scope.b.link(endpoint, 'assumes', o.identity);
  scope.b.link(endpoint, 'logs-to', o.logsTo);
  return endpoint;
}

export interface DeploymentOptions {
  name: string;
  model: AssetInput;
  instanceType: string;
  instances: number;
  egressPublic: boolean;
  dataCollection: boolean;
  registry?: AssetInput;
}

/** A managed online deployment inside an endpoint; `model` is the full ARM id of a model version. */
export function onlineDeployment(scope: AzureScope, endpoint: AssetInput, o: DeploymentOptions): AssetInput {
  const deployment = addWorkspaceChild(scope, endpoint, {
    id: `${endpoint.id}/deployments/${o.name}`,
    kind: 'deployment',
    name: `${endpoint.name}/${o.name}`,
    type: `${ML_WORKSPACES}/onlineEndpoints/deployments`,
    child: false,
    facts: { directInternetAccess: o.egressPublic, instanceCount: o.instances, dataCapture: o.dataCollection, serverless: false },
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
  scope.b.link(deployment, 'serves-model', o.model);
  scope.b.link(deployment, 'uses-image', o.registry);
  return deployment;
}
