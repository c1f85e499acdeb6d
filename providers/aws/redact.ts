import { scrubEnvelope } from '../../src/lib/scrub.js';
import type { RawEnvelope } from '../../src/model/index.js';
import { AWS_RAW_FIELDS } from './raw-fields.js';

/**
 * The raw envelope an AWS asset keeps: only the fields its collector's allow-list names
 * (raw-fields.ts; the `$details` subtree of an entry names the detail results kept), scrubbed of
 * secrets (src/lib/scrub.ts). A collector without an entry keeps nothing: its rules see no raw
 * record and say unknown.
 */
export function redactEnvelope(collector: string, record: unknown, details: Record<string, unknown> = {}): RawEnvelope | undefined {
  const keep = AWS_RAW_FIELDS[collector];
  return keep === undefined ? undefined : scrubEnvelope(record, details, keep);
}
