import type { AssetInput, CoverageGap, Edge, EdgeKind } from '../../../../src/model/index.js';

/** Anything with an asset id: an asset, or a reference to one. */
export interface Ref {
  id: string;
}

/**
 * Collects the sample estate in insertion order, which is the order of the committed file: the
 * builder is deterministic so the JSON diffs line by line when a factory changes.
 */
export class EstateBuilder {
  readonly assets: AssetInput[] = [];
  readonly edges: Edge[] = [];
  readonly gaps: CoverageGap[] = [];
  private readonly ids = new Set<string>();
  private readonly edgeKeys = new Set<string>();

  add<A extends AssetInput>(asset: A): A {
    // A duplicate here is a bug in the sample, caught at build time rather than by the loader.
    if (this.ids.has(asset.id)) throw new Error(`sample estate: asset id used twice: ${asset.id}`);
    this.ids.add(asset.id);
    // Every sample record carries its tags, as a successful ARM GET or ListTags would.
    asset.facts = { ...asset.facts, tagsRead: true };
    this.assets.push(asset);
    return asset;
  }

  /**
   * Adds `from kind to` for each target given; undefined targets are skipped (optional wiring),
   * and a relation already recorded (two training channels in one bucket) is kept once.
   */
  link(from: Ref, kind: EdgeKind, ...to: (Ref | undefined)[]): void {
    for (const target of to) {
      if (!target) continue;
      const key = JSON.stringify([from.id, kind, target.id]);
      if (this.edgeKeys.has(key)) continue;
      this.edgeKeys.add(key);
      this.edges.push({ from: from.id, to: target.id, kind });
    }
  }

  gap(gap: CoverageGap): void {
    this.gaps.push(gap);
  }
}
