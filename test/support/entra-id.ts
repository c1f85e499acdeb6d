import nock from 'nock';

/** Entra ID's token endpoint for a client-secret sign-in (MSAL knows the public cloud's metadata, so this is all it asks). */
export function mockEntraId(tenant: string, clientSecret: string): void {
  nock('https://login.microsoftonline.com')
    .persist()
    .post(`/${tenant}/oauth2/v2.0/token`, (body: Record<string, string>) => body.grant_type === 'client_credentials' && body.client_secret === clientSecret)
    .query(true)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'eyJ0eXAiOiJKV1QifQ.e30.test-access-token' });
}
