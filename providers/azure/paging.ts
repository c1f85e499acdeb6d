import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import type { ArmResource } from './arm.js';
import { armGetJson } from './arm-get.js';
import type { RequestSender } from './capture.js';
import { withCallScope, type CapturedResponse } from './capture.js';
import type { Listing } from './collector.js';
import { describeError } from './errors.js';
import { IncompleteBodyError, IncompleteListingError, PagingStopError } from '../../src/scan/paging-errors.js';
import { armThrottle, isRetryableArmError } from './pipeline.js';

/** Pages one listing may take before it stops with a coverage gap (a runaway chain of new links). */
export const DEFAULT_MAX_PAGES = 1_000;

export interface FetchOptions {
  /** Called with `x-ms-ratelimit-remaining-subscription-reads` when ARM sends it. */
  onRemainingReads?: (remaining: number) => void;
  /** The scan's cancellation: no retry starts once it is aborted. */
  signal?: AbortSignal | undefined;
  maxPages?: number;
}

/** One page as ARM sent it: the raw body, the URL it answered, and the pipeline that sent it. */
interface Page {
  body: unknown;
  url: string;
  sender: RequestSender;
}

/**
 * Every record of a listing, from the raw ARM bodies (the SDK models drop newer fields). The
 * first page comes from the SDK call (it knows the URL and the api-version); later pages are GETs
 * of nextLink through the same client's pipeline, each its own scheduled call, so a failed page
 * is retried and the listing resumes at that page. A listing that cannot finish (a page that
 * stays failed, a repeated nextLink, a foreign link, the page cap) throws an IncompleteListingError
 * (src/scan/paging-errors.ts) carrying the records read so far. A response that is not a listing page (`get`) is one record.
 */
export async function fetchRecords(
  scheduler: CallScheduler,
  key: CallKey,
  operation: string,
  list: () => Listing,
  options: FetchOptions = {},
): Promise<ArmResource[]> {
  let page = await fetchPage(scheduler, key, operation, options, async () => {
    const listing = list();
    if (!isPager(listing)) {
      await listing;
      return undefined;
    }
    await listing.byPage().next();
    return PAGE;
  });
  const first = listOf(page.body);
  if (!first) return toRecords([page.body]);
  const records = toRecords(first);
  const seen = new Map([[new URL(page.url).href, 1]]);
  for (let pages = 1; ; pages++) {
    const next = nextLinkOf(page, records, pages, seen, options.maxPages ?? DEFAULT_MAX_PAGES);
    if (next === undefined) return records;
    const sender = page.sender;
    try {
      page = await fetchPage(scheduler, key, `${operation} (page ${pages + 1})`, options, async () => {
        await armGetJson(sender, next);
        return PAGE;
      });
    } catch (error) {
      const { code, message } = describeError(error);
      throw new IncompleteListingError(code, `${readSoFar(pages, records)}; page ${pages + 1} failed: ${message}`, records, { cause: error });
    }
    seen.set(new URL(next).href, pages + 1);
    records.push(...toRecords(listOf(page.body) ?? []));
  }
}

/** The next page's URL, or undefined at the end; a link already followed, a foreign link or the cap stops the listing. */
function nextLinkOf(page: Page, records: ArmResource[], pages: number, seen: ReadonlyMap<string, number>, maxPages: number): string | undefined {
  const link = (page.body as { nextLink?: unknown }).nextLink;
  if (typeof link !== 'string' || link.length === 0) return undefined;
  const from = new URL(page.url);
  const next = new URL(link, from);
  const again = seen.get(next.href);
  if (again !== undefined) throw stopped(new PagingStopError('RepeatedPageToken', `the nextLink of page ${pages} is page ${again} again`), pages, records);
  if (next.origin !== from.origin) throw stopped(new PagingStopError('ForeignPageLink', `page ${pages} links to ${next.origin}`), pages, records);
  if (pages >= maxPages) throw stopped(new PagingStopError('PageLimitExceeded', `stopped at ${maxPages} pages with more to read`), pages, records);
  // ARM's links carry their api-version; one that does not gets the first page's.
  const apiVersion = from.searchParams.get('api-version');
  if (!next.searchParams.has('api-version') && apiVersion) next.searchParams.set('api-version', apiVersion);
  return next.href;
}

/** A stop by the paging rules, carrying the records read before it. */
function stopped(stop: PagingStopError, pages: number, records: readonly ArmResource[]): IncompleteListingError<ArmResource> {
  return new IncompleteListingError(stop.code, `${stop.message}; ${readSoFar(pages, records)}`, records, { cause: stop });
}

function readSoFar(pages: number, records: readonly ArmResource[]): string {
  return `listing incomplete: ${pages} page${pages === 1 ? '' : 's'} and ${records.length} record${records.length === 1 ? '' : 's'} read and kept`;
}

/** What `send` says when its answer must be a listing page (a body with a `value` array). */
const PAGE = 'page';

/**
 * One scheduled call; the page is the last successful response the call policy captured. A
 * listing page without its `value` array is a cut-off answer, retried like one.
 */
function fetchPage(
  scheduler: CallScheduler,
  key: CallKey,
  operation: string,
  options: FetchOptions,
  send: () => Promise<typeof PAGE | undefined>,
): Promise<Page> {
  const call = async (signal: AbortSignal): Promise<Page> => {
    const responses: CapturedResponse[] = [];
    const expected = await withCallScope({ signal, responses, ...(options.onRemainingReads ? { onRemainingReads: options.onRemainingReads } : {}) }, send);
    const ok = responses.findLast((r) => r.status >= 200 && r.status < 300);
    if (!ok) throw new Error(`${operation}: no ARM response went through the mlscan call policy`);
    if (expected === PAGE && !listOf(ok.body)) throw new IncompleteBodyError('a listing page without its value array');
    return { body: ok.body, url: ok.url, sender: ok.sender };
  };
  return scheduler.run(key, operation, call, { retryable: isRetryableArmError, throttled: armThrottle, signal: options.signal });
}

function isPager(listing: Listing): listing is { byPage(): AsyncIterator<unknown[]> } {
  return typeof (listing as { byPage?: unknown }).byPage === 'function';
}

function listOf(body: unknown): unknown[] | undefined {
  const value = (body as { value?: unknown } | null | undefined)?.value;
  return Array.isArray(value) ? value : undefined;
}

export function toRecords(items: unknown[]): ArmResource[] {
  return items.filter((i): i is ArmResource => i !== null && typeof i === 'object' && typeof (i as { id?: unknown }).id === 'string');
}
