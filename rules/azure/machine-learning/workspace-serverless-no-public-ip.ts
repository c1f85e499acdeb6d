import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-serverless-no-public-ip',
    title: 'Azure ML serverless compute gets a public IP',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['workspace'],
    rationale:
      'Serverless jobs run on nodes the workspace creates on demand; unless serverlessComputeNoPublicIP is set (or a managed network isolates them), those nodes get public addresses like unmanaged clusters.',
    remediation: {
      text: 'Set serverless_compute.no_public_ip to true (with a custom subnet), or enable the workspace managed network.',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-use-serverless-compute',
    },
    references: { catalog: ['AZ-ML-CMP-02'], mcsb: ['NS-2'] },
    messages: {
      managed: 'Workspace {{name}} runs serverless compute in its managed network.',
      noPublicIp: 'Workspace {{name}} gives serverless compute no public IP.',
      publicIp: 'Workspace {{name}} serverless compute nodes get public IPs.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  evaluate(asset, ctx) {
    if (asset.facts.networkIsolation === true) return ctx.pass('managed', { evidence: { networkIsolation: true } });
    const props = recordValue(asset, 'properties') as Record<string, unknown> | undefined;
    if (!props || asset.facts.networkIsolation === undefined) return ctx.unknown(['networkIsolation']);
    const noPublicIp = (props.serverlessComputeSettings as { serverlessComputeNoPublicIP?: unknown } | undefined)?.serverlessComputeNoPublicIP;
    const evidence = { networkIsolation: false, serverlessComputeNoPublicIP: noPublicIp ?? null };
    return noPublicIp === true ? ctx.pass('noPublicIp', { evidence }) : ctx.fail('publicIp', { evidence });
  },
});
