import { describe, expect, it } from 'vitest';
import { planAzure } from '../../../providers/azure/plan.js';
import { computes, workspaces } from '../../../providers/azure/collectors/machine-learning.js';
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
    // One unit per subscription and resource provider; without a history only the root listing is certain.
    expect(result.units).toEqual([
      expect.objectContaining({ provider: 'azure', account: f.SUB, service: 'Microsoft.MachineLearningServices', collectors: [workspaces.name, computes.name], records: 'unknown', calls: 1 }),
      expect.objectContaining({ account: OTHER, records: 'unknown', calls: 1 }),
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
    ]);
  });
});
