import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { FaultDice, type FaultKind, type FaultPlan } from './faults.js';
import type { Admission, RequestLimiter } from './rate-limits.js';

/** A request as the handlers see it: the body read in full. */
export interface Incoming {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** How a service spells its errors on the wire, so injected faults look like the real ones. */
export interface Protocol {
  error(status: number, code: string, message: string): Reply;
  /** The throttling answer (status, code and any Retry-After). */
  throttled(): Reply;
  serverError(): Reply;
}

export interface Routed {
  service: string;
  operation: string;
  reply: Reply;
  protocol: Protocol;
  /** False for a route the emulator does not serve (answered with the service's "unknown" error). */
  known?: boolean;
  /** False for calls that are not cloud API calls (the sign-in endpoint): never faulted, not counted. */
  cloud?: boolean;
}

export type Handler = (request: Incoming) => Routed;

export interface CallRecord {
  service: string;
  operation: string;
  status: number;
  known: boolean;
  /** `rate-limit`: refused by the limiter's quota (rate-limits.ts), not by the dice. */
  fault?: FaultKind | 'budget' | 'rate-limit';
  /** When it arrived (performance.now(), ms). */
  at: number;
  /** The quota bucket it drew from, when the cloud has rate limits. */
  limit?: Admission['limit'];
  /** The request's method, URL, target and body: equal for a retry of the same request. */
  identity: string;
  /** The same request was received before: a retry. */
  repeat: boolean;
}

export interface LoopbackOptions {
  handler: Handler;
  faults?: FaultPlan;
  /** TLS key and certificate: HTTPS when given. */
  tls?: { key: string; cert: string };
  /**
   * Cloud calls answered before the emulator refuses every further one with a non-retryable
   * `EmulatorCallBudgetExhausted` error, so a scan that never stops paging still ends (and says so).
   */
  callBudget?: number;
  /** Quotas, quota headers and latency of the cloud (rate-limits.ts); none when absent. */
  limiter?: RequestLimiter;
}

export interface Loopback {
  url: string;
  port: number;
  /** Every cloud call, in arrival order. */
  readonly calls: readonly CallRecord[];
  /** True once the call budget was spent. */
  readonly budgetSpent: boolean;
  /** Errors thrown by a handler (an emulator bug; answered 500). */
  readonly handlerErrors: readonly string[];
  close(): Promise<void>;
}

export const BUDGET_CODE = 'EmulatorCallBudgetExhausted';

/** Starts a server on 127.0.0.1 (an ephemeral port) that routes to `handler` and injects the planned faults. */
export async function startLoopback(options: LoopbackOptions): Promise<Loopback> {
  const dice = new FaultDice(options.faults);
  const calls: CallRecord[] = [];
  const handlerErrors: string[] = [];
  const held = new Set<NodeJS.Timeout>();
  const seen = new Set<string>();
  let cloudCalls = 0;
  let budgetSpent = false;

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const incoming: Incoming = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://emulator'), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      let routed: Routed;
      try {
        routed = options.handler(incoming);
      } catch (error) {
        handlerErrors.push(`${incoming.method} ${incoming.url.pathname}: ${(error as Error).stack ?? String(error)}`);
        send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: 'emulator handler error' });
        return;
      }
      if (routed.cloud === false) {
        send(res, routed.reply);
        return;
      }
      const identity = `${incoming.method} ${req.url ?? ''} ${String(req.headers['x-amz-target'] ?? '')} ${incoming.body}`;
      const record: CallRecord = { service: routed.service, operation: routed.operation, status: routed.reply.status, known: routed.known !== false, at, identity, repeat: false };
      // A retry is the same request signed by the same credentials for the same region (the same body may go to many accounts and regions).
      const signer = `${identity} ${/Credential=([^,]+)/.exec(String(req.headers.authorization ?? ''))?.[1] ?? ''}`;
      record.repeat = seen.has(signer);
      seen.add(signer);
      const limiter = options.limiter;
      const answer = (reply: Reply): void => {
        const sent = limiter ? limiter.decorate(incoming, reply) : reply;
        if (!limiter?.latencyMs) return send(res, sent);
        const timer = setTimeout(() => {
          held.delete(timer);
          if (!res.destroyed) send(res, sent);
        }, limiter.latencyMs);
        held.add(timer);
      };
      calls.push(record);
      if (options.callBudget !== undefined && ++cloudCalls > options.callBudget) {
        budgetSpent = true;
        record.fault = 'budget';
        const reply = routed.protocol.error(400, BUDGET_CODE, `The emulator answered its budget of ${options.callBudget} calls; the scan did not stop by itself.`);
        record.status = reply.status;
        send(res, reply);
        return;
      }
      const admission = limiter?.admit(incoming, routed);
      if (admission) record.limit = admission.limit;
      if (admission?.refused) {
        record.fault = 'rate-limit';
        record.status = admission.refused.status;
        answer(admission.refused);
        return;
      }
      const fault = dice.decide(identity);
      if (fault) record.fault = fault;
      switch (fault) {
        case undefined:
          answer(routed.reply);
          return;
        case 'timeout': {
          const timer = setTimeout(() => {
            held.delete(timer);
            if (!res.destroyed && !req.socket.destroyed) send(res, routed.reply);
          }, dice.holdMs);
          held.add(timer);
          return;
        }
        case 'reset':
          record.status = 0;
          reset(req.socket);
          return;
        case 'truncate':
          truncate(res, routed.reply);
          return;
        case 'http5xx': {
          const reply = routed.protocol.serverError();
          record.status = reply.status;
          answer(reply);
          return;
        }
        case 'throttle': {
          const reply = routed.protocol.throttled();
          record.status = reply.status;
          answer(reply);
          return;
        }
      }
    });
  };

  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    calls,
    get budgetSpent() {
      return budgetSpent;
    },
    handlerErrors,
    async close() {
      for (const timer of held) clearTimeout(timer);
      held.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A TCP reset; a TLS socket cannot send one from its own handle, so it is cut without close_notify. */
function reset(socket: Socket): void {
  if (socket instanceof TLSSocket) socket.destroy();
  else socket.resetAndDestroy();
}

function send(res: http.ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.end(body);
}

/** The full Content-Length, half the body, then the connection is cut. */
function truncate(res: http.ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8');
  if (body.length < 2) {
    if (res.socket) reset(res.socket);
    return;
  }
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
}
