import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'segmentation/outbound-unrestricted',
    title: 'ML workspace or deployment may send traffic to any destination',
    family: 'segmentation',
    concern: 'outbound-unrestricted',
    severity: 'high',
    appliesTo: ['workspace', 'feature-store', 'deployment', 'ai-service'],
    rationale:
      'Unrestricted egress is the exfiltration path for training data and model weights and the download path for malicious packages; limiting outbound to approved destinations contains a compromised job or container.',
    remediation: {
      text: 'Azure: set the workspace managed network isolation mode to AllowOnlyApprovedOutbound and add outbound rules for the package feeds and services you use; disable egress public network access on deployments. AWS: run the Studio domain VpcOnly with egress through a filtering proxy or firewall, not a NAT to 0.0.0.0/0.',
      cli: 'az ml workspace update --name <workspace> --resource-group <rg> --managed-network allow_only_approved_outbound',
      terraform:
        'resource "azurerm_machine_learning_workspace" "ws" {\n  managed_network {\n    isolation_mode = "AllowOnlyApprovedOutbound"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-managed-network',
    },
    references: {
      catalog: ['AZ-ML-WS-02', 'AZ-ML-EP-02'],
      'azure-policy': ['6ddb1705-c8cf-450e-aa4b-19ad6703c440'],
      mcsb: ['NS-1', 'NS-2', 'DP-2'],
    },
    messages: {
      unrestricted: 'ML {{kind}} {{name}} may send traffic to any destination.',
      restricted: 'ML {{kind}} {{name}} sends traffic only to approved destinations.',
    },
  },
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'outboundRestricted', true, { pass: 'restricted', fail: 'unrestricted' }),
});
