import type { Command } from 'commander';
import type { Config } from '../config/config.js';
import { list, parsePositiveInt } from './parse.js';
import { validateProviderConfig, type AwsScanOptions, type AzureScanOptions, type SourceOptions } from './compose.js';

export interface CloudFlags {
  snapshot?: string[];
  aws?: boolean;
  awsAccounts?: string[];
  awsOrg?: boolean;
  awsRole?: string;
  awsExternalId?: string;
  awsRegions?: string[];
  awsProfile?: string;
  azure?: boolean;
  azureSubscriptions?: string[];
  azureManagementGroup?: string;
  azureResourceGroups?: string[];
  azureWorkspace?: string;
  azureCloud?: string;
  azureEndpoint?: string;
  callTimeout?: number;
}

/** The source flags `scan` and `inventory` share: snapshots, AWS and Azure. */
export function addSourceOptions(command: Command): Command {
  return command
    .option('--snapshot <file>', 'read a snapshot file (repeat or comma-separate for several)', list)
    .option('--aws', 'scan AWS live with the standard credential chain')
    .option('--aws-accounts <ids>', 'AWS account ids (others than the caller are entered with --aws-role)', list)
    .option('--aws-org', 'every active account of the AWS Organization')
    .option('--aws-role <name>', 'role to assume in each account (e.g. MlscanReadOnly)')
    .option('--aws-external-id <id>', 'ExternalId for AssumeRole')
    .option('--aws-regions <list>', 'regions (default: every enabled region)', list)
    .option('--aws-profile <name>', 'shared config / credentials profile')
    .option('--azure', 'scan Azure live with DefaultAzureCredential')
    .option('--azure-subscriptions <ids>', 'subscription ids (default: every subscription the credential sees)', list)
    .option('--azure-management-group <id>', 'every subscription below a management group')
    .option('--azure-resource-groups <names>', 'only these resource groups', list)
    .option('--azure-workspace <resource-id>', 'only this Azure ML workspace and what it links to')
    .option('--azure-cloud <name>', 'AzureCloud, AzureChinaCloud or AzureUSGovernment')
    .option('--azure-endpoint <url>', 'explicit ARM endpoint (https)')
    .option('--call-timeout <ms>', 'per-call timeout for live cloud calls', parsePositiveInt);
}

/** Flags win over the config file; a provider runs when its flag or its config section says so. */
export async function resolveSources(flags: CloudFlags, config: Config, configFile?: string): Promise<SourceOptions> {
  const fromConfig = configFile ? await validateProviderConfig(configFile, { aws: config.aws, azure: config.azure }) : {};
  const awsFlagged =
    flags.aws || flags.awsAccounts || flags.awsOrg || flags.awsRole || flags.awsRegions || flags.awsProfile || flags.awsExternalId;
  const azureFlagged =
    flags.azure || flags.azureSubscriptions || flags.azureManagementGroup || flags.azureResourceGroups || flags.azureWorkspace || flags.azureCloud || flags.azureEndpoint;
  const out: SourceOptions = { snapshots: flags.snapshot ?? config.snapshot ?? [] };
  if (awsFlagged || fromConfig.aws) {
    out.aws = {
      ...fromConfig.aws,
      ...prune<AwsScanOptions>({
        accounts: flags.awsAccounts,
        org: flags.awsOrg,
        role: flags.awsRole,
        externalId: flags.awsExternalId,
        regions: flags.awsRegions,
        profile: flags.awsProfile,
        timeoutMs: flags.callTimeout,
      }),
    };
  }
  if (azureFlagged || fromConfig.azure) {
    out.azure = {
      ...fromConfig.azure,
      ...prune<AzureScanOptions>({
        subscriptions: flags.azureSubscriptions,
        managementGroup: flags.azureManagementGroup,
        resourceGroups: flags.azureResourceGroups,
        workspace: flags.azureWorkspace,
        cloud: flags.azureCloud as AzureScanOptions['cloud'],
        armEndpoint: flags.azureEndpoint,
        timeoutMs: flags.callTimeout,
      }),
    };
  }
  return out;
}

/** The flags given (undefined dropped), so a missing flag does not override the config file. */
function prune<T>(o: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
