import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'exposure/compute-ssh-enabled',
    title: 'SSH or remote shell access is enabled on ML compute',
    family: 'exposure',
    concern: 'compute-ssh-enabled',
    severity: 'medium',
    appliesTo: ['compute', 'notebook'],
    rationale:
      'A remote shell on training or notebook nodes is an interactive path to the data, mounted credentials and managed identity tokens on them, outside the audited workspace APIs.',
    remediation: {
      text: 'Azure: create compute clusters with SSH public access disabled and compute instances without an SSH public key. AWS: do not enable SSM or SSH access to notebook and inference containers; use the Studio or console session instead.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --size <vm-size> --set ssh_public_access_enabled=False',
      terraform:
        'resource "azurerm_machine_learning_compute_cluster" "train" {\n  ssh_public_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster',
    },
    references: { catalog: ['AZ-ML-CMP-03', 'AWS-SM-EP-05'], mcsb: ['NS-2', 'PA-1'] },
    messages: {
      sshOn: 'SSH or remote shell access is enabled on ML {{kind}} {{name}}.',
      sshOff: 'SSH and remote shell access are disabled on ML {{kind}} {{name}}.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'sshEnabled', false, { pass: 'sshOff', fail: 'sshOn' }),
});
