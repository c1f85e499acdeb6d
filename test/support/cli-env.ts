import { CREDENTIALS, REGION } from '../providers/aws/support.js';

/** The environment of an in-process `mlscan --aws` run (see `inProcessCli`): static keys, no profile files. */
export const AWS_CLI_ENV = {
  prefixes: ['AWS_'],
  env: {
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: REGION,
    AWS_CONFIG_FILE: '/nonexistent/mlscan-test-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/mlscan-test-credentials',
  },
} as const;

/** The environment of an in-process `mlscan --azure` run: DefaultAzureCredential signs in with a client secret. */
export function azureCliEnv(tenant: string, clientSecret: string) {
  return {
    prefixes: ['AZURE_', 'MSI_', 'IDENTITY_'],
    env: { AZURE_TENANT_ID: tenant, AZURE_CLIENT_ID: '00000000-1111-2222-3333-444444444444', AZURE_CLIENT_SECRET: clientSecret, AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential' },
  } as const;
}
