import { describe, expect, it } from 'vitest';
import { createAzureSource, type AzureSourceDeps } from '../../../providers/azure/index.js';
import { AzureClients } from '../../../providers/azure/clients.js';
import { workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import { storageAccounts } from '../../../providers/azure/collectors/storage.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, list, mockArm, staticCredential, useNock, type Recorded, type Route } from './support.js';

useNock();

const WS_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const workspaceOnly = [{ ...workspaces, parent: undefined }];
const bare = { ...f.workspaceSecure, properties: { ...f.workspaceSecure.properties, privateEndpointConnections: [] } };
const link = (token: string): string => `${f.ARM}${WS_LIST}?api-version=${f.API.ml}&$skipToken=${token}`;

/** Page n of the workspace listing (skip token `p<n>` after the first): workspace `ws-<n>`, and a link to page `next`. */
function page(n: number, next?: number, extra: Partial<Route> = {}): Route {
  const body = list([{ ...bare, id: `${f.ids.wsSecure}-${n}`, name: `ws-${n}` }], next ? link(`p${next}`) : undefined);
  return { path: WS_LIST, apiVersion: f.API.ml, ...(n > 1 ? { query: { $skipToken: `p${n}` } } : {}), body, ...extra };
}

/** Which pages were requested, in order (`p1` is the SDK's own first request). */
function pagesRequested(requests: Recorded[]): string[] {
  return requests.map((r) => new URLSearchParams(r.url.split('?')[1]).get('$skipToken') ?? 'p1');
}

async function scanWorkspaces(options: { timeoutMs?: number } = {}, deps: Partial<AzureSourceDeps> = {}) {
  const inventory = await createAzureSource({ subscriptions: [f.SUB], ...options }, { credential: staticCredential(), collectors: workspaceOnly, ...deps }).collect();
  return { inventory, names: inventory.assets.map((a) => a.name) };
}

describe('azure paging: a listing never ends silently and never runs for ever', () => {
  it.each([
    ['links to itself', link('p2'), 2],
    ['links back to the first page', `${f.ARM}${WS_LIST}?api-version=${f.API.ml}`, 1],
  ])('a nextLink already followed (page 2 %s) stops the listing: bounded requests, both pages kept, a RepeatedPageToken gap', async (_, again, pageAgain) => {
    const { requests } = mockArm([page(1, 2), { ...page(2), body: { ...(page(2).body as object), nextLink: again } }]);
    const { inventory, names } = await scanWorkspaces();
    expect(pagesRequested(requests)).toEqual(['p1', 'p2']);
    expect(names).toEqual(['ws-1', 'ws-2']);
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ provider: 'azure', account: f.SUB, service: 'Microsoft.MachineLearningServices', errorCode: 'RepeatedPageToken', kinds: ['workspace', 'feature-store'] }),
    ]);
    expect(inventory.gaps[0]!.message).toMatch(
      new RegExp(`^machine-learning/workspaces: .*: the nextLink of page 2 is page ${pageAgain} again; listing incomplete: 2 pages and 2 records read and kept$`),
    );
  });

  it('follows nextLink through the pipeline of a modular SDK client too (Storage): signed, and its own api-version kept', async () => {
    const ST = `/subscriptions/${f.SUB}/providers/Microsoft.Storage/storageAccounts`;
    const { requests } = mockArm([
      { path: ST, apiVersion: f.API.storage, body: list([f.storageProd], `${f.ARM}${ST}?api-version=${f.API.storage}&$skipToken=s2`) },
      { path: ST, apiVersion: f.API.storage, query: { $skipToken: 's2' }, body: list([f.storageTraining]) },
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [storageAccounts] }).collect();
    expect(inventory.assets.map((a) => a.id)).toEqual([f.ids.stProd, f.ids.stTraining]);
    expect(requests.map((r) => r.authorization)).toEqual(['Bearer test-token', 'Bearer test-token']);
  });

  it('a nextLink to another host is not followed (the bearer token stays with ARM): page 1 kept, a ForeignPageLink gap', async () => {
    const { requests } = mockArm([{ ...page(1), body: list([{ ...bare, id: `${f.ids.wsSecure}-1`, name: 'ws-1' }], `https://elsewhere.example${WS_LIST}?api-version=${f.API.ml}&$skipToken=p2`) }]);
    const { inventory, names } = await scanWorkspaces();
    expect(requests).toHaveLength(1);
    expect(names).toEqual(['ws-1']);
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'ForeignPageLink', kinds: ['workspace', 'feature-store'] })]);
  });

  it('a chain of ever-new links stops at the page cap with a PageLimitExceeded gap, keeping the pages read', async () => {
    const { requests } = mockArm([page(1, 2), page(2, 3), page(3, 4)]);
    const { inventory, names } = await scanWorkspaces({}, { maxPages: 3 });
    expect(pagesRequested(requests)).toEqual(['p1', 'p2', 'p3']);
    expect(names).toEqual(['ws-1', 'ws-2', 'ws-3']);
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'PageLimitExceeded', kinds: ['workspace', 'feature-store'] })]);
    expect(inventory.gaps[0]!.message).toContain('stopped at 3 pages with more to read; listing incomplete: 3 pages and 3 records read and kept');
  });
});

