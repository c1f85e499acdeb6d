import type { AssetInput, RawEnvelope } from '../../src/model/index.js';
import { redactValues } from '../../src/lib/secrets.js';
import type { ScopeInfo } from './arn.js';
import type { AnyCollector, Normalized, RecordContext } from './collector.js';
import { redactEnvelope } from './redact.js';

/** The context a collector's `details` and `normalize` see for one record. */
export function recordContext(scope: ScopeInfo, details: Record<string, unknown>, parent?: unknown): RecordContext {
  return { ...scope, details, has: (key) => key in details, parent };
}

export interface Assembled {
  asset: AssetInput;
  normalized: Normalized;
}

/**
 * The asset a listing record and its detail results make (pure: no calls). `details` holds one
 * entry per detail call that answered (`null` for "not configured"). Returns undefined when the
 * collector drops the record; throws when its normaliser does (the runner turns that into a gap).
 */
export function assembleAwsAsset(c: AnyCollector, scope: ScopeInfo, record: unknown, details: Record<string, unknown>, parent?: unknown): Assembled | undefined {
  const normalized = c.normalize(record, recordContext(scope, details, parent));
  if (!normalized?.id) return undefined;
  const raw: RawEnvelope | undefined = redactEnvelope(c.name, record, details);
  const asset: AssetInput = {
    id: normalized.id,
    kind: c.kind,
    provider: 'aws',
    account: scope.account,
    region: normalized.region ?? scope.region,
    name: normalized.name,
    nativeType: c.nativeType,
    tags: redactValues(normalized.tags ?? {}),
    // A collector returns tags only when it read them (ListTags / GetBucketTagging answered).
    facts: normalized.tags === undefined ? normalized.facts : { ...normalized.facts, tagsRead: true },
    ...(raw ? { raw } : {}),
  };
  return { asset, normalized };
}
