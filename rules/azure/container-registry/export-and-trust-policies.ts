import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/container-registry/export-and-trust-policies',
    title: 'Container registry used by ML allows image export or untrusted content',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['container-registry'],
    rationale:
      'With export allowed, images (and models baked into them) can be copied out of the registry; without content trust or quarantine, unsigned or unscanned images reach training and inference.',
    remediation: {
      text: 'Disable the export policy (Premium, with public network access off) and enable content trust or quarantine for images used by ML.',
      cli: 'az acr config content-trust update --registry <registry> --status enabled',
      url: 'https://learn.microsoft.com/azure/container-registry/data-loss-prevention',
    },
    references: { catalog: ['AZ-ACR-03'], 'azure-policy': ['524b0254-c285-4903-bee6-bb8126cde579'], mcsb: ['DS-2'], checkov: ['CKV_AZURE_164', 'CKV_AZURE_166'] },
    messages: {
      locked: 'Container registry {{name}} blocks export and requires trusted content.',
      exportable: 'Container registry {{name}} allows images to be exported.',
      untrusted: 'Container registry {{name}} neither requires signed images nor quarantines new ones.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.ContainerRegistry/registries'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const policies = recordValue(asset, 'properties', 'policies') as Record<string, { status?: string } | undefined> | undefined;
    if (!policies) return ctx.unknown(['raw.properties.policies']);
    const status = (name: string) => (policies[name]?.status ?? '').toLowerCase();
    const evidence = { exportPolicy: status('exportPolicy') || 'enabled', trustPolicy: status('trustPolicy') || 'disabled', quarantinePolicy: status('quarantinePolicy') || 'disabled' };
    const out = [];
    if (status('exportPolicy') !== 'disabled') out.push(ctx.fail('exportable', { evidence, subject: 'export' }));
    if (status('trustPolicy') !== 'enabled' && status('quarantinePolicy') !== 'enabled') out.push(ctx.fail('untrusted', { evidence, subject: 'content-trust' }));
    return out.length ? out : ctx.pass('locked', { evidence });
  },
});
