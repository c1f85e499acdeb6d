import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
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
  /** SDK attempts per call, including the first; throttling retries use the SDK's adaptive mode. */
  maxAttempts: number;
  /**
   * Extra SDK client configuration merged into every client (tests: `forcePathStyle`, a custom
   * `retryStrategy`). Endpoints are not set here: `AWS_ENDPOINT_URL` and
   * `AWS_ENDPOINT_URL_<SERVICE>` (and `endpoint_url` in the shared config file) are read by the
   * SDK itself.
   */
  extra?: Record<string, unknown>;
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
        retryMode: 'adaptive',
        maxAttempts: this.settings.maxAttempts,
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
