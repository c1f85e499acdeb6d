// What the four exchange formats (SARIF, OCSF, JUnit, CycloneDX) share: how a finding's status and
// severity read in each, rule metadata with a fallback, deterministic ids, and chunked JSON rows.
import { createHash } from 'node:crypto';
import type { Finding, ScanResult, Severity } from '../../model/index.js';
import type { ReportRuleMeta } from '../view-model-types.js';

/** The findings that need someone's attention (or had it, when suppressed): pass and not_applicable are not among them. */
export const ATTENTION_STATUSES: ReadonlySet<Finding['status']> = new Set(['fail', 'error', 'unknown', 'suppressed']);

/** The verdict a finding stands for: a suppressed finding keeps the status it had before the suppression. */
export function underlyingStatus(finding: Finding): Exclude<Finding['status'], 'suppressed'> {
  return finding.status === 'suppressed' ? (finding.suppression?.status ?? 'fail') : finding.status;
}

/**
 * GitHub code scanning ranks security alerts by `security-severity` (a CVSS-like score: over 9.0
 * critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low). Each of our severities sits inside its band.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** A rule's title, family and remediation, or the least a report can say of a rule it has no metadata for. */
export function ruleMetaOf(ruleMeta: ReadonlyMap<string, ReportRuleMeta> | undefined, ruleId: string, severity: Severity = 'medium'): ReportRuleMeta {
  const meta = ruleMeta?.get(ruleId);
  if (meta) return meta;
  return {
    id: ruleId,
    title: ruleId,
    family: (ruleId.split('/')[0] ?? ruleId) as ReportRuleMeta['family'],
    severity,
    rationale: '',
    remediation: { text: '' },
  };
}

/** `framework:control` for every control the rule gives evidence for, in the metadata's order. */
export function controlTags(meta: ReportRuleMeta): string[] {
  return Object.entries(meta.controls ?? {}).flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework}:${id}`));
}

/** The first https URL of the rule's documentation (remediation link, else a `url` reference). */
export function documentationUrl(meta: ReportRuleMeta): string | undefined {
  return [meta.remediation.url, ...(meta.references?.url ?? [])].find((url): url is string => url !== undefined && /^https?:\/\/\S+$/.test(url));
}

/** The rule ids of a scan: those that ran, then any a finding names that is not among them. */
export function scanRuleIds(result: ScanResult): string[] {
  const ids = new Set(result.scan.rules);
  for (const finding of result.findings) ids.add(finding.ruleId);
  return [...ids];
}

/** Milliseconds since the epoch of an ISO time (what OCSF calls a timestamp); 0 when it does not parse. */
export function epochMillis(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

const MLSCAN_NAMESPACE = '6f0c3f7e-2b1d-5b7a-9c41-1d2e3f405162';

/**
 * A name-based (version 5, RFC 9562) UUID of `name` in mlscan's namespace: the same scan always
 * gets the same id, so the same result renders byte-identical files.
 */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(MLSCAN_NAMESPACE.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The UUID of one scan: its tool version, sources and times (two scans never share a start time). */
export function scanUuid(result: ScanResult): string {
  const { startedAt, finishedAt, sources } = result.scan;
  return nameBasedUuid(JSON.stringify([result.tool.version, startedAt, finishedAt, sources]));
}

const ROWS_PER_CHUNK = 2_000;
/**
 * Chunks stay under V8's large-object size (strings over ~128 KB live in old space until a full
 * GC): with 4 MB chunks the OCSF file of the 100k-asset benchmark took 1.1 GB more peak RSS, with
 * 64K-character chunks 130 MB.
 */
const CHUNK_CHARS = 65_536;

/**
 * The JSON texts of `map(item)` for each item, joined by `separator`, at most a few thousand rows
 * or 64K characters per chunk: a 100k-asset estate never becomes one string. Items `map` returns
 * undefined for are left out.
 */
export function* joinedRows<T>(items: Iterable<T>, map: (item: T) => unknown, separator: string): Generator<string> {
  let rows: string[] = [];
  let chars = 0;
  let first = true;
  for (const item of items) {
    const value = map(item);
    if (value === undefined) continue;
    const row = JSON.stringify(value);
    rows.push(row);
    chars += row.length;
    if (rows.length >= ROWS_PER_CHUNK || chars >= CHUNK_CHARS) {
      yield (first ? '' : separator) + rows.join(separator);
      first = false;
      rows = [];
      chars = 0;
    }
  }
  if (rows.length) yield (first ? '' : separator) + rows.join(separator);
}

/** A JSON array of `map(item)` rows, streamed, each row on its own line after `indent`. */
export function* jsonArray<T>(items: Iterable<T>, map: (item: T) => unknown, indent: string): Generator<string> {
  let empty = true;
  yield '[';
  for (const chunk of joinedRows(items, map, `,\n${indent}`)) {
    yield (empty ? `\n${indent}` : '') + chunk;
    empty = false;
  }
  yield empty ? ']' : `\n${indent.slice(2)}]`;
}
