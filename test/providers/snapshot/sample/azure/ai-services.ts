import { recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord, NamedRef } from '../estate-builder.js';
import { ORG } from '../org.js';
import { addPrivateLinks } from './network.js';
import { addAzureRecord, armId, diagnosticSettings, enabledDisabled, privateEndpointConnections, type AzureScope, type PrivateLink } from './scope.js';
import type { VaultKey } from './storage.js';

// Azure AI Services / Azure OpenAI records (Microsoft.CognitiveServices) in the wire shapes of
// test/fixtures/wire/azure/cognitive-services/: accounts with their diagnostic settings, model
// deployments and content filters (RAI policies). Account keys are never part of a GET.

const AI_LOG_CATEGORIES = ['Audit', 'RequestResponse', 'Trace'];

export interface AiAccountOptions {
  name: string;
  kind: 'OpenAI' | 'AIServices';
  publicNetwork: boolean;
  /** disableLocalAuth absent: API keys are accepted. */
  keyAuth: boolean;
  /** storedCompletionsDisabled absent: callers may store prompts and completions in the service. */
  storedCompletions: boolean;
  identity?: DescribedRecord;
  cmk?: { key: VaultKey; identity: DescribedRecord };
  restrictOutbound?: string[];
  privateLinks?: PrivateLink[];
  logsTo?: NamedRef;
}

/** An Azure OpenAI or AI Services account (GET on the account; listKeys is never called). */
export function aiServicesAccount(scope: AzureScope, o: AiAccountOptions): DescribedRecord {
  const id = armId(scope, 'Microsoft.CognitiveServices', 'accounts', o.name);
  const host = o.kind === 'OpenAI' ? `${o.name}.openai.azure.com` : `${o.name}.cognitiveservices.azure.com`;
  const identityIds = (identity: DescribedRecord) => recordOf<{ properties: { principalId: string; clientId: string } }>(identity)!.properties;
  const account = addAzureRecord(scope, {
    id,
    name: o.name,
    type: 'Microsoft.CognitiveServices/accounts',
    body: {
      kind: o.kind,
      sku: { name: 'S0' },
      identity: o.identity
        ? { type: 'UserAssigned', userAssignedIdentities: { [o.identity.id]: identityIds(o.identity) } }
        : { type: 'SystemAssigned', principalId: '7c1e3a5f-9b2d-4f6a-8e0c-2d4f6a8c0e1b', tenantId: ORG.tenantId },
      properties: {
        endpoint: `https://${host}/`,
        internalId: o.kind === 'OpenAI' ? '3b7d1f5a9c2e4b6d8f0a1c3e5b7d9f2a' : '8e2c4a6f0b1d3e5f7a9c2b4d6f8a0c1e',
        dateCreated: '2026-05-12T09:41:00.0000000Z',
        isMigrated: false,
        customSubDomainName: o.name,
        networkAcls: { defaultAction: o.publicNetwork ? 'Allow' : 'Deny', ...(!o.publicNetwork && { bypass: 'None' }), virtualNetworkRules: [], ipRules: [] },
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        ...(!o.keyAuth && { disableLocalAuth: true }),
        ...(!o.storedCompletions && { storedCompletionsDisabled: true }),
        ...(o.restrictOutbound && { restrictOutboundNetworkAccess: true, allowedFqdnList: o.restrictOutbound }),
        ...(o.cmk && {
          encryption: {
            keySource: 'Microsoft.KeyVault',
            keyVaultProperties: { keyName: o.cmk.key.name, keyVersion: '5d9b1f3a7c2e4a6b8d0f2c4e6a8b0d1f', keyVaultUri: o.cmk.key.uri.replace(/keys\/[^/]+$/, ''), identityClientId: identityIds(o.cmk.identity).clientId },
          },
        }),
        capabilities: [{ name: 'VirtualNetworks' }, { name: 'CustomerManagedKey' }, { name: 'MaxFineTuneCount', value: '100' }],
        endpoints: { 'OpenAI Language Model Instance API': `https://${host}/` },
        provisioningState: 'Succeeded',
      },
    },
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, AI_LOG_CATEGORIES) },
  });
  addPrivateLinks(scope, account, o.privateLinks);
  return account;
}

