/**
 * Why a listing stopped before its last page, once for every cloud. A runner keeps what the
 * listing read before the stop and turns the error into a coverage gap whose `errorCode` is the
 * error's `code`, so the scan says it is partial instead of being silently short. The codes are
 * part of the report (users filter gaps by them): never rename them.
 */

/** The paging rules' own stops: following the listing further would loop, run away or leak the token. */
export type PagingStopCode = 'RepeatedPageToken' | 'PageLimitExceeded' | 'ForeignPageLink';

/** What each stop (and a cut-off page) means, for the gap's message. */
export const PAGING_STOP_MEANINGS: Readonly<Record<PagingStopCode | 'IncompleteBody', string>> = {
  RepeatedPageToken: 'a page token repeated a page already read (the listing would never end)',
  PageLimitExceeded: 'the listing reached the page limit',
  ForeignPageLink: 'a next-page link pointed away from the cloud endpoint and was not followed',
  IncompleteBody: 'the answer was cut off or could not be parsed',
};

/**
 * A listing the paging rules stopped: the cloud answered with a page token (or link) already
 * followed, so following it would loop (`RepeatedPageToken`); the listing reached the page cap with
 * a next page still to read (`PageLimitExceeded`); the next-page link points at another host and is
 * not followed, so the credential stays with the cloud (`ForeignPageLink`). `operation` names the
 * listing call when the runner knows it.
 */
export class PagingStopError extends Error {
  override readonly name = 'PagingStopError';
  constructor(
    readonly code: PagingStopCode,
    message: string,
    readonly operation?: string,
  ) {
    super(message);
  }
}

/**
 * A 2xx answer whose body was empty, cut off or not JSON: never read as an empty page. The
 * scheduler retries it (`isTransient` knows the name).
 */
export class IncompleteBodyError extends Error {
  override readonly name = 'IncompleteBodyError';
  readonly code = 'IncompleteBody';
}

/**
 * A listing that stopped before its last page, carrying the records the pages before the stop
 * gave. `code` is the stop's (a `PagingStopCode`) or the failed page's error code; the runner
 * keeps `records` and records a coverage gap with that code.
 */
export class IncompleteListingError<T = unknown> extends Error {
  override readonly name = 'IncompleteListingError';
  constructor(
    readonly code: string,
    message: string,
    readonly records: readonly T[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What a listing read; `error` says why it stopped early (the items before it are real). */
export interface ListingRead<T> {
  items: T[];
  pages: number;
  error?: unknown;
}

/** The records a failed listing still read: an IncompleteListingError's, none for any other error. */
export function recordsReadBefore<T>(error: unknown): T[] {
  return error instanceof IncompleteListingError ? [...(error.records as readonly T[])] : [];
}
