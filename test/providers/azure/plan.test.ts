import { describe, expect, it } from 'vitest';
import { planAzure } from '../../../providers/azure/plan.js';
import { batchEndpoints, computes, onlineDeployments, onlineEndpoints, workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import { recordCountsOf } from '../../../src/scan/plan.js';
import * as f from '../../fixtures/azure/estate.js';
import { list, mockArm, staticCredential, useNock } from './support.js';

useNock();

const OTHER = '33333333-2222-3333-4444-555555555555';
const DISABLED = '44444444-2222-3333-4444-555555555555';
const subscription = (id: string, state = 'Enabled') => ({ id: `/subscriptions/${id}`, subscriptionId: id, tenantId: f.TENANT, displayName: `sub-${id.slice(0, 4)}`, state, authorizationSource: 'RoleBased' });

function plan(options: Record<string, unknown>, context: Parameters<typeof planAzure>[1] = { providerId: 'azure' }) {
  return planAzure(options, context, { credential: staticCredential(), collectors: [workspaces, computes] });
}

describe('the Azure scan plan', () => {
  it('reads every page of the subscriptions listing (nextLink) and nothing else', async () => {
    const { requests, unmatched } = mockArm([
      { path: '/subscriptions', apiVersion: f.API.subscriptions, body: list([subscription(f.SUB)], `${f.ARM}/subscriptions?api-version=${f.API.subscriptions}&$skipToken=page2`) },
      { path: '/subscriptions', apiVersion: f.API.subscriptions, query: { $skipToken: 'page2' }, body: list([subscription(OTHER), subscription(DISABLED, 'Disabled')]) },
    ]);

    const result = await plan({});

    expect(requests.map((r) => r.url)).toEqual([`/subscriptions?api-version=${f.API.subscriptions}`, `/subscriptions?api-version=${f.API.subscriptions}&$skipToken=page2`]);
    expect(unmatched).toEqual([]);
    expect(result.accounts).toEqual([f.SUB, OTHER]);
    expect(result.notes).toEqual([`${DISABLED} Microsoft.Resources: SubscriptionDisabled (subscription state is Disabled; not scanned)`]);
    // The scan lists the subscriptions again (two pages, at tenant scope); one unit per subscription
    // and resource provider, where without a history only the root listing is certain; the listing
    // named them, so no name read; their tenant's group hierarchy: its root and its descendants.
    const tenantReads = { bucket: `azure|tenant|reads`, quota: { ratePerSecond: 25, burst: 250 } };
    expect(result.units).toEqual([
      expect.objectContaining({ account: 'tenant', service: 'discovery', recordsFrom: 'fixed', calls: 2, groups: [{ ...tenantReads, calls: 2 }] }),
      expect.objectContaining({ provider: 'azure', account: f.SUB, service: 'Microsoft.MachineLearningServices', collectors: [workspaces.name, computes.name], records: 'unknown', calls: 1 }),
      expect.objectContaining({ account: OTHER, records: 'unknown', calls: 1 }),
      expect.objectContaining({ account: 'tenant', service: 'Microsoft.Management', recordsFrom: 'fixed', calls: 2, groups: [{ ...tenantReads, calls: 2 }] }),
    ]);
  });

  it('an explicit subscription list costs no call; the history gives one computes listing per workspace', async () => {
    const { requests } = mockArm([]);
    const asset = (kind: string, i: number) => ({ provider: 'azure', account: f.SUB.toUpperCase(), kind, region: 'westeurope', id: `${kind}-${i}` });
    const records = recordCountsOf({ inventory: { assets: [asset('workspace', 1), asset('workspace', 2), asset('compute', 1)] }, coverage: { gaps: [] } });

    const result = await plan({ subscriptions: [f.SUB] }, { providerId: 'azure', records });

    expect(requests).toEqual([]);
    expect(result.units).toEqual([
      {
        provider: 'azure',
        account: f.SUB,
        service: 'Microsoft.MachineLearningServices',
        collectors: [workspaces.name, computes.name],
        records: 3,
        recordsFrom: 'history',
        // ListWorkspaces: one page; computes: one listing per workspace (two).
        calls: 3,
        groups: [
          { bucket: `azure|${f.SUB}|reads`, quota: { ratePerSecond: 25, burst: 250 }, calls: 1 },
          { bucket: `azure|${f.SUB}|reads`, quota: { ratePerSecond: 25, burst: 250 }, calls: 2 },
        ],
      },
      // No listing named the subscription: the scan reads its name (Subscriptions - Get), then its tenant's group hierarchy.
      expect.objectContaining({ account: f.SUB, service: 'Microsoft.Resources', recordsFrom: 'fixed', calls: 1, groups: [{ bucket: `azure|${f.SUB}|reads`, quota: { ratePerSecond: 25, burst: 250 }, calls: 1 }] }),
      expect.objectContaining({ account: 'tenant', service: 'Microsoft.Management', calls: 2 }),
    ]);
    expect(result.notes).toEqual(['management-group paths: one tenant assumed for the subscriptions given (their tenant is read by the scan)']);
  });

  it('each collector counts the records it read: endpoints of three types, feature stores listed with the workspaces', async () => {
    mockArm([]);
    const ws = `/subscriptions/${f.SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces`;
    // As a history keeps them: ids and kinds, no native types.
    const asset = (kind: string, id: string) => ({ provider: 'azure', account: f.SUB, kind, region: 'westeurope', id });
    const records = recordCountsOf({
      inventory: {
        assets: [
          asset('workspace', `${ws}/ws-1`),
          asset('feature-store', `${ws}/fs-1`),
          asset('endpoint', `${ws}/ws-1/onlineEndpoints/online-1`),
          asset('endpoint', `${ws}/ws-1/batchEndpoints/batch-1`),
          asset('endpoint', `${ws}/ws-1/serverlessEndpoints/serverless-1`),
          asset('endpoint', `${ws}/fs-1/batchEndpoints/batch-2`),
        ],
      },
      coverage: { gaps: [] },
    });
    const collectors = [workspaces, computes, onlineEndpoints, onlineDeployments, batchEndpoints];

    const [unit] = (await planAzure({ subscriptions: [f.SUB] }, { providerId: 'azure', records }, { credential: staticCredential(), collectors })).units;

    expect(unit).toMatchObject({ collectors: collectors.map((c) => c.name), records: 5 });
    // Workspaces: 1 page. Computes, online and batch endpoints: a listing under each of the 2
    // workspace records (the feature store is one). Deployments: a listing under the 1 online
    // endpoint (counted by kind, it was all 4 endpoints). The serverless endpoint is no record of these collectors.
    expect(unit!.groups.map((g) => g.calls)).toEqual([1, 2, 2, 1, 2]);
  });
});
