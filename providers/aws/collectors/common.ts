import type { Encryption, Facts } from '../../../src/model/index.js';
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
 * At-rest encryption of a resource that always encrypts, from the key each of its stores names
 * (undefined: none named, so an AWS-owned or AWS-managed key). `platform` as soon as one store
 * names no key or an `alias/aws/*` key; otherwise undefined, because only the key's own record
 * says whether a named key is customer- or AWS-managed: `resolveKeyEncryption` (kms.ts) finishes
 * the fact once the keys are read, and leaves it unknown when one was not.
 */
export function encryptionOf(...keyRefs: Array<string | undefined>): Encryption | undefined {
  return keyRefs.some((ref) => !ref || isAwsManagedAlias(ref)) ? 'platform' : undefined;
}

/** `encryption` as far as the key references decide it, and `encryptionKeyId` (the first key named). */
export function encryptionFacts(...keyRefs: Array<string | undefined>): Pick<Facts, 'encryption' | 'encryptionKeyId'> {
  const out: Pick<Facts, 'encryption' | 'encryptionKeyId'> = {};
  const encryption = encryptionOf(...keyRefs);
  if (encryption) out.encryption = encryption;
  const named = keyRefs.find((ref) => ref);
  if (named) out.encryptionKeyId = named;
  return out;
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
