/**
 * The Azure provider: inventory of Azure Machine Learning estates and what surrounds them.
 *
 *   const source = createAzureSource({ subscriptions: ['<guid>'] });          // DefaultAzureCredential
 *   const source = createAzureSource(options, { credential: myTokenCredential });
 *   const inventory = await source.collect({ onProgress });                   // assets, edges, gaps
 *   const role = azurePermissionsRole();                                      // `mlscan permissions azure`
 *
 * Options (AzureScanOptionsSchema, zod): subscriptions | managementGroup | (all visible), resourceGroups,
 * workspace (one workspace id), cloud (AzureCloud | AzureChinaCloud | AzureUSGovernment), armEndpoint,
 * authorityHost, tenantId, timeoutMs, concurrency, minRemainingReads, machineLearningApiVersion.
 */
export { createAzureSource, parseAzureOptions, type AzureSourceDeps } from './source.js';
export { AzureScanOptionsSchema, AZURE_CLOUDS, type AzureScanOptions, type AzureCloudName } from './options.js';
export { azurePermissionsRole, azureReadActions, type AzureRoleDefinition } from './permissions.js';
export { azureCollectors } from './collectors/index.js';
export type { Collector, AssetCollector, DetailCollector } from './collector.js';
