import { describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import { machineLearningCollectors } from '../../../providers/azure/collectors/machine-learning.js';
import { monitorCollectors } from '../../../providers/azure/collectors/monitor.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, list, mockArm, staticCredential, useNock, workspaceChildren } from './support.js';

useNock();

const WS_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const bare = { ...f.workspaceSecure, properties: { ...f.workspaceSecure.properties, privateEndpointConnections: [] } };
const ws = (n: number) => ({ ...bare, id: `${f.ids.wsSecure}-${n}`, name: `ws-${n}` });
/** The workspace tree (registries aside) with the diagnostic settings of workspaces and endpoints. */
const mlTree = [...machineLearningCollectors.filter((c) => c.name !== 'machine-learning/registries'), monitorCollectors[0], monitorCollectors[1]];

const scan = () => createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: mlTree }).collect();

describe('azure coverage gaps name what was not read', () => {
  it("a workspace listing cut off after page 1 keeps page 1's workspaces and their children, and names every kind it would have fed", async () => {
    const next = `${f.ARM}${WS_LIST}?api-version=${f.API.ml}&$skipToken=p2`;
    mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([ws(1)], next) },
      { path: WS_LIST, apiVersion: f.API.ml, query: { $skipToken: 'p2' }, body: list([ws(2)]), fault: 'cut-off', times: 4 },
      ...workspaceChildren(ws(1).id, { computes: [{ ...f.computeCluster, id: `${ws(1).id}/computes/gpu` }] }),
    ]);
    const inventory = await scan();
    expect(inventory.assets.map((a) => [a.kind, a.name])).toEqual([
      ['workspace', 'ws-1'],
      ['compute', f.computeCluster.name],
    ]);
    expect(inventory.gaps).toHaveLength(1);
    const gap = inventory.gaps[0]!;
    expect(gap).toMatchObject({ account: f.SUB, service: 'Microsoft.MachineLearningServices', errorCode: 'IncompleteBody' });
    expect(gap.scope).toBeUndefined();
    expect([...gap.kinds!].sort()).toEqual(['compute', 'connection', 'dataset', 'datastore', 'deployment', 'endpoint', 'feature-store', 'model', 'model-version', 'training-job', 'workspace']);
    expect(gap.message).toMatch(/^machine-learning\/workspaces: .*listing incomplete: 1 page and 1 record read and kept; page 2 failed: .*\(after 4 attempts\)$/);
  });

  it('a denied workspace listing names the children it would have fed too', async () => {
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, status: 403, body: armError('AuthorizationFailed', 'no workspaces/read') }]);
    const inventory = await scan();
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'AuthorizationFailed', kinds: expect.arrayContaining(['workspace', 'compute', 'datastore', 'model-version', 'deployment']) })]);
    expect(inventory.gaps[0]!.scope).toBeUndefined();
  });

  it('a failed child listing carries the workspace it was under as scope: two workspaces failing are two gaps', async () => {
    const denied = (id: string) =>
      workspaceChildren(id).map((r) => (r.path.endsWith('/computes') ? { ...r, status: 403, body: armError('AuthorizationFailed', 'no computes/read') } : r));
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([ws(1), ws(2)]) }, ...denied(ws(1).id), ...denied(ws(2).id)]);
    const inventory = await scan();
    expect(inventory.gaps.map((g) => [g.errorCode, g.kinds, g.scope]).sort()).toEqual([
      ['AuthorizationFailed', ['compute'], ws(1).id],
      ['AuthorizationFailed', ['compute'], ws(2).id],
    ]);
    expect(inventory.gaps[0]!.message).toMatch(/^machine-learning\/computes of \/subscriptions\/.*\/workspaces\/ws-secure-\d: the credential lacks a read permission/);
    expect(inventory.assets.map((a) => a.name)).toEqual(['ws-1', 'ws-2']);
  });
});
