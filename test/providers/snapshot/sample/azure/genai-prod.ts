import type { DescribedRecord, NamedRef, Ref } from '../estate-builder.js';
import { aiDeployment, aiServicesAccount, raiPolicy, workspaceConnection } from './ai-services.js';
import { mlWorkspace } from './ml-workspace.js';
import { serverlessEndpoint } from './ml-stores.js';
import type { AzureScope, PrivateLink } from './scope.js';
import { storageAccount, type VaultKey } from './storage.js';

/** What the prod subscription's generative-AI estate uses from the rest of the subscription. */
export interface ProdGenAiDeps {
  logs: NamedRef;
  insights: Ref;
  vault: DescribedRecord;
  cmk: VaultKey;
  identity: DescribedRecord;
  link: (name: string, groupId: string) => PrivateLink;
}

/**
 * The prod subscription's generative-AI estate: the claims digital team's Azure OpenAI account
 * (made in the portal: API keys on, open to the internet, a chat deployment with content
 * filtering switched off for a demo and never switched back), the platform team's AI Services
 * account (private endpoint, customer-managed key, managed identity, keys off), and an AI
 * Foundry hub with one project, connected to both accounts, whose serverless Llama endpoint takes
 * keys and runs without content safety.
 */
export function buildAzureGenAi(s: AzureScope, d: ProdGenAiDeps): void {
  const openai = aiServicesAccount(s, { name: 'oai-claims-prod-weu', kind: 'OpenAI', publicNetwork: true, keyAuth: true, storedCompletions: true });
  aiDeployment(s, openai, { name: 'gpt-4o-claims-chat', model: { name: 'gpt-4o', version: '2024-11-20' }, sku: 'GlobalStandard', capacity: 80, autoUpgrade: true, raiPolicy: 'Microsoft.Nil' });
  const lettersFilter = raiPolicy(s, openai, { name: 'claims-letters-filter', threshold: 'Medium', jailbreak: true, indirectAttack: false, protectedMaterial: true });
  aiDeployment(s, openai, { name: 'gpt-4o-mini-letters', model: { name: 'gpt-4o-mini', version: '2024-07-18' }, sku: 'Standard', capacity: 30, autoUpgrade: false, raiPolicy: lettersFilter.name });

  const aiServices = aiServicesAccount(s, {
    name: 'ais-claims-prod-weu',
    kind: 'AIServices',
    publicNetwork: false,
    keyAuth: false,
    storedCompletions: false,
    identity: d.identity,
    cmk: { key: d.cmk, identity: d.identity },
    restrictOutbound: ['sthubclaimsgenaiweu.blob.core.windows.net'],
    privateLinks: [d.link('pe-ais-claims-prod-weu', 'account')],
    logsTo: d.logs,
  });
  const intakeFilter = raiPolicy(s, aiServices, { name: 'intake-strict', threshold: 'Medium', jailbreak: true, indirectAttack: true, protectedMaterial: true });
  aiDeployment(s, aiServices, { name: 'gpt-4o-intake', model: { name: 'gpt-4o', version: '2024-11-20' }, sku: 'Standard', capacity: 50, autoUpgrade: false, raiPolicy: intakeFilter.name });

  const hubStorage = storageAccount(s, {
    name: 'sthubclaimsgenaiweu',
    publicNetwork: false,
    allowBlobPublicAccess: false,
    sharedKey: false,
    minTls: 'TLS1_2',
    httpsOnly: true,
    key: d.cmk,
    versioning: true,
    softDeleteDays: 30,
    privateLinks: [d.link('pe-st-hubclaimsgenai-blob', 'blob')],
    logsTo: d.logs,
  });
  const common = { storage: hubStorage, keyVault: d.vault, insights: d.insights, publicNetwork: false, managedNetwork: 'AllowOnlyApprovedOutbound', cmk: { vault: d.vault, key: d.cmk }, hbi: true, logsTo: d.logs } as const;
  const hub = mlWorkspace(s, {
    ...common,
    name: 'hub-claims-genai-prod-weu',
    friendlyName: 'Claims generative AI hub (prod)',
    foundry: { kind: 'Hub' },
    principalId: '1f4b7e2a-5c8d-4a3f-9e6b-0d2c5a8f1e47',
    privateLinks: [d.link('pe-hub-claims-genai-prod-weu', 'amlworkspace')],
  });
  const project = mlWorkspace(s, { ...common, name: 'proj-claims-letters', friendlyName: 'Claims letters assistant', foundry: { kind: 'Project', hub }, principalId: '6a9d2c5f-8e1b-4d7a-b3f0-4c7e1a9d2b58' });
  workspaceConnection(s, hub, { name: 'ais-claims-prod-weu', category: 'AIServices', target: aiServices, authType: 'AAD', sharedToAll: true });
  // Added from the portal to try the claims chat deployment in the playground: an account key, shared with every project.
  workspaceConnection(s, hub, { name: 'oai-claims-prod-weu', category: 'AzureOpenAI', target: openai, authType: 'ApiKey', sharedToAll: true });
  // A Llama model from the catalog, tried against the letters assistant: deployed with key auth and Azure AI Content Safety off.
  serverlessEndpoint(s, project, {
    name: 'llama-claims-letters',
    catalogModel: 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-70B-Instruct/versions/4',
    marketplaceOffer: 'meta-llama-3-1-70b-instruct',
    authMode: 'Key',
    contentSafety: false,
  });
}
