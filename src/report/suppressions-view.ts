import type { FindingSuppression, ScanResult, SuppressionOutcome, SuppressionState } from '../model/index.js';

/** What the reports show of one suppression (the HTML "Suppressions" table, the Markdown section). */
export interface SuppressionRow {
  id: string;
  source: string;
  rule: string;
  /** The selectors in words: `assets arn:…; tags Environment=dev`, or that it covers every asset of the rule. */
  scope: string;
  /** True when the entry names no asset, account, tag or fingerprint: it accepts the rule everywhere. */
  wholeRule: boolean;
  reason: string;
  owner: string;
  expires: string;
  /** `in 12 days`, `today`, `3 days ago`. */
  when: string;
  ticket: string;
  /** The ticket as a link, only when it is an https URL. */
  ticketHref?: string;
  matched: number;
}

export interface SuppressionGroup {
  state: SuppressionState;
  title: string;
  /** What being in this group means for the reader. */
  note: string;
  rows: SuppressionRow[];
}

export interface SuppressionsView {
  /** The scan was given suppressions (otherwise the reports leave the sections out). */
  given: boolean;
  sources: string[];
  maxDays: number;
  /** Findings the suppressions accepted. */
  suppressedFindings: number;
  counts: { active: number; expiring: number; expired: number; unmatched: number };
  /** Expiring, expired, unmatched, active: what needs attention first; empty groups left out. */
  groups: SuppressionGroup[];
}

/** What a suppressed finding shows of the suppression that accepted it. */
export interface FindingSuppressionView extends FindingSuppression {
  ticketHref?: string;
}

const GROUPS: readonly Omit<SuppressionGroup, 'rows'>[] = [
  { state: 'expiring', title: 'Expiring within 30 days', note: 'Still applied: renew them with a new decision, or fix the findings before they come back.' },
  { state: 'expired', title: 'Expired', note: 'No longer applied: the findings they matched count again.' },
  { state: 'unmatched', title: 'Unmatched', note: 'Matched no finding of this scan: the risk is gone, or the selectors are wrong.' },
  { state: 'active', title: 'Active', note: 'Applied to this scan.' },
];

export function suppressionsView(result: ScanResult): SuppressionsView {
  const entries = result.suppressions?.entries ?? [];
  const count = (state: SuppressionState) => entries.filter((e) => e.state === state).length;
  return {
    given: result.suppressions !== undefined,
    sources: [...(result.suppressions?.sources ?? [])],
    maxDays: result.suppressions?.maxDays ?? 0,
    suppressedFindings: result.findings.filter((f) => f.status === 'suppressed').length,
    counts: { active: count('active'), expiring: count('expiring'), expired: count('expired'), unmatched: count('unmatched') },
    groups: GROUPS.map((group) => ({ ...group, rows: entries.filter((e) => e.state === group.state).map(suppressionRow) })).filter((g) => g.rows.length > 0),
  };
}

function suppressionRow(entry: SuppressionOutcome): SuppressionRow {
  const href = httpsUrl(entry.ticket);
  return {
    id: entry.id,
    source: entry.source,
    rule: entry.rule,
    scope: scopeText(entry),
    wholeRule: scopeText(entry) === '',
    reason: entry.reason,
    owner: entry.owner ?? '',
    expires: entry.expires,
    when: entry.daysLeft === 0 ? 'today' : entry.daysLeft > 0 ? `in ${entry.daysLeft} days` : `${-entry.daysLeft} days ago`,
    ticket: entry.ticket ?? '',
    ...(href ? { ticketHref: href } : {}),
    matched: entry.matched,
  };
}

function scopeText(entry: SuppressionOutcome): string {
  const parts = [
    entry.assets ? `assets ${entry.assets.join(', ')}` : '',
    entry.accounts ? `accounts ${entry.accounts.join(', ')}` : '',
    entry.tags ? `tags ${Object.entries(entry.tags).map(([k, v]) => `${k}=${v}`).join(', ')}` : '',
    entry.fingerprints ? `findings ${entry.fingerprints.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

export function findingSuppressionView(suppression: FindingSuppression): FindingSuppressionView {
  const href = httpsUrl(suppression.ticket);
  return { ...suppression, ...(href ? { ticketHref: href } : {}) };
}

/** A ticket becomes a link only over https: never javascript:, data: or plain http (as remediation links). */
function httpsUrl(ticket: string | undefined): string | undefined {
  if (ticket === undefined || !/^https:\/\/[^\s]+$/i.test(ticket)) return undefined;
  try {
    return new URL(ticket).href;
  } catch {
    return undefined;
  }
}
