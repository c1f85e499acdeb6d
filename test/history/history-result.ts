// A scan result for the history tests: the report tests' sample, plus a suppressed finding and
// secrets planted where the history must never keep them (raw records, facts, evidence, tags).
import type { Finding, ScanResult } from '../../src/model/index.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { sampleResult } from '../report/sample-result.js';

export const RAW_SECRET = 'DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=c2VjcmV0LWluLXJhdw==;EndpointSuffix=core.windows.net';
export const EVIDENCE_SECRET = 'evidence-only-value-7f3a91';
export const TAG_SECRET = 'AKIAIOSFODNN7EXAMPLE';

export function historyResult(options: { finishedAt?: string; failingHigh?: number } = {}): ScanResult {
  const result = sampleResult();
  const [workspace] = result.inventory.assets;
  const assets = result.inventory.assets.map((a, i) =>
    i === 0 ? { ...a, raw: { record: { connection: RAW_SECRET }, details: {} }, tags: { ...a.tags, 'deploy-key': TAG_SECRET } } : a,
  );
  const suppressed: Finding = {
    ...result.findings[1]!,
    ruleId: 'logging/workspace-diagnostics',
    fingerprint: findingFingerprint('logging/workspace-diagnostics', workspace!.id),
    status: 'suppressed',
    severity: 'medium',
    message: 'diagnostic logs are off',
    evidence: { secret: EVIDENCE_SECRET },
    suppression: { status: 'fail', id: 'suppressions.yaml#1', reason: 'accepted until migration', owner: 'ml-platform', expires: '2027-01-31' },
  };
  const extraHigh = Array.from({ length: options.failingHigh ?? 0 }, (_, i): Finding => ({
    ...result.findings[1]!,
    subject: `#${i + 2}`,
    fingerprint: findingFingerprint('exposure/workspace-public-network-access', `${workspace!.id}/extra-${i}`),
  }));
  return {
    ...result,
    scan: { ...result.scan, ...(options.finishedAt ? { finishedAt: options.finishedAt } : {}) },
    inventory: { ...result.inventory, assets },
    findings: [...result.findings, suppressed, ...extraHigh],
  };
}
