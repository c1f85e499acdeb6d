// Azure ML / AI Foundry serverless endpoints (models as a service): a catalog model served on
// Microsoft's capacity, billed per token. Not in the 2.1.1 SDK (api-version 2022-10-01): read with a
// GET at the configured api-version (serverlessEndpoints exist from 2024-04-01;
// https://learn.microsoft.com/rest/api/azureml/serverless-endpoints/list).
import type { Facts } from '../../../src/model/index.js';
import { enabled, str, type ArmResource } from '../arm.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { assetVersionId, workspaceIdOf } from './ml-refs.js';
import { ML, WS, WORKSPACES, edge, identityEdges, inWorkspace } from './machine-learning-shared.js';
import { authModeFacts } from './machine-learning-serving.js';

/** `properties.authMode`: Key (static keys) or AAD (Entra ID tokens), as the API spells them. */
const SERVERLESS_AUTH: Record<string, string> = { key: 'key', aad: 'aad' };

/** A model of a registry (`azureml://registries/<registry>/models/…`): the model catalog, hosted by Microsoft. */
const REGISTRY_MODEL = /^azureml:\/\/registries\//i;

/**
 * The endpoint has no network switch of its own: it follows the public network access of the
 * workspace (for a project, the hub's setting, which the project carries) it is deployed in
 * (https://learn.microsoft.com/azure/ai-foundry/how-to/configure-private-link, "serverless API endpoints").
 */
function workspaceReach(workspace: ArmResource | undefined): boolean | undefined {
  const pna = enabled(workspace?.properties?.publicNetworkAccess);
  return pna === undefined ? undefined : pna || workspace?.properties?.allowPublicAccessWhenBehindVnet === true;
}

export function serverlessFacts(raw: ArmResource, workspace: ArmResource | undefined): Facts {
  const p = raw.properties ?? {};
  const facts: Facts = authModeFacts(str(p, 'authMode'), SERVERLESS_AUTH);
  // contentSafetyStatus Enabled / Disabled; absent leaves it unknown (the API documents no default for a read record).
  const safety = enabled(str(p, 'contentSafety', 'contentSafetyStatus'));
  if (safety !== undefined) facts.contentFilter = safety;
  const reach = workspaceReach(workspace);
  if (reach !== undefined) facts.publicNetworkAccess = reach;
  // Models as a service: the weights, a catalog model's or a fine-tuned one's, are held and loaded by
  // Microsoft; no customer storage is read (https://learn.microsoft.com/azure/ai-foundry/concepts/deployments-overview).
  if (raw.properties) facts.providerHostedModel = true;
  return facts;
}

/** A model of the workspace, by ARM id or `azureml:` reference → serves-model to its version; a catalog model stays in the raw record. */
function servedModelEdges(raw: ArmResource): EdgeSpec[] {
  const model = str(raw.properties, 'modelSettings', 'modelId');
  const ws = workspaceIdOf(raw.id);
  if (!model || !ws || REGISTRY_MODEL.test(model)) return [];
  return edge('serves-model', assetVersionId(model, ws, 'models'));
}

export const serverlessEndpoints = defineCollector({
  type: 'asset',
  name: 'machine-learning/serverless-endpoints',
  service: ML,
  parent: WORKSPACES,
  kind: 'endpoint',
  nativeType: `${WS}/serverlessEndpoints`,
  facts: ['publicNetworkAccess', 'authModes', 'localAuthEnabled', 'contentFilter', 'providerHostedModel'],
  permissions: [`${WS}/serverlessEndpoints/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearningList(`/subscriptions/${ctx.subscriptionId}/resourceGroups/${rg}/providers/${WS}/${ws}/serverlessEndpoints`);
  },
  normalize: (raw, workspace) => ({ facts: serverlessFacts(raw, workspace), edges: [...servedModelEdges(raw), ...identityEdges(raw)] }),
});
