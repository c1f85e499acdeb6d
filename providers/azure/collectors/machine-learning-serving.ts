// Azure ML serving: online endpoints and deployments, batch endpoints.
import type { Facts } from '../../../src/model/index.js';
import { enabled, num, obj, str, type ArmResource } from '../arm.js';
import { defineCollector } from '../collector.js';
import { assetVersionId, workspaceIdOf } from './ml-refs.js';
import { ML, WS, inWorkspace, identityEdges, edge, WORKSPACES } from './machine-learning-shared.js';

// ---------------------------------------------------------------- endpoints and deployments

const ENDPOINT_AUTH: Record<string, string> = { key: 'key', amltoken: 'token', aadtoken: 'aad' };

/** `authModes` and `localAuthEnabled` from an endpoint's `authMode`, through `table` (the API's spelling, lower case → auth mode). */
export function authModeFacts(mode: string | undefined, table: Readonly<Record<string, string>>): Facts {
  const normalised = mode ? table[mode.toLowerCase()] : undefined;
  return normalised ? { authModes: [normalised], localAuthEnabled: normalised === 'key' } : {};
}

function endpointFacts(raw: ArmResource): Facts {
  const p = raw.properties ?? {};
  const facts: Facts = authModeFacts(str(p, 'authMode'), ENDPOINT_AUTH);
  const pna = enabled(p.publicNetworkAccess);
  if (pna !== undefined) facts.publicNetworkAccess = pna;
  return facts;
}

export const onlineEndpoints = defineCollector({
  type: 'asset',
  name: 'machine-learning/online-endpoints',
  service: ML,
  parent: WORKSPACES,
  kind: 'endpoint',
  nativeType: `${WS}/onlineEndpoints`,
  facts: ['publicNetworkAccess', 'authModes', 'localAuthEnabled'],
  permissions: [`${WS}/onlineEndpoints/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.onlineEndpoints.list(rg, ws);
  },
  normalize: (raw) => ({ facts: endpointFacts(raw), edges: identityEdges(raw) }),
});

export const onlineDeployments = defineCollector({
  type: 'asset',
  name: 'machine-learning/online-deployments',
  service: ML,
  parent: onlineEndpoints.name,
  kind: 'deployment',
  nativeType: `${WS}/onlineEndpoints/deployments`,
  facts: ['directInternetAccess', 'dataCapture', 'instanceCount'],
  permissions: [`${WS}/onlineEndpoints/deployments/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.onlineDeployments.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const egress = enabled(p.egressPublicNetworkAccess);
    if (egress !== undefined) facts.directInternetAccess = egress;
    const capacity = num(raw.sku, 'capacity');
    if (capacity !== undefined) facts.instanceCount = capacity;
    // A current api-version returns dataCollector when it is configured; absent means no capture.
    const collections = Object.values(obj(p, 'dataCollector', 'collections') ?? {});
    if (raw.properties) facts.dataCapture = collections.some((c) => str(c, 'dataCollectionMode') !== 'Disabled');
    const ws = workspaceIdOf(raw.id);
    const model = str(p, 'model');
    return { facts, edges: edge('serves-model', model && ws ? assetVersionId(model, ws, 'models') : undefined) };
  },
});

export const batchEndpoints = defineCollector({
  type: 'asset',
  name: 'machine-learning/batch-endpoints',
  service: ML,
  parent: WORKSPACES,
  kind: 'endpoint',
  nativeType: `${WS}/batchEndpoints`,
  facts: ['publicNetworkAccess', 'authModes', 'localAuthEnabled'],
  permissions: [`${WS}/batchEndpoints/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.batchEndpoints.list(rg, ws);
  },
  // Batch endpoints have no network switch of their own: they are reached through the workspace.
  normalize: (raw, workspace) => {
    const facts = endpointFacts(raw);
    const pna = enabled(workspace?.properties?.publicNetworkAccess);
    if (facts.publicNetworkAccess === undefined && pna !== undefined) facts.publicNetworkAccess = pna || workspace?.properties?.allowPublicAccessWhenBehindVnet === true;
    return { facts, edges: identityEdges(raw) };
  },
});
