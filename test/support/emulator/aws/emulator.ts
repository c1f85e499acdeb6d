import type { EmulatedCloud } from '../cloud.js';
import type { FaultPlan } from '../faults.js';
import { awsRateLimiter, type RateLimitPlan } from '../rate-limits.js';
import { startLoopback, type Incoming, type Loopback, type Protocol, type Reply, type Routed } from '../loopback.js';
import { trustLocalhostNames } from '../loopback-trust.js';
import { answerBedrock, restJsonProtocol } from './bedrock.js';
import type { AwsEstate } from './estate.js';
import { assumeRoleRoute, awsEstates, estateFor, scanArgs, type AwsEstates } from './estates.js';
import { answerJsonService } from './json-services.js';
import { answerEc2, answerStsIam, IAM_NS, STS_NS } from './query-services.js';
import { answerS3, s3Operation } from './s3.js';
import { answerSageMaker } from './sagemaker.js';
import { answerTagging } from './tagging.js';
import { ec2Protocol, formOf, json11Protocol, queryProtocol, s3Protocol } from './wire.js';

export interface AwsEmulatorOptions {
  /** Multiplies the SageMaker resources (1: 180 assets). */
  scale?: number;
  faults?: FaultPlan;
  /** See LoopbackOptions.callBudget (default: 20 calls per expected asset). */
  callBudget?: number;
  /** The cloud's quotas and latency (rate-limits.ts); off when absent. */
  rateLimits?: RateLimitPlan;
  /** Accounts of the emulated organisation (default 1: the caller's; others are entered with AssumeRole). */
  accounts?: number;
  /** Regions each account runs the estate in (default eu-west-1; the first is the home region). */
  regions?: readonly string[];
  /** Operations denied, as to a role whose policy lacks them: JSON 1.1 ones answered AccessDeniedException (e.g. `GetResources`), IAM and STS ones AccessDenied (e.g. `GetAccountAuthorizationDetails`). */
  deny?: readonly string[];
}

export interface AwsEmulator extends EmulatedCloud {
  /** The caller's account in the home region. */
  estate: AwsEstate;
  estates: AwsEstates;
}

/**
 * A loopback AWS (plain HTTP on 127.0.0.1) that answers the real SDK clients the provider uses:
 * SageMaker, KMS, ECR, CloudTrail and the Resource Groups Tagging API (JSON 1.1), STS, IAM and EC2 (query XML), S3 (REST-XML, path
 * style) and S3 Control. Requests are routed by the service in their SigV4 credential scope.
 */
export async function startAwsEmulator(options: AwsEmulatorOptions = {}): Promise<AwsEmulator> {
  const all = awsEstates({ scale: options.scale ?? 1, ...(options.accounts ? { accounts: options.accounts } : {}), ...(options.regions ? { regions: options.regions } : {}) });
  const estate = all.home;
  const repeat = options.faults?.repeatToken;
  const untrust = trustLocalhostNames();
  let server: Loopback;
  try {
    server = await startLoopback({
      handler: (request) => {
        const service = signingService(request.headers.authorization);
        // The account's buckets (S3 is account-wide): the Tagging API of a region answers those homed there.
        return assumeRoleRoute(all, request, service) ?? route(estateFor(all, request, service), request, repeat, options.deny ?? [], estateFor(all, request, 's3').buckets);
      },
      ...(options.faults ? { faults: options.faults } : {}),
      callBudget: options.callBudget ?? 20 * all.expected.length,
      ...(options.rateLimits ? { limiter: awsRateLimiter(options.rateLimits) } : {}),
    });
  } catch (error) {
    untrust();
    throw error;
  }
  return {
    estate,
    estates: all,
    expected: all.expected,
    calls: server.calls,
    server,
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDEMULATOR00000000',
      AWS_SECRET_ACCESS_KEY: 'emulator-secret-not-real',
      AWS_REGION: estate.region,
      AWS_ENDPOINT_URL: server.url,
      // S3 Control puts the account id in front of the host: a name, not an IP literal.
      AWS_ENDPOINT_URL_S3_CONTROL: `http://localhost:${server.port}`,
      AWS_CONFIG_FILE: '/nonexistent/mlscan-emulator-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/mlscan-emulator-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    args: scanArgs(all),
    async close() {
      await server.close();
      untrust();
    },
  };
}

/** SigV4 credential scope: `Credential=AKID/20240101/eu-west-1/sagemaker/aws4_request`. */
function signingService(authorization: string | undefined): string {
  return /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(authorization ?? '')?.[1] ?? 'unknown';
}

function route(estate: AwsEstate, request: Incoming, repeat: string | undefined, deny: readonly string[], buckets: AwsEstate['buckets']): Routed {
  const service = signingService(request.headers.authorization);
  const routed = (operation: string, protocol: Protocol, reply: Reply | undefined, unknown: () => Reply): Routed =>
    reply ? { service, operation, protocol, reply } : { service, operation, protocol, reply: unknown(), known: false };

  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') {
    const op = target.split('.').pop() ?? target;
    const input = (request.body ? JSON.parse(request.body) : {}) as Record<string, unknown>;
    if (deny.includes(op)) return routed(op, json11Protocol, json11Protocol.error(400, 'AccessDeniedException', `User is not authorized to perform: ${service}:${op}`), () => json11Protocol.error(400, 'AccessDeniedException', op));
    const reply =
      service === 'sagemaker' ? answerSageMaker(estate.sagemaker, op, input, repeat) : service === 'tagging' ? answerTagging(estate, op, input, repeat, buckets) : answerJsonService(estate, service, op, input);
    return routed(op, json11Protocol, reply, () => json11Protocol.error(400, 'UnknownOperationException', `${target} is not served by the emulator`));
  }
  if (service === 's3') {
    const op = s3Operation(request) ?? `${request.method} ${request.url.pathname}`;
    return routed(op, s3Protocol, answerS3(estate, request, repeat), () => s3Protocol.error(501, 'NotImplemented', `${op} is not served by the emulator`));
  }
  if (service === 'bedrock') {
    const { operation, reply } = answerBedrock(request);
    return routed(operation, restJsonProtocol, reply, () => restJsonProtocol.error(404, 'UnknownOperationException', `${operation} is not served by the emulator`));
  }
  const action = formOf(request.body).get('Action') ?? '(no Action)';
  const invalid = (protocol: Protocol) => () => protocol.error(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
  if (service === 'sts' || service === 'iam') {
    const protocol = queryProtocol(service === 'sts' ? STS_NS : IAM_NS);
    // IAM's denial on the query protocol: HTTP 403, code AccessDenied.
    if (deny.includes(action)) return routed(action, protocol, protocol.error(403, 'AccessDenied', `User is not authorized to perform: ${service}:${action}`), invalid(protocol));
    return routed(action, protocol, answerStsIam(estate, service, request.body), invalid(protocol));
  }
  if (service === 'ec2') return routed(action, ec2Protocol, answerEc2(estate, request.body), invalid(ec2Protocol));
  return routed(action, json11Protocol, undefined, invalid(json11Protocol));
}
