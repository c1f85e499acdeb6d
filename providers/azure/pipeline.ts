import { createDefaultHttpClient, type HttpClient, type HttpHeaders, type Pipeline, type PipelinePolicy } from '@azure/core-rest-pipeline';
import type { ThrottleSignal } from '../../src/scan/pacing.js';
import { armCallPolicy } from './capture.js';
import { RequestTimeoutError } from './errors.js';

/**
 * What mlscan changes in every ARM client's pipeline (both SDK generations), and why.
 *
 * Who retries what (the SDK's own retry policies are removed, so nothing is retried twice over):
 *  - Throttling (429, or 503 with Retry-After) goes to the scheduler (`armThrottle`), which
 *    holds the subscription's read bucket back for the Retry-After ARM asked for and retries the
 *    call outside its concurrency slot (src/scan/pacing.ts). A Retry-After longer than
 *    MAX_RETRY_AFTER_MS is not waited through: the call fails as throttled.
 *  - Everything else transient (timeouts, resets, cut-off bodies, 5xx) is retried by the
 *    scheduler, with jitter, a scan-wide budget and an attempt count the gap can name.
 *
 * Timeouts:
 *  - `--call-timeout` bounds one HTTP attempt: a policy gives each attempt its own timer
 *    (RequestTimeoutError, retried by the scheduler); a slow body download counts against it.
 *  - The scheduler's attempt timeout is one SDK call: `armCallEnvelopeMs` is the longest such a
 *    call can legitimately take, so it only fires when something ignores its abort signal.
 */

export const MAX_RETRY_AFTER_MS = 60_000;

/** The scheduler's attempt timeout for ARM calls whose single requests time out after `requestTimeoutMs`. */
export function armCallEnvelopeMs(requestTimeoutMs: number): number {
  return 2 * requestTimeoutMs + 10_000;
}

/** Installs the mlscan policies on an SDK client's pipeline (see above); returns the client. */
export function withArmPolicies<C extends { pipeline: Pipeline }>(client: C, requestTimeoutMs: number, http: HttpClient = createDefaultHttpClient()): C {
  const { pipeline } = client;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy(requestTimeoutPolicy(requestTimeoutMs), { afterPhase: 'Retry' });
  pipeline.addPolicy(armCallPolicy({ sendRequest: (request) => pipeline.sendRequest(http, request) }));
  return client;
}

/** ARM faults the scheduler retries besides the generic ones and throttling: cut-off bodies and ARM's retryable codes. */
export function isRetryableArmError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

const RETRYABLE_CODES = new Set(['IncompleteBody', 'PARSE_ERROR', 'RetryableError', 'RetryableErrorDueToAnotherOperation', 'ServerBusy']);

/**
 * ARM throttled the call (429, or 503 with a Retry-After) and asked to wait no longer than
 * MAX_RETRY_AFTER_MS: the scheduler waits as asked and retries. A longer wait is not a throttle
 * worth waiting through: undefined, so the call fails (a gap naming TooManyRequests).
 */
export function armThrottle(error: unknown): ThrottleSignal | undefined {
  const e = (error ?? {}) as { statusCode?: unknown; response?: { headers?: HttpHeaders } };
  const headers = e.response?.headers;
  const wait = typeof headers?.get === 'function' ? retryAfterMs(headers) : undefined;
  if (e.statusCode !== 429 && !(e.statusCode === 503 && wait !== undefined)) return undefined;
  if (wait === undefined) return {};
  return wait <= MAX_RETRY_AFTER_MS ? { retryAfterMs: wait } : undefined;
}

/** Milliseconds ARM asks to wait: `retry-after-ms`, `x-ms-retry-after-ms`, or `Retry-After` (seconds or an HTTP date). */
export function retryAfterMs(headers: HttpHeaders): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(headers.get(name) ?? Number.NaN);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** Each HTTP attempt gets its own timer; the outer signal (scheduler, scan cancellation) still aborts it. */
function requestTimeoutPolicy(ms: number): PipelinePolicy {
  return {
    name: 'mlscanRequestTimeoutPolicy',
    async sendRequest(request, next) {
      const outer = request.abortSignal;
      const controller = new AbortController();
      const abort = (): void => controller.abort();
      if (outer?.aborted) abort();
      else outer?.addEventListener('abort', abort, { once: true });
      const timer = setTimeout(abort, ms);
      request.abortSignal = controller.signal;
      try {
        return await next(request);
      } catch (error) {
        if (controller.signal.aborted && !outer?.aborted) throw new RequestTimeoutError(ms);
        throw error;
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', abort);
        request.abortSignal = outer;
      }
    },
  };
}