export interface AiDeploymentOptions {
  name: string;
  model: { name: string; version: string };
  sku: 'Standard' | 'GlobalStandard' | 'DataZoneStandard';
  capacity: number;
  autoUpgrade: boolean;
  /** The content filter (RAI policy) attached; Microsoft.Nil filters nothing. */
  raiPolicy: string;
}

/**
 * A resource listed under `parent` (`<parent>/<segment>/<name>`, ARM type `<parent type>/<segment>`):
 * a proxy resource with no location or tags of its own, unless `tracked`.
 */
export function addChildRecord(scope: AzureScope, parent: DescribedRecord, segment: string, name: string, body: Record<string, unknown>, tracked = false): DescribedRecord {
  return addAzureRecord(scope, { id: `${parent.id}/${segment}/${name}`, name, type: `${parent.nativeType}/${segment}`, child: !tracked, body });
}

/** A model deployment of an account (deployments/list). */
export function aiDeployment(scope: AzureScope, account: DescribedRecord, o: AiDeploymentOptions): DescribedRecord {
  return addChildRecord(scope, account, 'deployments', o.name, {
    sku: { name: o.sku, capacity: o.capacity },
    properties: {
      model: { format: 'OpenAI', name: o.model.name, version: o.model.version },
      versionUpgradeOption: o.autoUpgrade ? 'OnceNewDefaultVersionAvailable' : 'NoAutoUpgrade',
      currentCapacity: o.capacity,
      capabilities: { chatCompletion: 'true', maxContextToken: '128000', maxOutputToken: '16384' },
      provisioningState: 'Succeeded',
      raiPolicyName: o.raiPolicy,
      rateLimits: [
        { key: 'request', renewalPeriod: 10, count: o.capacity },
        { key: 'token', renewalPeriod: 60, count: o.capacity * 1000 },
      ],
    },
  });
}

export interface RaiPolicyOptions {
  name: string;
  threshold: 'Low' | 'Medium' | 'High';
  jailbreak: boolean;
  indirectAttack: boolean;
  protectedMaterial: boolean;
}

/** A user-managed content filter (raiPolicies/list): harm categories both ways, prompt shields, protected material. */
export function raiPolicy(scope: AzureScope, account: DescribedRecord, o: RaiPolicyOptions): DescribedRecord {
  const harm = (source: string) => ['Hate', 'Sexual', 'Violence', 'Selfharm'].map((name) => ({ name, severityThreshold: o.threshold, blocking: true, enabled: true, source }));
  const toggle = (name: string, on: boolean, source: string) => ({ name, blocking: on, enabled: on, source });
  return addChildRecord(scope, account, 'raiPolicies', o.name, {
    properties: {
      type: 'UserManaged',
      mode: 'Blocking',
      basePolicyName: 'Microsoft.DefaultV2',
      contentFilters: [
        ...harm('Prompt'),
        toggle('Jailbreak', o.jailbreak, 'Prompt'),
        toggle('Indirect Attack', o.indirectAttack, 'Prompt'),
        toggle('Profanity', true, 'Prompt'),
        ...harm('Completion'),
        toggle('Protected Material Text', o.protectedMaterial, 'Completion'),
        toggle('Protected Material Code', o.protectedMaterial, 'Completion'),
        toggle('Profanity', true, 'Completion'),
      ],
      customBlocklists: [],
    },
  });
}

export interface ConnectionOptions {
  name: string;
  category: 'AzureOpenAI' | 'AIServices';
  target: DescribedRecord;
  authType: 'AAD' | 'ApiKey';
  sharedToAll: boolean;
}

/** A workspace (hub) connection: its category, target and auth type; credentials are never part of a GET. */
export function workspaceConnection(scope: AzureScope, ws: DescribedRecord, o: ConnectionOptions): DescribedRecord {
  const endpoint = recordOf<{ properties: { endpoint: string } }>(o.target)!.properties.endpoint;
  return addChildRecord(scope, ws, 'connections', o.name, {
    properties: {
      authType: o.authType,
      category: o.category,
      target: endpoint,
      isSharedToAll: o.sharedToAll,
      metadata: { ApiType: 'Azure', ApiVersion: '2024-10-21', ResourceId: o.target.id },
    },
  });
}
