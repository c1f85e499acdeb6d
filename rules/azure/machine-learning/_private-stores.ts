// Shared by the rules on a private ML front (a registry, a feature store) whose data stores are
// reachable from the internet. Not a rule: the registry skips files starting with `_`.
import type { RuleContext, Verdict } from '../../../src/engine/index.js';
import type { Asset, AssetKind } from '../../../src/model/index.js';

/** The stores a front names, as graph edges: resolved ones, and the ids no collected asset answers. */
export interface StoreLinks {
  stores: Asset[];
  /** Ids of stores the front names that the scan did not collect (e.g. outside the scanned resource groups). */
  unresolved: string[];
}

/** Targets of `ids`, split into collected assets of `kinds` and ids the graph does not hold. */
export function resolveStores(ctx: Pick<RuleContext<string>, 'graph'>, ids: readonly string[], kinds: readonly AssetKind[]): StoreLinks {
  const stores: Asset[] = [];
  const unresolved: string[] = [];
  for (const id of new Set(ids)) {
    const store = ctx.graph.get(id);
    if (!store) unresolved.push(id);
    else if (kinds.includes(store.kind)) stores.push(store);
  }
  return { stores, unresolved };
}

/**
 * The verdict on a front whose own network is private (`asset.facts.publicNetworkAccess === false`,
 * checked by the caller): `leaks` naming the stores that accept internet traffic, `unknown` while one
 * store's network or record was not read or no store of `storeKinds` is linked, `private` otherwise. Messages `leaks` and `private` take
 * `{{stores}}`.
 */
export function judgeStores(asset: Asset, ctx: RuleContext<'leaks' | 'private'>, links: StoreLinks, storeKinds: readonly AssetKind[]): Verdict {
  const evidence = { stores: links.stores.map((s) => ({ id: s.id, publicNetworkAccess: s.facts.publicNetworkAccess })), notCollected: links.unresolved };
  const open = links.stores.filter((s) => s.facts.publicNetworkAccess === true);
  if (open.length) return ctx.fail('leaks', { evidence, data: { stores: open.map((s) => s.name).join(', ') }, path: [asset.id, ...open.map((s) => s.id)] });
  if (links.stores.some((s) => s.facts.publicNetworkAccess === undefined)) return ctx.unknown(['publicNetworkAccess'], { evidence });
  // A store not collected, or links that named no store of these kinds, leave nothing to pass on.
  if (links.unresolved.length || links.stores.length === 0) return ctx.unknown([...storeKinds], { evidence });
  return ctx.pass('private', { evidence, data: { stores: links.stores.map((s) => s.name).join(', ') } });
}
