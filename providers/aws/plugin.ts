import { defineProviderPlugin } from '../../src/scan/provider-plugin.js';
import { awsFactCarriers } from './fact-carriers.js';
import { AwsScanOptionsSchema, type AwsScanOptions } from './options.js';

/** The AWS provider as a plugin: flags, config section `aws:`, source, `mlscan permissions aws`. The SDKs load only when a scan uses it. */
export const awsPlugin = defineProviderPlugin<AwsScanOptions>({
  id: 'aws',
  title: 'AWS',
  options: AwsScanOptionsSchema,
  enable: 'scan AWS live with the standard credential chain',
  flags: [
    { flag: '--aws-accounts <ids>', description: 'AWS account ids (others than the caller are entered with --aws-role)', parse: 'list', option: 'accounts' },
    { flag: '--aws-org', description: 'every active account of the AWS Organization', option: 'org' },
    { flag: '--aws-role <name>', description: 'role to assume in each account (e.g. MlscanReadOnly)', option: 'role' },
    { flag: '--aws-external-id <id>', description: 'ExternalId for AssumeRole', option: 'externalId' },
    { flag: '--aws-regions <list>', description: 'regions (default: every enabled region)', parse: 'list', option: 'regions' },
    { flag: '--aws-profile <name>', description: 'shared config / credentials profile', option: 'profile' },
    { flag: '--aws-domain <id|arn>', description: 'only this SageMaker Studio domain and what it links to (an ARN implies its account and region)', option: 'domain' },
    { flag: '--aws-notebook <name|arn>', description: 'only this SageMaker notebook instance and what it links to (an ARN implies its account and region)', option: 'notebook' },
  ],
  callTimeoutOption: 'timeoutMs',
  loadSource: async () => (await import('./source.js')).createAwsSource,
  loadPlan: async () => (await import('./plan.js')).planAws,
  permissions: {
    describe: 'an IAM policy',
    document: async () => (await import('./permissions.js')).awsPermissionsPolicy(),
    org: {
      flags: [
        { flag: '--aws-role <name>', description: 'with --org: the member-account role --aws-org assumes (default MlscanReadOnly)', option: 'role' },
        { flag: '--trust-principal <arn|account>', description: 'with --org: the role ARN (or account id) that runs the scan and may assume the role', option: 'trustPrincipal' },
        { flag: '--aws-external-id <id>', description: 'with --org: ExternalId the trust policy requires', option: 'externalId' },
      ],
      document: async (options) => {
        const { awsOrgRole, orgRoleText } = await import('./org-role.js');
        const json = awsOrgRole(options);
        return { json, text: orgRoleText(json) };
      },
    },
  },
  factCarriers: awsFactCarriers,
});
