// Helpers shared by the Azure rules (not a rule: the registry skips files starting with `_`).
import type { Asset, FactName, Facts } from '../../src/model/index.js';
import type { RuleContext, Verdict } from '../../src/engine/index.js';

/**
 * The common shape of a rule: one fact must be visible (else `unknown`) and good (else `fail`).
 * The evidence is the fact's value.
 */
export function judgeFact<M extends string, K extends FactName>(
  asset: Asset,
  ctx: RuleContext<M>,
  fact: K,
  good: (value: NonNullable<Facts[K]>) => boolean,
  messages: { pass: M; fail: M },
  data?: Record<string, string | number | boolean>,
): Verdict {
  const gap = ctx.requireFacts(fact);
  if (gap) return gap;
  const value = asset.facts[fact] as NonNullable<Facts[K]>;
  const options = { evidence: { [fact]: value }, ...(data ? { data } : {}) };
  return good(value) ? ctx.pass(messages.pass, options) : ctx.fail(messages.fail, options);
}

/** A value from the ARM record an Azure asset was built from (`raw`), by path. */
export function raw(asset: Asset, ...path: string[]): unknown {
  let cur: unknown = asset.raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function rawString(asset: Asset, ...path: string[]): string | undefined {
  const v = raw(asset, ...path);
  return typeof v === 'string' ? v : undefined;
}

/** True for assets whose native type is `type` (case-insensitive). */
export function isType(asset: Asset, type: string): boolean {
  return asset.nativeType.toLowerCase() === type.toLowerCase();
}

/**
 * Supporting resources are judged when an ML asset uses them, or when that is not known (the
 * Azure linker sets `mlRelated` false only where it saw every link). Differs from the model's
 * usedByMl, which skips what the graph does not show as ML: unifying them changes Azure verdicts.
 */
export function usedByMl(asset: Asset): boolean {
  return asset.facts.mlRelated !== false;
}

export const ML_WS = 'Microsoft.MachineLearningServices/workspaces';
export const ML_COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';
export const ML_ONLINE_ENDPOINT = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';

/** Compute instances and clusters: the compute types whose nodes Azure ML runs (attached compute is judged where it lives). */
export function isNodeCompute(asset: Asset): boolean {
  const type = rawString(asset, 'properties', 'computeType');
  return isType(asset, ML_COMPUTE) && (type === 'ComputeInstance' || type === 'AmlCompute');
}
