import type { Asset, FactName, Facts } from '../../src/model/index.js';
import type { RuleContext, Verdict } from '../../src/engine/index.js';

/** Facts whose value is a plain boolean. */
export type BooleanFact = {
  [K in FactName]-?: NonNullable<Facts[K]> extends boolean ? K : never;
}[FactName];

/**
 * The common shape of a single-fact rule: unknown when the fact is not visible, pass when it
 * holds the safe value, fail otherwise. Evidence always carries the observed value.
 */
export function expectBoolean<M extends string>(
  asset: Asset,
  ctx: RuleContext<M>,
  fact: BooleanFact,
  safe: boolean,
  messages: { pass: M; fail: M },
): Verdict {
  const gap = ctx.requireFacts(fact);
  if (gap) return gap;
  const value = asset.facts[fact];
  const evidence = { [fact]: value };
  return value === safe ? ctx.pass(messages.pass, { evidence }) : ctx.fail(messages.fail, { evidence });
}
