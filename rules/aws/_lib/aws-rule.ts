import { defineRule, type Rule, type RuleContext, type RuleMeta, type Verdict } from '../../../src/engine/index.js';
import type { GraphView } from '../../../src/graph/index.js';
import type { Asset } from '../../../src/model/index.js';

/**
 * An AWS rule: `providers: ['aws']`, applying only to the native types it names (an AWS rule
 * reading SageMaker fields must not judge an Azure workspace of the same kind).
 */
export function awsRule<M extends string>(spec: {
  meta: Omit<RuleMeta<M>, 'providers'>;
  nativeTypes: readonly string[];
  applies?: (asset: Asset, graph: GraphView) => boolean;
  evaluate: Rule<M>['evaluate'];
}): Rule<M> {
  return defineRule<M>({
    meta: { ...spec.meta, providers: ['aws'] },
    applies: (asset, graph) => asset.provider === 'aws' && spec.nativeTypes.includes(asset.nativeType) && (spec.applies?.(asset, graph) ?? true),
    evaluate: spec.evaluate,
  });
}

/** A detail the AWS collector stored under `raw.$details[key]`: value, null (not configured) or undefined (not read). */
export function detailOf<T>(asset: Asset, key: string): T | null | undefined {
  const details = (asset.raw as { $details?: Record<string, unknown> } | undefined)?.$details;
  if (!details || !(key in details)) return undefined;
  return details[key] as T | null;
}

/** The Describe* response the collector read for the asset, when it answered. */
export function describeOf<T>(asset: Asset): T | undefined {
  return detailOf<T>(asset, 'describe') ?? undefined;
}

/** unknown when `ok` is undefined, else pass / fail with the evidence. */
export function tri<M extends string>(
  ctx: RuleContext<M>,
  ok: boolean | undefined,
  missing: string,
  messages: { pass: M; fail: M },
  evidence: Record<string, unknown> = {},
  data?: Record<string, string | number | boolean>,
): Verdict {
  if (ok === undefined) return ctx.unknown([missing], { evidence });
  const options = data ? { evidence, data } : { evidence };
  return ok ? ctx.pass(messages.pass, options) : ctx.fail(messages.fail, options);
}

/** True when an ML asset (not supporting infrastructure) points at `asset` with one of `kinds`. */
export function usedByMlVia(asset: Asset, graph: GraphView, kinds?: readonly string[]): boolean {
  const ml = new Set(['workspace', 'notebook', 'training-job', 'model', 'model-version', 'endpoint', 'deployment', 'feature-store', 'pipeline', 'identity']);
  return graph.incoming(asset.id).some((e) => (!kinds || kinds.includes(e.kind)) && ml.has(graph.get(e.from)?.kind ?? ''));
}
