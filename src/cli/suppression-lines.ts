import type { ScanResult, SuppressionOutcome } from '../model/index.js';
import { EXPIRING_WITHIN_DAYS } from '../suppressions/index.js';
import { terminalSafe } from './output.js';

/** Where an entry is declared, as the summary names it: `<file>#<position>`, or `<file> <own id>`. */
export function suppressionName(entry: SuppressionOutcome): string {
  return entry.id.startsWith(`${entry.source}#`) ? entry.id : `${entry.source} ${entry.id}`;
}

/** The stderr summary's warnings about suppressions: one line per expired or unmatched entry, one for those about to expire. */
export function suppressionWarnings(report: ScanResult['suppressions']): string[] {
  if (!report) return [];
  const lines: string[] = [];
  for (const entry of report.entries) {
    const name = terminalSafe(suppressionName(entry));
    if (entry.state === 'expired') {
      lines.push(`suppression ${name} expired on ${entry.expires}: no longer applied${entry.matched ? `, its ${entry.matched} finding(s) count again` : ''}`);
    } else if (entry.state === 'unmatched') {
      lines.push(`suppression ${name} matched no finding (rule ${terminalSafe(entry.rule)}): remove it or correct its selectors`);
    }
  }
  const expiring = report.entries.filter((e) => e.state === 'expiring').length;
  if (expiring) lines.push(`${expiring} suppression(s) expire within ${EXPIRING_WITHIN_DAYS} days (see the report)`);
  return lines;
}
