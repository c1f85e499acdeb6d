import type { DescribedRecord } from '../estate-builder.js';
import { addChildRecord } from './ai-services.js';
import type { AzureScope } from './scope.js';

/**
 * A workspace connection to a storage container (category ADLSGen2), as a feature store's offline
 * store is made: the target is the container's ARM id and the workspace's identity reads it.
 */
export function storageConnection(scope: AzureScope, ws: DescribedRecord, o: { name: string; storage: DescribedRecord; container: string }): DescribedRecord {
  const target = `${o.storage.id}/blobServices/default/containers/${o.container}`;
  return addChildRecord(scope, ws, 'connections', o.name, { properties: { authType: 'ManagedIdentity', category: 'ADLSGen2', target, isSharedToAll: false, metadata: {} } });
}

export interface ServerlessEndpointOptions {
  name: string;
  /** A model catalog id, `azureml://registries/<registry>/models/<model>/versions/<n>`. */
  catalogModel: string;
  /** The Azure Marketplace offer the project subscribed to for a third-party model. */
  marketplaceOffer: string;
  authMode: 'Key' | 'AAD';
  contentSafety: boolean;
}

/** A serverless API endpoint (models as a service) of a workspace or AI Foundry project: a catalog model billed per token; a tracked resource. */
export function serverlessEndpoint(scope: AzureScope, ws: DescribedRecord, o: ServerlessEndpointOptions): DescribedRecord {
  const properties = {
    authMode: o.authMode,
    contentSafety: { contentSafetyStatus: o.contentSafety ? 'Enabled' : 'Disabled' },
    modelSettings: { modelId: o.catalogModel },
    inferenceEndpoint: { uri: `https://${o.name}.${scope.region}.models.ai.azure.com`, headers: {} },
    endpointState: 'Online',
    marketplaceSubscriptionId: `${ws.id}/marketplaceSubscriptions/${o.marketplaceOffer}`,
    provisioningState: 'Succeeded',
  };
  return addChildRecord(scope, ws, 'serverlessEndpoints', o.name, { sku: { name: 'Consumption' }, properties }, true);
}
