import nock from 'nock';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import * as f from '../../fixtures/azure/estate.js';
import { wire } from '../../support/wire-assets.js';

/** The credential is an injected dependency: a static bearer token stands in for Entra ID. */
export function staticCredential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[]): Promise<AccessToken> {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return { token: 'test-token', expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}

export interface Route {
  path: string;
  apiVersion: string;
  /** Extra query parameters the request must carry (e.g. a skip token on page 2). */
  query?: Record<string, string>;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Times this route must be called (default 1). */
  times?: number;
  /**
   * A transient fault instead of the answer: the connection reset, the body cut off mid-JSON, an
   * empty 200 body, or the answer held back for `SLOW_MS` (longer than the tests' call timeout).
   */
  fault?: 'reset' | 'cut-off' | 'empty' | 'slow';
}

export const SLOW_MS = 1_500;

export interface Recorded {
  method: string;
  path: string;
  /** Path and query, as sent (e.g. a page's nextLink). */
  url: string;
  apiVersion: string | null;
  authorization: string | undefined;
}

/**
 * Answers the real SDK clients over HTTPS with ARM's JSON. Every request is recorded; requests
 * no route matches are recorded too (and fail the test in `armTest`). The display-name read of
 * each explicitly given subscription is answered too (see `answerNameReads`), unless a route
 * answers `/subscriptions/{id}` itself; it is recorded apart, in `nameReads`.
 */
export function mockArm(routes: readonly Route[], base: string = f.ARM): { requests: Recorded[]; unmatched: string[]; nameReads: string[]; hierarchyReads: string[] } {
  const requests: Recorded[] = [];
  const unmatched: string[] = [];
  const nameReads: string[] = [];
  const hierarchyReads: string[] = [];
  nock.emitter.on('no match', (req: { method?: string; path?: string; href?: string }) => {
    unmatched.push(`${req.method ?? "?"} ${req.href ?? req.path ?? "?"}`);
  });
  for (const route of routes) {
    nock(base)
      .get(route.path)
      .query((q) => q['api-version'] === route.apiVersion && Object.entries(route.query ?? {}).every(([k, v]) => q[k] === v) && Object.keys(q).length === 1 + Object.keys(route.query ?? {}).length)
      .times(route.times ?? 1)
      .delay(route.fault === 'slow' ? SLOW_MS : 0)
      .reply(function (uri, _body, reply) {
        const url = new URL(uri, base);
        const auth = this.req.headers.authorization;
        requests.push({ method: this.req.method ?? 'GET', path: url.pathname, url: `${url.pathname}${url.search}`, apiVersion: url.searchParams.get('api-version'), authorization: Array.isArray(auth) ? auth[0] : auth });
        if (route.fault === 'reset') return reply(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), [0]);
        const text = route.fault === 'empty' ? '' : JSON.stringify(route.body ?? { value: [] });
        reply(null, [route.status ?? 200, route.fault === 'cut-off' ? text.slice(0, Math.floor(text.length / 2)) : text, { 'content-type': 'application/json', ...route.headers }]);
      });
  }
  if (!routes.some((route) => SUBSCRIPTION_PATH.test(route.path))) answerNameReads(base, nameReads);
  if (!routes.some((route) => MANAGEMENT_GROUP_PATH.test(route.path))) answerHierarchyReads(base, hierarchyReads);
  return { requests, unmatched, nameReads, hierarchyReads };
}

const MANAGEMENT_GROUP_PATH = /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+(\/descendants)?$/i;

/**
 * Every scan that discovery did not place in the management-group hierarchy reads it once per
 * tenant (providers/azure/management-group-path.ts): the tenant root group and its descendants,
 * answered for any group as test/fixtures/wire/azure/management-groups/ records them, as often as
 * made, none required, and recorded apart in `hierarchyReads` (paths), unless a route answers a
 * management-group path itself. test/providers/azure/management-group-path.test.ts tests the reads.
 */
