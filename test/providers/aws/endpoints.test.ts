import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { domains } from '../../../providers/aws/collectors/sagemaker.js';
import { ACCOUNT, collect, useNock } from './support.js';

// SDK v3 reads AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself; the provider must not
// override them (GovCloud, private API endpoints, LocalStack-style test servers).
describe('endpoint overrides from the environment', () => {
  useNock();
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.AWS_ENDPOINT_URL = 'http://aws.internal.test';
    process.env.AWS_ENDPOINT_URL_SAGEMAKER = 'http://sagemaker.internal.test:8443';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('sends SageMaker calls to AWS_ENDPOINT_URL_SAGEMAKER and the rest to AWS_ENDPOINT_URL', async () => {
    nock('http://aws.internal.test')
      .post('/', (b: Record<string, string>) => b.Action === 'GetCallerIdentity')
      .reply(
        200,
        `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/s</Arn><Account>${ACCOUNT}</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`,
        { 'content-type': 'text/xml' },
      );
    nock('http://sagemaker.internal.test:8443')
      .post('/')
      .matchHeader('x-amz-target', 'SageMaker.ListDomains')
      .reply(200, JSON.stringify({ Domains: [] }), { 'content-type': 'application/x-amz-json-1.1' });

    const inventory = await collect({ collectors: [domains] });
    expect(inventory).toEqual({ assets: [], edges: [], gaps: [], accounts: [{ provider: 'aws', id: ACCOUNT }] });
  });
});
