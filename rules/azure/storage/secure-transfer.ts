import { defineRule } from '../../../src/engine/index.js';
import { usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/secure-transfer',
    title: 'Storage account used by ML accepts plain HTTP or TLS older than 1.2',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'Plain HTTP or TLS 1.0/1.1 lets training data, model files and the SAS tokens in URLs be read or altered on the wire.',
    remediation: {
      text: 'Require secure transfer (supportsHttpsTrafficOnly true) and set minimumTlsVersion to TLS1_2.',
      cli: 'az storage account update --name <account> --resource-group <rg> --https-only true --min-tls-version TLS1_2',
      terraform: 'resource "azurerm_storage_account" "sa" {\n  https_traffic_only_enabled = true\n  min_tls_version            = "TLS1_2"\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
    },
    controls: { 'ms-ai-risk': ['5.2.2'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AZ-ST-05'], 'azure-policy': ['fe83a0eb-a853-422d-aac2-1bffd182c5d0', '404c3081-a854-4457-ae30-26a93ef643f9'], mcsb: ['DP-3'], checkov: ['CKV_AZURE_44', 'CKV_AZURE_3'] },
    messages: {
      secure: 'Storage account {{name}} requires HTTPS with TLS {{tls}} or later.',
      http: 'Storage account {{name}} accepts plain HTTP.',
      oldTls: 'Storage account {{name}} accepts TLS {{tls}}.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('transitEncryption', 'minTlsVersion');
    if (gap) return gap;
    const tls = asset.facts.minTlsVersion!;
    const evidence = { transitEncryption: asset.facts.transitEncryption, minTlsVersion: tls };
    const out = [];
    if (!asset.facts.transitEncryption) out.push(ctx.fail('http', { evidence }));
    if (Number(tls) < 1.2 || Number.isNaN(Number(tls))) out.push(ctx.fail('oldTls', { evidence, data: { tls } }));
    return out.length ? out : ctx.pass('secure', { evidence, data: { tls } });
  },
});
