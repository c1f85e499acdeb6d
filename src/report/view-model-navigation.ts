import { SEVERITIES, type Asset, type CoverageGap, type Finding } from '../model/index.js';
import { anchorOf } from './anchors.js';
import { compare } from './findings-view.js';
import { blastRadius, cloudCommands, topFindings } from './top-findings.js';
import type { BreakdownRow, BreakdownTable, FilterOption, FindingFilter, FindingFilters, FindingSections, PriorityRow, ReportRuleMeta } from './view-model-types.js';

/** Findings in the "fix these first" block of the HTML and Markdown reports. */
export const PRIORITY_ROWS = 5;

/** The top failing findings by adjusted severity × blast radius, one line each with the fix command. */
export function priorities(failing: readonly Finding[], ruleMeta: ReadonlyMap<string, ReportRuleMeta>): { rows: PriorityRow[]; more: number } {
  const { top, more } = topFindings(failing, PRIORITY_ROWS);
  const rows = top.map((f) => {
    const meta = ruleMeta.get(f.ruleId);
    return {
      severity: f.severity,
      title: meta?.title ?? f.ruleId,
      ruleId: f.ruleId,
      assetName: f.assetName,
      assetAnchor: anchorOf('asset', f.assetId),
      provider: f.provider,
      account: f.account,
      blastRadius: blastRadius(f),
      cli: cloudCommands(meta?.remediation.cli, f.provider).join(' && '),
      groupAnchor: `fail:${f.ruleId}`,
    };
  });
  return { rows, more };
}

/** A findings-view filter as the page's script reads it (URL query syntax after `#findings?`). */
export function filterQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

interface Tally {
  assets: number;
  failing: number;
  critical: number;
  high: number;
  unknown: number;
}

function tally(rows: Map<string, { row: Omit<BreakdownRow, keyof Tally>; t: Tally }>, key: string, row: Omit<BreakdownRow, keyof Tally>): Tally {
  let entry = rows.get(key);
  if (!entry) rows.set(key, (entry = { row, t: { assets: 0, failing: 0, critical: 0, high: 0, unknown: 0 } }));
  return entry.t;
}

/** Assets, failing findings (critical, high) and unknowns per account and per account × region, worst first. */
export function breakdowns(assets: readonly Asset[], findings: readonly Finding[]): BreakdownTable[] {
  const accounts = new Map<string, { row: Omit<BreakdownRow, keyof Tally>; t: Tally }>();
  const regions = new Map<string, { row: Omit<BreakdownRow, keyof Tally>; t: Tally }>();
  const place = (x: Pick<Asset, 'provider' | 'account' | 'region'>) => [
    tally(accounts, `${x.provider}\u0000${x.account}`, { provider: x.provider, account: x.account, region: '', filter: filterQuery({ cloud: x.provider, account: x.account, status: 'fail' }) }),
    tally(regions, `${x.provider}\u0000${x.account}\u0000${x.region}`, {
      provider: x.provider,
      account: x.account,
      region: x.region,
      filter: filterQuery({ cloud: x.provider, account: x.account, region: x.region, status: 'fail' }),
    }),
  ];
  for (const asset of assets) for (const t of place(asset)) t.assets++;
  for (const f of findings) {
    if (f.status !== 'fail' && f.status !== 'unknown') continue;
    for (const t of place(f)) {
      if (f.status === 'unknown') t.unknown++;
      else {
        t.failing++;
        if (f.severity === 'critical') t.critical++;
        if (f.severity === 'high') t.high++;
      }
    }
  }
  const rows = (m: typeof accounts) =>
    [...m.values()]
      .map(({ row, t }) => ({ ...row, ...t }))
      .sort((a, b) => b.critical - a.critical || b.high - a.high || b.failing - a.failing || compare(a.account, b.account) || compare(a.region, b.region));
  return [
    { caption: 'Per account', byRegion: false, rows: rows(accounts) },
    { caption: 'Per account and region', byRegion: true, rows: rows(regions) },
  ];
}

function options(values: Iterable<string>): FilterOption[] {
  return [...new Set(values)].sort(compare).map((value) => ({ value, label: value }));
}

/** The choices of each findings filter: only what the listed findings hold. */
export function findingFilters(sections: FindingSections): FindingFilters {
  const groups = [...sections.fail, ...sections.error, ...sections.unknown, ...sections.suppressed];
  const findings = groups.flatMap((g) => g.findings);
  const present = new Set(findings.map((f) => f.severity));
  const select = (key: FindingFilter['key'], label: string, all: string, choices: FilterOption[]): FindingFilter => ({ key, label, all, options: choices });
  return {
    selects: [
      select('cloud', 'Cloud', 'all clouds', options(findings.map((f) => f.provider))),
      select('account', 'Account', 'all accounts', options(findings.map((f) => f.account))),
      select('region', 'Region', 'all regions', options(findings.map((f) => f.region))),
      select('kind', 'Asset kind', 'all kinds', options(findings.map((f) => f.assetKind))),
      select('family', 'Rule family', 'all families', options(groups.map((g) => g.family))),
      select('severity', 'Severity', 'all severities', SEVERITIES.filter((s) => present.has(s)).map((s) => ({ value: s, label: s }))),
      select('status', 'Status', 'all statuses', STATUSES.filter((s) => sections[s].length > 0).map((s) => ({ value: s, label: s }))),
      select('control', 'Control', 'all controls', options(groups.flatMap((g) => g.controlKeys.split(' ').filter(Boolean))).sort((a, b) => controlOrder(a.value, b.value))),
    ],
  };
}

const STATUSES = ['fail', 'error', 'unknown', 'suppressed'] as const;

/** Control ids in reading order: 5.2 before 5.10, AML.M0002 before AML.M0010. */
export function controlOrder(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    // Odd parts are digit runs (split keeps the captured separators).
    const d = i % 2 ? Number(pa[i]) - Number(pb[i]) : compare(pa[i]!, pb[i]!);
    if (d) return d;
  }
  return pa.length - pb.length || compare(a, b);
}

/**
 * The coverage gap that explains an unknown finding: same cloud and account, the same region (or a
 * gap for every region), and the finding's asset kind among the kinds the gap hid (or none listed);
 * the first such gap in the report's order. Gaps are grouped by cloud and account once, so a report
 * with many gaps and many unknown findings reads only the finding's own account's gaps.
 */
export function coverageGapLookup(gaps: readonly CoverageGap[]): (f: Finding) => string | undefined {
  const byAccount = new Map<string, number[]>();
  gaps.forEach((g, index) => {
    const key = accountKey(g.provider, g.account);
    const list = byAccount.get(key);
    if (list) list.push(index);
    else byAccount.set(key, [index]);
  });
  return (f) => {
    // Indexes in report order: the first that matches is the first gap that explains it.
    const at = byAccount.get(accountKey(f.provider, f.account))?.find((index) => {
      const g = gaps[index]!;
      return (!g.region || g.region === f.region) && (!g.kinds?.length || g.kinds.includes(f.assetKind));
    });
    return at === undefined ? undefined : coverageGapAnchor(at);
  };
}

const accountKey = (provider: string, account: string): string => `${provider}\n${account}`;

export const coverageGapAnchor = (index: number): string => `coverage-gap-${index + 1}`;

/** "seeds/000_x.txt (Microsoft, AI Security Risk Assessment)" → "Microsoft, AI Security Risk Assessment". */
export function sourceTitle(source: string): string {
  const seed = /^seeds\/\S+ \((.+)\)$/.exec(source);
  return seed ? seed[1]! : source;
}
