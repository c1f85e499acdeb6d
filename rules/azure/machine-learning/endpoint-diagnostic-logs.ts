import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, ML_ONLINE_ENDPOINT, isType } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/endpoint-diagnostic-logs',
    title: 'Azure ML online endpoint traffic or console logs are not collected',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['endpoint'],
    providers: ['azure'],
    rationale:
      'Endpoint traffic logs record each caller, status and latency: the only evidence to detect extraction or inversion query patterns and to investigate abuse of a model API.',
    remediation: {
      text: 'Add a diagnostic setting on the online endpoint sending AmlOnlineEndpointTrafficLog, ConsoleLog and EventLog (category group allLogs) to Log Analytics.',
      cli: 'az monitor diagnostic-settings create --name mlscan-endpoint --resource <endpoint-id> --workspace <log-analytics-id> --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-monitor-online-endpoints',
    },
    controls: { 'ms-ai-risk': ['5.6.1'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0024'] },
    references: { catalog: ['AZ-ML-EP-03'], 'azure-policy': ['5cfb9e8a-2f13-40bd-a527-c89bc596d299'], mcsb: ['LT-3'] },
    messages: {
      logged: 'Online endpoint {{name}} sends its logs to a diagnostic destination.',
      unlogged: 'Online endpoint {{name}} has no diagnostic setting with enabled logs.',
    },
  },
  applies: (asset) => isType(asset, ML_ONLINE_ENDPOINT),
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'loggingEnabled', (v) => v, { pass: 'logged', fail: 'unlogged' });
  },
});
