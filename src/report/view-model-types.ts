import type {
  AssetKind,
  ControlStatus,
  FindingStatus,
  FrameworkId,
  Provider,
  RuleFamily,
  Severity,
} from '../model/index.js';
import type { Remediation } from '../model/index.js';
import type { FindingSuppressionView, SuppressionsView } from './suppressions-view.js';
import type { SinceLastScanView } from './since-last-scan-view-types.js';

/** What a report needs of a rule: the fields of RuleMeta it shows. */
export interface ReportRuleMeta {
  id: string;
  title: string;
  family: RuleFamily;
  severity: Severity;
  rationale: string;
  remediation: Remediation;
  /** Controls the framework packs map the rule to (src/frameworks `controlsOfRule`). */
  controls?: Partial<Record<FrameworkId, readonly string[]>>;
  references?: Partial<Record<string, readonly string[]>>;
}

export interface CountCell<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

export interface FrameworkSummary {
  id: FrameworkId;
  name: string;
  met: number;
  partlyMet: number;
  notMet: number;
  notAssessed: number;
  total: number;
}

export interface Summary {
  assets: number;
  accounts: number;
  providers: number;
  findingsByStatus: CountCell<FindingStatus>[];
  failingBySeverity: CountCell<Severity>[];
  failing: number;
  frameworks: FrameworkSummary[];
  coverageGaps: number;
  partial: boolean;
}

export interface Bar {
  label: string;
  /** The label cut to fit the chart's label column; the full label is in the bar's tooltip. */
  shortLabel: string;
  value: number;
  /** Bar length in the chart's coordinate space (0..CHART_BAR_SPACE). */
  width: number;
  /** y of the bar's row, so the template stays free of arithmetic. */
  y: number;
  textY: number;
  valueX: number;
  /** CSS class colouring the bar (a severity, or `neutral`). */
  tone: string;
}

export interface Chart {
  id: string;
  title: string;
  /** Total SVG height; each bar takes one row. */
  height: number;
  bars: Bar[];
  empty: boolean;
}

export interface InventoryRow {
  id: string;
  name: string;
  kind: AssetKind;
  provider: Provider;
  account: string;
  region: string;
  /** `key=value` pairs, sorted by key. */
  tags: string[];
  failing: number;
}

export interface Inventory {
  total: number;
  byKind: CountCell<AssetKind>[];
  providers: Provider[];
  accounts: string[];
  rows: InventoryRow[];
}

export interface ControlRow {
  controlId: string;
  title: string;
  status: ControlStatus;
  statusLabel: string;
  basis: string;
  rules: string[];
  assetsPassing: number;
  assetsFailing: number;
  assetsUnknown: number;
  failingFindings: number;
  attestation?: { status: ControlStatus; evidence: string; owner: string; date: string; notes?: string };
}

export interface GapTable {
  framework: FrameworkSummary;
  source: string;
  /** Not met first, then partly met, not assessed, met: the reader's work list in order. */
  controls: ControlRow[];
}

export interface PathStep {
  id: string;
  name: string;
  /** Empty when the id is not in the inventory (e.g. a resource outside the scan). */
  kind: string;
}

export interface FindingView {
  /** The finding's stable fingerprint (Finding.fingerprint). */
  fingerprint: string;
  severity: Severity;
  assetId: string;
  assetName: string;
  assetKind: AssetKind;
  provider: Provider;
  account: string;
  region: string;
  message: string;
  /** Evidence as `fact: value` lines, values JSON-encoded so types stay visible. */
  evidence: string[];
  path: PathStep[];
  missingFacts: string[];
  /** Why the effective severity differs (or not) from the rule's base severity. */
  severityWhy?: { base: Severity; criticality: string; likelihood: string; reasons: string[] };
  /** seeds/000 section 3.4 attack types the failing control enables. */
  attackTypes?: string[];
  /** The suppression that accepted the finding (status `suppressed`). */
  suppression?: FindingSuppressionView;
}

export interface ControlRef {
  framework: string;
  ids: string[];
}

export interface RuleGroup {
  /** Stable DOM / data key: `<status>:<rule id>`. */
  key: string;
  status: Exclude<FindingStatus, 'pass' | 'not_applicable'>;
  ruleId: string;
  title: string;
  family: string;
  baseSeverity: Severity | undefined;
  /** Most severe effective severity among the group's findings. */
  topSeverity: Severity;
  rationale: string;
  remediation: Remediation | undefined;
  controls: ControlRef[];
  references: ControlRef[];
  count: number;
  bySeverity: CountCell<Severity>[];
  findings: FindingView[];
}

export interface FindingSections {
  fail: RuleGroup[];
  error: RuleGroup[];
  unknown: RuleGroup[];
  suppressed: RuleGroup[];
}

export interface CoverageGapRow {
  provider: Provider;
  account: string;
  region: string;
  service: string;
  errorCode: string;
  message: string;
  kinds: string[];
}

export interface RiskMatrixView {
  criticalityTags: { key: string; values: string[] }[];
  productionTags: { key: string; values: string[] }[];
  rules: string[];
  /** Effective severity by base severity (columns) for each criticality × likelihood (rows). */
  grid: { bases: Severity[]; rows: { criticality: string; likelihood: string; cells: Severity[] }[] };
  /** The configured matrix: levels moved per tier (rows) and likelihood high, medium, low (cells). */
  steps: { tier: string; cells: string[] }[];
  maxSteps: number | undefined;
  /** seeds/000 section 3.4, the attack types findings are labelled with. */
  attackTypes: { attackType: string; likelihood: string; impact: string; exploitability: string; meaning: string }[];
}

export interface ReportViewModel {
  title: string;
  tool: { name: string; version: string };
  schemaVersion: string;
  generatedAt: string;
  scan: { startedAt: string; finishedAt: string; sources: string[]; rules: number; failOn: string };
  summary: Summary;
  charts: { severity: Chart; family: Chart; provider: Chart; account: Chart };
  inventory: Inventory;
  gaps: GapTable[];
  findings: FindingSections;
  coverage: CoverageGapRow[];
  risk: RiskMatrixView;
  /** The suppressions the scan was given and what each did (`given: false` without any). */
  suppressions: SuppressionsView;
  /** What changed since the baseline scan; null without --baseline or --history. */
  sinceLastScan: SinceLastScanView | null;
}
