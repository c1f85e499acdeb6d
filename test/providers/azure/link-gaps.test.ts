import { describe, expect, it } from 'vitest';
import { linkInventory } from '../../../providers/azure/link.js';
import { InventoryBuilder } from '../../../providers/azure/runner.js';
import type { AssetInput, CoverageGap, Facts } from '../../../src/model/index.js';
import * as f from '../../fixtures/azure/estate.js';

const asset = (id: string, kind: AssetInput['kind'], facts: Facts = {}): AssetInput => ({ id, kind, provider: 'azure', account: f.SUB, region: 'westeurope', name: id.split('/').pop()!, nativeType: `Test/${kind}`, facts });
const denied = (kinds: CoverageGap['kinds'], scope?: string): CoverageGap => ({ provider: 'azure', account: f.SUB, service: 'Microsoft.MachineLearningServices', errorCode: 'AuthorizationFailed', kinds, ...(scope ? { scope } : {}) });

function link(assets: AssetInput[], edges: Array<[string, string, 'contains']> = [], gaps: CoverageGap[] = []) {
  const builder = new InventoryBuilder();
  for (const a of assets) builder.addAsset(a);
  for (const [from, to, kind] of edges) builder.edges.push({ from, to, kind });
  for (const g of gaps) builder.addGap(g);
  const inventory = linkInventory(builder, { mlVisible: new Set([f.SUB]) });
  return (id: string) => inventory.assets.find((a) => a.id === id)!.facts!;
}

describe('Azure linking: no fact from a record that was not read', () => {
  const storage = () => asset(f.ids.stTraining, 'storage');

  it('calls storage no ML asset points at not ML-related only when nothing that could point at it was hidden', () => {
    expect(link([asset(f.ids.wsProd, 'workspace'), storage()])(f.ids.stTraining).mlRelated).toBe(false);
    const hidden = link([asset(f.ids.wsProd, 'workspace'), storage()], [], [denied(['datastore'], f.ids.wsProd)]);
    expect(hidden(f.ids.stTraining).mlRelated).toBeUndefined();
  });

  it('says an endpoint captures its traffic only when every deployment of it was listed and captures', () => {
    const second = `${f.ids.endpoint}/deployments/green`;
    const parts = (first?: boolean, other?: boolean) => [
      asset(f.ids.endpoint, 'endpoint'),
      asset(f.ids.deployment, 'deployment', first === undefined ? {} : { dataCapture: first }),
      asset(second, 'deployment', other === undefined ? {} : { dataCapture: other }),
    ];
    const contains: Array<[string, string, 'contains']> = [[f.ids.endpoint, f.ids.deployment, 'contains'], [f.ids.endpoint, second, 'contains']];
    const hiding = [denied(['deployment'], f.ids.endpoint)];
    expect(link(parts(true, true), contains)(f.ids.endpoint).dataCapture).toBe(true);
    // Part of the traffic goes to a deployment that does not capture: the endpoint does not, whatever is hidden.
    expect(link(parts(true, false), contains)(f.ids.endpoint).dataCapture).toBe(false);
    expect(link(parts(false, false), contains, hiding)(f.ids.endpoint).dataCapture).toBe(false);
    // One capturing deployment and one unread, or a gap that may hide a third: not known.
    expect(link(parts(true, undefined), contains)(f.ids.endpoint).dataCapture).toBeUndefined();
    expect(link(parts(true, true), contains, hiding)(f.ids.endpoint).dataCapture).toBeUndefined();
    expect(link(parts(true, true), contains, [denied(['deployment'], `${f.ids.wsProd}/onlineEndpoints/other`)])(f.ids.endpoint).dataCapture).toBe(true);
  });
});
