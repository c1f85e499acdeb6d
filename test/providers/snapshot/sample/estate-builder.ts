import type { AssetInput, CoverageGap } from '../../../../src/model/index.js';

/** Anything with an asset id: a described record, or a reference to one. */
export interface Ref {
  id: string;
}

/** A resource the sample names (a log destination, a key) that no collector reads: an id and a name, not a record. */
export interface NamedRef extends Ref {
  name: string;
}

/**
 * One cloud record of the sample as a scan reads it: where it lives, its native type, and its
 * raw envelope (the List/Get record and the answers of its detail calls). What the asset is made
 * of (kind, tags, facts, edges) is left to the providers' collectors and linkers.
 */
export type DescribedRecord = Pick<AssetInput, 'id' | 'provider' | 'account' | 'region' | 'name' | 'nativeType'> & { raw: NonNullable<AssetInput['raw']> };

/**
 * Collects the sample's cloud records in insertion order, which is the order of the committed
 * file, and the coverage gaps of the calls that were denied.
 */
export class EstateBuilder {
  readonly records: DescribedRecord[] = [];
  readonly gaps: CoverageGap[] = [];
  private readonly ids = new Set<string>();

  add<R extends DescribedRecord>(record: R): R {
    // A duplicate here is a bug in the sample, caught at build time rather than by the loader.
    if (this.ids.has(record.id)) throw new Error(`sample estate: record id used twice: ${record.id}`);
    this.ids.add(record.id);
    this.records.push(record);
    return record;
  }

  gap(gap: CoverageGap): void {
    this.gaps.push(gap);
  }
}
