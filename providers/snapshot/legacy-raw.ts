import type { RawEnvelope } from '../../src/model/index.js';

/**
 * The envelope for an asset `raw` written by schemaVersion 1.0 or 1.1, where raw was the provider
 * record itself with the detail results under `$details` (AWS: Describe*, tags, policies...;
 * Azure: child detail listings). `$details` becomes `details`, the rest is the record. A raw that
 * is not an object is kept as `{ value }`.
 */
export function envelopeFromLegacyRaw(raw: unknown): RawEnvelope | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { record: { value: raw } };
  const { $details, ...record } = raw as Record<string, unknown>;
  if ($details === null || typeof $details !== 'object' || Array.isArray($details)) return { record: $details === undefined ? record : { ...record, $details } };
  return { record, details: $details as Record<string, unknown> };
}
