import { AsyncLocalStorage } from 'node:async_hooks';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/**
 * Ties the wire to the scheduler. Every Azure SDK client gets `armCallPolicy()`; each scheduled
 * call runs inside `withCallScope`, so the policy (whatever SDK generation sent the request, and
 * for every nextLink page too) can:
 *  - attach the scheduler's AbortSignal (the per-call timeout) to the request,
 *  - record the response body as ARM sent it, so fields the SDK model lacks are not lost,
 *  - report the remaining read quota so the runner can pace the subscription.
 */

export interface CapturedResponse {
  method: string;
  url: string;
  status: number;
  body: unknown;
}

export interface CallScope {
  signal: AbortSignal;
  responses: CapturedResponse[];
  /** Called with `x-ms-ratelimit-remaining-subscription-reads` when ARM sends it. */
  onRemainingReads?: (remaining: number) => void;
}

const storage = new AsyncLocalStorage<CallScope>();

export function withCallScope<T>(scope: CallScope, fn: () => Promise<T>): Promise<T> {
  return storage.run(scope, fn);
}

export const REMAINING_READS_HEADER = 'x-ms-ratelimit-remaining-subscription-reads';

export function armCallPolicy(): PipelinePolicy {
  return {
    name: 'mlscanArmCallPolicy',
    async sendRequest(request, next) {
      const scope = storage.getStore();
      if (scope && !request.abortSignal) request.abortSignal = scope.signal;
      const response = await next(request);
      if (scope) {
        const header = response.headers.get(REMAINING_READS_HEADER);
        if (header !== undefined && header.trim() !== '' && Number.isFinite(Number(header))) {
          scope.onRemainingReads?.(Number(header));
        }
        scope.responses.push({
          method: request.method,
          url: request.url,
          status: response.status,
          body: parseBody(response.bodyAsText),
        });
      }
      return response;
    },
  };
}

/**
 * Rewrites the api-version of matching requests. Used where an installed SDK pins an old
 * api-version as a constant (e.g. @azure/arm-monitor 7 sends 2017-05-01-preview for diagnostic
 * settings, which predates category groups).
 */
export function apiVersionPolicy(rules: ReadonlyArray<{ pathIncludes: string; apiVersion: string }>): PipelinePolicy {
  return {
    name: 'mlscanApiVersionPolicy',
    sendRequest(request, next) {
      const url = new URL(request.url);
      const rule = rules.find((r) => url.pathname.toLowerCase().includes(r.pathIncludes.toLowerCase()));
      if (rule && url.searchParams.has('api-version')) {
        url.searchParams.set('api-version', rule.apiVersion);
        request.url = url.toString();
      }
      return next(request);
    },
  };
}

function parseBody(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
