import type { CallScheduler } from '../../src/scan/scheduler.js';
import type { ScopeInfo } from './arn.js';
import type { AccountClients } from './clients.js';
import { isRetryable } from './errors.js';
import type { Operation } from './operations.js';
import { awsQuota, awsThrottle } from './quotas.js';

// Operations of every input and output shape are sent the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOperation = Operation<any, any>;

export interface SendDeps {
  scheduler: CallScheduler;
  clients: AccountClients;
  signal?: AbortSignal | undefined;
  sent?: Set<string> | undefined;
}

/**
 * Sends one operation through the scheduler (key: aws, account, region, service, API; paced by
 * the API's quota, quotas.ts) with its timeout signal. The scheduler retries transient faults
 * (timeouts, resets, 5xx) and the AWS ones `isRetryable` names (unreadable answers), and paces
 * and retries throttled answers (the SDK clients do not retry: clients.ts).
 */
export function sendOp<I, O>(deps: SendDeps, scope: ScopeInfo, op: Operation<I, O>, input: I): Promise<O>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown> {
  if (deps.signal?.aborted) return Promise.reject(deps.signal.reason ?? new Error('aborted'));
  const client = deps.clients.get(op.service, scope.region);
  deps.sent?.add(op.action);
  // AWS throttles per account, region and API: each API gets its own slots and token bucket.
  const bucket = `aws|${scope.account}|${scope.region}|${op.service}:${op.name}`;
  const key = { provider: 'aws', account: scope.account, region: scope.region, service: op.service, api: op.name, pace: { bucket, quota: awsQuota(op.service, op.name) } };
  const call = (signal: AbortSignal) => {
    const abortSignal = deps.signal ? AbortSignal.any([signal, deps.signal]) : signal;
    return client.send(new op.command(input), { abortSignal });
  };
  return deps.scheduler.run(key, op.name, call, { retryable: isRetryable, throttled: awsThrottle, signal: deps.signal });
}
