import { createPipelineRequest, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { Listing } from './collector.js';

/**
 * A GET listing for resource types the installed SDK has no operation for (e.g. Azure ML
 * registries in @azure/arm-machinelearning 2.1.1), sent through an SDK client's own pipeline:
 * same credential and token scope, same retry / throttling policies, same mlscan call policy.
 * Pages follow nextLink to the end.
 */

/** Any SDK client (core-client ServiceClient): sends a request through its pipeline. */
export interface ServiceClient {
  sendRequest(request: PipelineRequest): Promise<PipelineResponse>;
}

export function armList(client: ServiceClient, endpoint: string, path: string, apiVersion: string): Listing {
  return {
    byPage: () => pages(client, `${endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`),
  };
}

async function* pages(client: ServiceClient, first: string): AsyncGenerator<unknown[]> {
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
}

export async function armGetJson(client: ServiceClient, url: string): Promise<unknown> {
  const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
  let body: unknown;
  try {
    body = response.bodyAsText ? (JSON.parse(response.bodyAsText) as unknown) : {};
  } catch {
    body = {};
  }
  if (response.status < 200 || response.status >= 300) {
    const err = (body as { error?: { code?: unknown; message?: unknown } }).error;
    const error = new Error(typeof err?.message === 'string' ? err.message : `GET returned ${response.status}`) as ArmHttpError;
    error.code = typeof err?.code === 'string' ? err.code : `HTTP${response.status}`;
    error.statusCode = response.status;
    throw error;
  }
  return body;
}
