import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

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
