import { beforeEach, describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import { rules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/index.js';
import { AssetGraph } from '../../../src/graph/index.js';
import type { Finding } from '../../../src/model/index.js';
import type { NormalisedInventory } from '../../../src/scan/source.js';
import { mergeInventories } from '../../../src/scan/merge.js';
import * as f from '../../fixtures/azure/estate.js';
import { estateRoutes, mockArm, staticCredential, useNock } from './support.js';

useNock();

/** Collects the sample estate through the real SDKs and runs every rule on it. */
async function scan(): Promise<{ inventory: NormalisedInventory; findings: Finding[]; graph: AssetGraph }> {
  mockArm(estateRoutes());
  const inventory = mergeInventories([await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect()]);
  const graph = new AssetGraph(inventory.assets, inventory.edges);
  const { findings } = await runRules({ rules, graph });
  return { inventory, findings, graph };
}

describe('azure: collected estate → rules', () => {
  let result: Awaited<ReturnType<typeof scan>>;
  beforeEach(async () => {
    result = await scan();
  });
  // `machine-learning/…` names an Azure rule; `exposure/…` and the other families a cross-cloud one.
  const finding = (ruleId: string, assetId: string) =>
    result.findings.filter((x) => (x.ruleId === ruleId || x.ruleId === `azure/${ruleId}`) && x.assetId === assetId);

  it('managedNetwork.isolationMode, absent from the SDK model, reaches the facts and the rule', () => {
    const ws = result.graph.get(f.ids.wsProd)!;
    expect((ws.raw!.record as { properties: { managedNetwork: { isolationMode: string } } }).properties.managedNetwork.isolationMode).toBe('AllowInternetOutbound');
    expect(ws.facts).toMatchObject({ networkIsolation: true, outboundRestricted: false });
    expect(finding('machine-learning/workspace-managed-network', f.ids.wsProd)).toEqual([
      expect.objectContaining({ status: 'fail', messageId: 'internet', evidence: expect.objectContaining({ isolationMode: 'AllowInternetOutbound' }) }),
    ]);
    expect(finding('machine-learning/workspace-managed-network', f.ids.wsSecure)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('reports the lineage path from the public endpoint to anonymously readable training storage', () => {
    const exposedFindings = finding('integrity/public-endpoint-serves-model-trained-on-exposed-data', f.ids.endpoint);
    // one finding per exposed account, on the most explanatory path
    expect(exposedFindings).toHaveLength(1);
    const [exposed] = exposedFindings;
    expect(exposed).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(exposed!.path).toEqual([f.ids.endpoint, f.ids.deployment, f.ids.modelChurn3, f.ids.job, f.ids.dataCustomers1, f.ids.dsTraining, f.ids.stTraining]);
    expect(result.graph.lineage(f.ids.endpoint).storage.map((s) => s.id)).toContain(f.ids.stTraining);
  });

  it('names the findings a security team expects on the sample estate', () => {
    const failing = (ruleId: string, assetId: string) => finding(ruleId, assetId).some((x) => x.status === 'fail');
    expect(failing('rbac/local-auth-enabled', f.ids.ciAlice)).toBe(true);
    expect(failing('exposure/compute-public-ip', f.ids.ciAlice)).toBe(true);
    expect(failing('exposure/compute-ssh-enabled', f.ids.ciAlice)).toBe(true);
    expect(failing('rbac/local-auth-enabled', f.ids.clusterGpu)).toBe(false);
    expect(failing('rbac/endpoint-key-auth', f.ids.endpoint)).toBe(true);
    expect(failing('machine-learning/datastore-credential-auth', f.ids.dsTraining)).toBe(true);
    expect(failing('machine-learning/connection-shared-secret', f.ids.connection)).toBe(true);
    expect(failing('storage/blob-anonymous-access', f.ids.stTraining)).toBe(true);
    expect(failing('storage/blob-anonymous-access', f.ids.stProd)).toBe(false);
    expect(failing('encryption/transit-encryption-not-enforced', f.ids.stTraining)).toBe(true);
    expect(failing('key-vault/purge-protection', f.ids.kv)).toBe(true);
    expect(failing('rbac/local-auth-enabled', f.ids.acr)).toBe(true);
    expect(failing('network/nsg-internet-inbound', f.ids.nsg)).toBe(true);
    expect(failing('authorization/privileged-role-breadth', f.ids.raOwner)).toBe(true);
    expect(failing('network/private-endpoint-dns', f.ids.pe)).toBe(false);
    // a workspace's user-assigned identity holding Contributor on the resource group
    expect(finding('authorization/ml-identity-privilege', f.raUaiId)).toEqual([
      expect.objectContaining({ status: 'fail', message: 'The identity of ws-secure holds Contributor (broad) at resource-group scope.', path: [f.raUaiId, f.ids.wsSecure] }),
    ]);
    // the core cross-cloud rule judges Azure workspaces from facts alone
    expect(result.findings.find((x) => x.ruleId === 'exposure/workspace-public-network-access' && x.assetId === f.ids.wsProd)?.status).toBe('fail');
    expect(result.findings.filter((x) => x.status === 'error')).toEqual([]);
  });
});
