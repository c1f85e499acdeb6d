import {
  ASSET_KINDS,
  CONTROL_STATUSES,
  FINDING_STATUSES,
  SEVERITIES,
  CRITICALITY_TIERS,
  LIKELIHOODS,
  type Asset,
  type ControlStatus,
  type Finding,
  type FrameworkAssessment,
  type ScanResult,
} from '../model/index.js';
import { assetAnchor, controlAnchor } from './anchors.js';
import { accountLabelMap } from './account-names.js';
import { barChart } from './charts.js';
import { failingCountByAsset } from './failing-counts.js';
import { compare, groupFindings } from './findings-view.js';
import { displayStrings } from './text-limits.js';
import { suppressionsView } from './suppressions-view.js';
import { sinceLastScanView } from './since-last-scan-view.js';
import { breakdowns, controlOrder, coverageGapAnchor, coverageGapLookup, filterQuery, findingFilters, priorities, sourceTitle } from './view-model-navigation.js';
import type {
  ControlRow,
  FrameworkSummary,
  GapTable,
  Inventory,
  ReportRuleMeta,
  ReportViewModel,
  RiskMatrixView,
} from './view-model-types.js';

export type * from './view-model-types.js';

export interface ViewModelOptions {
  ruleMeta: ReadonlyMap<string, ReportRuleMeta>;
  /** ISO timestamp printed on the report; defaults to the scan's finish time so output is reproducible. */
  generatedAt?: string;
  /** Attestations older than this many days (at the scan's finish) are flagged; default 365. */
  attestationMaxAgeDays?: number;
}

export const DEFAULT_ATTESTATION_MAX_AGE_DAYS = 365;
/** Inventory rows rendered into the page itself (the script pages through the rest, 100 at a time). */
export const INVENTORY_FIRST_PAGE = 100;

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'not-assessed': 'Not assessed',
};

/** What each control status means: the HTML and Markdown gap sections explain it once, from here. */
export const CONTROL_STATUS_MEANINGS: Record<ControlStatus, string> = {
  met: 'Every asset the mapped rules judged passes, and an attestation (where the control needs one) says met. A control with a failing asset is never met.',
  'partly-met': 'Some assets pass and some fail, or one half (cloud evidence or attestation) is met and the other is not shown.',
  'not-met': 'Every judged asset fails, or the attestation says not met.',
  'not-assessed': 'No rule could judge an asset and no attestation answers the control.',
};

/**
 * Everything the HTML and Markdown templates show, computed once and tested here, so templates stay
 * logic-light. Every string in it is display text: long ones cut with a marker, hidden characters
 * made visible (text-limits.ts); the JSON report reads the scan result, so it keeps them whole.
 */
export function buildViewModel(result: ScanResult, options: ViewModelOptions): ReportViewModel {
  const assets = result.inventory.assets;
  const assetsById = new Map<string, Asset>();
  for (const asset of assets) assetsById.set(asset.id, asset);

  const failing = result.findings.filter((f) => f.status === 'fail');
  const failingBySeverity = countBy(failing, (f) => f.severity);
  const failingPerAsset = failingCountByAsset(result.findings);
  const familyOf = (ruleId: string): string => options.ruleMeta.get(ruleId)?.family ?? 'unmapped';
  const frameworks = result.frameworks.map(frameworkSummary);
  const maxAgeDays = options.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS;
  const findings = groupFindings(result.findings, options.ruleMeta, assetsById, coverageGapLookup(result.coverage.gaps));
  const accountLabels = accountLabelMap(result);

  return displayStrings<ReportViewModel>({
    title: 'mlscan report',
    tool: { ...result.tool },
    schemaVersion: result.schemaVersion,
    generatedAt: options.generatedAt ?? result.scan.finishedAt,
    scan: scanView(result),
    summary: summaryView(result, failing, failingBySeverity, frameworks),
    charts: failingCharts(failing, failingBySeverity, familyOf, accountLabels),
    inventory: inventory(assets, failingPerAsset),
    gaps: result.frameworks.map((fw, i) => gapTable(fw, frameworks[i]!, { asOf: result.scan.finishedAt, maxAgeDays })),
    findings,
    coverage: coverageView(result.coverage.gaps, accountLabels),
    risk: riskMatrix(result.risk),
    suppressions: suppressionsView(result),
    sinceLastScan: result.sinceLastScan ? sinceLastScanView(result.sinceLastScan) : null,
    priorities: priorities(failing, options.ruleMeta),
    breakdowns: breakdowns(assets, result.findings),
    filters: findingFilters(findings),
    attestationMaxAgeDays: maxAgeDays,
    controlStatusLegend: CONTROL_STATUSES.map((status) => ({ status, label: CONTROL_STATUS_LABELS[status], meaning: CONTROL_STATUS_MEANINGS[status] })),
    accountLabels,
  });
}

