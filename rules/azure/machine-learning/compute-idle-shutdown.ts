import { providerRule } from '../../_lib/provider-rule.js';
import { ML_COMPUTE, isNodeCompute } from '../_lib.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/compute-idle-shutdown',
    title: 'Azure ML compute instance never shuts down when idle, or cluster does not scale to zero',
    family: 'exposure',
    severity: 'low',
    appliesTo: ['compute'],
    rationale:
      'A forgotten compute instance stays reachable with its owner token and cached data long after use; idle shutdown and scale-to-zero shrink that window (and the bill).',
    remediation: {
      text: 'Set idleTimeBeforeShutdown on compute instances (e.g. PT60M) and minNodeCount 0 on clusters.',
      cli: 'az ml compute update --name <compute> --resource-group <rg> --workspace-name <workspace> --min-instances 0',
      terraform: 'resource "azurerm_machine_learning_compute_cluster" "c" {\n  scale_settings {\n    min_node_count = 0\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-compute-instance#configure-idle-shutdown',
    },
    references: { catalog: ['AZ-ML-CMP-05'], 'azure-policy': ['679ddf89-ab8f-48a5-9029-e76054077449'], checkov: ['CKV_AZURE_150'] },
    messages: {
      idle: 'Compute {{name}} shuts down or scales to zero when idle.',
      alwaysOn: 'Compute {{name}} stays up when idle.',
    },
  },
  provider: 'azure',
  nativeTypes: [ML_COMPUTE],
  applies: isNodeCompute,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'idleShutdown', (v) => v, { pass: 'idle', fail: 'alwaysOn' });
  },
});
