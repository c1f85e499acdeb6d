import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmulatedCloud } from '../cloud.js';
import type { FaultPlan } from '../faults.js';
import { armRateLimiter, type RateLimitPlan } from '../rate-limits.js';
import { startLoopback, type Incoming, type Loopback, type Routed } from '../loopback.js';
import { trustCertificate } from '../loopback-trust.js';
import { InvalidTokenError, pageOf } from '../paging.js';
import { throwawayCert } from '../tls-cert.js';
import { answerEntra } from './entra.js';
import { armEstate, type ArmEstate, type ArmEstateOptions } from './estate.js';
import { armProtocol, armReply, resourceTypeOf } from './wire.js';

export interface ArmEmulatorOptions extends ArmEstateOptions {
  faults?: FaultPlan;
  /** See LoopbackOptions.callBudget (default: 20 calls per expected asset). */
  callBudget?: number;
  /** The cloud's quotas and latency (rate-limits.ts); off when absent. */
  rateLimits?: RateLimitPlan;
}

export interface ArmEmulator extends EmulatedCloud {
  estate: ArmEstate;
}

/**
 * A loopback ARM and Entra ID over HTTPS (a throwaway self-signed certificate, trusted by this
 * process while the emulator runs), serving the estate with nextLink paging. Every ARM call is
 * recorded; requests without a bearer token are refused as ARM refuses them.
 */
export async function startArmEmulator(options: ArmEmulatorOptions = {}): Promise<ArmEmulator> {
  const estate = armEstate(options);
  const cert = throwawayCert();
  let base = '';
  let server: Loopback;
  try {
    server = await startLoopback({
      tls: cert,
      handler: (request) => route(estate, request, base, options.faults?.repeatToken),
      ...(options.faults ? { faults: options.faults } : {}),
      callBudget: options.callBudget ?? 20 * estate.expected.length,
      ...(options.rateLimits ? { limiter: armRateLimiter(options.rateLimits) } : {}),
    });
  } catch (error) {
    cert.remove();
    throw error;
  }
  base = server.url;
  const untrust = trustCertificate(server.port, cert.cert);
  const config = join(dirname(cert.certFile), 'mlscan.json');
  writeFileSync(config, JSON.stringify({ azure: { subscriptions: estate.subscriptions, armEndpoint: base, authorityHost: base } }, null, 2));
  return {
    estate,
    expected: estate.expected,
    calls: server.calls,
    server,
    env: {
      AZURE_TENANT_ID: estate.tenant,
      AZURE_CLIENT_ID: '00000000-1111-2222-3333-444444444444',
      AZURE_CLIENT_SECRET: 'emulator-client-secret',
      AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential',
      // For a child process; this process trusts the certificate through loopback-trust.
      NODE_EXTRA_CA_CERTS: cert.certFile,
    },
    args: ['--config', config],
    async close() {
      await server.close();
      untrust();
      cert.remove();
    },
  };
}

function route(estate: ArmEstate, request: Incoming, base: string, repeat: string | undefined): Routed {
  const signIn = answerEntra(request, base, estate.tenant);
  if (signIn) return { service: 'entra', operation: request.url.pathname, protocol: armProtocol, reply: signIn, cloud: false };

  const path = request.url.pathname.replace(/\/+$/, '');
  const type = resourceTypeOf(path);
  const service = type.split('/')[0]!;
  const routed = (reply: Routed['reply'], known = true): Routed => ({ service, operation: `GET ${type}`, protocol: armProtocol, reply, known });
  if (!request.headers.authorization?.startsWith('Bearer ')) {
    return routed(armProtocol.error(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing."));
  }
  const apiVersion = request.url.searchParams.get('api-version');
  if (!apiVersion) return routed(armProtocol.error(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests."));
  if (request.method !== 'GET') return routed(armProtocol.error(405, 'MethodNotAllowed', `The emulator serves reads only, not ${request.method}.`), false);

  const key = path.toLowerCase();
  const collection = estate.collections.get(key);
  if (collection) {
    const asked = Number(request.url.searchParams.get('count') ?? request.url.searchParams.get('$top') ?? Number.NaN);
    try {
      const page = pageOf(collection.items, {
        listing: key,
        pageSize: Number.isFinite(asked) && asked > 0 ? Math.min(asked, collection.pageSize * 10) : collection.pageSize,
        token: request.url.searchParams.get('$skipToken') ?? undefined,
        repeat: repeat !== undefined && key.endsWith(repeat.toLowerCase()),
      });
      const nextLink = page.next ? `${base}${collection.path}?api-version=${encodeURIComponent(apiVersion)}&$skipToken=${page.next}` : undefined;
      return routed(armReply({ value: page.items, ...(nextLink ? { nextLink } : {}) }));
    } catch (error) {
      if (error instanceof InvalidTokenError) return routed(armProtocol.error(400, 'InvalidSkipToken', error.message));
      throw error;
    }
  }
  const single = estate.singles.get(key);
  if (single) return routed(armReply(single));
  return routed(armProtocol.error(404, 'ResourceNotFound', `The Resource '${type}' at '${path}' was not found.`), false);
}