function scanView(result: ScanResult): ReportViewModel['scan'] {
  return {
    startedAt: result.scan.startedAt,
    finishedAt: result.scan.finishedAt,
    sources: [...result.scan.sources],
    rules: result.scan.rules.length,
    failOn: result.scan.failOn ?? 'none',
  };
}

function summaryView(
  result: ScanResult,
  failing: readonly Finding[],
  failingBySeverity: ReadonlyMap<string, number>,
  frameworks: ReportViewModel['summary']['frameworks'],
): ReportViewModel['summary'] {
  const assets = result.inventory.assets;
  const statusCounts = countBy(result.findings, (f) => f.status);
  return {
    assets: assets.length,
    accounts: new Set(assets.map((a) => `${a.provider}\u0000${a.account}`)).size,
    providers: new Set(assets.map((a) => a.provider)).size,
    findingsByStatus: FINDING_STATUSES.map((s) => ({ key: s, label: s.replace('_', ' '), count: statusCounts.get(s) ?? 0 })),
    failingBySeverity: SEVERITIES.map((s) => ({ key: s, label: s, count: failingBySeverity.get(s) ?? 0 })),
    failing: failing.length,
    frameworks,
    coverageGaps: result.coverage.gaps.length,
    partial: result.scan.partial,
  };
}

/** The coverage gaps as the report lists them, each under the anchor its unknown findings link to. */
function coverageView(gaps: ScanResult['coverage']['gaps'], accountLabels: Readonly<Record<string, string>>): ReportViewModel['coverage'] {
  return gaps.map((gap, i) => ({
    anchor: coverageGapAnchor(i),
    provider: gap.provider,
    account: accountLabels[gap.account] ?? gap.account,
    region: gap.region ?? '',
    service: gap.service,
    errorCode: gap.errorCode,
    message: gap.message ?? '',
    kinds: gap.kinds ? [...gap.kinds] : [],
  }));
}

function failingCharts(
  failing: readonly Finding[],
  failingBySeverity: ReadonlyMap<string, number>,
  familyOf: (ruleId: string) => string,
  accountLabels: Readonly<Record<string, string>>,
): ReportViewModel['charts'] {
  return {
    severity: barChart(
      'severity',
      'Failing findings by severity',
      SEVERITIES.map((s) => ({ label: s, value: failingBySeverity.get(s) ?? 0, tone: s })),
    ),
    family: barChart('family', 'Failing findings by rule family', sortedCounts(countBy(failing, (f) => familyOf(f.ruleId)))),
    provider: barChart('provider', 'Failing findings by provider', sortedCounts(countBy(failing, (f) => f.provider))),
    account: barChart('account', 'Failing findings by account', sortedCounts(countBy(failing, (f) => accountLabels[f.account] ?? f.account))),
  };
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Largest first, ties by label, so charts read top-down and are stable across runs. */
function sortedCounts(counts: Map<string, number>): { label: string; value: number }[] {
  return [...counts]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || compare(a.label, b.label));
}

function inventory(assets: readonly Asset[], failingPerAsset: Map<string, number>): Inventory {
  const kinds = countBy(assets, (a) => a.kind);
  const rows = assets.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    provider: a.provider,
    account: a.account,
    region: a.region,
    tags: Object.keys(a.tags)
      .sort(compare)
      .map((k) => `${k}=${a.tags[k]}`),
    failing: failingPerAsset.get(a.id) ?? 0,
    anchor: assetAnchor(a.id),
  }));
  rows.sort((a, b) => compare(a.kind, b.kind) || compare(a.name, b.name) || compare(a.id, b.id));
  return {
    total: assets.length,
    byKind: ASSET_KINDS.filter((k) => kinds.has(k)).map((k) => ({ key: k, label: k, count: kinds.get(k)! })),
    providers: [...new Set(assets.map((a) => a.provider))].sort(compare),
    accounts: [...new Set(assets.map((a) => a.account))].sort(compare),
    regions: [...new Set(assets.map((a) => a.region))].sort(compare),
    rows,
    firstPage: rows.slice(0, INVENTORY_FIRST_PAGE),
  };
}

