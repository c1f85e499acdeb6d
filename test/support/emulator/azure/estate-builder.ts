/**
 * The emulated ARM estate as the router serves it: collections (lists answered with `value` and
 * `nextLink`) and single resources (GET by id), keyed by lower-case path (ARM paths are
 * case-insensitive), plus the asset ids a complete scan reports.
 */

export interface Collection {
  /** The path as ARM spells it (used in nextLink). */
  path: string;
  items: unknown[];
  /** Items per page; the `count` or `$top` a request names wins when smaller. */
  pageSize: number;
}

export interface PageSizes {
  /** Machine Learning collections (workspaces and everything below them). */
  machineLearning: number;
  /** Every other ARM listing. */
  other: number;
}

export class ArmEstateBuilder {
  readonly collections = new Map<string, Collection>();
  readonly singles = new Map<string, unknown>();
  readonly expected: string[] = [];

  constructor(private readonly pageSizes: PageSizes) {}

  /** A listing; `assets` says whether its items are inventoried (false for diagnostic settings, DNS zone groups, containers). */
  list(path: string, items: Array<{ id: string }>, options: { assets?: boolean } = {}): void {
    const key = path.toLowerCase();
    const existing = this.collections.get(key);
    if (existing) existing.items.push(...items);
    else this.collections.set(key, { path, items: [...items], pageSize: /\/providers\/Microsoft\.MachineLearningServices\//i.test(path) ? this.pageSizes.machineLearning : this.pageSizes.other });
    if (options.assets !== false) this.expected.push(...items.map((i) => i.id));
  }

  single(path: string, body: { id: string }, options: { asset?: boolean } = {}): void {
    this.singles.set(path.toLowerCase(), body);
    if (options.asset !== false) this.expected.push(body.id);
  }
}

/** A copy of a recorded record with its own id and name (the last id segment) and some fields replaced. */
export function recordOf<T extends object>(template: T, id: string, overrides: Record<string, unknown> = {}): T & { id: string; name: string } {
  return { ...structuredClone(template), id, name: id.split('/').pop()!, ...overrides } as T & { id: string; name: string };
}

/** `properties` of a recorded record with some members replaced. */
export function propertiesOf(template: { properties?: object }, overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(template.properties ?? {}), ...overrides };
}
