import { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry';
import nock from 'nock';
import { CallScheduler } from '../../../src/scan/scheduler.js';
import type { ProgressEvent } from '../../../src/scan/source.js';
import type { AnyCollector } from '../../../providers/aws/collector.js';
import { createAwsSource } from '../../../providers/aws/index.js';
import type { AwsScanOptions } from '../../../providers/aws/options.js';
import type { Linker } from '../../../providers/aws/runner.js';

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-1';
export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLETEST00000', secretAccessKey: 'test-secret-not-real' };

export { useNock } from '../../support/nock.js';

/** An IAM action a read-only policy may grant (what `permissions aws` and its `--org` template must keep to). */
export const READ_ONLY_ACTION = /^[a-z0-9-]+:(List|Describe|Get)[A-Za-z0-9]+$/;

type Json = Record<string, unknown>;

/** SageMaker JSON 1.1: POST / with X-Amz-Target `SageMaker.<op>`. */
export function sagemaker(region: string, operation: string, body: Json | ((req: Json) => boolean) | undefined, reply: Json, status = 200): nock.Scope {
  const match = typeof body === 'function' ? body : body === undefined ? () => true : (req: Json) => matches(req, body);
  return nock(`https://api.sagemaker.${region}.amazonaws.com`)
    .post('/', (req: Json) => match(req))
    .matchHeader('x-amz-target', `SageMaker.${operation}`)
    .matchHeader('content-type', 'application/x-amz-json-1.1')
    .reply(status, JSON.stringify(reply), { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' });
}

/** Other JSON 1.1 services (KMS `TrentService`, ECR, CloudTrail, Organizations). */
export function json11(host: string, target: string, body: Json | undefined, reply: Json, status = 200): nock.Scope {
  return nock(`https://${host}`)
    .post('/', (req: Json) => (body === undefined ? true : matches(req, body)))
    .matchHeader('x-amz-target', target)
    .reply(status, JSON.stringify(reply), { 'content-type': 'application/x-amz-json-1.1' });
}

/** A JSON 1.1 error body as AWS sends it. */
export function awsError(code: string, message = 'error'): Json {
  return { __type: code, Message: message };
}

/** Query protocol (STS, IAM, EC2): form-encoded POST, XML reply. */
export function query(host: string, action: string, params: Record<string, string> | undefined, xml: string, status = 200): nock.Scope {
  return nock(`https://${host}`)
    .post('/', (body: Record<string, string>) => body.Action === action && (!params || Object.entries(params).every(([k, v]) => body[k] === v)))
    .reply(status, xml, { 'content-type': 'text/xml' });
}

export function stsCallerIdentity(account = ACCOUNT, region = REGION): nock.Scope {
  return query(
    `sts.${region}.amazonaws.com`,
    'GetCallerIdentity',
    undefined,
    `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/scanner</Arn><UserId>AIDAEXAMPLE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
  );
}

function matches(req: Json, want: Json): boolean {
  return Object.entries(want).every(([k, v]) => JSON.stringify(req[k]) === JSON.stringify(v));
}

export interface RunOptions {
  collectors: readonly AnyCollector[];
  linkers?: readonly Linker[];
  options?: AwsScanOptions;
  sent?: Set<string>;
  onProgress?: (event: ProgressEvent) => void;
  /** The scheduler (default: a test one with fast back-off); `'source'` lets the source build its own from the options, as the CLI does. */
  scheduler?: CallScheduler | 'source';
  /** SDK retry strategy (default: `fastAdaptiveRetry()`). */
  retryStrategy?: unknown;
  maxPages?: number;
  /** Ask IAM ListAccountAliases for each account's name, as the CLI does (default false: most wire scripts have no such call). */
  accountAliases?: boolean;
}

/** A scheduler as the CLI builds one, but with back-off of a few milliseconds. */
function testScheduler(options: ConstructorParameters<typeof CallScheduler>[0] = {}): CallScheduler {
  return new CallScheduler({ timeoutMs: 10_000, backoffBaseMs: 2, backoffCapMs: 10, ...options });
}

/** Runs the AWS source the way the CLI does, with test credentials and fast timeouts. */
export async function collect({ collectors, linkers = [], options = {}, sent, onProgress, scheduler = testScheduler(), retryStrategy = fastAdaptiveRetry(), maxPages, accountAliases = false }: RunOptions) {
  const source = createAwsSource(
    { regions: [REGION], homeRegion: REGION, maxAttempts: 3, timeoutMs: 10_000, ...options },
    {
      credentials: CREDENTIALS,
      collectors,
      linkers,
      clientConfig: { forcePathStyle: true, retryStrategy },
      ...(scheduler === 'source' ? {} : { scheduler }),
      ...(sent ? { sent } : {}),
      ...(maxPages ? { maxPages } : {}),
      accountAliases,
    },
  );
  return source.collect(onProgress ? { onProgress } : {});
}

/** The SDK's adaptive retry (rate limiter and all) with a short back-off (5 ms unless told), so throttled tests run fast. */
export function fastAdaptiveRetry(attempts = 3, backoffMs = 5): AdaptiveRetryStrategy {
  return new AdaptiveRetryStrategy(attempts, {
    backoff: { computeNextBackoffDelay: () => backoffMs, setDelayBase: () => undefined },
    // The client-side rate limiter still engages on throttling, just with a floor fit for tests.
    rateLimiter: new DefaultRateLimiter({ minFillRate: 200, minCapacity: 200 }),
  });
}
