import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';

const WIDE_FQDN = /^\*(\.[a-z]{2,})?$/i; // '*' or a bare TLD wildcard such as '*.com'

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-managed-network',
    title: 'Azure ML workspace managed network does not limit outbound traffic to approved destinations',
    family: 'segmentation',
    concern: 'outbound-unrestricted',
    supersedes: ['segmentation/outbound-unrestricted'],
    severity: 'high',
    appliesTo: ['workspace', 'feature-store'],
    rationale:
      'Without managed network isolation in AllowOnlyApprovedOutbound mode, training and inference code can reach any internet host: compromised packages call home and data can be exfiltrated from compute that holds the training data.',
    remediation: {
      text: 'Set the workspace managed network isolation mode to AllowOnlyApprovedOutbound and add outbound rules only for the destinations jobs need; never a "*" FQDN rule.',
      cli: 'az ml workspace update --name <workspace> --resource-group <rg> --managed-network allow_only_approved_outbound',
      terraform: 'resource "azurerm_machine_learning_workspace" "ws" {\n  managed_network {\n    isolation_mode = "AllowOnlyApprovedOutbound"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-managed-network',
    },
    references: { catalog: ['AZ-ML-WS-02'], 'azure-policy': ['6ddb1705-c8cf-450e-aa4b-19ad6703c440'], mcsb: ['NS-1', 'DP-2'] },
    messages: {
      approved: 'Workspace {{name}} allows only approved outbound traffic.',
      internet: 'Workspace {{name}} managed network allows any internet outbound traffic ({{mode}}).',
      none: 'Workspace {{name}} has no managed network isolation.',
      wildcard: 'Workspace {{name}} has an outbound FQDN rule {{rule}} that allows {{destination}}.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('networkIsolation', 'outboundRestricted');
    if (gap) return gap;
    const mode = (recordValue(asset, 'properties', 'managedNetwork', 'isolationMode') as string | undefined) ?? 'Disabled';
    const evidence = { isolationMode: mode, networkIsolation: asset.facts.networkIsolation, outboundRestricted: asset.facts.outboundRestricted };
    if (!asset.facts.networkIsolation) return ctx.fail('none', { evidence });
    if (!asset.facts.outboundRestricted) return ctx.fail('internet', { evidence, data: { mode } });
    const rules = (recordValue(asset, 'properties', 'managedNetwork', 'outboundRules') ?? {}) as Record<string, { type?: string; destination?: unknown }>;
    for (const [name, rule] of Object.entries(rules)) {
      if (rule.type === 'FQDN' && typeof rule.destination === 'string' && WIDE_FQDN.test(rule.destination)) {
        return ctx.fail('wildcard', { evidence: { ...evidence, rule: name }, data: { rule: name, destination: rule.destination } });
      }
    }
    return ctx.pass('approved', { evidence });
  },
});
