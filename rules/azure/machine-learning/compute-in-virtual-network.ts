import { providerRule } from '../../_lib/provider-rule.js';
import { ML_COMPUTE, isNodeCompute } from '../_lib.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/compute-in-virtual-network',
    title: 'Azure ML compute does not run in a virtual network',
    family: 'segmentation',
    concern: 'compute-not-in-virtual-network',
    supersedes: ['segmentation/compute-not-in-virtual-network'],
    severity: 'medium',
    appliesTo: ['compute'],
    rationale:
      'Compute outside any virtual network reaches storage, registries and the internet over public paths that network controls cannot constrain; a customer subnet or the workspace managed network brings it under network policy.',
    remediation: {
      text: 'Create compute in a customer VNet subnet, or enable the workspace managed network so compute is placed in the managed VNet.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --vnet-name <vnet> --subnet <subnet>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
    },
    references: { catalog: ['AZ-ML-CMP-04'], 'azure-policy': ['7804b5c7-01dc-4723-969b-ae300cc07ff1'], mcsb: ['NS-1'] },
    messages: {
      subnet: 'Compute {{name}} runs in a customer subnet.',
      managed: 'Compute {{name}} runs in the managed network of workspace {{workspace}}.',
      outside: 'Compute {{name}} runs outside any virtual network.',
    },
  },
  provider: 'azure',
  nativeTypes: [ML_COMPUTE],
  applies: isNodeCompute,
  evaluate(asset, ctx) {
    if (asset.facts.inVirtualNetwork === true) return ctx.pass('subnet', { evidence: { inVirtualNetwork: true } });
    const workspace = ctx.graph.sources(asset.id, 'contains').find((a) => a.kind === 'workspace');
    if (workspace?.facts.networkIsolation === true) {
      return ctx.pass('managed', { evidence: { networkIsolation: true }, data: { workspace: workspace.name }, path: [workspace.id, asset.id] });
    }
    const gap = ctx.requireFacts('inVirtualNetwork');
    if (gap) return gap;
    if (workspace && workspace.facts.networkIsolation === undefined) return ctx.unknown(['workspace.networkIsolation'], { path: [workspace.id, asset.id] });
    return ctx.fail('outside', { evidence: { inVirtualNetwork: false, networkIsolation: workspace?.facts.networkIsolation } });
  },
});
