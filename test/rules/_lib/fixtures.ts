import type { Asset, AssetKind, CoverageGap, Edge, EdgeKind } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';

/**
 * Case parts for a supporting asset that an ML asset points at, so rules scoped to "used by ML"
 * apply through the graph rather than through the mlRelated fact.
 */
export function usedByMl(
  asset: Asset,
  edge: EdgeKind = 'uses-storage',
  fromKind: AssetKind = 'workspace',
): { asset: Asset; related: Asset[]; edges: Edge[] } {
  const user = makeAsset({ kind: fromKind, provider: asset.provider });
  return { asset, related: [user], edges: [{ from: user.id, to: asset.id, kind: edge }] };
}

/** A coverage gap as a scan records one: reads of `kinds` denied in `asset`'s account and region (narrow it with `extra`). */
export function deniedGap(asset: Asset, kinds: AssetKind[], extra: Partial<CoverageGap> = {}): CoverageGap {
  return { provider: asset.provider, account: asset.account, region: asset.region, service: 'test', errorCode: 'AccessDenied', kinds, ...extra };
}
