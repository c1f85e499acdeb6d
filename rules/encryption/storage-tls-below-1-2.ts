import { defineRule } from '../../src/engine/index.js';
import { usedByMl } from '../../src/model/index.js';

/**
 * Reads '1.2', 'TLS1_2', 'TLSv1.2' or 'tls1.0' as [major, minor]. Cloud strings are untrusted,
 * so anything else is unreadable rather than guessed at.
 */
function parseTlsVersion(raw: string): [number, number] | undefined {
  const match = /^(?:tls\s*v?)?(\d)[._](\d)$/i.exec(raw.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export default defineRule({
  meta: {
    id: 'encryption/storage-tls-below-1-2',
    title: 'Storage used by ML accepts TLS versions older than 1.2',
    family: 'encryption',
    concern: 'storage-tls-below-1-2',
    severity: 'medium',
    appliesTo: ['storage'],
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and are deprecated; accepting them lets a downgraded client expose training data and access tokens in transit.',
    remediation: {
      text: 'Azure: set the storage account minimum TLS version to TLS1_2. AWS: add a bucket policy statement denying requests where s3:TlsVersion is less than 1.2.',
      cli: 'az storage account update --name <account> --resource-group <rg> --min-tls-version TLS1_2',
      terraform: 'resource "azurerm_storage_account" "ml" {\n  min_tls_version = "TLS1_2"\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
    },
    references: {
      catalog: ['AZ-ST-05'],
      'azure-policy': ['fe83a0eb-a853-422d-aac2-1bffd182c5d0', '404c3081-a854-4457-ae30-26a93ef643f9'],
      mcsb: ['DP-3'],
      checkov: ['CKV_AZURE_44', 'CKV_AZURE_3'],
    },
    messages: {
      old: 'Storage {{name}} used by ML accepts TLS {{version}}, older than 1.2.',
      current: 'Storage {{name}} used by ML requires TLS {{version}} or newer.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('minTlsVersion');
    if (gap) return gap;
    const raw = asset.facts.minTlsVersion!;
    const parsed = parseTlsVersion(raw);
    if (!parsed) return ctx.unknown(['minTlsVersion'], { evidence: { minTlsVersion: raw } });
    const [major, minor] = parsed;
    const version = `${major}.${minor}`;
    const evidence = { minTlsVersion: raw };
    return major > 1 || (major === 1 && minor >= 2)
      ? ctx.pass('current', { evidence, data: { version } })
      : ctx.fail('old', { evidence, data: { version } });
  },
});
