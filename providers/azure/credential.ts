import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { redactText } from '../../src/lib/secrets.js';

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Shares one token per scope across every SDK client of a scan. Each client's bearer policy
 * asks the credential on its own; some credentials (Azure CLI, Azure Developer CLI) spawn a
 * process per request, which would otherwise happen once per client per subscription.
 * Concurrent requests for the same scope wait for one fetch.
 */
export function sharedTokenCredential(inner: TokenCredential): TokenCredential {
  const cache = new Map<string, Promise<AccessToken | null>>();
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const key = [...(Array.isArray(scopes) ? scopes : [scopes])].sort().join(' ') + (options?.tenantId ? `@${options.tenantId}` : '');
      // Claims challenges (CAE) must reach the real credential.
      if (options?.claims) return inner.getToken(scopes, options);
      const cached = cache.get(key);
      if (cached) {
        const token = await cached.catch(() => null);
        if (token && token.expiresOnTimestamp - REFRESH_MARGIN_MS > Date.now()) return token;
      }
      const fresh = inner.getToken(scopes, options);
      cache.set(key, fresh);
      fresh.catch(() => cache.delete(key));
      return fresh;
    },
  };
}

/**
 * The one-line user error for a failed sign-in: the credential chain's whole message (secrets
 * redacted, never cut short: the part naming the credential that would have worked is often at
 * the end), then the command that fixes it.
 */
export function signInErrorMessage(endpoint: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Each credential the chain tried says `AzureCliCredential: …`: the label is no secret
  // (redacting `Credential: <word>` would eat the text that says what to do), the rest may be.
  const message = raw
    .split(/(\b\w*Credential:\s*)/)
    .map((part, i) => (i % 2 ? part : redactText(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    `azure: cannot sign in to ${endpoint}: ${message} ` +
    '(to fix: run az login, or az login --tenant <tenant-id> for another directory and set azure.tenantId to it in the config file; ' +
    'or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal)'
  );
}
