import { describe, expect, it } from 'vitest';
import { json11Protocol, queryProtocol, s3Protocol } from './aws/wire.js';
import { armProtocol, armReply } from './azure/wire.js';
import type { Incoming, Protocol, Routed } from './loopback.js';
import { armRateLimiter, awsRateLimiter, ServerBucket } from './rate-limits.js';

const signed = (service: string, region = 'eu-west-1', key = 'AKIDEMULATOR00000000'): Incoming => ({
  method: 'POST',
  url: new URL('http://emulator/'),
  headers: { authorization: `AWS4-HMAC-SHA256 Credential=${key}/20240101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0` },
  body: '',
});
const routed = (service: string, operation: string, protocol: Protocol): Routed => ({ service, operation, protocol, reply: { status: 200, body: '{}' } });

describe('emulated AWS quotas', () => {
  it('a bucket per credentials, region and API: SageMaker List* 5/s burst 10 answers ThrottlingException 400 once spent', () => {
    const limiter = awsRateLimiter({});
    const list = routed('sagemaker', 'ListModels', json11Protocol);
    const answers = Array.from({ length: 11 }, () => limiter.admit(signed('sagemaker'), list));
    expect(answers.slice(0, 10).every((a) => a.refused === undefined)).toBe(true);
    expect(answers[10]!.refused).toMatchObject({ status: 400 });
    expect(JSON.parse(answers[10]!.refused!.body)).toMatchObject({ __type: 'ThrottlingException' });
    expect(answers[10]!.limit).toEqual({ bucket: 'AKIDEMULATOR00000000|eu-west-1|sagemaker|ListModels', quota: { ratePerSecond: 5, burst: 10 } });
    // Another API, another region, other credentials: buckets of their own.
    expect(limiter.admit(signed('sagemaker'), routed('sagemaker', 'DescribeModel', json11Protocol)).refused).toBeUndefined();
    expect(limiter.admit(signed('sagemaker', 'us-east-1'), list).refused).toBeUndefined();
    expect(limiter.admit(signed('sagemaker', 'eu-west-1', 'ASIAOTHERACCOUNT0000'), list).refused).toBeUndefined();
  });

  it("answers in each protocol's own throttling shape: query Throttling 400, S3 SlowDown 503", () => {
    const limiter = awsRateLimiter({ quotaScale: 0.01 });
    const iam = routed('iam', 'ListRoles', queryProtocol('https://iam.amazonaws.com/doc/2010-05-08/'));
    const s3 = routed('s3', 'GetBucketAcl', s3Protocol);
    limiter.admit(signed('iam', 'us-east-1'), iam);
    limiter.admit(signed('s3'), s3);
    const iamRefused = limiter.admit(signed('iam', 'us-east-1'), iam).refused!;
    const s3Refused = limiter.admit(signed('s3'), s3).refused!;
    expect(iamRefused.status).toBe(400);
    expect(iamRefused.body).toContain('<Code>Throttling</Code>');
    expect(s3Refused.status).toBe(503);
    expect(s3Refused.body).toContain('<Code>SlowDown</Code>');
  });
});

describe('emulated ARM read bucket', () => {
  const get = (sub: string): Incoming => ({ method: 'GET', url: new URL(`https://emulator/subscriptions/${sub}/providers/Microsoft.Storage/storageAccounts?api-version=2023-05-01`), headers: {}, body: '' });
  const arm = routed('Microsoft.Storage', 'GET Microsoft.Storage/storageAccounts', armProtocol);

  it('puts the remaining reads on every answer and answers 429 with Retry-After when the subscription bucket is empty', () => {
    const limiter = armRateLimiter({ armQuota: { ratePerSecond: 0.5, burst: 3 } });
    const admitted = [1, 2, 3].map(() => limiter.admit(get('sub-a'), arm));
    expect(admitted.every((a) => a.refused === undefined)).toBe(true);
    expect(limiter.decorate(get('sub-a'), armReply({ value: [] })).headers?.['x-ms-ratelimit-remaining-subscription-reads']).toBe('0');
    const refused = limiter.admit(get('sub-a'), arm).refused!;
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'SubscriptionRequestsThrottled' } });
    // 0.5 reads a second: the next one is 2 seconds away.
    expect(refused.headers?.['retry-after']).toBe('2');
    // Another subscription has its own bucket.
    expect(limiter.admit(get('sub-b'), arm).refused).toBeUndefined();
    expect(limiter.decorate(get('sub-b'), armReply({})).headers?.['x-ms-ratelimit-remaining-subscription-reads']).toBe('2');
  });

  it("ARM's own bucket by default: 250 reads at once, refilled at 25 a second", () => {
    const limiter = armRateLimiter({});
    const refusals = Array.from({ length: 251 }, () => limiter.admit(get('sub-c'), arm).refused).filter(Boolean);
    expect(refusals).toHaveLength(1);
    let now = 0;
    const bucket = new ServerBucket({ ratePerSecond: 25, burst: 250 }, () => now);
    let taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(250);
    now += 1_000;
    expect(bucket.remaining).toBe(25);
    expect(bucket.msToNextToken).toBe(0);
  });
});
