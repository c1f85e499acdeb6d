import { defineRule } from '../../../src/engine/index.js';
import { isNodeCompute, judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/compute-ssh-access',
    title: 'SSH / remote login to Azure ML compute is enabled',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['compute'],
    providers: ['azure'],
    rationale:
      'Public SSH on compute instances or cluster nodes opens an admin port to the internet on hosts that hold training data and identity tokens; a cluster with remote login NotSpecified and no VNet opens it on every node.',
    remediation: {
      text: 'Disable SSH public access on compute instances and set remoteLoginPortPublicAccess to Disabled on clusters; use the studio terminal or Bastion instead.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --ssh-public-access-enabled false',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ML-CMP-03'], mcsb: ['NS-2', 'PA-1'] },
    messages: {
      closed: 'Compute {{name}} does not accept SSH from the internet.',
      open: 'Compute {{name}} accepts SSH / remote login from the internet.',
    },
  },
  applies: isNodeCompute,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'sshEnabled', (v) => !v, { pass: 'closed', fail: 'open' });
  },
});
