import type { ControlAssessment, FrameworkAssessment, ScanResult } from '../model/index.js';
import { csvField } from './escape.js';
import { controlOrder } from './view-model-navigation.js';

/**
 * The gap analysis for compliance teams: one row per framework control, in id order (as the HTML and Markdown tables), with
 * its status, how it was reached, the rules that give evidence, the assets failing, passing and
 * unknown, and the attestation when the organisation gave one. Sheet-friendly: flat columns, one
 * header row, lists space-separated in one cell.
 */
export const GAP_CSV_HEADER = [
  'framework',
  'frameworkName',
  'controlId',
  'title',
  'status',
  'basis',
  'evidenceRules',
  'assetsFailing',
  'assetsPassing',
  'assetsUnknown',
  'failingFindings',
  'attestationStatus',
  'attestationOwner',
  'attestationDate',
  'attestationEvidence',
  'attestationNotes',
];

export function* renderGapCsv(result: Pick<ScanResult, 'frameworks'>): Generator<string> {
  yield GAP_CSV_HEADER.map(csvField).join(',') + '\r\n';
  for (const framework of result.frameworks) {
    const controls = [...framework.controls].sort((a, b) => controlOrder(a.controlId, b.controlId));
    yield controls.map((control) => gapRow(framework, control)).join('');
  }
}

function gapRow(framework: FrameworkAssessment, control: ControlAssessment): string {
  const a = control.attestation;
  return (
    [
      framework.id,
      framework.name,
      control.controlId,
      control.title,
      control.status,
      control.basis,
      control.rules.join(' '),
      control.assetsFailing,
      control.assetsPassing,
      control.assetsUnknown,
      control.failingFindings,
      a?.status,
      a?.owner,
      a?.date,
      a?.evidence,
      a?.notes,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}
