// The one shape of a rule that reads one cloud's own records (rules/aws/**, rules/azure/**).
import { defineRule, type Rule, type RuleMeta } from '../../src/engine/index.js';
import type { Asset } from '../../src/model/index.js';

/** Clouds with provider rules. */
export type RuleProvider = 'aws' | 'azure';

/**
 * True when `asset` belongs to `provider` and has one of `nativeTypes`. ARM resource types are
 * case-insensitive (ARM returns `Microsoft.Storage/storageAccounts` in several casings), so Azure
 * types match case-insensitively; CloudFormation-style AWS types are matched exactly.
 */
export function hasNativeType(asset: Asset, provider: RuleProvider, nativeTypes: readonly string[]): boolean {
  if (asset.provider !== provider) return false;
  if (provider !== 'azure') return nativeTypes.includes(asset.nativeType);
  const type = asset.nativeType.toLowerCase();
  return nativeTypes.some((t) => t.toLowerCase() === type);
}

/**
 * hasNativeType for a fixed provider and type list, with the list turned into sets once: a
 * provider rule asks it of every asset of its kinds, and lower-casing the list on each call showed
 * in profiles. An exact match needs no lower-casing at all; only an ARM type in another casing does.
 * (hasNativeType itself stays as it was: its callers pass a one-type list, where sets would cost more.)
 */
function nativeTypeMatcher(provider: RuleProvider, nativeTypes: readonly string[]): (asset: Asset) => boolean {
  const exact = new Set(nativeTypes);
  if (provider !== 'azure') return (asset) => asset.provider === provider && exact.has(asset.nativeType);
  const lower = new Set(nativeTypes.map((t) => t.toLowerCase()));
  return (asset) => asset.provider === provider && (exact.has(asset.nativeType) || lower.has(asset.nativeType.toLowerCase()));
}

/**
 * A provider rule: `meta.providers` is set to `[provider]`, and the rule applies only to assets of
 * that cloud with one of `nativeTypes` (a rule reading SageMaker fields must not judge an Azure
 * workspace of the same kind), then only where `applies` (when given) says so.
 */
export function providerRule<M extends string>(spec: {
  meta: Omit<RuleMeta<M>, 'providers'>;
  provider: RuleProvider;
  nativeTypes: readonly string[];
  applies?: Rule<M>['applies'];
  evaluate: Rule<M>['evaluate'];
}): Rule<M> {
  const { meta, provider, nativeTypes, applies, evaluate } = spec;
  const ofType = nativeTypeMatcher(provider, nativeTypes);
  return defineRule<M>({
    meta: { ...meta, providers: [provider] },
    applies: (asset, graph, dataTags) => ofType(asset) && (applies?.(asset, graph, dataTags) ?? true),
    evaluate,
  });
}
