import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'exposure/compute-public-ip',
    title: 'ML compute nodes get public IP addresses',
    family: 'exposure',
    concern: 'compute-public-ip',
    severity: 'high',
    appliesTo: ['compute', 'notebook'],
    rationale:
      'A public IP on training or notebook nodes puts their management and application ports on the internet and gives an intruder a direct path to the data and credentials mounted on them.',
    remediation: {
      text: 'Azure: recreate compute instances and clusters with node public IP disabled (no public IP) inside a VNet or managed network. AWS: launch notebook instances and training in private subnets without DirectInternetAccess.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --size <vm-size> --vnet-name <vnet> --subnet <subnet> --set enable_node_public_ip=False',
      terraform:
        'resource "azurerm_machine_learning_compute_cluster" "train" {\n  node_public_ip_enabled = false\n  subnet_resource_id     = azurerm_subnet.ml.id\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
    },
    references: { catalog: ['AZ-ML-CMP-02'], mcsb: ['NS-2'] },
    messages: {
      publicIp: 'ML {{kind}} {{name}} has nodes with public IP addresses.',
      privateOnly: 'ML {{kind}} {{name}} has no public IP addresses.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'publicIp', false, { pass: 'privateOnly', fail: 'publicIp' }),
});
