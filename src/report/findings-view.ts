import { SEVERITIES, severityRank, type Asset, type Finding, type Severity } from '../model/index.js';
import type { Remediation } from '../model/index.js';
import { assetAnchor, controlAnchor } from './anchors.js';
import { boundedJson } from './bounded-json.js';
import { pathGraph } from './path-graph.js';
import { redactValue } from './redact.js';
import { findingSuppressionView } from './suppressions-view.js';
import type { ControlLink, ControlRef, FindingView, PathStep, ReportRuleMeta, RuleGroup } from './view-model-types.js';

type ReportedStatus = RuleGroup['status'];

/** Findings per rule group rendered into the page itself (the script pages through the rest). */
export const FINDINGS_FIRST_PAGE = 25;

/** The coverage gap (its HTML id) that hid an unknown finding's data, if one matches. */
export type CoverageGapLookup = (finding: Finding) => string | undefined;

/** The first 12 hex digits of a fingerprint: enough to tell findings apart in a table or a PR comment. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(fingerprint.lastIndexOf('/') + 1).slice(0, 12);
}

export function findingView(finding: Finding, assetsById: ReadonlyMap<string, Asset>, gapOf?: CoverageGapLookup): FindingView {
  const evidence = redactValue(finding.evidence) as Record<string, unknown>;
  const path = (finding.path ?? []).map((id) => pathStep(id, assetsById));
  const view: FindingView = {
    fingerprint: finding.fingerprint,
    id: shortFingerprint(finding.fingerprint),
    severity: finding.severity,
    assetId: finding.assetId,
    assetName: finding.assetName,
    assetKind: finding.assetKind,
    provider: finding.provider,
    account: finding.account,
    region: finding.region,
    message: finding.message,
    evidence: Object.keys(evidence)
      .sort(compare)
      .map((key) => `${key}: ${boundedJson(evidence[key])}`),
    path,
    missingFacts: finding.missingFacts ?? [],
    assetAnchor: assetsById.has(finding.assetId) ? assetAnchor(finding.assetId) : '',
  };
  const graph = pathGraph(path);
  if (graph) view.graph = graph;
  const gap = finding.status === 'unknown' ? gapOf?.(finding) : undefined;
  if (gap) view.coverageGap = gap;
  if (finding.adjustment) {
    const { base, criticality, likelihood, reasons } = finding.adjustment;
    view.severityWhy = { base, criticality, likelihood, reasons };
  }
  if (finding.attackTypes) view.attackTypes = [...finding.attackTypes];
  if (finding.suppression) view.suppression = findingSuppressionView(finding.suppression);
  return view;
}

function pathStep(id: string, assetsById: ReadonlyMap<string, Asset>): PathStep {
  const asset = assetsById.get(id);
  return asset ? { id, name: asset.name, kind: asset.kind, anchor: assetAnchor(id) } : { id, name: id, kind: '', anchor: '' };
}

/**
 * Groups the findings to act on (fail, error, unknown) by status and rule, most severe group first,
 * so remediation is shown once per rule. Passes and `not_applicable` are counted, not listed.
 */
export function groupFindings(
  findings: readonly Finding[],
  ruleMeta: ReadonlyMap<string, ReportRuleMeta>,
  assetsById: ReadonlyMap<string, Asset>,
  gapOf?: CoverageGapLookup,
): Record<ReportedStatus, RuleGroup[]> {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    if (finding.status === 'pass' || finding.status === 'not_applicable') continue;
    const key = `${finding.status}:${finding.ruleId}`;
    let group = groups.get(key);
    if (!group) {
      group = emptyGroup(key, finding.status, finding.ruleId, ruleMeta.get(finding.ruleId));
      groups.set(key, group);
    }
    group.findings.push(findingView(finding, assetsById, gapOf));
  }
  const sections: Record<ReportedStatus, RuleGroup[]> = { fail: [], error: [], unknown: [], suppressed: [] };
  for (const group of groups.values()) {
    finishGroup(group);
    sections[group.status].push(group);
  }
  for (const list of Object.values(sections)) {
    list.sort((a, b) => severityRank(a.topSeverity) - severityRank(b.topSeverity) || compare(a.ruleId, b.ruleId));
  }
  return sections;
}

function emptyGroup(key: string, status: ReportedStatus, ruleId: string, meta: ReportRuleMeta | undefined): RuleGroup {
  return {
    key,
    status,
    ruleId,
    title: meta?.title ?? ruleId,
    family: meta?.family ?? 'unmapped',
    baseSeverity: meta?.severity,
    topSeverity: 'info',
    rationale: meta?.rationale ?? '',
    // How to fix is for what failed; an error or unknown asks for access or a bug report instead.
    remediation: status === 'fail' && meta ? linkSafe(meta.remediation) : undefined,
    controls: refs(meta?.controls),
    references: refs(meta?.references),
    count: 0,
    bySeverity: [],
    findings: [],
    ...controlLinks(refs(meta?.controls)),
    firstPage: [],
    moreThanFirstPage: 0,
  };
}

function controlLinks(controls: readonly ControlRef[]): Pick<RuleGroup, 'controlLinks' | 'controlKeys'> {
  const links: ControlLink[] = controls.flatMap((ref) => ref.ids.map((id) => ({ framework: ref.framework, id, anchor: controlAnchor(ref.framework, id) })));
  return { controlLinks: links, controlKeys: links.map((l) => `${l.framework}:${l.id}`).join(' ') };
}

/** The report links to vendor documentation only over https: never javascript:, data: or plain http. */
function linkSafe(remediation: Remediation): Remediation {
  if (remediation.url === undefined || /^https:\/\//i.test(remediation.url)) return remediation;
  const { url: _dropped, ...rest } = remediation;
  void _dropped;
  return rest;
}

function finishGroup(group: RuleGroup): void {
  group.findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compare(a.assetId, b.assetId));
  group.count = group.findings.length;
  group.firstPage = group.findings.slice(0, FINDINGS_FIRST_PAGE);
  group.moreThanFirstPage = Math.max(0, group.count - FINDINGS_FIRST_PAGE);
  group.topSeverity = group.findings[0]?.severity ?? 'info';
  const counts = new Map<Severity, number>();
  for (const f of group.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  group.bySeverity = SEVERITIES.filter((s) => counts.has(s)).map((s) => ({ key: s, label: s, count: counts.get(s)! }));
}

function refs(map: Partial<Record<string, readonly string[]>> | undefined): ControlRef[] {
  if (!map) return [];
  return Object.keys(map)
    .sort()
    .map((framework) => ({ framework, ids: [...(map[framework] ?? [])] }))
    .filter((ref) => ref.ids.length > 0);
}

/** Code-point order: locale-independent, so reports are byte-identical across machines. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
