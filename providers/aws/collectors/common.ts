import type { Encryption } from '../../../src/model/index.js';
import { kmsArn, type ScopeInfo } from '../arn.js';
import type { EdgeSpec, RecordContext } from '../collector.js';

/** `[{Key, Value}]` (SageMaker, ECR, S3 TagSet) -> map; missing when the tag call failed. */
export function tagMap(tags: unknown): Record<string, string> | undefined {
  if (!Array.isArray(tags)) return undefined;
  const out: Record<string, string> = {};
  for (const t of tags as Array<{ Key?: unknown; Value?: unknown }>) {
    if (typeof t?.Key === 'string') out[t.Key] = typeof t.Value === 'string' ? t.Value : '';
  }
  return out;
}

/** The detail `describe` when it answered, else undefined (facts it holds stay unknown). */
export function described<T>(ctx: RecordContext, key = 'describe'): T | undefined {
  const value = ctx.details[key];
  return value && typeof value === 'object' ? (value as T) : undefined;
}

/** `alias/aws/<service>` names an AWS-managed key. */
export function isAwsManagedAlias(ref: string): boolean {
  return /(^|:)alias\/aws\//.test(ref);
}

/**
 * At-rest encryption of a SageMaker resource that always encrypts (with an AWS-owned or managed
 * key unless a key is named). A named key counts as customer-managed until the KMS collector
 * sees it is AWS-managed (see `correctAwsManagedKeys`).
 */
export function encryptionOf(keyRef: string | undefined): Encryption {
  if (!keyRef) return 'platform';
  return isAwsManagedAlias(keyRef) ? 'platform' : 'cmk';
}

export function keyEdges(scope: ScopeInfo, ...refs: Array<string | undefined>): EdgeSpec[] {
  const out: EdgeSpec[] = [];
  for (const ref of refs) {
    const arn = kmsArn(scope, ref);
    if (arn) out.push({ kind: 'encrypted-by', to: arn });
  }
  return out;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** `'Enabled'` / `'Disabled'` -> boolean; anything else unknown. */
export function enabled(value: unknown): boolean | undefined {
  if (value === 'Enabled') return true;
  if (value === 'Disabled') return false;
  return undefined;
}
