import type { AssetKind, CoverageGap } from '../../src/model/index.js';
import { attemptsOf } from '../../src/scan/scheduler.js';
import { PAGING_STOP_MEANINGS } from '../../src/scan/paging-errors.js';
import { redactText } from '../../src/lib/secrets.js';

/** ARM error codes that mean "this part of the estate is not visible", with what they mean. */
export const GAP_CODES: Readonly<Record<string, string>> = {
  AuthorizationFailed: 'the credential lacks a read permission',
  LinkedAuthorizationFailed: 'the credential lacks a read permission on a linked resource',
  MissingSubscriptionRegistration: 'the resource provider is not registered in the subscription',
  SubscriptionNotRegistered: 'the resource provider is not registered in the subscription',
  DisabledSubscription: 'the subscription is disabled',
  ReadOnlyDisabledSubscription: 'the subscription is disabled',
  SubscriptionNotFound: 'the subscription does not exist or is not visible',
  InvalidAuthenticationToken: 'the token was rejected',
  InvalidAuthenticationTokenTenant: 'the token is for another tenant',
  Timeout: 'the call did not answer in time',
  ECONNRESET: 'the connection was reset',
  TooManyRequests: 'ARM kept throttling the call',
  ...PAGING_STOP_MEANINGS,
};

/** One HTTP attempt (not the SDK's retries around it) ran past `--call-timeout`. Retried. */
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'Timeout';
  constructor(ms: number) {
    super(`the request did not answer within ${ms} ms`);
  }
}

export interface ErrorFacts {
  code: string;
  status?: number;
  message: string;
}

/** Reads code, status and a short, secret-free message from an SDK or scheduler error. */
export function describeError(error: unknown): ErrorFacts {
  const e = (error ?? {}) as { code?: unknown; statusCode?: unknown; name?: unknown; message?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  let code = typeof e.code === 'string' && e.code.length > 0 ? e.code : undefined;
  if (!code && typeof e.name === 'string' && e.name === 'AbortError') code = 'Timeout';
  if (!code && status) code = `HTTP${status}`;
  code ??= typeof e.name === 'string' ? e.name : 'Error';
  const raw = typeof e.message === 'string' ? e.message : String(error);
  return { code, ...(status === undefined ? {} : { status }), message: shorten(raw) };
}

export function toGap(
  error: unknown,
  where: { subscriptionId: string; service: string; kinds?: readonly AssetKind[]; context?: string; scope?: string },
): CoverageGap {
  const facts = describeError(error);
  const meaning = GAP_CODES[facts.code];
  // A listing cut short after retries says so; the scheduler marks the error it finally threw.
  const attempts = attemptsOf(error) ?? attemptsOf((error as { cause?: unknown } | null)?.cause);
  const tried = attempts !== undefined && attempts > 1 ? ` (after ${attempts} attempts)` : '';
  const message = [where.context, meaning, facts.message].filter(Boolean).join(': ');
  return {
    provider: 'azure',
    account: where.subscriptionId,
    service: where.service,
    errorCode: facts.code,
    message: shorten(message) + tried,
    ...(where.kinds?.length ? { kinds: [...where.kinds] } : {}),
    ...(where.scope ? { scope: where.scope } : {}),
  };
}

function shorten(text: string): string {
  // Error messages may echo request URLs or bodies: scrub secrets (before clipping, so none is cut in half), keep them short.
  const oneLine = redactText(text, { loose: true }).replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}
