import { scrubEnvelope, scrubRecord } from '../../src/lib/scrub.js';
import type { RawEnvelope } from '../../src/model/index.js';
import { azureRawFields } from './raw-fields.js';

/**
 * A record an Azure asset keeps (its ARM record, or a detail collector's record added under
 * `raw.details[detailKey]`): only the fields its collector's allow-list names (raw-fields.ts),
 * scrubbed of secrets (src/lib/scrub.ts). A collector without an entry keeps nothing: its rules
 * see no raw record and say unknown.
 */
export function redactRecord(collector: string, record: unknown): unknown {
  const keep = azureRawFields(collector);
  return keep === undefined ? undefined : scrubRecord(record, keep);
}

/** The raw envelope of an asset built from an ARM record (details are added by the detail collectors). */
export function redactEnvelope(collector: string, record: unknown): RawEnvelope | undefined {
  const keep = azureRawFields(collector);
  return keep === undefined ? undefined : scrubEnvelope(record, undefined, keep);
}
