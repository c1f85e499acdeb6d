import { CONTROL_STATUS_LABELS } from './view-model.js';
import type { ControlRow, GapTable, ReportViewModel } from './view-model-types.js';

/** Evidence rules named in a gap row before the rest is counted ("and 12 more"): the HTML lists them all. */
export const MARKDOWN_GAP_RULES_NAMED = 3;

/** One control of the Markdown gap table: every control is a row, met ones included. */
export interface MarkdownControlRow {
  controlId: string;
  title: string;
  statusLabel: string;
  assetsFailing: number;
  assetsPassing: number;
  assetsUnknown: number;
  /** The first few evidence rules and how many more; "none: attestation only" without a rule. */
  rules: string;
  /** The attestation, once: status, owner, date, evidence and notes; empty without one. */
  attestation: string;
  /** Days old, when the attestation is older than the configured maximum age. */
  staleDays?: number;
}

export interface MarkdownGapSection {
  name: string;
  sourceTitle: string;
  total: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notAssessed: number;
  attested: number;
  stale: number;
  controls: MarkdownControlRow[];
}

/**
 * The Markdown gap analysis: every control of each framework in the view model's id order (the
 * HTML tables' order), with the HTML's status words, counts and attestations. The strings are raw
 * here; markdownView escapes the whole view in one place.
 */
export function markdownGapSections(vm: Pick<ReportViewModel, 'gaps'>): MarkdownGapSection[] {
  return vm.gaps.map(gapSection);
}

function gapSection(table: GapTable): MarkdownGapSection {
  const { name, total, met, partlyMet, notMet, notAssessed } = table.framework;
  const controls = table.controls.map(controlRow);
  return {
    name,
    sourceTitle: table.sourceTitle,
    total,
    met,
    partlyMet,
    notMet,
    notAssessed,
    attested: table.controls.filter((c) => c.attestation).length,
    stale: controls.filter((c) => c.staleDays !== undefined).length,
    controls,
  };
}

function controlRow(control: ControlRow): MarkdownControlRow {
  const a = control.attestation;
  return {
    controlId: control.controlId,
    title: control.title,
    statusLabel: control.statusLabel,
    assetsFailing: control.assetsFailing,
    assetsPassing: control.assetsPassing,
    assetsUnknown: control.assetsUnknown,
    rules: evidenceRules(control.rules),
    attestation: a ? `${CONTROL_STATUS_LABELS[a.status]} by ${a.owner} on ${a.date}: ${a.evidence}${a.notes ? ` — ${a.notes}` : ''}` : '',
    ...(a?.stale ? { staleDays: a.ageDays } : {}),
  };
}

function evidenceRules(rules: readonly string[]): string {
  if (rules.length === 0) return 'none: attestation only';
  const named = rules.slice(0, MARKDOWN_GAP_RULES_NAMED).join(', ');
  const more = rules.length - MARKDOWN_GAP_RULES_NAMED;
  return more > 0 ? `${named} and ${more} more` : named;
}
