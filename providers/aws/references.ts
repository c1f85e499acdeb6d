/**
 * The ids that collectors' edges name, by the earliest collector phase that named each: a
 * collector of phase n reads (follows, or `select`s by) what phases before n referenced.
 *
 * Kept up to date as edges are added, never rebuilt: a follower looks again after every burst of
 * edges, and building the whole set for each look made an account's scan quadratic in its edges
 * (at 10 accounts of about 1,000 assets each: 2.4 s of the scan's 17.5 s of CPU, more than any
 * one part of the SDKs took).
 */
export class PhaseReferences {
  /** Per id, the earliest phase whose edges name it. */
  private readonly firstPhase = new Map<string, number>();
  /** Per collector phase, what the phases before it named, once some collector of that phase asked. */
  private readonly before = new Map<number, GrowingIds>();

  /** An edge of a collector of `phase` names `id`. */
  add(id: string, phase: number): void {
    const first = this.firstPhase.get(id);
    if (first !== undefined && first <= phase) return;
    this.firstPhase.set(id, phase);
    for (const [later, known] of this.before) if (phase < later) addReferenced(known, id);
  }

  /** The ids phases before `phase` named: one live list per phase, which only grows. */
  namedBefore(phase: number): ReferencedIds {
    let known = this.before.get(phase);
    if (!known) {
      known = { ids: new Set(), order: [] };
      for (const [id, first] of this.firstPhase) if (first < phase) addReferenced(known, id);
      this.before.set(phase, known);
    }
    return known;
  }
}

/** Ids earlier phases named, as a set and in the order they were first named there. */
export interface ReferencedIds {
  readonly ids: ReadonlySet<string>;
  readonly order: readonly string[];
}

/** The same lists as this class grows them (callers get them read-only). */
interface GrowingIds {
  ids: Set<string>;
  order: string[];
}

function addReferenced(known: GrowingIds, id: string): void {
  if (known.ids.has(id)) return;
  known.ids.add(id);
  known.order.push(id);
}

/**
 * What a collector following references has looked at: the number of `ReferencedIds.order`
 * entries it has seen. `fresh` gives the ones named since; `changed` says whether there are any,
 * so that a follower filtering a listing by the referenced ids filters again only then.
 */
export class FollowerLook {
  private seen = -1;

  constructor(readonly referenced: ReferencedIds) {}

  /** Ids named since the last look (all of them at the first), and marks them seen. */
  fresh(): string[] {
    const out = this.referenced.order.slice(Math.max(0, this.seen));
    this.seen = this.referenced.order.length;
    return out;
  }

  /** True at the first look and whenever ids were named since the last one; marks them seen. */
  changed(): boolean {
    if (this.seen === this.referenced.order.length) return false;
    this.seen = this.referenced.order.length;
    return true;
  }
}
