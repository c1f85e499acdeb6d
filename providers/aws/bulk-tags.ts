/**
 * Tags of a whole region in a few calls: the Resource Groups Tagging API `GetResources` returns up
 * to 100 resources and their tags a page, where the services' own ListTags costs one call per
 * resource. Read once per (account, region), lazily, for the resource types the collectors declare
 * (`bulkTags` on their tags detail), and shared by all of them.
 *
 * Honest absence: GetResources omits resources that were never tagged, so a resource it does not
 * name has no tags, but only when every page was read. A read that is denied, fails or stops early
 * answers nothing, and each record falls back to its own tags call (whose failure is the gap).
 */
import { GetResourcesCommand, type GetResourcesOutput, type ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import type { AnyCollector, BulkTagsSpec, RecordContext } from './collector.js';
import { op } from './operations.js';
import type { ListingRead } from './paging.js';

export const getResources = op('tagging', GetResourcesCommand);

/** GetResources pages with `PaginationToken` in the request and the response ('' on the last page). */
export const PAGINATION_TOKEN = { input: 'PaginationToken', output: 'PaginationToken' } as const;

/** `[{Key, Value}]`, the shape of SageMaker ListTags and of GetResources. */
export type TagList = Array<{ Key?: string; Value?: string }>;

/** What one complete bulk read saw: the resource types it asked for and the tags by ARN. */
export interface BulkTagIndex {
  types: ReadonlySet<string>;
  tags: ReadonlyMap<string, TagList>;
}

/** Reads one request's pages (the runner's scheduled, retried paging). */
export type BulkPageReader = (input: Record<string, unknown>, items: (output: GetResourcesOutput) => readonly ResourceTagMapping[] | undefined) => Promise<ListingRead<ResourceTagMapping>>;

/**
 * Declares that a tags detail may be answered by the region's bulk read. `resourceType` is a
 * `ResourceTypeFilters` entry (`service[:resourceType]`, as in the ARN); GetResources returns every
 * tagged resource of the type, however it was tagged.
 */
export function bulkTags<R>(resourceType: string, arn: (record: R, ctx: RecordContext) => string | undefined): BulkTagsSpec<R> {
  return { resourceType, arn, via: getResources.action };
}

/** Resource types whose tags the collectors read in bulk, sorted (the `ResourceTypeFilters`). */
export function bulkTagTypes(collectors: readonly AnyCollector[]): string[] {
  const types = new Set<string>();
  for (const c of collectors) for (const d of c.details ?? []) if (d.bulkTags) types.add(d.bulkTags.resourceType);
  return [...types].sort();
}

/** The index of one region, or undefined when the read did not complete (denied, failed, stopped early). */
export async function readBulkTags(read: BulkPageReader, types: readonly string[]): Promise<BulkTagIndex | undefined> {
  if (types.length === 0) return undefined;
  const listing = await read({ ResourceTypeFilters: [...types] }, (o) => o.ResourceTagMappingList);
  if (listing.error !== undefined) return undefined;
  const tags = new Map<string, TagList>();
  for (const mapping of listing.items) if (mapping.ResourceARN) tags.set(mapping.ResourceARN, mapping.Tags ?? []);
  return { types: new Set(types), tags };
}

/** A record's tags from a complete index (`[]` when the index does not name it); undefined when the index cannot say. */
export function bulkTagsOf<R>(index: BulkTagIndex | undefined, spec: BulkTagsSpec<R>, record: R, ctx: RecordContext): TagList | undefined {
  if (!index?.types.has(spec.resourceType)) return undefined;
  const arn = spec.arn(record, ctx);
  if (arn === undefined) return undefined;
  return index.tags.get(arn) ?? [];
}
