/**
 * Server-side paging shared by both emulators: opaque tokens that carry the listing and the offset,
 * real page sizes, and the `repeatToken` fault (page 2 hands back the token that asked for it, so a
 * client that follows tokens blindly asks for page 2 forever, and one that stops at a repeat
 * silently drops pages 3 and later).
 */

export interface Page<T> {
  items: T[];
  /** Token of the next page; absent on the last page. */
  next?: string;
}

export function pageOf<T>(items: readonly T[], options: { listing: string; pageSize: number; token?: string | undefined; repeat?: boolean }): Page<T> {
  const offset = options.token === undefined ? 0 : offsetOf(options.token, options.listing);
  const end = offset + options.pageSize;
  const page: Page<T> = { items: items.slice(offset, end) };
  if (end < items.length) page.next = options.repeat && offset > 0 && options.token ? options.token : tokenOf(options.listing, end);
  return page;
}

function tokenOf(listing: string, offset: number): string {
  return Buffer.from(JSON.stringify({ l: listing, o: offset })).toString('base64url');
}

/** Offset a token stands for; a token of another listing or a forged one is an error, as in the clouds. */
function offsetOf(token: string, listing: string): number {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { l?: unknown; o?: unknown };
    if (decoded.l === listing && typeof decoded.o === 'number' && decoded.o >= 0) return decoded.o;
  } catch {
    // fall through
  }
  throw new InvalidTokenError(token);
}

export class InvalidTokenError extends Error {
  constructor(token: string) {
    super(`The pagination token ${token.slice(0, 40)} is invalid for this request.`);
  }
}

/**
 * The page size a request gets: what it asks for (`MaxResults` and the like) when within the
 * service's range, the service's default when it names none; undefined when out of range (the
 * service answers a validation error).
 */
export function pageSizeOf(requested: unknown, limits: { default: number; max: number }): number | undefined {
  if (requested === undefined || requested === null) return limits.default;
  if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1 || requested > limits.max) return undefined;
  return requested;
}
