import { recordValue, type AssetInput, type CoverageGap, type Edge, type Facts } from '../../src/model/index.js';
import { gapHides } from '../../src/graph/coverage.js';
import { idKey } from './arm.js';
import { workspaceIdOf } from './collectors/ml-refs.js';

/**
 * Facts that Azure defines at one level and applies below it, copied down so that cross-cloud
 * rules (which look at one asset) see them:
 *  - a workspace's managed network isolates every compute, job and deployment in it;
 *  - an online endpoint captures data when any of its deployments does, and does not when every
 *    deployment was read and none does;
 *  - a training job runs where its compute runs (inVirtualNetwork);
 *  - model artifacts stored through a datastore are also stored in that datastore's storage
 *    account (a direct `stored-in` edge, as the other clouds have; data versions keep the path
 *    through the datastore only, so training-data paths are not doubled).
 */
export function inheritFacts(assets: AssetInput[], edges: Map<string, Edge>, byKey: Map<string, AssetInput>, gaps: readonly CoverageGap[]): void {
  for (const a of assets) {
    if (a.kind !== 'compute' && a.kind !== 'deployment' && a.kind !== 'training-job') continue;
    const ws = byKey.get(idKey(workspaceIdOf(a.id) ?? ''));
    const isolation = ws?.facts?.networkIsolation;
    const facts: Facts = { ...a.facts };
    if (isolation === true) {
      facts.networkIsolation = true;
      if (ws?.facts?.outboundRestricted !== undefined) facts.outboundRestricted = ws.facts.outboundRestricted;
    } else if (isolation === false) {
      if (a.kind === 'deployment' && facts.directInternetAccess !== undefined) {
        // Legacy network isolation: the deployment's own egress switch decides.
        facts.networkIsolation = !facts.directInternetAccess;
        facts.outboundRestricted = !facts.directInternetAccess;
      } else {
        facts.networkIsolation = false;
        // Outside any network, nothing restricts outbound traffic; in a customer VNet its firewall might.
        if (a.kind === 'compute' && facts.inVirtualNetwork === false) facts.outboundRestricted = false;
      }
    }
    if (a.kind === 'training-job') {
      const computeId = recordValue(a, 'properties', 'computeId');
      const compute = typeof computeId === 'string' ? byKey.get(idKey(computeId)) : undefined;
      if (compute?.facts?.inVirtualNetwork !== undefined) facts.inVirtualNetwork = compute.facts.inVirtualNetwork;
    }
    a.facts = facts;
  }

  const outgoing = new Map<string, Edge[]>();
  for (const e of edges.values()) {
    const list = outgoing.get(e.from);
    if (list) list.push(e);
    else outgoing.set(e.from, [e]);
  }

  for (const endpoint of assets.filter((a) => a.kind === 'endpoint')) {
    const deployments = (outgoing.get(endpoint.id) ?? [])
      .filter((e) => e.kind === 'contains')
      .map((e) => byKey.get(idKey(e.to)))
      .filter((d): d is AssetInput => d?.kind === 'deployment');
    if (deployments.length === 0) continue;
    // Traffic splits over deployments: the endpoint captures only when every deployment does and no
    // gap hides one; one deployment known not to capture is enough for `false`; otherwise unknown.
    const captured = deployments.map((d) => d.facts?.dataCapture);
    const hidden = gaps.some((g) => gapHides(g, 'deployment', { account: endpoint.account, scope: endpoint.id }));
    if (captured.includes(false)) endpoint.facts = { ...endpoint.facts, dataCapture: false };
    else if (captured.every((c) => c === true) && !hidden) endpoint.facts = { ...endpoint.facts, dataCapture: true };
  }

  for (const e of [...edges.values()]) {
    if (e.kind !== 'stored-in' || byKey.get(idKey(e.from))?.kind !== 'model-version' || byKey.get(idKey(e.to))?.kind !== 'datastore') continue;
    for (const s of outgoing.get(e.to) ?? []) {
      if (s.kind !== 'uses-storage' || byKey.get(idKey(s.to))?.kind !== 'storage') continue;
      const direct: Edge = { from: e.from, to: s.to, kind: 'stored-in' };
      edges.set(`${direct.from}\u0000${direct.kind}\u0000${direct.to}`, direct);
    }
  }
}
