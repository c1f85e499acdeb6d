import type { Asset } from '../../../src/model/index.js';
import type { RuleContext, Verdict } from '../../../src/engine/index.js';
import { detailOf } from '../../_lib/raw.js';

/**
 * The verdict on a VPC's endpoints (the `endpoints` detail of ec2/vpcs): `missing` naming the
 * `needed` service suffixes (e.g. `sagemaker.api`, `bedrock-runtime`) with no live endpoint,
 * `present` when all have one, unknown when DescribeVpcEndpoints did not answer.
 */
export function judgeVpcEndpoints<M extends string>(asset: Asset, ctx: RuleContext<M>, needed: readonly string[], messages: { missing: M; present: M }): Verdict {
  const endpoints = detailOf<Array<{ ServiceName?: string; State?: string }>>(asset, 'endpoints');
  if (!endpoints) return ctx.unknown(['VPC endpoints']);
  const live = endpoints.filter((e) => !e.State || /^(available|pendingAcceptance)$/i.test(e.State));
  const missing = needed.filter((s) => !live.some((e) => e.ServiceName?.endsWith(`.${s}`)));
  const evidence = { endpoints: live.map((e) => e.ServiceName) };
  return missing.length ? ctx.fail(messages.missing, { evidence, data: { services: missing.join(', ') } }) : ctx.pass(messages.present, { evidence });
}
