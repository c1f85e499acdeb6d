import { providerRule } from '../../_lib/provider-rule.js';
import type { Asset } from '../../../src/model/index.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/deployment-egress',
    title: 'Azure ML online deployment can reach the internet directly',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'A deployment with public egress lets scoring code (and any payload smuggled into a model) send inference data anywhere; a managed network or egress disabled keeps outbound traffic to approved destinations.',
    remediation: {
      text: 'Enable the workspace managed network (preferred) or, with legacy network isolation, set egress_public_network_access to disabled on the deployment.',
      cli: 'az ml online-deployment create --file deployment.yml --set egress_public_network_access=disabled',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint',
    },
    references: { catalog: ['AZ-ML-EP-02'], mcsb: ['NS-2'] },
    messages: {
      managed: 'Deployment {{name}} egress is governed by the managed network of workspace {{workspace}}.',
      restricted: 'Deployment {{name}} has public egress disabled.',
      open: 'Deployment {{name}} can send traffic to the internet directly.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments'],
  evaluate(asset, ctx) {
    const endpoint = ctx.graph.sources(asset.id, 'contains').find((a) => a.kind === 'endpoint');
    const workspace: Asset | undefined = endpoint ? ctx.graph.sources(endpoint.id, 'contains').find((a) => a.kind === 'workspace') : undefined;
    if (workspace?.facts.networkIsolation === true) {
      return ctx.pass('managed', { data: { workspace: workspace.name }, evidence: { networkIsolation: true } });
    }
    const gap = ctx.requireFacts('directInternetAccess');
    if (gap) return gap;
    const evidence = { directInternetAccess: asset.facts.directInternetAccess };
    return asset.facts.directInternetAccess ? ctx.fail('open', { evidence }) : ctx.pass('restricted', { evidence });
  },
});
