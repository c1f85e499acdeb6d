import type { ScanResult, SuppressionEntry } from '../../src/model/index.js';
import { applySuppressions, checkSuppressions } from '../../src/suppressions/index.js';
import { sampleResult } from '../report/sample-result.js';

/** The day the report tests scan on. */
export const TODAY = '2026-12-04';

/** The sample result with suppressions applied, as runScan does. */
export function suppressedResult(entries: Partial<SuppressionEntry>[], result: ScanResult = sampleResult()): ScanResult {
  const full = entries.map((e) => ({ rule: '**', reason: 'accepted', expires: '2027-06-30', accounts: ['*'], ...e }) as SuppressionEntry);
  const set = { sources: ['accepted.yaml'], maxDays: 365, entries: checkSuppressions('accepted.yaml', '$.suppressions', full, { today: TODAY }) };
  const applied = applySuppressions(result.findings, set, { today: TODAY, assetsById: new Map(result.inventory.assets.map((a) => [a.id, a])) });
  return { ...result, findings: applied.findings, suppressions: applied.report };
}

