import type { RawEnvelope } from '../../../../../src/model/index.js';
import { compact } from '../compact.js';
import type { DescribedRecord, EstateBuilder } from '../estate-builder.js';

/** One AWS account and home region of the sample, plus the tags its team puts on everything. */
export interface AwsScope {
  b: EstateBuilder;
  account: string;
  region: string;
  tags: Record<string, string>;
}

export interface AwsRecordParts {
  id: string;
  name: string;
  nativeType: string;
  /** 'global' for IAM; defaults to the scope's region. */
  region?: string;
  raw: RawEnvelope;
}

export function addAwsRecord(scope: AwsScope, parts: AwsRecordParts): DescribedRecord {
  return scope.b.add({
    id: parts.id,
    provider: 'aws',
    account: scope.account,
    region: parts.region ?? scope.region,
    name: parts.name,
    nativeType: parts.nativeType,
    raw: parts.raw,
  });
}

/**
 * A raw envelope in the AWS provider's layout: the List/Get record the asset came from, with the
 * output of each per-resource call under `details[key]` (null: the call answered "not
 * configured"; key absent: the call was not made or was denied).
 */
export function providerRecord(record: Record<string, unknown>, details: Record<string, unknown> = {}): RawEnvelope {
  const present = compact(details);
  return Object.keys(present).length ? { record: compact(record), details: present } : { record: compact(record) };
}

/** Tags as AWS APIs return them. */
export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** The tags an asset of this scope ends up with (the scope's, overridden per asset). */
export function tagsOf(scope: AwsScope, extra: Record<string, string> = {}): Record<string, string> {
  return { ...scope.tags, ...extra };
}

/** A policy document as IAM returns it: URL-encoded JSON. S3 and KMS return plain JSON text. */
export function policyText(statements: unknown[], encoding: 'json' | 'url' = 'json'): string {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return encoding === 'url' ? encodeURIComponent(text) : text;
}

/** `arn:aws:<service>:<region>:<account>:<resource>`; S3 and IAM leave region (and S3 account) empty. */
export function arn(scope: AwsScope, service: string, resource: string, where: { region?: string; account?: string } = {}): string {
  return `arn:aws:${service}:${where.region ?? scope.region}:${where.account ?? scope.account}:${resource}`;
}

