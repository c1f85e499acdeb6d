// How rules read what a provider recorded for an asset (`asset.raw`, the typed envelope in
// src/model/raw.ts): only through these accessors, never `asset.raw` directly.
import { detailOf, recordValue, type RawEnvelope } from '../../src/model/index.js';

export { detailOf, hasDetail, recordOf, recordValue } from '../../src/model/index.js';

type WithRaw = { raw?: RawEnvelope | undefined };

/** The Describe* response the AWS runner read for the asset (detail `describe`), when it answered. */
export function describeOf<T>(asset: WithRaw): T | undefined {
  return detailOf<T>(asset, 'describe') ?? undefined;
}

/** A string inside the listing record, by path; undefined when absent or not a string. */
export function recordString(asset: WithRaw, ...path: string[]): string | undefined {
  const value = recordValue(asset, ...path);
  return typeof value === 'string' ? value : undefined;
}
