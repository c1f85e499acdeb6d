// How an asset of the estate becomes a CycloneDX 1.6 component or service (see cyclonedx.ts).
import { findTag, type Asset, type AssetKind } from '../../model/index.js';

export type ComponentType = 'machine-learning-model' | 'data' | 'platform' | 'application';

/** The component type of each ML kind; endpoints, deployments, agents and AI services are services; other kinds are left out (storage only when ML uses it). */
export const COMPONENT_TYPE: Partial<Readonly<Record<AssetKind, ComponentType>>> = {
  model: 'machine-learning-model',
  'model-version': 'machine-learning-model',
  dataset: 'data',
  datastore: 'data',
  'feature-store': 'data',
  'knowledge-base': 'data',
  storage: 'data',
  workspace: 'platform',
  compute: 'platform',
  notebook: 'platform',
  'model-registry': 'platform',
  'training-job': 'application',
  'ml-job': 'application',
  pipeline: 'application',
  guardrail: 'application',
};

export const SERVICE_KINDS: ReadonlySet<AssetKind> = new Set(['endpoint', 'deployment', 'agent', 'ai-service']);

interface Property {
  name: string;
  value: string;
}

/** Where the asset lives and what the cloud calls it, then its tags: `mlscan:*` properties. */
export function locationProperties(asset: Asset, accountName?: string): Property[] {
  return [
    { name: 'mlscan:assetId', value: asset.id },
    { name: 'mlscan:kind', value: asset.kind },
    { name: 'mlscan:provider', value: asset.provider },
    { name: 'mlscan:account', value: asset.account },
    ...(accountName ? [{ name: 'mlscan:accountName', value: accountName }] : []),
    { name: 'mlscan:region', value: asset.region },
    { name: 'mlscan:nativeType', value: asset.nativeType },
    ...Object.entries(asset.tags).map(([key, value]) => ({ name: `mlscan:tag:${key}`, value })),
  ];
}

/** The data classification tag of an asset (the keys the scan read: `context.classificationKeys`), if it has one. */
export function classificationOf(asset: Asset, context: Pick<MemberContext, 'classificationKeys'>): string | undefined {
  return findTag(asset.tags, context.classificationKeys)?.value;
}

/** The facts a model card can carry: registration, approval, recorded lineage, encryption. */
function modelCardProperties(asset: Asset): Property[] {
  const { registered, approvalStatus, lineageRecorded, encryption } = asset.facts;
  const facts: Array<[string, unknown]> = [
    ['mlscan:registered', registered],
    ['mlscan:approvalStatus', approvalStatus],
    ['mlscan:lineageRecorded', lineageRecorded],
    ['mlscan:encryption', encryption],
  ];
  return facts.filter(([, value]) => value !== undefined).map(([name, value]) => ({ name, value: String(value) }));
}

export interface MemberContext {
  /** Ids of the data components (what a model card's datasets may reference). */
  dataRefs: ReadonlySet<string>;
  /** Ids the asset points at along an edge of `kind`. */
  targets(id: string, kind: 'trained-on' | 'uses-image' | 'serves-model'): readonly string[];
  bomLink(ref: string): string;
  isMember(id: string): boolean;
  /** The name of an account or subscription, when the scan read it. */
  accountName(account: string): string | undefined;
  /** The tag keys the scan read for the data classification (configured, or the defaults before 2.2). */
  classificationKeys: readonly string[];
}

export function component(asset: Asset, type: ComponentType, context: MemberContext): Record<string, unknown> {
  return {
    type,
    'bom-ref': asset.id,
    name: asset.name || asset.id,
    ...(type === 'machine-learning-model' ? { modelCard: modelCard(asset, context) } : {}),
    ...(type === 'data' ? { data: [dataOf(asset, context)] } : {}),
    properties: [...locationProperties(asset, context.accountName(asset.account)), ...context.targets(asset.id, 'uses-image').map((image) => ({ name: 'mlscan:image', value: image }))],
  };
}

function modelCard(asset: Asset, context: MemberContext): Record<string, unknown> {
  const datasets = context.targets(asset.id, 'trained-on').filter((id) => context.dataRefs.has(id));
  const properties = modelCardProperties(asset);
  return {
    ...(datasets.length ? { modelParameters: { datasets: datasets.map((ref) => ({ ref })) } } : {}),
    ...(properties.length ? { properties } : {}),
  };
}

function dataOf(asset: Asset, context: MemberContext): Record<string, unknown> {
  const classification = classificationOf(asset, context);
  return { type: 'dataset', name: asset.name || asset.id, ...(classification ? { classification } : {}) };
}

/**
 * An endpoint, deployment or agent: `authenticated` when its auth modes are known (false when
 * one is `none`), `x-trust-boundary` when its network exposure is known (public: it crosses one),
 * and a bi-directional data flow (requests in, predictions out) to each model it serves.
 */
export function service(asset: Asset, context: MemberContext): Record<string, unknown> {
  const { authModes, publicNetworkAccess } = asset.facts;
  const classification = classificationOf(asset, context) ?? 'unclassified';
  const served = context.targets(asset.id, 'serves-model').filter((id) => context.isMember(id));
  return {
    'bom-ref': asset.id,
    name: asset.name || asset.id,
    ...(authModes?.length ? { authenticated: !authModes.includes('none') } : {}),
    ...(publicNetworkAccess !== undefined ? { 'x-trust-boundary': publicNetworkAccess } : {}),
    ...(served.length
      ? { data: served.map((model) => ({ flow: 'bi-directional', classification, name: 'inference requests and predictions', destination: [context.bomLink(model)] })) }
      : {}),
    properties: locationProperties(asset, context.accountName(asset.account)),
  };
}