function frameworkSummary(fw: FrameworkAssessment): FrameworkSummary {
  const count = (s: ControlStatus) => fw.counts[s] ?? fw.controls.filter((c) => c.status === s).length;
  return {
    id: fw.id,
    name: fw.name,
    met: count('met'),
    partlyMet: count('partly-met'),
    notMet: count('not-met'),
    notAssessed: count('not-assessed'),
    total: fw.controls.length,
  };
}

const DAY_MS = 86_400_000;

function gapTable(fw: FrameworkAssessment, summary: FrameworkSummary, age: { asOf: string; maxAgeDays: number }): GapTable {
  const controls: ControlRow[] = fw.controls.map((c) => ({
    controlId: c.controlId,
    title: c.title,
    status: c.status,
    statusLabel: CONTROL_STATUS_LABELS[c.status],
    basis: c.basis,
    rules: [...c.rules],
    assetsPassing: c.assetsPassing,
    assetsFailing: c.assetsFailing,
    assetsUnknown: c.assetsUnknown,
    failingFindings: c.failingFindings,
    anchor: controlAnchor(fw.id, c.controlId),
    filter: filterQuery({ control: `${fw.id}:${c.controlId}` }),
    ...(c.attestation ? { attestation: attestationView(c.attestation, age) } : {}),
  }));
  controls.sort((a, b) => controlOrder(a.controlId, b.controlId));
  return { framework: summary, source: fw.source, sourceTitle: sourceTitle(fw.source), controls };
}

/** The attestation, its age in days at the scan's finish, and whether that is older than allowed. */
function attestationView(a: NonNullable<FrameworkAssessment['controls'][number]['attestation']>, age: { asOf: string; maxAgeDays: number }): NonNullable<ControlRow['attestation']> {
  const ageDays = Math.max(0, Math.floor((Date.parse(age.asOf) - Date.parse(`${a.date}T00:00:00Z`)) / DAY_MS));
  return {
    status: a.status,
    evidence: a.evidence,
    owner: a.owner,
    date: a.date,
    ...(a.notes !== undefined ? { notes: a.notes } : {}),
    ageDays,
    stale: ageDays > age.maxAgeDays,
  };
}

function riskMatrix(risk: ScanResult['risk']): RiskMatrixView {
  const entries = (m: Record<string, string[]>) =>
    Object.keys(m)
      .sort(compare)
      .map((key) => ({ key, values: [...(m[key] ?? [])] }));
  return {
    criticalityTags: entries(risk.criticalityTags),
    productionTags: entries(risk.productionTags),
    rules: [...risk.rules],
    grid: riskGrid(risk.grid ?? []),
    steps: risk.steps
      ? CRITICALITY_TIERS.map((tier) => ({ tier, cells: LIKELIHOODS.map((l) => { const n = risk.steps![tier]?.[l] ?? 0; return n > 0 ? `+${n}` : String(n); }) }))
      : [],
    maxSteps: risk.maxSteps,
    attackTypes: (risk.attackTypes ?? []).map((row) => ({ ...row })),
  };
}

function riskGrid(cells: NonNullable<ScanResult['risk']['grid']>): RiskMatrixView['grid'] {
  const bases = SEVERITIES.filter((s) => cells.some((c) => c.base === s));
  const rows = CRITICALITY_TIERS.flatMap((criticality) =>
    LIKELIHOODS.map((likelihood) => ({
      criticality,
      likelihood,
      cells: bases.map((base) => cells.find((c) => c.base === base && c.criticality === criticality && c.likelihood === likelihood)?.severity ?? base),
    })),
  );
  return { bases, rows: bases.length ? rows : [] };
}

