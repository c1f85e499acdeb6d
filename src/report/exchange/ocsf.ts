/**
 * OCSF 1.3.0 events, one JSON object a line (NDJSON), for a SIEM or a security lake.
 *
 * Class: a finding of a rule the framework packs map to controls is a Compliance Finding (2003):
 * the result of checking a resource against a standard, with `compliance.standards` (the framework
 * ids), `requirements` (`framework:control`) and the check's status (fail: Fail, pass: Pass, unknown:
 * Warning, which 1.3.0 defines as "did not yield a result due to missing information", rule
 * error: Other). Passes are written too, as a posture tool's compliance feed does. A finding of a
 * rule mapped to no control is a Detection Finding (2004), written only when it needs attention
 * (fail, error, unknown, suppressed): a pass detects nothing. not_applicable is never written.
 *
 * Finding status_id: New for what needs attention, Suppressed for an accepted risk, Resolved for a
 * pass (as AWS Security Hub resolves a control finding that passes). `metadata.uid` and
 * `finding_info.uid` are the finding fingerprint, stable across scans; `time` is the scan's finish time.
 */
import type { Asset, Finding, ScanResult, Severity } from '../../model/index.js';
import type { ReportRuleMeta } from '../view-model-types.js';
import { accountNames } from '../account-names.js';
import { ATTENTION_STATUSES, controlTags, documentationUrl, epochMillis, joinedRows, ruleMetaOf, underlyingStatus } from './common.js';
import {
  COMPLIANCE_FINDING_CLASS_UID,
  CREATE_ACTIVITY_ID,
  DETECTION_FINDING_CLASS_UID,
  FINDINGS_CATEGORY_UID,
  OCSF_COMPLIANCE_STATUSES,
  OCSF_FINDING_STATUSES,
  OCSF_SEVERITIES,
  OCSF_VERSION,
  type OcsfCompliance,
  type OcsfDetectionFinding,
  type OcsfFindingEvent,
} from './ocsf-model.js';

export const OCSF_SEVERITY_ID: Readonly<Record<Severity, keyof typeof OCSF_SEVERITIES>> = { critical: 5, high: 4, medium: 3, low: 2, info: 1 };

const COMPLIANCE_STATUS_ID: Readonly<Record<Exclude<Finding['status'], 'suppressed' | 'not_applicable'>, keyof typeof OCSF_COMPLIANCE_STATUSES>> = {
  pass: 1,
  unknown: 2,
  fail: 3,
  error: 99,
};

const CLOUD: Readonly<Record<Finding['provider'], { provider: string; type_id: 10 | 11 | 13; type: string }>> = {
  aws: { provider: 'AWS', type_id: 10, type: 'AWS Account' },
  azure: { provider: 'Azure', type_id: 13, type: 'Azure Subscription' },
  gcp: { provider: 'GCP', type_id: 11, type: 'GCP Project' },
};

export interface OcsfInput {
  result: ScanResult;
  ruleMeta?: ReadonlyMap<string, ReportRuleMeta>;
}

export function* renderOcsf({ result, ruleMeta }: OcsfInput): Generator<string> {
  const assets = new Map(result.inventory.assets.map((asset) => [asset.id, asset]));
  const context: EventContext = { result, time: epochMillis(result.scan.finishedAt), assets, accountNames: accountNames(result) };
  let empty = true;
  for (const chunk of joinedRows(result.findings, (finding) => ocsfEvent(finding, ruleMetaOf(ruleMeta, finding.ruleId, finding.severity), context), '\n')) {
    yield chunk;
    empty = false;
  }
  // Every line ends with a newline, the last one too (an empty scan is an empty file).
  if (!empty) yield '\n';
}

interface EventContext {
  result: ScanResult;
  time: number;
  assets: ReadonlyMap<string, Asset>;
  /** Account and subscription names by lowercased id (`cloud.account.name`). */
  accountNames?: ReadonlyMap<string, string>;
}

