import { BedrockClient } from '@aws-sdk/client-bedrock';
import { BedrockAgentClient } from '@aws-sdk/client-bedrock-agent';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsService } from './operations.js';

/** The SDK client surface the runner uses. */
export interface SendingClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  destroy(): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientClass = new (config: any) => SendingClient;

const CLIENTS: Record<AwsService, ClientClass> = {
  sagemaker: SageMakerClient as unknown as ClientClass,
  s3: S3Client as unknown as ClientClass,
  s3control: S3ControlClient as unknown as ClientClass,
  ec2: EC2Client as unknown as ClientClass,
  iam: IAMClient as unknown as ClientClass,
  kms: KMSClient as unknown as ClientClass,
  cloudtrail: CloudTrailClient as unknown as ClientClass,
  ecr: ECRClient as unknown as ClientClass,
  sts: STSClient as unknown as ClientClass,
  organizations: OrganizationsClient as unknown as ClientClass,
  bedrock: BedrockClient as unknown as ClientClass,
  'bedrock-agent': BedrockAgentClient as unknown as ClientClass,
  tagging: ResourceGroupsTaggingAPIClient as unknown as ClientClass,
};

/** Static keys or a provider (the SDK's credential chain, an assumed role). */
export interface CredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
export type Credentials = CredentialIdentity | (() => Promise<CredentialIdentity>);

export interface ClientSettings {
  /** Timeout of one HTTP request (`--call-timeout`): from sending until the answer's headers, and the longest silence while its body streams. */
  requestTimeoutMs: number;
  /**
   * Extra SDK client configuration merged into every client (tests: `forcePathStyle`, a custom
   * `retryStrategy`). Endpoints are not set here: `AWS_ENDPOINT_URL` and
   * `AWS_ENDPOINT_URL_<SERVICE>` (and `endpoint_url` in the shared config file) are read by the
   * SDK itself.
   */
  extra?: Record<string, unknown>;
}

/** The SDK's longest throttling back-off (1 s × 2^retry, capped at 20 s) and what a Retry-After may add to one. */
const SDK_THROTTLE_BASE_MS = 1_000;
const SDK_BACKOFF_CAP_MS = 20_000;
const SDK_RETRY_AFTER_MS = 5_000;
/** Room for a retry strategy given in tests' client configuration (the clients themselves make one request per attempt). */
const RATE_LIMITER_SLACK_MS = 10_000;

/**
 * The scheduler's timeout for one attempt of a call. Two timeouts at two layers: each HTTP request
 * of the SDK has `requestTimeoutMs` (the user's `--call-timeout`), and the SDK retries throttling,
 * 5xx, resets and request timeouts itself, sleeping between requests. The scheduler's attempt wraps
 * all of that, so it must outlast every request timing out plus the SDK's longest back-off between
 * them: the SDK's own throttling back-off never counts against a request's timeout, and the
 * scheduler's timeout only catches what no request timeout sees (credential refresh, a stuck
 * body). What the SDK could not absorb, the scheduler retries with its own jittered back-off.
 */
export function sdkCallTimeoutMs(requestTimeoutMs: number, maxAttempts: number): number {
  let backoff = 0;
  for (let retry = 0; retry < maxAttempts - 1; retry++) backoff += Math.min(SDK_BACKOFF_CAP_MS, SDK_THROTTLE_BASE_MS * 2 ** retry) + SDK_RETRY_AFTER_MS;
  return requestTimeoutMs * maxAttempts + backoff + RATE_LIMITER_SLACK_MS;
}

/**
 * SDK clients for one account, created lazily per (service, region) from that account's
 * credentials. No client outlives the scan: `destroy()` closes their sockets.
 */
export class AccountClients {
  private readonly clients = new Map<string, SendingClient>();

  constructor(
    readonly credentials: Credentials,
    private readonly settings: ClientSettings,
  ) {}

  get(service: AwsService, region: string): SendingClient {
    const key = `${service}|${region}`;
    let client = this.clients.get(key);
    if (!client) {
      const Client = CLIENTS[service];
      client = new Client({
        region,
        credentials: this.credentials,
        // One HTTP attempt per scheduled attempt: the scheduler retries transient faults (with
        // jitter, outside its slots) and paces throttled answers per account, region and API
        // (src/scan/pacing.ts). The SDK's adaptive mode kept one client-side rate limiter per
        // client, which a few throttles collapsed for every API of the service (issue 10).
        retryMode: 'standard',
        maxAttempts: 1,
        // Options of the SDK's own NodeHttpHandler, so each HTTP attempt has its timeout: a
        // request that hangs fails as a TimeoutError the SDK retries like any transient fault.
        requestHandler: { requestTimeout: this.settings.requestTimeoutMs, socketTimeout: this.settings.requestTimeoutMs, throwOnRequestTimeout: true },
        ...(service === 's3' ? { followRegionRedirects: true } : {}),
        ...this.settings.extra,
      });
      this.clients.set(key, client);
    }
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
