import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/workspace-legacy-public-access',
    title: 'Azure ML workspace re-opens public access behind its private endpoint',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['workspace', 'feature-store'],
    rationale:
      'allowPublicAccessWhenBehindVnet (legacy) and v1LegacyMode re-open public paths to a workspace that looks private: the first accepts internet traffic despite the private endpoint, the second turns off private-link protection for the v1 ARM APIs.',
    remediation: {
      text: 'Set allowPublicAccessWhenBehindVnet to false (or publicNetworkAccess Disabled without exceptions) and turn v1_legacy_mode off once no v1 SDK clients remain.',
      cli: 'az ml workspace update --name <workspace> --resource-group <rg> --public-network-access Disabled --v1-legacy-mode false',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-network-isolation-with-v2',
    },
    references: { catalog: ['AZ-ML-WS-01'], 'azure-policy': ['438c38d2-3772-465a-a9cc-7a6666a275ce'], mcsb: ['NS-2'] },
    messages: {
      closed: 'Workspace {{name}} does not re-open public access (legacy flags off).',
      behindVnet: 'Workspace {{name}} accepts public traffic behind its VNet (allowPublicAccessWhenBehindVnet).',
      v1: 'Workspace {{name}} runs in v1 legacy mode, which turns off private-link protection of the v1 APIs.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  evaluate(asset, ctx) {
    const props = recordValue(asset, 'properties') as Record<string, unknown> | undefined;
    if (!props) return ctx.unknown(['raw.properties']);
    const evidence = { allowPublicAccessWhenBehindVnet: props.allowPublicAccessWhenBehindVnet, v1LegacyMode: props.v1LegacyMode };
    const out = [];
    if (props.allowPublicAccessWhenBehindVnet === true) out.push(ctx.fail('behindVnet', { evidence, subject: 'public-behind-vnet' }));
    if (props.v1LegacyMode === true) out.push(ctx.fail('v1', { evidence, subject: 'v1-legacy-mode' }));
    return out.length ? out : ctx.pass('closed', { evidence });
  },
});
