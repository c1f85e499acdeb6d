// Turning a value into pass / fail / unknown: the one helper set every rule uses.
import type { Asset, FactName, Facts } from '../../src/model/index.js';
import type { RuleContext, Verdict } from '../../src/engine/index.js';

/** The message ids of a two-way verdict. */
export interface VerdictMessages<M extends string> {
  pass: M;
  fail: M;
}

/** Values interpolated into a verdict's message. */
export type VerdictData = Record<string, string | number | boolean>;

/**
 * The core: `unknown` (naming `missing`) when `ok` is undefined, else pass / fail. The evidence is
 * kept on all three; `data` fills the message placeholders of pass and fail.
 */
export function judge<M extends string>(
  ctx: RuleContext<M>,
  ok: boolean | undefined,
  missing: string,
  messages: VerdictMessages<M>,
  evidence: Record<string, unknown> = {},
  data?: VerdictData,
): Verdict {
  if (ok === undefined) return ctx.unknown([missing], { evidence });
  const options = data ? { evidence, data } : { evidence };
  return ok ? ctx.pass(messages.pass, options) : ctx.fail(messages.fail, options);
}

/** What a fact must be: a predicate on its value, or (for a boolean fact) the safe value itself. */
export type FactExpectation<K extends FactName> =
  | ((value: NonNullable<Facts[K]>) => boolean)
  | (NonNullable<Facts[K]> extends boolean ? boolean : never);

/**
 * A single-fact verdict on the rule's own asset: unknown when the fact was not read (not applicable
 * when its type never carries it, see `ctx.requireFacts`), pass when it meets `expected`, fail
 * otherwise. The evidence is the fact's value (nothing when it was not read).
 */
export function judgeFact<M extends string, K extends FactName>(
  asset: Asset,
  ctx: RuleContext<M>,
  fact: K,
  expected: FactExpectation<K>,
  messages: VerdictMessages<M>,
  data?: VerdictData,
): Verdict {
  const value = asset.facts[fact] as NonNullable<Facts[K]> | undefined;
  if (value === undefined) return ctx.requireFacts(fact) ?? judge(ctx, undefined, fact, messages);
  const ok = typeof expected === 'function' ? expected(value) : (value as unknown) === expected;
  // The same object as `{ [fact]: value }`, built by a keyed store: V8 builds a computed-key literal
  // through a slow path (several times the cost, measured), and every fact verdict makes one.
  const evidence: Record<string, unknown> = {};
  evidence[fact] = value;
  return judge(ctx, ok, fact, messages, evidence, data);
}
