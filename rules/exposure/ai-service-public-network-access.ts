import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'exposure/ai-service-public-network-access',
    title: 'AI service (Azure OpenAI / AI Services account) accepts traffic from the public internet',
    family: 'exposure',
    concern: 'ai-service-public-network-access',
    severity: 'high',
    appliesTo: ['ai-service'],
    rationale:
      'An AI service reachable from the internet can be called by anyone holding a key or token: leaked keys are used to run up cost, extract data the models were grounded on, and misuse the models under the organisation\'s name. A firewall that denies by default or a private endpoint confines calls to known networks.',
    remediation: {
      text: 'Disable public network access on the account and reach it through a private endpoint, or set the network ACL default action to Deny with only the callers\' addresses and subnets allowed.',
      cli: 'az cognitiveservices account update --name <account> --resource-group <rg> --public-network-access Disabled',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  public_network_access_enabled = false\n  network_acls {\n    default_action = "Deny"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks',
    },
    references: {
      'azure-policy': ['0725b4dd-7e76-479c-a735-68e7ee23d5ca', '037eea7a-bd0a-46c5-9a66-03aea78705d3', '47ba1dd7-28d9-4b07-a8d5-9813bed64e0c'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AZURE_134'],
    },
    messages: {
      public: 'AI service {{name}} accepts traffic from the public internet.',
      private: 'AI service {{name}} is reachable only from allowed networks.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'publicNetworkAccess', false, { pass: 'private', fail: 'public' }),
});
