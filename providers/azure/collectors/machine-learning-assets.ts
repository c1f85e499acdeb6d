// Azure ML data and models: datastores, data assets and versions, models and versions, the jobs that produced them.
import type { Facts } from '../../../src/model/index.js';
import { bool, idPart, obj, str } from '../arm.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { assetVersionId, STORAGE_BY_NAME, storageTargetOf, workspaceIdOf } from './ml-refs.js';
import { ML, WS, inWorkspace, edge, WORKSPACES } from './machine-learning-shared.js';

// ---------------------------------------------------------------- datastores

/** Credential type → the auth mode it stands for. The secrets themselves are never kept. */
const DATASTORE_AUTH: Record<string, { mode: string; local: boolean }> = {
  AccountKey: { mode: 'key', local: true },
  Sas: { mode: 'token', local: true },
  ServicePrincipal: { mode: 'aad', local: false },
  Certificate: { mode: 'aad', local: false },
  None: { mode: 'aad', local: false },
};

export const datastores = defineCollector({
  type: 'asset',
  name: 'machine-learning/datastores',
  service: ML,
  parent: WORKSPACES,
  kind: 'datastore',
  nativeType: `${WS}/datastores`,
  facts: ['authModes', 'localAuthEnabled'],
  permissions: [`${WS}/datastores/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.datastores.list(rg, ws);
  },
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const type = str(p, 'credentials', 'credentialsType');
    const auth = type ? DATASTORE_AUTH[type] : undefined;
    if (auth) {
      facts.authModes = [auth.mode];
      facts.localAuthEnabled = auth.local;
    }
    const account = str(p, 'accountName');
    const sub = str(p, 'subscriptionId');
    const rg = str(p, 'resourceGroup');
    const target = account
      ? sub && rg
        ? `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Storage/storageAccounts/${account}`
        : `${STORAGE_BY_NAME}${account.toLowerCase()}`
      : undefined;
    return { facts, edges: edge('uses-storage', target) };
  },
});

// ---------------------------------------------------------------- data assets

export const dataContainers = defineCollector({
  type: 'asset',
  name: 'machine-learning/data',
  service: ML,
  parent: WORKSPACES,
  kind: 'dataset',
  nativeType: `${WS}/data`,
  facts: [],
  permissions: [`${WS}/data/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.dataContainers.list(rg, ws);
  },
  normalize: () => ({ facts: {} }),
});

export const dataVersions = defineCollector({
  type: 'asset',
  name: 'machine-learning/data-versions',
  service: ML,
  parent: dataContainers.name,
  kind: 'dataset',
  nativeType: `${WS}/data/versions`,
  facts: ['versioning'],
  permissions: [`${WS}/data/versions/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.dataVersions.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw, parent) {
    const uri = str(raw.properties, 'dataUri');
    const ws = workspaceIdOf(raw.id);
    return {
      name: `${parent?.name ?? idPart(raw.id, 'data')}:${raw.name}`,
      facts: { versioning: true },
      edges: edge('stored-in', uri && ws ? storageTargetOf(uri, ws) : undefined),
    };
  },
});

// ---------------------------------------------------------------- models

export const modelContainers = defineCollector({
  type: 'asset',
  name: 'machine-learning/models',
  service: ML,
  parent: WORKSPACES,
  kind: 'model',
  nativeType: `${WS}/models`,
  facts: ['registered'],
  permissions: [`${WS}/models/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.modelContainers.list(rg, ws);
  },
  normalize: () => ({ facts: { registered: true } }),
});

export const modelVersions = defineCollector({
  type: 'asset',
  name: 'machine-learning/model-versions',
  service: ML,
  parent: modelContainers.name,
  kind: 'model-version',
  nativeType: `${WS}/models/versions`,
  facts: ['versioning', 'registered', 'approvalStatus', 'lineageRecorded'],
  permissions: [`${WS}/models/versions/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.modelVersions.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw, parent) {
    const p = raw.properties ?? {};
    const ws = workspaceIdOf(raw.id);
    const job = str(p, 'jobName');
    const uri = str(p, 'modelUri');
    const edges: EdgeSpec[] = [];
    if (parent) edges.push({ kind: 'version-of', to: parent.id });
    if (job && ws) edges.push({ kind: 'produced-by', to: `${ws}/jobs/${job}` });
    if (uri && ws) edges.push(...edge('stored-in', storageTargetOf(uri, ws)));
    return {
      name: `${parent?.name ?? idPart(raw.id, 'models')}:${raw.name}`,
      facts: { registered: true, versioning: true, lineageRecorded: job !== undefined, approvalStatus: approvalOfStage(str(p, 'stage'), bool(p, 'isArchived') === true) },
      edges,
    };
  },
});

/**
 * Azure ML has no approval status: the version's lifecycle `stage` (free text, e.g. Development,
 * Staging, Production, Archived) stands for it. Production: approved; Archived (or `isArchived`):
 * rejected; any other stage: pending (still in development or review); no stage: none.
 */
export function approvalOfStage(stage: string | undefined, archived: boolean): NonNullable<Facts['approvalStatus']> {
  const s = stage?.trim().toLowerCase();
  if (archived || s === 'archived') return 'rejected';
  if (s === 'production') return 'approved';
  return s ? 'pending' : 'none';
}

/** The job that produced a model version: read by name, so only jobs that matter are fetched. */
export const modelJobs = defineCollector({
  type: 'asset',
  name: 'machine-learning/jobs',
  service: ML,
  parent: modelVersions.name,
  parentEdge: null,
  kind: 'training-job',
  nativeType: `${WS}/jobs`,
  facts: ['lineageRecorded'],
  permissions: [`${WS}/jobs/read`],
  when: (version) => str(version.properties, 'jobName') !== undefined,
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.jobs.get(rg, ws, str(ctx.parent!.properties, 'jobName')!);
  },
  normalize(raw) {
    const ws = workspaceIdOf(raw.id);
    const edges: EdgeSpec[] = [];
    for (const input of Object.values(obj(raw.properties, 'inputs') ?? {})) {
      const uri = str(input, 'uri');
      if (!uri || !ws) continue;
      const target = assetVersionId(uri, ws, 'data') ?? storageTargetOf(uri, ws);
      if (target) edges.push({ kind: 'trained-on', to: target });
    }
    return { facts: { lineageRecorded: edges.length > 0 }, edges };
  },
});
