import { findingFingerprint } from '../../src/engine/fingerprint.js';
import type { Finding, FindingStatus } from '../../src/model/index.js';

/** A high-severity finding of one rule on one AWS storage asset: what the gap analysis tests feed it. */
export function storageFinding(ruleId: string, assetId: string, status: FindingStatus): Finding {
  return {
    ruleId,
    fingerprint: findingFingerprint(ruleId, assetId),
    status,
    severity: 'high',
    assetId,
    assetName: assetId,
    assetKind: 'storage',
    provider: 'aws',
    account: '111122223333',
    region: 'eu-west-1',
    message: 'm',
    evidence: {},
  };
}
