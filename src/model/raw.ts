// The provider record an asset was built from, as one typed envelope: written by the provider
// runners, kept in snapshots, read by rules only through the accessors below.
import { z } from 'zod';

export const RawEnvelopeSchema = z
  .object({
    record: z
      .record(z.string(), z.unknown())
      .describe('The record the listing returned (AWS List*/Describe* member, ARM resource JSON), secrets removed'),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Results of the per-record detail calls by key (describe, tags, policy, diagnosticSettings, ...): the answer; null when the cloud said "not configured"; key absent when the call was not made or failed',
      ),
  })
  .strict()
  .describe('What the provider read for this asset (secrets removed)');
export type RawEnvelope = z.infer<typeof RawEnvelopeSchema>;

/** The listing record of an asset, or undefined when the asset carries none (hand-made inputs). */
export function recordOf<T = Record<string, unknown>>(asset: { raw?: RawEnvelope | undefined }): T | undefined {
  return asset.raw?.record as T | undefined;
}

/** A value inside the listing record, by path (`'properties', 'encryption', 'status'`). */
export function recordValue(asset: { raw?: RawEnvelope | undefined }, ...path: string[]): unknown {
  let current: unknown = asset.raw?.record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A detail the runner read for the asset: the value; `null` when the cloud said the thing is not
 * configured (NoSuchBucketPolicy, an empty diagnostic-settings list); `undefined` when it was not read.
 */
export function detailOf<T>(asset: { raw?: RawEnvelope | undefined }, key: string): T | null | undefined {
  const details = asset.raw?.details;
  if (!details || !(key in details)) return undefined;
  return details[key] as T | null;
}

/** True when the detail `key` answered (including `null` = not configured). */
export function hasDetail(asset: { raw?: RawEnvelope | undefined }, key: string): boolean {
  const details = asset.raw?.details;
  return details !== undefined && key in details;
}
