import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'azure/container-registry/customer-managed-key',
    title: 'Container registry used by ML is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'low',
    appliesTo: ['container-registry'],
    rationale:
      'Training and inference images often embed code and model weights; a customer-managed key keeps the organisation in control of (and able to revoke) their encryption at rest.',
    remediation: {
      text: 'Create the registry (Premium) with a customer-managed key from a Key Vault with purge protection; encryption cannot be added to an existing registry.',
      cli: 'az acr create --name <registry> --resource-group <rg> --sku Premium --identity <identity-id> --key-encryption-key <key-id>',
      url: 'https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys',
    },
    references: { catalog: ['AZ-ACR-04'], 'azure-policy': ['5b9159ae-1701-4a6f-9a7a-aa9c8ddd0580'], mcsb: ['DP-5'] },
    messages: {
      cmk: 'Container registry {{name}} is encrypted with a customer-managed key.',
      platform: 'Container registry {{name}} is encrypted with Microsoft-managed keys only.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.ContainerRegistry/registries'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'encryption', (e) => e === 'cmk', { pass: 'cmk', fail: 'platform' });
  },
});
