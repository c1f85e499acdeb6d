import { providerRule } from '../../_lib/provider-rule.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-high-business-impact',
    title: 'Azure ML workspace holding sensitive data is not flagged high business impact',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['workspace'],
    rationale:
      'The hbiWorkspace flag reduces the diagnostic data Microsoft collects and encrypts compute scratch disks; a workspace tagged confidential without it leaves sensitive training data on unencrypted local disks.',
    remediation: {
      text: 'Create workspaces that process confidential data with hbi_workspace enabled (it cannot be changed after creation) and migrate the assets.',
      cli: 'az ml workspace create --name <workspace> --resource-group <rg> --hbi-workspace',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-data-encryption',
    },
    references: { catalog: ['AZ-ML-WS-05'], mcsb: ['DP-1', 'DP-4'], checkov: ['CKV2_AZURE_50'] },
    messages: {
      hbi: 'Sensitive workspace {{name}} is flagged high business impact.',
      notHbi: 'Workspace {{name}} is tagged {{classification}} but not flagged high business impact.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  // The configured classification keys and sensitive values (risk config), own tag or inherited.
  applies: (asset, _graph, dataTags) => dataTags.isSensitive(dataTags.classification(asset)),
  evaluate(asset, ctx) {
    const classification = ctx.dataTags.classification(asset)?.value ?? '';
    return judgeFact(asset, ctx, 'highBusinessImpact', (v) => v, { pass: 'hbi', fail: 'notHbi' }, { classification });
  },
});
