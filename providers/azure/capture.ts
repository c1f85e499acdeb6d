import { AsyncLocalStorage } from 'node:async_hooks';
import { isRestError, type PipelinePolicy, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import { IncompleteBodyError } from '../../src/scan/paging-errors.js';

/**
 * Ties the wire to the scheduler. Every Azure SDK client's pipeline gets `armCallPolicy()`; each
 * scheduled call runs inside `withCallScope`, so the policy (whatever SDK generation sent the
 * request, and for every nextLink page too) can:
 *  - attach the scheduler's AbortSignal (the call's envelope and the scan's cancellation),
 *  - record the response body as ARM sent it, so fields the SDK model lacks are not lost, and
 *    the pipeline that sent it, so the runner can follow nextLink through the same pipeline,
 *  - turn a 2xx body that is empty, cut off or not JSON into an IncompleteBodyError (retried),
 *    never an empty page,
 *  - report the remaining read quota so the runner can pace the subscription.
 */

/** Anything that sends a request through an ARM client's pipeline (a core-client ServiceClient, or a pipeline bound to its HTTP client). */
export interface RequestSender {
  sendRequest(request: PipelineRequest): Promise<PipelineResponse>;
}

export interface CapturedResponse {
  method: string;
  url: string;
  status: number;
  body: unknown;
  /** Sends another request through the pipeline that sent this one. */
  sender: RequestSender;
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

export function armCallPolicy(sender: RequestSender): PipelinePolicy {
  return {
    name: 'mlscanArmCallPolicy',
    async sendRequest(request, next) {
      const scope = storage.getStore();
      if (scope && !request.abortSignal) request.abortSignal = scope.signal;
      const response = await next(request).catch((error: unknown) => {
        throw isCutOff(error) ? new IncompleteBodyError('the body was cut off or could not be read') : error;
      });
      const body = bodyOf(request, response);
      if (scope) {
        const header = response.headers.get(REMAINING_READS_HEADER);
        // A 429 is signalled to the scheduler as a throttle (which slows the bucket down); its own count is not read.
        if (response.status !== 429 && header !== undefined && header.trim() !== '' && Number.isFinite(Number(header))) {
          scope.onRemainingReads?.(Number(header));
        }
        scope.responses.push({ method: request.method, url: request.url, status: response.status, body, sender });
      }
      return response;
    },
  };
}

/** The SDKs' own reading or parsing of a body that ended early (the message would echo the body: not kept). */
function isCutOff(error: unknown): boolean {
  return isRestError(error) && error.code === 'PARSE_ERROR';
}

/** A successful GET always has a JSON body; without one the answer was cut off. */
function bodyOf(request: PipelineRequest, response: PipelineResponse): unknown {
  const body = parseJson(response.bodyAsText);
  const ok = response.status >= 200 && response.status < 300 && response.status !== 204;
  if (body === undefined && ok && request.method === 'GET') {
    throw new IncompleteBodyError(`${response.status} with a body that is empty, cut off or not JSON (${response.bodyAsText?.length ?? 0} characters)`);
  }
  return body;
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

/** The JSON of a body, or undefined when there is none or it does not parse. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
