import { defineRule } from '../../../src/engine/index.js';
import { isNodeCompute, judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/compute-public-ip',
    title: 'Azure ML compute nodes get a public IP address',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['compute'],
    providers: ['azure'],
    rationale:
      'A public IP on compute nodes makes every node an internet-facing host holding training data, credentials and model artifacts; no-public-IP compute is reached only through the workspace network.',
    remediation: {
      text: 'Recreate the compute with enableNodePublicIp false, in a customer VNet subnet or the workspace managed network.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type ComputeInstance --enable-node-public-ip false',
      terraform: 'resource "azurerm_machine_learning_compute_instance" "ci" {\n  node_public_ip_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ML-CMP-02'], mcsb: ['NS-2'] },
    messages: {
      private: 'Compute {{name}} nodes have no public IP.',
      public: 'Compute {{name}} nodes get a public IP address.',
    },
  },
  applies: isNodeCompute,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'publicIp', (v) => !v, { pass: 'private', fail: 'public' });
  },
});
