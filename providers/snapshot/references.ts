import type { AssetInput, CoverageGap, Edge } from '../../src/model/index.js';
import type { Reference } from './schema.js';

/**
 * A live inventory holds edges to resources it did not collect: a role in another account, a key
 * the scan could not read, a bucket outside the scanned regions. They are real relations, so the
 * snapshot keeps the edges and says, for each absent end, why it is absent — never a reason to
 * refuse the inventory.
 */
export function referencesOf(inventory: { assets: readonly AssetInput[]; edges: readonly Edge[]; gaps: readonly CoverageGap[] }): Reference[] {
  const held = new Set(inventory.assets.map((a) => a.id));
  const absent = new Set<string>();
  for (const edge of inventory.edges) {
    if (!held.has(edge.from)) absent.add(edge.from);
    if (!held.has(edge.to)) absent.add(edge.to);
  }
  const scanned = new Set([...inventory.assets.map((a) => accountKey(a.account)), ...inventory.gaps.map((g) => accountKey(g.account))]);
  return [...absent].sort().map((id) => explain(id, inventory.gaps, scanned));
}

function explain(id: string, gaps: readonly CoverageGap[], scanned: ReadonlySet<string>): Reference {
  const account = accountOfId(id);
  const candidates = account === undefined ? gaps : gaps.filter((g) => accountKey(g.account) === account);
  if (candidates.length > 0) {
    const service = serviceOfId(id);
    const gap = candidates.find((g) => service !== undefined && g.service.toLowerCase() === service) ?? candidates[0]!;
    const where = account === undefined ? 'the scan' : `account ${gap.account}`;
    return { id, reason: 'not-read', detail: `${candidates.length} coverage gap(s) in ${where} may have hidden it, e.g. ${gap.service} ${gap.errorCode}` };
  }
  if (account !== undefined && !scanned.has(account)) {
    return { id, reason: 'outside-scope', detail: `its account or subscription ${account} was not scanned` };
  }
  return { id, reason: 'not-collected', detail: 'read without a coverage gap and not found: deleted, outside the scanned regions or resource groups, or a type mlscan does not collect' };
}

/** The AWS account of an ARN (empty for S3 bucket ARNs: unknown) or the Azure subscription of an ARM id. */
export function accountOfId(id: string): string | undefined {
  if (id.startsWith('arn:')) {
    const account = id.split(':')[4];
    return account ? account : undefined;
  }
  const match = /^\/subscriptions\/([^/]+)/i.exec(id);
  return match ? accountKey(match[1]!) : undefined;
}

/** The AWS service of an ARN, or the resource provider namespace of an ARM id, lower case. */
function serviceOfId(id: string): string | undefined {
  if (id.startsWith('arn:')) return id.split(':')[2]?.toLowerCase();
  const match = /\/providers\/([^/]+)\/[^/]+\/[^/]+/i.exec(id);
  return match?.[1]?.toLowerCase();
}

/** Subscription ids are GUIDs that ARM spells in either case. */
function accountKey(account: string): string {
  return account.toLowerCase();
}
