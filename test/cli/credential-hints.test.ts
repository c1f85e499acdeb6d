import { describe, expect, it } from 'vitest';
import { callerErrorMessage } from '../../providers/aws/credential.js';
import { signInErrorMessage } from '../../providers/azure/credential.js';

describe('credential errors end with the command that fixes them', () => {
  it('AWS: an expired IAM Identity Center session → aws sso login for the profile', () => {
    const error = new Error('The SSO session associated with this profile has expired or is otherwise invalid.\nTo refresh this SSO session run aws sso login with the corresponding profile.');
    expect(callerErrorMessage('CredentialsProviderError', error, 'ml-audit')).toBe(
      'aws: cannot identify the caller (sts:GetCallerIdentity, CredentialsProviderError): The SSO session associated with this profile has expired or is otherwise invalid. ' +
        'To refresh this SSO session run aws sso login with the corresponding profile. (to fix: run aws sso login --profile ml-audit)',
    );
  });

  it('AWS: no or rejected keys → aws sso login, aws configure or a profile; the message is never cut', () => {
    const long = `Could not load credentials from any providers. ${'tried a provider. '.repeat(40)}end of message`;
    const message = callerErrorMessage('InvalidClientTokenId', new Error(long));
    expect(message).toContain('end of message');
    expect(message).toMatch(/\(to fix: run aws sso login \(IAM Identity Center\) or aws configure \(access keys\), or set AWS_PROFILE \(or --aws-profile\) to a profile that has credentials\)$/);
    expect(callerErrorMessage('ExpiredToken', new Error('expired'), 'prod')).toMatch(/run aws sso login --profile prod \(IAM Identity Center\) or aws configure --profile prod \(access keys\), or give --aws-profile a profile that has credentials\)$/);
  });

  it('AWS: a network failure is not blamed on credentials', () => {
    expect(callerErrorMessage('ECONNREFUSED', new Error('connect ECONNREFUSED 127.0.0.1:443'))).toMatch(/\(to fix: check the network connection to AWS \(HTTPS_PROXY, AWS_ENDPOINT_URL\), then run again\)$/);
  });

  it('Azure: the whole chain message on one line, then az login and the tenant flag', () => {
    const chain = ['EnvironmentCredential is unavailable.', 'ManagedIdentityCredential: no endpoint.', `${'x'.repeat(400)} AzureCliCredential: Please run 'az login' to set up account.`].join('\n');
    const message = signInErrorMessage('https://management.azure.com', new Error(chain));
    expect(message).not.toContain('\n');
    expect(signInErrorMessage('https://x', new Error('ClientSecretCredential: AADSTS7000215 password=hunter2-secret'))).toContain('ClientSecretCredential: AADSTS7000215 password=[redacted]');
    expect(message).toContain("AzureCliCredential: Please run 'az login' to set up account.");
    expect(message).toMatch(/\(to fix: run az login, or az login --tenant <tenant-id> for another directory .*AZURE_CLIENT_SECRET for a service principal\)$/);
  });
});
