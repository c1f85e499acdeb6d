import type { ProviderPlugin } from '../../src/scan/provider-plugin.js';
import { AzureScanOptionsSchema, type AzureScanOptions } from './options.js';

/** The Azure provider as a plugin: flags, config section `azure:`, source, `mlscan permissions azure`. The SDKs load only when a scan uses it. */
export const azurePlugin: ProviderPlugin = {
  id: 'azure',
  title: 'Azure',
  options: AzureScanOptionsSchema,
  readme: 'providers/azure/README.md',
  flags: [
    { flag: '--azure', description: 'scan Azure live with DefaultAzureCredential' },
    { flag: '--azure-subscriptions <ids>', description: 'subscription ids (default: every subscription the credential sees)', parse: 'list', option: 'subscriptions' },
    { flag: '--azure-management-group <id>', description: 'every subscription below a management group', option: 'managementGroup' },
    { flag: '--azure-resource-groups <names>', description: 'only these resource groups', parse: 'list', option: 'resourceGroups' },
    { flag: '--azure-workspace <resource-id>', description: 'only this Azure ML workspace and what it links to', option: 'workspace' },
    { flag: '--azure-cloud <name>', description: 'AzureCloud, AzureChinaCloud or AzureUSGovernment', option: 'cloud' },
    { flag: '--azure-endpoint <url>', description: 'explicit ARM endpoint (https)', option: 'armEndpoint' },
  ],
  callTimeoutOption: 'timeoutMs',
  // The SDKs load here, when a scan uses the provider, never when the plugin is registered.
  createSource: async (options) => (await import('./source.js')).createAzureSource(options as AzureScanOptions),
  permissions: { describe: 'an Azure custom role definition', document: async () => (await import('./permissions.js')).azurePermissionsRole() },
};