function answerHierarchyReads(base: string, hierarchyReads: string[]): void {
  answerEveryRead(base, MANAGEMENT_GROUP_PATH, f.API.managementGroups, (path) => {
    hierarchyReads.push(path);
    const group = path.split('/')[4]!;
    const body = path.endsWith('/descendants') ? wire('azure/management-groups/descendants.json') : wire('azure/management-groups/management-group.json');
    return JSON.stringify(body).replaceAll(f.TENANT, group);
  });
}

/** Answers every GET of a path `pattern` matches, at `apiVersion`, with `answer(path)` (a JSON text); as often as asked, never required. */
function answerEveryRead(base: string, pattern: RegExp, apiVersion: string, answer: (path: string) => string): void {
  nock(base)
    .persist()
    .get(pattern)
    .query({ 'api-version': apiVersion })
    .optionally()
    .reply((uri) => [200, answer(new URL(uri, base).pathname), { 'content-type': 'application/json' }]);
}

const SUBSCRIPTION_PATH = /^\/subscriptions\/[0-9a-f-]{36}$/i;

/** Subscriptions - Get as ARM answers it (test/fixtures/wire/azure/resources/subscription.json), for subscription `id`. */
export function subscriptionBody(id: string, displayName = 'ml-prod'): Record<string, unknown> {
  return { ...wire('azure/resources/subscription.json'), id: `/subscriptions/${id}`, subscriptionId: id, displayName };
}

/**
 * Every scan of an explicit subscription list reads each subscription's display name
 * (providers/azure/subscription-names.ts). Those reads are answered for any subscription, as
 * often as made, and none is required: a test about collectors keeps its own routes, its
 * `requests` and its unmatched list as they were. test/providers/azure/subscription-names.test.ts
 * tests the reads themselves.
 */
function answerNameReads(base: string, nameReads: string[]): void {
  answerEveryRead(base, SUBSCRIPTION_PATH, f.API.subscriptions, (path) => {
    const id = path.split('/')[2]!;
    nameReads.push(id);
    return JSON.stringify(subscriptionBody(id));
  });
}

export { useNock } from '../../support/nock.js';

export function list(value: unknown[], nextLink?: string): { value: unknown[]; nextLink?: string } {
  return nextLink ? { value, nextLink } : { value };
}

