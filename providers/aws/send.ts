import type { CallScheduler } from '../../src/scan/scheduler.js';
import type { ScopeInfo } from './arn.js';
import type { AccountClients } from './clients.js';
import { isRetryable } from './errors.js';
import type { Operation } from './operations.js';

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
 * Sends one operation through the scheduler (key: aws, account, region, service) with its timeout
 * signal. The scheduler retries transient faults (timeouts, resets, 5xx) and the AWS ones
 * `isRetryable` names (unreadable answers, throttling the SDK's own attempts did not absorb).
 */
export function sendOp<I, O>(deps: SendDeps, scope: ScopeInfo, op: Operation<I, O>, input: I): Promise<O>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown> {
  if (deps.signal?.aborted) return Promise.reject(deps.signal.reason ?? new Error('aborted'));
  const client = deps.clients.get(op.service, scope.region);
  deps.sent?.add(op.action);
  const key = { provider: 'aws', account: scope.account, region: scope.region, service: op.service };
  const call = (signal: AbortSignal) => {
    const abortSignal = deps.signal ? AbortSignal.any([signal, deps.signal]) : signal;
    return client.send(new op.command(input), { abortSignal });
  };
  return deps.scheduler.run(key, op.name, call, { retryable: isRetryable, signal: deps.signal });
}
