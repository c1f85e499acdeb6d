import type { AssetInput, AssetKind, RawEnvelope } from '../../src/model/index.js';
import { redactValues } from '../../src/lib/secrets.js';
import { lastSegment, tagsOf, type ArmResource } from './arm.js';
import type { AssetCollector, DetailCollector, EdgeSpec, Normalized } from './collector.js';
import { redactRecord, redactEnvelope } from './redact.js';

/**
 * The asset an ARM record makes (pure: no calls). Throws when the collector's normaliser does
 * (the runner turns that into a gap).
 */
export function assembleAzureAsset(collector: AssetCollector, subscriptionId: string, record: ArmResource, parent?: ArmResource): { asset: AssetInput; normalized: Normalized } {
  const normalized = collector.normalize(record, parent);
  const raw = redactEnvelope(collector.name, record);
  const asset: AssetInput = {
    id: record.id,
    kind: kindOfRecord(collector, record),
    provider: 'azure',
    account: subscriptionId,
    region: record.location ?? parent?.location ?? 'global',
    name: normalized.name ?? record.name ?? lastSegment(record.id),
    nativeType: collector.nativeType,
    tags: redactValues(tagsOf(record)),
    // Tags are part of the ARM record itself: read whenever the record was.
    facts: { ...normalized.facts, tagsRead: true },
    ...(raw ? { raw } : {}),
  };
  return { asset, normalized };
}

/** The asset kind of one record: the collector's, unless its ARM `kind` is one of `recordKinds`. */
export function kindOfRecord(collector: AssetCollector, record: ArmResource): AssetKind {
  if (!collector.recordKinds || !record.kind) return collector.kind;
  const armKind = record.kind.toLowerCase();
  const match = Object.entries(collector.recordKinds).find(([k]) => k.toLowerCase() === armKind);
  return match ? match[1] : collector.kind;
}

/**
 * A detail listing's records enrich the parent asset (in place): its facts, and
 * `raw.details[detailKey]` (each record redacted by the detail collector's allow-list). Returns
 * the edges the listing adds.
 */
export function mergeAzureDetail(parentAsset: AssetInput, collector: DetailCollector, records: ArmResource[], parent: ArmResource): EdgeSpec[] {
  const normalized = collector.merge(records, parent);
  parentAsset.facts = { ...parentAsset.facts, ...normalized.facts };
  const raw: RawEnvelope = parentAsset.raw ?? { record: {} };
  parentAsset.raw = { ...raw, details: { ...raw.details, [collector.detailKey]: records.map((r) => redactRecord(collector.name, r)) } };
  return normalized.edges ?? [];
}
