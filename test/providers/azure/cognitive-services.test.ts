import { describe, expect, it } from 'vitest';
import { cognitiveServicesCollectors } from '../../../providers/azure/collectors/cognitive-services.js';
import { monitorCollectors } from '../../../providers/azure/collectors/monitor.js';
import { azurePermissionsRole, createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { patched, wire } from '../../support/wire-assets.js';
import { armError, list, mockArm, staticCredential, useNock, type Route } from './support.js';

useNock();

// The recorded payloads (test/fixtures/wire/azure/cognitive-services/) moved into the estate's subscription.
const inSub = <T>(body: T): T => JSON.parse(JSON.stringify(body).replaceAll('00000000-0000-0000-0000-000000000001', f.SUB)) as T;
const account = inSub(wire<{ id: string; name: string; properties: Record<string, unknown> }>('azure/cognitive-services/account.json'));
const deployment = inSub(wire<{ id: string }>('azure/cognitive-services/deployment.json'));
const raiPolicy = inSub(wire<{ id: string; properties: { contentFilters: Array<Record<string, unknown>> } }>('azure/cognitive-services/rai-policy.json'));
const speech = { ...account, id: account.id.replace('oai-fraud', 'speech-fraud'), name: 'speech-fraud', kind: 'SpeechServices' };

const ACCOUNTS = `/subscriptions/${f.SUB}/providers/Microsoft.CognitiveServices/accounts`;
const API = f.API.cognitiveServices;
const diagnostics = monitorCollectors.find((c) => c.name === 'monitor/diagnostic-settings:cognitive-services/accounts')!;
const collectors = [...cognitiveServicesCollectors, diagnostics];
const scan = () => createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors }).collect();

const auditSetting = {
  id: `${account.id}/providers/microsoft.insights/diagnosticSettings/audit`,
  name: 'audit',
  type: 'Microsoft.Insights/diagnosticSettings',
  properties: { workspaceId: `/subscriptions/${f.SUB}/resourceGroups/rg-sec/providers/Microsoft.OperationalInsights/workspaces/law-sec`, logs: [{ categoryGroup: 'audit', enabled: true }], metrics: [] },
};

