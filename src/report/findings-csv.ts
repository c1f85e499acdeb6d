import type { Finding, ScanResult } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { accountNames } from './account-names.js';
import { csvField } from './escape.js';
import { compare } from './findings-view.js';

/**
 * One row per finding to act on (fail, error, unknown) or accepted (suppressed): base → adjusted severity, why, what it
 * enables, and for a suppressed one the status it had and the suppression that accepted it.
 */
export const FINDINGS_CSV_HEADER = [
  'status',
  'severity',
  'baseSeverity',
  'criticalityTier',
  'likelihood',
  'attackTypes',
  'severityReasons',
  'ruleId',
  'assetName',
  'assetKind',
  'provider',
  'accountName',
  'account',
  'region',
  'assetId',
  'message',
  'fingerprint',
  'suppressedStatus',
  'suppressionId',
  'suppressionReason',
  'suppressionOwner',
  'suppressionExpires',
  'suppressionTicket',
];

const LISTED: ReadonlySet<Finding['status']> = new Set(['fail', 'error', 'unknown', 'suppressed']);

export function* renderFindingsCsv(result: ScanResult): Generator<string> {
  const findings = result.findings
    .filter((f) => LISTED.has(f.status))
    .sort((a, b) => compare(a.status, b.status) || severityRank(a.severity) - severityRank(b.severity) || compare(a.ruleId, b.ruleId) || compare(a.assetName, b.assetName));
  const names = accountNames(result);
  yield FINDINGS_CSV_HEADER.map(csvField).join(',') + '\r\n';
  for (const f of findings) {
    const a = f.adjustment;
    // The closing "result: …" reason repeats the two severity columns.
    const reasons = a?.reasons.filter((r) => !r.startsWith('result: ')).join('; ');
    yield [f.status, f.severity, a?.base, a?.criticality, a?.likelihood, f.attackTypes?.join(' '), reasons, f.ruleId, f.assetName, f.assetKind, f.provider, names.get(f.account.toLowerCase()), f.account, f.region, f.assetId, f.message, f.fingerprint, ...suppressionColumns(f)]
      .map(csvField)
      .join(',') + '\r\n';
  }
}

function suppressionColumns(f: Finding): (string | undefined)[] {
  const s = f.suppression;
  return [s?.status, s?.id, s?.reason, s?.owner, s?.expires, s?.ticket];
}