/** The event for one finding, or undefined when the finding is not written (see the module comment). */
export function ocsfEvent(finding: Finding, meta: ReportRuleMeta, context: EventContext): OcsfFindingEvent | undefined {
  if (finding.status === 'not_applicable') return undefined;
  const compliance = complianceOf(finding, meta);
  if (!compliance && !ATTENTION_STATUSES.has(finding.status)) return undefined;
  const classUid = compliance ? COMPLIANCE_FINDING_CLASS_UID : DETECTION_FINDING_CLASS_UID;
  const className = compliance ? 'Compliance Finding' : 'Detection Finding';
  const severityId = OCSF_SEVERITY_ID[finding.severity];
  const statusId = finding.status === 'suppressed' ? 3 : finding.status === 'pass' ? 4 : 1;
  const common: Omit<OcsfDetectionFinding, 'class_uid' | 'class_name'> = {
    activity_id: CREATE_ACTIVITY_ID,
    activity_name: 'Create',
    category_uid: FINDINGS_CATEGORY_UID,
    category_name: 'Findings',
    type_uid: classUid * 100 + CREATE_ACTIVITY_ID,
    type_name: `${className}: Create`,
    severity_id: severityId,
    severity: OCSF_SEVERITIES[severityId],
    status_id: statusId,
    status: OCSF_FINDING_STATUSES[statusId],
    time: context.time,
    message: finding.message,
    metadata: { version: OCSF_VERSION, product: { name: 'mlscan', vendor_name: 'mlscan', version: context.result.tool.version }, uid: finding.fingerprint, profiles: ['cloud'] },
    cloud: { provider: CLOUD[finding.provider].provider, account: cloudAccount(finding, context.accountNames?.get(finding.account.toLowerCase())), region: finding.region },
    finding_info: findingInfo(finding, meta, context.time),
    resources: [resourceOf(finding, context.assets.get(finding.assetId))],
    ...(meta.remediation.text ? { remediation: { desc: meta.remediation.text, ...referencesOf(meta) } } : {}),
    unmapped: unmappedOf(finding),
  };
  return compliance
    ? { ...common, class_uid: COMPLIANCE_FINDING_CLASS_UID, class_name: 'Compliance Finding', compliance }
    : { ...common, class_uid: DETECTION_FINDING_CLASS_UID, class_name: 'Detection Finding' };
}

function cloudAccount(finding: Finding, name: string | undefined): OcsfFindingEvent['cloud']['account'] {
  const cloud = CLOUD[finding.provider];
  return { uid: finding.account, type_id: cloud.type_id, type: cloud.type, ...(name ? { name } : {}) };
}

/** The compliance object of a finding whose rule maps to framework controls; undefined otherwise. */
function complianceOf(finding: Finding, meta: ReportRuleMeta): OcsfCompliance | undefined {
  const standards = Object.entries(meta.controls ?? {})
    .filter(([, ids]) => (ids ?? []).length > 0)
    .map(([framework]) => framework);
  if (standards.length === 0) return undefined;
  const status = underlyingStatus(finding) as keyof typeof COMPLIANCE_STATUS_ID;
  const statusId = COMPLIANCE_STATUS_ID[status];
  const detail = finding.status === 'suppressed' ? `suppressed: ${finding.suppression?.reason ?? ''}` : status === 'unknown' ? `not visible: ${(finding.missingFacts ?? []).join(', ')}` : undefined;
  return {
    standards,
    requirements: controlTags(meta),
    control: meta.id,
    status_id: statusId,
    status: statusId === 99 ? 'Error' : OCSF_COMPLIANCE_STATUSES[statusId],
    ...(detail ? { status_detail: detail } : {}),
  };
}

function findingInfo(finding: Finding, meta: ReportRuleMeta, time: number): OcsfFindingEvent['finding_info'] {
  const url = documentationUrl(meta);
  return {
    uid: finding.fingerprint,
    title: meta.title,
    ...(meta.rationale ? { desc: meta.rationale } : {}),
    types: [meta.family, ...(finding.attackTypes ?? []).map((attack) => `attack:${attack}`)],
    analytic: { uid: finding.ruleId, name: meta.title, type_id: 1, type: 'Rule', category: meta.family },
    created_time: time,
    ...(url ? { src_url: url } : {}),
  };
}

function resourceOf(finding: Finding, asset: Asset | undefined) {
  const labels = Object.entries(asset?.tags ?? {}).map(([key, value]) => `${key}=${value}`);
  return {
    uid: finding.assetId,
    type: finding.assetKind,
    name: finding.assetName,
    region: finding.region,
    ...(labels.length ? { labels } : {}),
    ...(asset ? { data: { nativeType: asset.nativeType } } : {}),
  };
}

function referencesOf(meta: ReportRuleMeta): { references?: string[] } {
  const references = [meta.remediation.url, ...(meta.references?.url ?? [])].filter((url): url is string => !!url);
  return references.length ? { references } : {};
}

/** What OCSF has no attribute for: mlscan's own status, the risk adjustment, the path, the suppression. */
function unmappedOf(finding: Finding): Record<string, unknown> {
  const { status, subject, missingFacts, path, adjustment, suppression, reason } = finding;
  return {
    mlscan_status: status,
    ...(subject !== undefined ? { subject } : {}),
    ...(missingFacts ? { missing_facts: missingFacts } : {}),
    ...(path ? { path } : {}),
    ...(adjustment ? { severity_adjustment: adjustment } : {}),
    ...(reason ? { reason } : {}),
    ...(suppression ? { suppression } : {}),
  };
}
