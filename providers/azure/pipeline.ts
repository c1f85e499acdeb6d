import {
  createDefaultHttpClient,
  retryPolicy,
  type HttpClient,
  type HttpHeaders,
  type Pipeline,
  type PipelinePolicy,
  type RetryStrategy,
} from '@azure/core-rest-pipeline';
import { armCallPolicy } from './capture.js';
import { RequestTimeoutError } from './errors.js';

/**
 * What mlscan changes in every ARM client's pipeline (both SDK generations), and why.
 *
 * Who retries what:
 *  - Throttling (429, or 503 with Retry-After) stays in the pipeline, where the wire headers are:
 *    up to THROTTLE_RETRIES retries, each after the Retry-After ARM asked for. A Retry-After
 *    longer than MAX_RETRY_AFTER_MS is not slept through: the call fails as throttled.
 *  - Everything else transient (timeouts, resets, cut-off bodies, 5xx) is retried by the
 *    scheduler, with jitter, a scan-wide budget and an attempt count the gap can name; the SDK's
 *    own exponential retry policy is removed so that faults are not retried twice over.
 *
 * Timeouts:
 *  - `--call-timeout` bounds one HTTP attempt: a policy after the retry phase gives each attempt
 *    its own timer (RequestTimeoutError, retried by the scheduler). So a Retry-After sleep never
 *    counts against it, and a slow body download does.
 *  - The scheduler's attempt timeout is one SDK call, throttling retries and sleeps included:
 *    `armCallEnvelopeMs` is the longest such a call can legitimately take, so it only fires when
 *    something ignores its abort signal.
 */

export const THROTTLE_RETRIES = 3;
export const MAX_RETRY_AFTER_MS = 60_000;

/** The scheduler's attempt timeout for ARM calls whose single requests time out after `requestTimeoutMs`. */
export function armCallEnvelopeMs(requestTimeoutMs: number): number {
  return (THROTTLE_RETRIES + 1) * requestTimeoutMs + THROTTLE_RETRIES * MAX_RETRY_AFTER_MS;
}

/** Installs the mlscan policies on an SDK client's pipeline (see above); returns the client. */
export function withArmPolicies<C extends { pipeline: Pipeline }>(client: C, requestTimeoutMs: number, http: HttpClient = createDefaultHttpClient()): C {
  const { pipeline } = client;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy(throttlingPolicy(), { phase: 'Retry' });
  pipeline.addPolicy(requestTimeoutPolicy(requestTimeoutMs), { afterPhase: 'Retry' });
  pipeline.addPolicy(armCallPolicy({ sendRequest: (request) => pipeline.sendRequest(http, request) }));
  return client;
}

/**
 * ARM faults the scheduler retries besides the generic ones: cut-off bodies, ARM's retryable
 * codes, and a 429 without Retry-After (with one, the pipeline has already waited as asked).
 */
export function isRetryableArmError(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; statusCode?: unknown; response?: { headers?: HttpHeaders } };
  if (typeof e.code === 'string' && RETRYABLE_CODES.has(e.code)) return true;
  const headers = e.response?.headers;
  const waited = typeof headers?.get === 'function' && retryAfterMs(headers) !== undefined;
  return e.statusCode === 429 && !waited;
}

const RETRYABLE_CODES = new Set(['IncompleteBody', 'PARSE_ERROR', 'RetryableError', 'RetryableErrorDueToAnotherOperation', 'ServerBusy']);

function throttlingPolicy(): PipelinePolicy {
  const strategy: RetryStrategy = {
    name: 'mlscanThrottling',
    retry({ response }) {
      if (!response || (response.status !== 429 && response.status !== 503)) return { skipStrategy: true };
      const wait = retryAfterMs(response.headers);
      return wait !== undefined && wait <= MAX_RETRY_AFTER_MS ? { retryAfterInMs: wait } : { skipStrategy: true };
    },
  };
  return { ...retryPolicy([strategy], { maxRetries: THROTTLE_RETRIES }), name: 'mlscanThrottlingPolicy' };
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
