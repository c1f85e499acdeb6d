import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';
import { unlessDenyByDefault } from './_firewall.js';
import { AI_ACCOUNT } from './_content-filters.js';

/** The widest IPv4 range an allow rule may name (a /16: 65,536 addresses). */
const WIDEST_PREFIX = 16;

/** Prefix length of an ipRules value (`1.2.3.4` is a /32). */
const prefixOf = (value: string): number => (value.includes('/') ? Number(value.split('/')[1]) : 32);

export default providerRule({
  meta: {
    id: 'azure/ai-services/network-acl-broad-ip-range',
    title: 'Azure AI Services firewall allows an IP range wider than a /16',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['ai-service'],
    rationale:
      'The account firewall is the only network control in front of a public AI Services endpoint; an allow rule for a whole /8 or /12 admits large parts of the internet (cloud provider ranges that anyone can rent), so the deny-by-default protects little.',
    remediation: {
      text: 'Replace broad IP rules with the egress addresses of the callers (or a private endpoint), keeping each allowed range at /16 or narrower.',
      cli: 'az cognitiveservices account network-rule remove --name <account> --resource-group <rg> --ip-address <range>\naz cognitiveservices account network-rule add --name <account> --resource-group <rg> --ip-address <egress-ip>',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  network_acls {\n    default_action = "Deny"\n    ip_rules       = ["203.0.113.10"]\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks',
    },
    references: { 'azure-policy': ['037eea7a-bd0a-46c5-9a66-03aea78705d3'], mcsb: ['NS-2'] },
    messages: {
      narrow: 'AI Services account {{name}} allows only narrow IP ranges.',
      broad: 'AI Services account {{name}} allows {{ranges}} through its firewall.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  evaluate(asset, ctx) {
    const precondition = unlessDenyByDefault(asset, ctx, '');
    if (precondition) return precondition;
    const rules = recordValue(asset, 'properties', 'networkAcls', 'ipRules');
    const values = (Array.isArray(rules) ? rules : []).map((r: { value?: unknown }) => String(r.value ?? ''));
    const broad = values.filter((v) => !v.includes(':') && prefixOf(v) < WIDEST_PREFIX);
    const evidence = { ipRules: values };
    return broad.length ? ctx.fail('broad', { evidence, data: { ranges: broad.join(', ') } }) : ctx.pass('narrow', { evidence });
  },
});
