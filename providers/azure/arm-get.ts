import { createPipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import { parseJson, type RequestSender } from './capture.js';
import { IncompleteBodyError } from '../../src/scan/paging-errors.js';

/**
 * GETs sent through an SDK client's own pipeline: same credential and token scope, same
 * throttling, timeout and mlscan call policies. Used for resource types the installed SDK has no
 * operation for (e.g. Azure ML registries in @azure/arm-machinelearning 2.1.1), and by the
 * runner to follow nextLink after a listing's first page.
 */

/** An SDK pager (the runner follows nextLink to the end, one scheduled call per page) or one response. */
export type Listing = { byPage(): AsyncIterator<unknown[]> } | Promise<unknown>;

/** A listing by GET. The runner reads the first page through `byPage()` and follows nextLink itself. */
export function armList(client: RequestSender, endpoint: string, path: string, apiVersion: string): Listing {
  return {
    byPage: () => pages(client, `${endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`),
  };
}

async function* pages(client: RequestSender, first: string): AsyncGenerator<unknown[]> {
  let url: string | undefined = first;
  while (url) {
    const body = await armGetJson(client, url);
    const value = (body as { value?: unknown }).value;
    yield Array.isArray(value) ? value : [];
    const next = (body as { nextLink?: unknown }).nextLink;
    url = typeof next === 'string' && next.length > 0 ? next : undefined;
  }
}

export interface ArmHttpError extends Error {
  code: string;
  statusCode: number;
  /** The answer's headers (Retry-After), as a RestError carries them. */
  response: { headers: PipelineResponse['headers'] };
}

/** The JSON body of a GET; a 2xx answer without one is an IncompleteBodyError, never `{}`. */
export async function armGetJson(client: RequestSender, url: string): Promise<unknown> {
  const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
  const body = parseJson(response.bodyAsText);
  if (response.status >= 200 && response.status < 300) {
    if (body === null || typeof body !== 'object') throw new IncompleteBodyError(`${response.status} without a JSON object body`);
    return body;
  }
  const err = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const error = new Error(typeof err?.message === 'string' ? err.message : `GET returned ${response.status}`) as ArmHttpError;
  error.code = typeof err?.code === 'string' ? err.code : `HTTP${response.status}`;
  error.statusCode = response.status;
  error.response = { headers: response.headers };
  throw error;
}