describe('azure paging: a failed page is retried and the listing resumes at that page', () => {
  const faults: Array<[string, Partial<Route>]> = [
    ['a connection reset', { fault: 'reset' }],
    ['a body cut off mid-JSON', { fault: 'cut-off' }],
    ['an empty 200 body', { fault: 'empty' }],
    ['a 200 JSON body without its value array', { body: {} }],
    ['an answer slower than the call timeout', { fault: 'slow' }],
    ['a 503', { status: 503, body: armError('ServiceUnavailable', 'Try again later.') }],
  ];

  it.each(faults)('page 2 failing once with %s: every record, and page 2 (its nextLink, not page 1) requested again', async (_, fault) => {
    const { requests } = mockArm([page(1, 2), page(2, 3, fault), page(2, 3), page(3)]);
    const { inventory, names } = await scanWorkspaces({ timeoutMs: 500 });
    expect(pagesRequested(requests)).toEqual(['p1', 'p2', 'p2', 'p3']);
    expect(names).toEqual(['ws-1', 'ws-2', 'ws-3']);
    expect(inventory.gaps).toEqual([]);
  });

  it.each(faults.slice(0, 4))('the first page (the SDK pager) failing once with %s is retried too, never read as an empty page', async (_, fault) => {
    const { requests } = mockArm([page(1, undefined, fault), page(1)]);
    const { inventory, names } = await scanWorkspaces();
    expect(pagesRequested(requests)).toEqual(['p1', 'p1']);
    expect(names).toEqual(['ws-1']);
    expect(inventory.gaps).toEqual([]);
  });

  it('a page that fails on every attempt keeps the pages before it; the gap says the listing is incomplete, after how many attempts', async () => {
    const { requests } = mockArm([page(1, 2), page(2, undefined, { status: 503, body: armError('ServiceUnavailable', 'Try again later.'), times: 4 })]);
    const { inventory, names } = await scanWorkspaces();
    expect(pagesRequested(requests)).toEqual(['p1', 'p2', 'p2', 'p2', 'p2']);
    expect(names).toEqual(['ws-1']);
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'ServiceUnavailable', kinds: ['workspace', 'feature-store'] })]);
    expect(inventory.gaps[0]!.message).toMatch(/listing incomplete: 1 page and 1 record read and kept; page 2 failed: Try again later\. \(after 4 attempts\)$/);
  });
});

describe('azure throttling and the call timeout', () => {
  it('a 429 whose Retry-After the pipeline waits out does not count against --call-timeout', async () => {
    const throttled = { status: 429, headers: { 'retry-after': '1' }, body: armError('TooManyRequests', 'The request is being throttled.') };
    const { requests } = mockArm([page(1, 2), page(2, undefined, throttled), page(2)]);
    const started = Date.now();
    const { inventory, names } = await scanWorkspaces({ timeoutMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(pagesRequested(requests)).toEqual(['p1', 'p2', 'p2']);
    expect(names).toEqual(['ws-1', 'ws-2']);
    expect(inventory.gaps).toEqual([]);
  });

  it('a Retry-After longer than the pipeline will wait is not slept through: the listing fails as throttled', async () => {
    mockArm([page(1, undefined, { status: 429, headers: { 'retry-after': '3600' }, body: armError('TooManyRequests', 'The request is being throttled.') })]);
    const started = Date.now();
    const { inventory } = await scanWorkspaces();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'TooManyRequests', kinds: ['workspace', 'feature-store'] })]);
  });

  it("every ARM client's pipeline: no retry of its own (throttles and faults go to the scheduler), a timeout per HTTP attempt", () => {
    const clients = new AzureClients({ credential: staticCredential(), endpoint: f.ARM, machineLearningApiVersion: f.API.ml, requestTimeoutMs: 1_000 }, f.SUB);
    for (const client of [clients.machineLearning, clients.storage, clients.monitor, clients.keyVault]) {
      const names = client.pipeline.getOrderedPolicies().map((p) => p.name);
      expect(names.filter((name) => /retry|throttl/i.test(name))).toEqual([]);
      expect(names).toContain('mlscanArmCallPolicy');
      expect(names).toContain('mlscanRequestTimeoutPolicy');
    }
  });
});
