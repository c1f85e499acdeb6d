import type { RuleContext, RuleOutcome, Verdict } from '../../src/engine/index.js';
import type { Asset, EdgeKind } from '../../src/model/index.js';

type WriteMessages<M extends string> = { fail: M; pass: M };

/**
 * Judges the storage `asset` loads code or artifacts from (the targets of its `kind` edges) by
 * anonymous write: one `fail` per store anyone can write, `unknown` per store the scan did not see
 * (not collected, another account) or whose write access it could not read, else one `pass`.
 * Undefined when the asset has no such edge, for the rule to say why.
 */
export function judgeLinkedStorageWrite<M extends string>(asset: Asset, ctx: RuleContext<M>, kind: EdgeKind, messages: WriteMessages<M>): RuleOutcome | undefined {
  return judgeStorageWrite(asset, ctx, ctx.graph.outgoing(asset.id, kind).map((e) => e.to), messages);
}

/**
 * As `judgeLinkedStorageWrite`, for the storage ids the rule names itself (each judged once, its id
 * the verdict's subject). The fail message takes `{{storage}}`. Undefined when `storageIds` is empty.
 */
export function judgeStorageWrite<M extends string>(asset: Asset, ctx: RuleContext<M>, storageIds: readonly string[], messages: WriteMessages<M>): RuleOutcome | undefined {
  if (storageIds.length === 0) return undefined;
  const findings: Verdict[] = [];
  const safe: string[] = [];
  for (const to of new Set(storageIds)) {
    const storage = ctx.graph.get(to);
    const where = { path: [asset.id, to], subject: to };
    if (storage?.facts.publicWrite === true) {
      findings.push(ctx.fail(messages.fail, { ...where, evidence: { storage: to, publicWrite: true }, data: { storage: storage.name } }));
    } else if (storage?.facts.publicWrite === undefined) {
      findings.push(ctx.unknown(['publicWrite'], { ...where, evidence: { storage: to, collected: storage !== undefined } }));
    } else {
      safe.push(to);
    }
  }
  return findings.length > 0 ? findings : ctx.pass(messages.pass, { evidence: { storage: safe } });
}
