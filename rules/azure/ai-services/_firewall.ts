// The account firewall (properties.networkAcls) as the network-ACL rules read it. Not a rule.
import type { RuleContext, Verdict } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { recordString, recordValue } from '../../_lib/raw.js';

/**
 * Unknown when the account record was not read, not applicable when its firewall does not deny by
 * default (then every address is in, which exposure/ai-service-public-network-access judges);
 * undefined when the rule's own verdict applies.
 */
export function unlessDenyByDefault<M extends string>(asset: Asset, ctx: RuleContext<M>, field: string): Verdict | undefined {
  if (recordValue(asset, 'properties') === undefined) return ctx.unknown([`raw.properties.networkAcls${field ? `.${field}` : ''}`]);
  if (recordString(asset, 'properties', 'networkAcls', 'defaultAction') !== 'Deny') return ctx.notApplicable('the account firewall does not deny by default');
  return undefined;
}
