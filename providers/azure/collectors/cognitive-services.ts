// Azure AI Services / Azure OpenAI (Microsoft.CognitiveServices): accounts, their model deployments and
// their content filters (RAI policies). Read-only: accounts/listKeys is never called.
import type { Facts } from '../../../src/model/index.js';
import { approvedPrivateEndpoints, arr, bool, enabled, idPart, resourceGroupOf, str, userAssignedIdentities, type ArmResource } from '../arm.js';
import { defineCollector, type EdgeSpec, type ListContext } from '../collector.js';
import { publicNetworkFacts } from './storage.js';

export const CS = 'Microsoft.CognitiveServices';
export const CS_ACCOUNTS = `${CS}/accounts`;
/** The RAI policy that applies no content filtering (returned for deployments created without filters). */
export const NO_FILTER_POLICY = 'Microsoft.Nil';
/** Account kinds that host model deployments and content filters; other kinds answer no such listing. */
const DEPLOYMENT_KINDS = new Set(['openai', 'aiservices']);

const hostsDeployments = (account: ArmResource): boolean => DEPLOYMENT_KINDS.has((account.kind ?? '').toLowerCase());

/** Lists a child type of the parent account (deployments, content filters) through the SDK. */
function listInAccount(child: 'deployments' | 'raiPolicies') {
  return (ctx: ListContext) => {
    const id = ctx.parent!.id;
    return ctx.clients.cognitiveServices[child].list(resourceGroupOf(id)!, idPart(id, 'accounts')!);
  };
}

/** Customer-managed key facts: `encryption` absent or keySource Microsoft.CognitiveServices means Microsoft-managed keys. */
function encryptionFacts(raw: ArmResource): Facts {
  if (!raw.properties) return {};
  const keySource = str(raw.properties, 'encryption', 'keySource');
  if (keySource?.toLowerCase() !== 'microsoft.keyvault') return { encryption: 'platform' };
  const vault = str(raw.properties, 'encryption', 'keyVaultProperties', 'keyVaultUri');
  const key = str(raw.properties, 'encryption', 'keyVaultProperties', 'keyName');
  const version = str(raw.properties, 'encryption', 'keyVaultProperties', 'keyVersion');
  const keyId = vault && key ? [`${vault.replace(/\/+$/, '')}/keys/${key}`, ...(version ? [version] : [])].join('/') : undefined;
  return { encryption: 'cmk', ...(keyId ? { encryptionKeyId: keyId } : {}) };
}

/** An IP rule of the account firewall covers every IPv4 address. */
function allowsEveryAddress(raw: ArmResource): boolean {
  return arr(raw.properties, 'networkAcls', 'ipRules').some((r) => str(r, 'value') === '0.0.0.0/0');
}

export const aiServicesAccounts = defineCollector({
  type: 'asset',
  name: 'cognitive-services/accounts',
  service: CS,
  kind: 'ai-service',
  nativeType: CS_ACCOUNTS,
  facts: ['publicNetworkAccess', 'localAuthEnabled', 'privateEndpoints', 'encryption', 'encryptionKeyId', 'outboundRestricted'],
  permissions: [`${CS_ACCOUNTS}/read`],
  // Account metadata only: listKeys (the account keys) is never requested.
  list: ({ clients }) => clients.cognitiveServices.accounts.list(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = { ...publicNetworkFacts(raw, 'networkAcls'), ...encryptionFacts(raw) };
    // A deny-by-default firewall that allows 0.0.0.0/0 lets the whole internet in.
    if (facts.publicNetworkAccess === false && enabled(p.publicNetworkAccess) !== false && allowsEveryAddress(raw)) facts.publicNetworkAccess = true;
    if (raw.properties) {
      // disableLocalAuth defaults to false: keys are accepted unless it is true
      // (https://learn.microsoft.com/azure/ai-services/disable-local-auth).
      facts.localAuthEnabled = bool(p, 'disableLocalAuth') !== true;
      // restrictOutboundNetworkAccess absent means outbound is not restricted (data loss prevention off).
      facts.outboundRestricted = bool(p, 'restrictOutboundNetworkAccess') === true;
    }
    const endpoints = approvedPrivateEndpoints(raw);
    facts.privateEndpoints = endpoints.count;
    const storage = arr(p, 'userOwnedStorage').map((s) => str(s, 'resourceId')).filter((id): id is string => id !== undefined);
    const edges: EdgeSpec[] = [
      ...endpoints.ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
      ...storage.map((to) => ({ kind: 'uses-storage' as const, to })),
      ...userAssignedIdentities(raw).map((to) => ({ kind: 'assumes' as const, to })),
    ];
    return { facts, edges };
  },
});

/** What the collectors of an account's children share: run once per account that hosts models. */
const ACCOUNT_CHILD = { type: 'asset', service: CS, parent: aiServicesAccounts.name, when: hostsDeployments } as const;

export const aiModelDeployments = defineCollector({
  ...ACCOUNT_CHILD,
  name: 'cognitive-services/deployments',
  kind: 'deployment',
  nativeType: `${CS_ACCOUNTS}/deployments`,
  facts: ['contentFilter', 'providerHostedModel'],
  permissions: [`${CS_ACCOUNTS}/deployments/read`],
  list: listInAccount('deployments'),
  normalize(raw, parent) {
    const facts: Facts = {};
    const policy = str(raw.properties, 'raiPolicyName');
    // Without raiPolicyName the default content filter applies
    // (https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter); Microsoft.Nil filters nothing.
    if (raw.properties) facts.contentFilter = policy !== NO_FILTER_POLICY;
    // The service loads the deployed model (a catalog model or one fine-tuned in the account) from its own store.
    if (raw.properties) facts.providerHostedModel = true;
    const account = parent?.id ?? raw.id.replace(/\/deployments\/[^/]+$/i, '');
    const edges: EdgeSpec[] = policy && policy !== NO_FILTER_POLICY ? [{ kind: 'filtered-by', to: `${account}/raiPolicies/${policy}` }] : [];
    return { facts, edges };
  },
});

export const aiContentFilters = defineCollector({
  ...ACCOUNT_CHILD,
  name: 'cognitive-services/rai-policies',
  kind: 'guardrail',
  nativeType: `${CS_ACCOUNTS}/raiPolicies`,
  facts: [],
  permissions: [`${CS_ACCOUNTS}/raiPolicies/read`],
  list: listInAccount('raiPolicies'),
  normalize: () => ({ facts: {} }),
});

export const cognitiveServicesCollectors = [aiServicesAccounts, aiModelDeployments, aiContentFilters] as const;
