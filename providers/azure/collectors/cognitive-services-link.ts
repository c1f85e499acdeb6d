// After every collector ran: a deployment's content filter judged by the policy it names.
import { recordValue, type AssetInput, type CoverageGap, type Edge } from '../../../src/model/index.js';
import { gapHides } from '../../../src/graph/coverage.js';
import { idKey } from '../arm.js';
import { aiModelDeployments } from './cognitive-services.js';

/**
 * A deployment's `contentFilter` from the collector says only that it names a policy other than
 * Microsoft.Nil. Once the account's policies are read: a policy whose every filter is disabled
 * screens nothing (`false`); a named policy that was not read because its listing failed leaves
 * the fact unknown (a verdict never rests on a read that did not happen).
 */
export function linkContentFilters(assets: readonly AssetInput[], byKey: ReadonlyMap<string, AssetInput>, out: ReadonlyMap<string, Edge[]>, gaps: readonly CoverageGap[]): void {
  for (const deployment of assets) {
    if (deployment.nativeType !== aiModelDeployments.nativeType || deployment.facts?.contentFilter !== true) continue;
    const named = (out.get(deployment.id) ?? []).find((e) => e.kind === 'filtered-by');
    if (!named) continue;
    const policy = byKey.get(idKey(named.to));
    if (policy) {
      const filters = recordValue(policy, 'properties', 'contentFilters');
      if (Array.isArray(filters) && filters.length > 0 && filters.every((f: { enabled?: unknown }) => f.enabled === false)) deployment.facts = { ...deployment.facts, contentFilter: false };
      continue;
    }
    const account = named.to.replace(/\/raiPolicies\/[^/]+$/i, '');
    if (gaps.some((g) => gapHides(g, 'guardrail', { account: deployment.account, scope: account }))) {
      const { contentFilter: _unread, ...facts } = deployment.facts ?? {};
      deployment.facts = facts;
    }
  }
}
