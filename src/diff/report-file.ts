import { InputFileError } from '../errors.js';
import { parseText, readUserText, validate } from '../files/user-file.js';
import { RESULT_SCHEMA_VERSION, ScanResultSchema } from '../model/index.js';
import type { Baseline } from './since-last-scan.js';

/**
 * Reads a JSON report (mlscan-report.json) as a diff side. A file that is not one, or is an older
 * schema without finding fingerprints, is a user error naming it: one line, exit 2.
 */
export function readReportFile(file: string): Baseline {
  const data = parseText(file, readUserText(file));
  if (data === null || typeof data !== 'object' || !('findings' in data)) {
    throw new InputFileError(file, '$', 'not an mlscan JSON report (mlscan-report.json)');
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'string' && /^1\./.test(version)) {
    throw new InputFileError(file, '$.schemaVersion', `a ${version} report has no finding fingerprints to diff on: scan again with this mlscan (schema ${RESULT_SCHEMA_VERSION})`);
  }
  // 2.1 and 2.2 only added members, so a 2.0 or 2.1 report reads as a current one (a few of a 2.0
  // report's multi-verdict findings shared a fingerprint then; they show as changed once).
  const current = version === '2.0' || version === '2.1' ? { ...data, schemaVersion: RESULT_SCHEMA_VERSION } : data;
  const scan = validate(file, current, ScanResultSchema);
  return { ref: { source: 'file', file, finishedAt: scan.scan.finishedAt }, scan };
}
