/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).
 *
 * - Rules are `tool.driver.rules`: title, rationale, remediation (text and Markdown), the
 *   documentation link, tags (`security`, the family, `framework:control`) and
 *   `security-severity` (SECURITY_SEVERITY in common.ts), which GitHub ranks security alerts by.
 * - One result per fail, error, unknown and suppressed finding; pass and not_applicable are not
 *   results (GitHub ignores `kind` and would open an alert for a pass). `level` of a fail follows
 *   its adjusted severity (critical and high: error, medium: warning, low and info: note); a rule
 *   error is a `warning` (the check did not run: someone must look), an unknown a `note` (the data
 *   could not be read; the message says which). A suppressed finding keeps the level of the verdict
 *   it hides and carries an accepted external suppression with the reason.
 * - GitHub rejects a whole upload when a result has no `physicalLocation.artifactLocation.uri`
 *   ("locationFromSarifResult: expected at least one location"). A cloud resource has no file, so
 *   each result points at the stable pseudo-path `<provider>/<account>` (the account is what owns
 *   the resource and never changes for it) and names the resource itself as a logical location
 *   (ARN or ARM id as `fullyQualifiedName`, asset kind as `kind`).
 * - `partialFingerprints` carries the finding fingerprint, so alerts stay one per finding across scans.
 * - Coverage gaps are `toolExecutionNotifications`; `executionSuccessful` is false when the scan was partial.
 */
