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
  /** HTML id of the asset's inventory row (`asset-` + a hash of the id): findings link here. */
  anchor: string;
}

export interface Inventory {
  total: number;
  byKind: CountCell<AssetKind>[];
  providers: Provider[];
  accounts: string[];
  regions: string[];
  rows: InventoryRow[];
  /** The rows the page shows before (or without) its script: the first page. */
  firstPage: InventoryRow[];
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
  attestation?: { status: ControlStatus; evidence: string; owner: string; date: string; notes?: string; ageDays: number; stale: boolean };
  /** HTML id of the control's row: findings link here. */
  anchor: string;
  /** Findings-view filter (`control=<framework>:<id>`) that lists the findings behind the counts. */
  filter: string;
}

export interface GapTable {
  framework: FrameworkSummary;
  source: string;
  /** The source document's title (a seed's title in parentheses after its file name), else the source. */
  sourceTitle: string;
  /** In control-id order (5.2 before 5.10). */
  controls: ControlRow[];
}

export interface PathStep {
  id: string;
  name: string;
  /** Empty when the id is not in the inventory (e.g. a resource outside the scan). */
  kind: string;
  /** The inventory row's HTML id, empty when the id is not in the inventory. */
  anchor: string;
}

/** A path drawn as a small left-to-right SVG graph; geometry computed in path-graph.ts. */
export interface PathGraph {
  width: number;
  height: number;
  /** "a (kind) → b (kind) → c": the graph's text alternative. */
  label: string;
  nodes: { x: number; y: number; width: number; textX: number; textY: number; name: string; fullName: string; kind: string; anchor: string }[];
  arrows: { x1: number; x2: number; y: number; head: string }[];
}

export interface FindingView {
  /** The finding's stable fingerprint (Finding.fingerprint). */
  fingerprint: string;
  /** Its first 12 hex digits: the id the HTML report shows (shortFingerprint). */
  id: string;
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
  /** The path as a graph, when it has two or more steps. */
  graph?: PathGraph;
  missingFacts: string[];
  /** The inventory row's HTML id (empty when the asset is not in the inventory). */
  assetAnchor: string;
  /** An unknown finding: the HTML id of the coverage gap that hid its data, when one matches. */
  coverageGap?: string;
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

/** A mapped control as a link to its gap-table row. */
export interface ControlLink {
  framework: string;
  id: string;
  anchor: string;
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
  /** Mapped controls as links (framework packs only, not peer references). */
  controlLinks: ControlLink[];
  /** `<framework>:<id>` of every mapped control, space-separated: the control filter reads it. */
  controlKeys: string;
  /** The findings the page shows before (or without) its script: the first page. */
  firstPage: FindingView[];
  /** How many findings the first page leaves out. */
  moreThanFirstPage: number;
}

export interface FindingSections {
  fail: RuleGroup[];
  error: RuleGroup[];
  unknown: RuleGroup[];
  suppressed: RuleGroup[];
}

export interface CoverageGapRow {
  /** HTML id of the row: unknown findings link here. */
  anchor: string;
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

/** One line of "fix these first". */
export interface PriorityRow {
  severity: Severity;
  title: string;
  ruleId: string;
  assetName: string;
  assetAnchor: string;
  provider: Provider;
  account: string;
  /** Distinct assets on the finding's path (1 without a path). */
  blastRadius: number;
  /** The rule's remediation commands for the finding's cloud, on one line (`a && b`); empty without. */
  cli: string;
  /** HTML id of the rule group. */
  groupAnchor: string;
}

/** One row of the per-account or per-region breakdown. */
export interface BreakdownRow {
  provider: Provider;
  account: string;
  /** Empty in the per-account table. */
  region: string;
  assets: number;
  failing: number;
  critical: number;
  high: number;
  unknown: number;
  /** Findings-view filter for the row's failing findings (`cloud=..&account=..`). */
  filter: string;
}

export interface BreakdownTable {
  caption: string;
  byRegion: boolean;
  rows: BreakdownRow[];
}

export interface FilterOption {
  value: string;
  label: string;
}

/** One findings filter: its URL key, label and the values present in the report. */
export interface FindingFilter {
  key: 'cloud' | 'account' | 'region' | 'kind' | 'family' | 'severity' | 'status' | 'control';
  label: string;
  /** The label of the empty choice ("all clouds"). */
  all: string;
  options: FilterOption[];
}

export interface FindingFilters {
  selects: FindingFilter[];
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
  /** "Fix these first": the top failing findings by adjusted severity × blast radius. */
  priorities: { rows: PriorityRow[]; more: number };
  /** Per-account, then per-region breakdown tables. */
  breakdowns: BreakdownTable[];
  filters: FindingFilters;
  /** Attestations older than this many days are flagged in the gap tables. */
  attestationMaxAgeDays: number;
  /** Each control status with its label and what it means, in CONTROL_STATUSES order: the gap sections' legend. */
  controlStatusLegend: { status: ControlStatus; label: string; meaning: string }[];
  /** Account or subscription id → "name (id)", the id alone when no name is known (templates: `lookup @root.vm.accountLabels account`). */
  accountLabels: Record<string, string>;
}
