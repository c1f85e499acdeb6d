import { scrubRecord } from '../../src/lib/scrub.js';
import { AWS_RAW_FIELDS } from './raw-fields.js';

/**
 * The raw record an AWS asset keeps: only the fields its collector's allow-list names
 * (raw-fields.ts), scrubbed of secrets (src/lib/scrub.ts). A collector without an entry keeps
 * nothing: its rules see no raw record and say unknown.
 */
export function redactRecord(collector: string, record: unknown): unknown {
  const keep = AWS_RAW_FIELDS[collector];
  return keep === undefined ? undefined : scrubRecord(record, keep);
}
