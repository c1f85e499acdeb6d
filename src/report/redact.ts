/**
 * Last line of defence before a report leaves the machine. Providers keep only allow-listed,
 * scrubbed fields of what they collect (providers/*\/redact.ts), but a snapshot file is written by
 * anyone, and a record shape changes without notice: raw records and rule evidence pass through
 * the same scrubber here, in every format (secret-named keys, environment maps, scripts and
 * credential-shaped substrings, at any depth; see src/lib/scrub.ts).
 */
import { scrubRecord } from '../lib/scrub.js';

export { REDACTED, redactText as redactString } from '../lib/secrets.js';

/** A JSON-safe copy of `value` with every secret removed. */
export function redactValue(value: unknown): unknown {
  return scrubRecord(value);
}
