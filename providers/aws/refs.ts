import type { ScopeInfo } from './arn.js';
import type { RefsSpec } from './collector.js';
import { errorCode } from './errors.js';
import type { ListingRead } from './paging.js';

/** Records a collector read, and the listings that stopped early (each becomes a gap; what they read is kept). */
export interface Listed<R = unknown> {
  records: R[];
  failures: ListingRead<unknown>[];
}

/** Reads one request's pages: `items` picks the records of a page. */
export type RefReader = <T>(input: Record<string, unknown>, items: (output: never) => readonly T[] | undefined) => Promise<ListingRead<T>>;

// A refs declaration is typed where it is written; here only its shape matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRefs = RefsSpec<any, any, unknown>;

/**
 * Reads the referenced resources `refs` in batches of `spec.batch`. A batch that fails keeps the
 * records of the others; one missing id that fails a whole batch (EC2 InvalidSubnetID.NotFound),
 * or an error `spec.split` names (a denial on one ECR repository), makes the batch be asked again
 * one id at a time: ids that do not exist are skipped, and each id that fails is its own failure.
 */
export async function readRefs(spec: AnyRefs, refs: readonly string[], scope: ScopeInfo, read: RefReader): Promise<Listed> {
  const size = spec.batch ?? 1;
  const batches: string[][] = [];
  for (let i = 0; i < refs.length; i += size) batches.push(refs.slice(i, i + size));
  const results = await Promise.all(batches.map((group) => readBatch(spec, group, scope, read)));
  return { records: results.flatMap((r) => r.records), failures: results.flatMap((r) => r.failures) };
}

async function readBatch(spec: AnyRefs, group: string[], scope: ScopeInfo, read: RefReader): Promise<Listed> {
  const ask = async (ids: string[]) => withoutAbsent(spec, await read(spec.input(ids, scope), (output: never) => spec.items(output, ids)));
  const whole = await ask(group);
  const split = whole.error !== undefined && spec.split?.includes(errorCode(whole.error)) === true;
  if ((!whole.absent && !split) || group.length === 1) return listed([whole]);
  const singles: ListingRead<unknown>[] = [];
  for (const ref of group) singles.push(await ask([ref]));
  return listed(singles);
}

/** A read whose error says the resource does not exist is a complete read of nothing more. */
function withoutAbsent(spec: AnyRefs, read: ListingRead<unknown>): ListingRead<unknown> & { absent?: true } {
  if (read.error === undefined || !spec.absent?.includes(errorCode(read.error))) return read;
  return { items: read.items, pages: read.pages, absent: true };
}

function listed(reads: ListingRead<unknown>[]): Listed {
  return { records: reads.flatMap((r) => r.items), failures: reads.filter((r) => r.error !== undefined) };
}
