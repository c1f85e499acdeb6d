import { defineProviderPlugin } from '../../src/scan/provider-plugin.js';
import { azureFactCarriers } from './fact-carriers.js';
import { AzureScanOptionsSchema, type AzureScanOptions } from './options.js';

/** The Azure provider as a plugin: flags, config section `azure:`, source, `mlscan permissions azure`. The SDKs load only when a scan uses it. */
export const azurePlugin = defineProviderPlugin<AzureScanOptions>({
  id: 'azure',
  title: 'Azure',
  options: AzureScanOptionsSchema,
  enable: 'scan Azure live with DefaultAzureCredential',
  flags: [
    { flag: '--azure-subscriptions <ids>', description: 'subscription ids (default: every subscription the credential sees)', parse: 'list', option: 'subscriptions' },
    { flag: '--azure-management-group <id>', description: 'every subscription below a management group', option: 'managementGroup' },
    { flag: '--azure-resource-groups <names>', description: 'only these resource groups', parse: 'list', option: 'resourceGroups' },
    { flag: '--azure-workspace <resource-id>', description: 'only this Azure ML workspace and what it links to', option: 'workspace' },
    { flag: '--azure-cloud <name>', description: 'AzureCloud, AzureChinaCloud or AzureUSGovernment', option: 'cloud' },
    { flag: '--azure-endpoint <url>', description: 'explicit ARM endpoint (https)', option: 'armEndpoint' },
  ],
  callTimeoutOption: 'timeoutMs',
  loadSource: async () => (await import('./source.js')).createAzureSource,
  loadPlan: async () => (await import('./plan.js')).planAzure,
  permissions: { describe: 'an Azure custom role definition', document: async () => (await import('./permissions.js')).azurePermissionsRole() },
  factCarriers: azureFactCarriers,
});
