import type { Incoming, Reply } from '../loopback.js';
import { armReply } from './wire.js';

/**
 * Entra ID's metadata and token endpoints for one tenant, enough for MSAL's client-credentials
 * flow (what EnvironmentCredential runs): OpenID configuration, then a token. Undefined: not an
 * Entra ID path.
 */
export function answerEntra(request: Incoming, base: string, tenant: string): Reply | undefined {
  const path = request.url.pathname;
  if (!path.startsWith(`/${tenant}/`)) return undefined;
  if (request.method === 'GET' && path === `/${tenant}/v2.0/.well-known/openid-configuration`) {
    const authority = `${base}/${tenant}`;
    return armReply({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      issuer: `${authority}/v2.0`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: 'EU',
    });
  }
  if (request.method === 'POST' && path === `/${tenant}/oauth2/v2.0/token`) {
    const form = new URLSearchParams(request.body);
    if (form.get('grant_type') !== 'client_credentials' || !form.get('client_secret')) {
      return armReply({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }, 401);
    }
    return armReply({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJlbXVsYXRvciJ9.emulator-token' });
  }
  return undefined;
}