/** The children of an OpenAI account: deployments, content filters, diagnostic settings (each overridable). */
function accountRoutes(overrides: Partial<Record<'deployments' | 'raiPolicies' | 'diagnostics', Partial<Route>[]>> = {}): Route[] {
  const child = (name: 'deployments' | 'raiPolicies', body: unknown): Route[] =>
    (overrides[name] ?? [{}]).map((o) => ({ path: `${account.id}/${name}`, apiVersion: API, body, ...o }));
  return [
    ...child('deployments', list([deployment])),
    ...child('raiPolicies', list([raiPolicy])),
    ...(overrides.diagnostics ?? [{}]).map((o) => ({ path: `${account.id}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([auditSetting]), ...o })),
  ];
}

/** The RBAC action a GET needs (last provider namespace, its resource types, `/read`). */
function actionOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const rest = parts.slice(parts.map((p) => p.toLowerCase()).lastIndexOf('providers') + 1);
  return [rest[0], ...rest.slice(1).filter((_, i) => i % 2 === 0)].join('/') + '/read';
}

describe('Azure AI Services / Azure OpenAI collection', () => {
  it('reads accounts over two nextLink pages, then deployments, content filters and diagnostic settings of the accounts that host models', async () => {
    const next = `${f.ARM}${ACCOUNTS}?api-version=${API}&$skipToken=page2`;
    const { requests, unmatched } = mockArm([
      { path: ACCOUNTS, apiVersion: API, body: list([account], next) },
      { path: ACCOUNTS, apiVersion: API, query: { $skipToken: 'page2' }, body: list([speech]) },
      ...accountRoutes(),
      { path: `${speech.id}/providers/Microsoft.Insights/diagnosticSettings`, apiVersion: f.API.diagnostics, body: list([]) },
    ]);
    const inventory = await scan();
    expect(unmatched).toEqual([]);
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => [a.kind, a.name, a.nativeType])).toEqual([
      ['ai-service', 'oai-fraud', 'Microsoft.CognitiveServices/accounts'],
      ['ai-service', 'speech-fraud', 'Microsoft.CognitiveServices/accounts'],
      ['deployment', 'gpt-4o', 'Microsoft.CognitiveServices/accounts/deployments'],
      ['guardrail', 'fraud-strict', 'Microsoft.CognitiveServices/accounts/raiPolicies'],
    ]);
    const [oai, speechAsset, gpt] = inventory.assets;
    expect(oai!.facts).toEqual({
      publicNetworkAccess: true,
      localAuthEnabled: true,
      privateEndpoints: 0,
      outboundRestricted: false,
      encryption: 'platform',
      loggingEnabled: true,
      logCategories: ['audit'],
      logDestinations: [auditSetting.properties.workspaceId],
      tagsRead: true,
    });
    expect(speechAsset!.facts?.loggingEnabled).toBe(false);
    expect(gpt!.facts).toEqual({ contentFilter: true, providerHostedModel: true, tagsRead: true });
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: account.id, to: deployment.id, kind: 'contains' },
        { from: deployment.id, to: raiPolicy.id, kind: 'filtered-by' },
        { from: account.id, to: auditSetting.properties.workspaceId, kind: 'logs-to' },
      ]),
    );
    // a Speech account hosts no deployments: neither its deployments nor its content filters are asked for
    expect(requests.filter((r) => r.path.includes('speech-fraud/')).map((r) => r.path)).toEqual([`${speech.id}/providers/Microsoft.Insights/diagnosticSettings`]);
    // never a key: every call a GET, no listKeys; the role's actions cover exactly the calls made
    expect(requests.every((r) => r.method === 'GET' && !/listkeys/i.test(r.path))).toBe(true);
    const made = new Set(requests.map((r) => actionOf(r.path)));
    const declared = new Set(collectors.flatMap((c) => [...c.permissions]));
    expect(made).toEqual(declared);
    for (const action of declared) expect(azurePermissionsRole().Actions).toContain(action);
  });

  it('honours 429 with Retry-After on the deployments listing, then reads it', async () => {
    const throttled = { status: 429, headers: { 'retry-after': '1' }, body: armError('TooManyRequests', 'Rate limit is exceeded. Try again in 1 seconds.') };
    const { requests } = mockArm([{ path: ACCOUNTS, apiVersion: API, body: list([account]) }, ...accountRoutes({ deployments: [throttled, {}] })]);
    const started = Date.now();
    const inventory = await scan();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(requests.filter((r) => r.path.endsWith('/deployments'))).toHaveLength(2);
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.name)).toContain('gpt-4o');
  });

  it('a denied content-filter listing is a coverage gap scoped to the account; the rest is still read', async () => {
    const denied = { status: 403, body: armError('AuthorizationFailed', "The client does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/raiPolicies/read'") };
    mockArm([{ path: ACCOUNTS, apiVersion: API, body: list([account]) }, ...accountRoutes({ raiPolicies: [denied] })]);
    const inventory = await scan();
    expect(inventory.gaps.map((g) => [g.errorCode, g.service, g.kinds, g.scope])).toEqual([['AuthorizationFailed', 'Microsoft.CognitiveServices', ['guardrail'], account.id]]);
    expect(inventory.assets.map((a) => a.kind)).toEqual(['ai-service', 'deployment']);
    // the deployment names a policy that could not be read: whether it filters anything is unknown
    expect(inventory.assets[1]!.facts).toEqual({ providerHostedModel: true, tagsRead: true });
  });

  it('a deployment whose named policy has every filter disabled screens nothing', async () => {
    const disabled = { ...raiPolicy, properties: { ...raiPolicy.properties, contentFilters: raiPolicy.properties.contentFilters.map((c) => ({ ...c, enabled: false, blocking: false })) } };
    mockArm([{ path: ACCOUNTS, apiVersion: API, body: list([account]) }, ...accountRoutes({ raiPolicies: [{ body: list([disabled]) }] })]);
    const inventory = await scan();
    expect(inventory.assets.find((a) => a.kind === 'deployment')!.facts).toEqual({ contentFilter: false, providerHostedModel: true, tagsRead: true });
  });

  it('a denied account listing names every kind it would have fed, and reads nothing below it', async () => {
    const { requests } = mockArm([{ path: ACCOUNTS, apiVersion: API, status: 403, body: armError('AuthorizationFailed', 'no accounts/read') }]);
    const inventory = await scan();
    expect(inventory.assets).toEqual([]);
    expect(inventory.gaps).toHaveLength(1);
    expect(inventory.gaps[0]).toMatchObject({ errorCode: 'AuthorizationFailed', service: 'Microsoft.CognitiveServices' });
    expect([...inventory.gaps[0]!.kinds!].sort()).toEqual(['ai-service', 'deployment', 'guardrail']);
    expect(requests).toHaveLength(1);
  });

  it('customer-managed key, local auth off, outbound restricted, private endpoint and the no-filter policy', async () => {
    const pe = `/subscriptions/${f.SUB}/resourceGroups/rg-fraud-ai/providers/Microsoft.Network/privateEndpoints/pe-oai`;
    const locked = patched(account, {
      properties: {
        publicNetworkAccess: 'Disabled',
        disableLocalAuth: true,
        restrictOutboundNetworkAccess: true,
        allowedFqdnList: ['stfraud.blob.core.windows.net'],
        encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: { keyName: 'cmk-oai', keyVersion: 'a1b2', keyVaultUri: 'https://kv-fraud.vault.azure.net/' } },
        privateEndpointConnections: [{ id: `${account.id}/privateEndpointConnections/pe-oai`, properties: { privateEndpoint: { id: pe }, privateLinkServiceConnectionState: { status: 'Approved' } } }],
      },
    });
    const unfiltered = patched(deployment, { properties: { raiPolicyName: 'Microsoft.Nil' } });
    mockArm([{ path: ACCOUNTS, apiVersion: API, body: list([locked]) }, ...accountRoutes({ deployments: [{ body: list([unfiltered]) }] })]);
    const inventory = await scan();
    const [oai, gpt] = inventory.assets;
    expect(oai!.facts).toMatchObject({ publicNetworkAccess: false, localAuthEnabled: false, outboundRestricted: true, privateEndpoints: 1, encryption: 'cmk', encryptionKeyId: 'https://kv-fraud.vault.azure.net/keys/cmk-oai/a1b2' });
    expect(inventory.edges).toContainEqual({ from: account.id, to: pe, kind: 'private-endpoint' });
    expect(gpt!.facts?.contentFilter).toBe(false);
    expect(inventory.edges.filter((e) => e.kind === 'filtered-by')).toEqual([]);
  });
});