import type { Invocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { CoverageGap, Finding, ScanResult, Severity } from '../../model/index.js';
import type { ReportRuleMeta } from '../view-model-types.js';
import { accountNames } from '../account-names.js';
import { ATTENTION_STATUSES, SECURITY_SEVERITY, controlTags, documentationUrl, jsonArray, ruleMetaOf, scanRuleIds, underlyingStatus } from './common.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key: renaming it would open every alert again. */
export const SARIF_FINGERPRINT_KEY = 'mlscanFindingFingerprint/v1';

/** GitHub code scanning rejects an upload with a rule of more than 20 tags. */
const MAX_RULE_TAGS = 20;

const FAIL_LEVEL: Readonly<Record<Severity, Result.level>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** The SARIF level of a finding (see the module comment). */
export function sarifLevel(finding: Finding): Result.level {
  const status = underlyingStatus(finding);
  if (status === 'error') return 'warning';
  if (status === 'unknown') return 'note';
  return FAIL_LEVEL[finding.severity];
}

export interface SarifInput {
  result: ScanResult;
  ruleMeta?: ReadonlyMap<string, ReportRuleMeta>;
}

export function* renderSarif({ result, ruleMeta }: SarifInput): Generator<string> {
  const ruleIds = scanRuleIds(result);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  // A rule without metadata is described at the severity of its first finding.
  const rules = ruleIds.map((id) => reportingDescriptor(ruleMeta?.get(id) ?? ruleMetaOf(undefined, id, result.findings.find((f) => f.ruleId === id)?.severity)));
  const head: Omit<Log, 'runs'> = { $schema: SARIF_SCHEMA_URI, version: '2.1.0' };
  const tool = { driver: { name: 'mlscan', version: result.tool.version, semanticVersion: result.tool.version, rules } };
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "runs": [\n    {\n`;
  yield `      "tool": ${indentJson(tool, '      ')},\n`;
  yield `      "invocations": ${indentJson([invocation(result)], '      ')},\n`;
  yield `      "columnKind": "utf16CodeUnits",\n      "results": `;
  const names = accountNames(result);
  yield* jsonArray(
    result.findings,
    (finding) => (ATTENTION_STATUSES.has(finding.status) ? sarifResult(finding, ruleIndex.get(finding.ruleId)!, names.get(finding.account.toLowerCase())) : undefined),
    '        ',
  );
  yield '\n    }\n  ]\n}\n';
}

function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function reportingDescriptor(meta: ReportRuleMeta): ReportingDescriptor {
  const helpUri = documentationUrl(meta);
  const controls = controlTags(meta);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.rationale || meta.title },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: FAIL_LEVEL[meta.severity] },
    properties: {
      tags: ['security', meta.family, ...controls].slice(0, MAX_RULE_TAGS),
      ...(controls.length ? { controls } : {}),
      'security-severity': SECURITY_SEVERITY[meta.severity],
      precision: 'high',
      'problem.severity': FAIL_LEVEL[meta.severity] === 'note' ? 'recommendation' : FAIL_LEVEL[meta.severity],
    },
  };
}

/** `exposure/workspace-public-network-access` -> `ExposureWorkspacePublicNetworkAccess` (SARIF's readable rule name). */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function helpText(meta: ReportRuleMeta): string {
  const { text, cli, terraform, url } = meta.remediation;
  return [text || meta.title, cli && `CLI: ${cli}`, terraform && `Terraform:\n${terraform}`, url && `Documentation: ${url}`].filter(Boolean).join('\n\n');
}

function helpMarkdown(meta: ReportRuleMeta): string {
  const { text, cli, terraform, url } = meta.remediation;
  const fence = (lang: string, code: string) => `\`\`\`\`${lang}\n${code}\n\`\`\`\``;
  const controls = controlTags(meta);
  return [
    meta.rationale && `**Why it matters.** ${meta.rationale}`,
    `**Remediation.** ${text || meta.title}`,
    cli && fence('sh', cli),
    terraform && fence('hcl', terraform),
    url && `[Documentation](${url})`,
    controls.length > 0 && `**Controls:** ${controls.map((c) => `\`${c}\``).join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function invocation(result: ScanResult): Invocation {
  return {
    executionSuccessful: !result.scan.partial,
    startTimeUtc: result.scan.startedAt,
    endTimeUtc: result.scan.finishedAt,
    toolExecutionNotifications: result.coverage.gaps.map(gapNotification),
  };
}

function gapNotification(gap: CoverageGap): Notification {
  const where = [gap.provider, gap.account, gap.region, gap.scope].filter(Boolean).join(' ');
  const hidden = gap.kinds?.length ? `; inventory of ${gap.kinds.join(', ')} incomplete` : '';
  return {
    descriptor: { id: 'coverage-gap' },
    level: 'warning',
    message: { text: `${where} ${gap.service}: ${gap.errorCode}${gap.message ? ` (${gap.message})` : ''}${hidden}` },
    properties: { ...gap },
  };
}

const STATUS_PREFIX: Partial<Record<Finding['status'], string>> = {
  error: 'The rule failed, so this was not checked: ',
  unknown: 'Could not be checked (data not visible): ',
};

function sarifResult(finding: Finding, ruleIndex: number, accountName: string | undefined): Result {
  const status = underlyingStatus(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding),
    message: { text: `${STATUS_PREFIX[status] ?? ''}${finding.message} [${finding.assetKind} ${finding.assetId}]` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: pseudoPath(finding) } },
        logicalLocations: [{ name: finding.assetName, fullyQualifiedName: finding.assetId, kind: finding.assetKind }],
      },
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.suppression ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.suppression.reason }] } : {}),
    properties: { ...resultProperties(finding), ...(accountName ? { accountName } : {}) },
  };
}

/** The stable pseudo-file a cloud finding is filed under in code scanning: `<provider>/<account>`. */
export function pseudoPath(finding: Pick<Finding, 'provider' | 'account'>): string {
  return `${finding.provider}/${encodeURIComponent(finding.account)}`;
}

function resultProperties(finding: Finding): Record<string, unknown> {
  const { status, severity, provider, account, region, subject, missingFacts, path, suppression } = finding;
  return {
    status,
    severity,
    provider,
    account,
    region,
    ...(subject !== undefined ? { subject } : {}),
    ...(missingFacts ? { missingFacts } : {}),
    ...(path ? { path } : {}),
    ...(suppression ? { suppression: { status: suppression.status, id: suppression.id, expires: suppression.expires, ...(suppression.owner ? { owner: suppression.owner } : {}), ...(suppression.ticket ? { ticket: suppression.ticket } : {}) } } : {}),
  };
}
