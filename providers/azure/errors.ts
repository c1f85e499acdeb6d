import type { AssetKind, CoverageGap } from '../../src/model/index.js';
import { looksSecret, REDACTED } from './redact.js';

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
};

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
  where: { subscriptionId: string; service: string; kinds?: readonly AssetKind[]; context?: string },
): CoverageGap {
  const facts = describeError(error);
  const meaning = GAP_CODES[facts.code];
  const message = [where.context, meaning, facts.message].filter(Boolean).join(': ');
  return {
    provider: 'azure',
    account: where.subscriptionId,
    service: where.service,
    errorCode: facts.code,
    message: shorten(message),
    ...(where.kinds?.length ? { kinds: [...where.kinds] } : {}),
  };
}

function shorten(text: string): string {
  // Error messages may echo request URLs or bodies; keep them short and scrub anything secret-looking.
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
  return looksSecret(clipped) ? REDACTED : clipped;
}
