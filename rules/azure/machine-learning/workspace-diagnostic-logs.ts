import { defineRule } from '../../../src/engine/index.js';
import { judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/workspace-diagnostic-logs',
    title: 'Azure ML workspace sends no resource logs to a diagnostic destination',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['workspace'],
    providers: ['azure'],
    rationale:
      'Workspace resource logs record who read or changed models, datasets, datastores and deployments; without a diagnostic setting there is no audit trail for tampering with training data or model theft.',
    remediation: {
      text: 'Add a diagnostic setting on the workspace that sends the audit (or allLogs) category group to a Log Analytics workspace or an archive storage account kept for at least 365 days.',
      cli: 'az monitor diagnostic-settings create --name mlscan-audit --resource <workspace-id> --workspace <log-analytics-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
      url: 'https://learn.microsoft.com/azure/machine-learning/monitor-azure-machine-learning',
    },
    controls: { 'ms-ai-risk': ['5.6.1', '5.7.1', '5.2.4'], 'a-mlsg': ['A-MLSG-002-D005'], 'mitre-atlas': ['AML.M0024'] },
    references: { catalog: ['AZ-ML-WS-06'], 'azure-policy': ['afe0c3be-ba3b-4544-ba52-0c99672a8ad6'], mcsb: ['LT-3', 'LT-4'] },
    messages: {
      logged: 'Workspace {{name}} sends resource logs to a diagnostic destination.',
      unlogged: 'Workspace {{name}} has no diagnostic setting with enabled logs.',
    },
  },
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'loggingEnabled', (v) => v, { pass: 'logged', fail: 'unlogged' });
  },
});