export function armError(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

const ML = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;

/** Routes of the ML children of a workspace, each answering `bodies[name]` or an empty list. */
export function workspaceChildren(wsId: string, bodies: Partial<Record<'computes' | 'datastores' | 'data' | 'models' | 'onlineEndpoints' | 'batchEndpoints' | 'serverlessEndpoints' | 'connections' | 'diagnostics', unknown[]>> = {}): Route[] {
  const ml = (child: keyof typeof bodies): Route => ({
    path: `${wsId}/${child}`,
    apiVersion: f.API.ml,
    // the SDK always sends its defaults count=30 and orderByAsc=false when listing datastores
    ...(child === 'datastores' ? { query: { count: '30', orderByAsc: 'false' } } : {}),
    body: list(bodies[child] ?? []),
  });
  return [
    ml('computes'),
    ml('datastores'),
    ml('data'),
    ml('models'),
    ml('onlineEndpoints'),
    ml('batchEndpoints'),
    ml('serverlessEndpoints'),
    ml('connections'),
    { path: `${wsId}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list(bodies.diagnostics ?? []) },
  ];
}

/** Every route the sample estate needs; workspaces come in two pages joined by nextLink. */
export function estateRoutes(): Route[] {
  const sub = `/subscriptions/${f.SUB}`;
  const nextLink = `${f.ARM}${ML}?api-version=${f.API.ml}&$skipToken=page2`;
  return [
    // Machine Learning
    { path: ML, apiVersion: f.API.ml, body: list([f.workspaceProd], nextLink) },
    { path: ML, apiVersion: f.API.ml, query: { $skipToken: 'page2' }, body: list([f.workspaceSecure]) },
    ...workspaceChildren(f.ids.wsProd, {
      computes: [f.computeInstance, f.computeCluster],
      datastores: [f.datastoreBlob, f.datastoreTraining],
      data: [f.dataContainer],
      models: [f.modelContainer],
      onlineEndpoints: [f.onlineEndpoint],
      batchEndpoints: [f.batchEndpoint],
      connections: [f.connection],
    }),
    ...workspaceChildren(f.ids.wsSecure, { diagnostics: [f.auditDiagnosticSetting(f.ids.wsSecure)] }),
    { path: `${f.ids.dataCustomers}/versions`, apiVersion: f.API.ml, body: list([f.dataVersion]) },
    { path: `${f.ids.modelChurn}/versions`, apiVersion: f.API.ml, body: list([f.modelVersion]) },
    { path: f.ids.job, apiVersion: f.API.ml, body: f.trainingJob },
    { path: `${f.ids.endpoint}/deployments`, apiVersion: f.API.ml, body: list([f.onlineDeployment]) },
    { path: `${f.ids.endpoint}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
    { path: `${sub}/providers/Microsoft.MachineLearningServices/registries`, apiVersion: f.API.ml, body: list([f.mlRegistry]) },
    { path: `${f.mlRegistryId}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
    // Storage
    { path: `${sub}/providers/Microsoft.Storage/storageAccounts`, apiVersion: f.API.storage, body: list([f.storageProd, f.storageTraining]) },
    { path: `${f.ids.stProd}/blobServices/default`, apiVersion: f.API.storage, body: f.blobService(f.ids.stProd, true) },
    { path: `${f.ids.stTraining}/blobServices/default`, apiVersion: f.API.storage, body: f.blobService(f.ids.stTraining, false) },
    // containers are read only where the account allows anonymous access (sttrainingpub, not stmlprod)
    { path: `${f.ids.stTraining}/blobServices/default/containers`, apiVersion: f.API.storage, body: list([f.publicContainer]) },
    { path: `${f.ids.stProd}/blobServices/default/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([f.auditDiagnosticSetting(`${f.ids.stProd}/blobServices/default`)]) },
    { path: `${f.ids.stTraining}/blobServices/default/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
    // AI Services / Azure OpenAI: none in this estate (test/providers/azure/cognitive-services*.test.ts has its own)
    { path: `${sub}/providers/Microsoft.CognitiveServices/accounts`, apiVersion: f.API.cognitiveServices, body: list([]) },
    // Key Vault, Container Registry
    { path: `${sub}/providers/Microsoft.KeyVault/vaults`, apiVersion: f.API.keyVault, body: list([f.keyVault]) },
    { path: `${f.ids.kv}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
    { path: `${sub}/providers/Microsoft.ContainerRegistry/registries`, apiVersion: f.API.registry, body: list([f.registry]) },
    // Network
    { path: `${sub}/providers/Microsoft.Network/privateEndpoints`, apiVersion: f.API.network, body: list([f.privateEndpoint]) },
    { path: `${f.ids.pe}/privateDnsZoneGroups`, apiVersion: f.API.network, body: list([f.dnsZoneGroup]) },
    { path: `${sub}/providers/Microsoft.Network/virtualNetworks`, apiVersion: f.API.network, body: list([f.virtualNetwork]) },
    { path: `${sub}/providers/Microsoft.Network/networkSecurityGroups`, apiVersion: f.API.network, body: list([f.securityGroup]) },
    { path: `${sub}/providers/Microsoft.Network/networkWatchers`, apiVersion: f.API.network, body: list([f.networkWatcher]) },
    { path: `${f.watcherId}/flowLogs`, apiVersion: f.API.network, body: list([f.vnetFlowLog]) },
    // Authorization
    { path: `${sub}/providers/Microsoft.Authorization/roleDefinitions`, apiVersion: f.API.authorization, body: list(f.roleDefinitionsPage) },
    { path: `${sub}/providers/Microsoft.Authorization/roleAssignments`, apiVersion: f.API.authorization, body: list(f.roleAssignmentsPage) },
    // Managed identities (no SDK installed: a GET through the authorization client's pipeline)
    { path: `${sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`, apiVersion: f.API.managedIdentity, body: list([f.userAssignedIdentity]) },
  ];
}
