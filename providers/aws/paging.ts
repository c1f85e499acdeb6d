/**
 * Paging that cannot lie. Every page is one scheduled call, retried there from its own token, so
 * a page that fails is asked again and the listing resumes from it: earlier pages are neither
 * read twice nor dropped. A listing that stops early (a page that stays failed, a service that
 * repeats a token, more pages than the cap) keeps what it read and says why it stopped; the
 * runner turns that into a coverage gap, so the scan is partial, never silently short.
 */
import { PagingStopError, type ListingRead } from '../../src/scan/paging-errors.js';

/** Request and response members that carry the page token, e.g. `NextToken`, `Marker`. */
export interface PageTokens {
  input: string;
  output: string;
}

/** Pages one listing may take before it is stopped as runaway (a `PageLimitExceeded` gap). */
export const MAX_PAGES = 10_000;

/**
 * What a listing read, and why it stopped: the shared `ListingRead` and paging errors of
 * src/scan/paging-errors.ts (a repeated token, the page cap); the error's `code` is the gap's errorCode.
 */
export type { ListingRead };

export interface ReadPagesOptions<T> {
  /** Operation name, carried by the paging errors. */
  operation: string;
  input: Record<string, unknown>;
  page?: PageTokens | undefined;
  /** Picks a page's records (typed by the declaration: any one-argument picker fits). */
  items: (output: never) => readonly T[] | undefined;
  maxPages?: number | undefined;
}

/** Reads a listing page by page through `send`; never throws: a failure ends the read with `error`. */
export async function readPages<T>(send: (input: Record<string, unknown>) => Promise<unknown>, o: ReadPagesOptions<T>): Promise<ListingRead<T>> {
  const limit = o.maxPages ?? MAX_PAGES;
  const items: T[] = [];
  const followed = new Set<string>();
  let request = { ...o.input };
  let pages = 0;
  try {
    for (;;) {
      const output = (await send(request)) as Record<string, unknown>;
      pages++;
      items.push(...(o.items(output as never) ?? []));
      const token = o.page ? output[o.page.output] : undefined;
      if (!o.page || typeof token !== 'string' || token === '') return { items, pages };
      if (followed.has(token)) throw new PagingStopError('RepeatedPageToken', `page ${pages} answered with a ${o.page.output} already followed, so the listing would loop`, o.operation);
      if (pages >= limit) throw new PagingStopError('PageLimitExceeded', `more than ${limit} pages, stopped at the page cap`, o.operation);
      followed.add(token);
      request = { ...request, [o.page.input]: token };
    }
  } catch (error) {
    return { items, pages, error };
  }
}
