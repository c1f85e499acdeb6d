/** Turning SDK and network errors into the short codes a coverage gap carries. */
import { redactText } from '../../src/lib/secrets.js';

/** Codes that mean the caller may not read (the scan goes on; the gap names the service). */
const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'AuthFailure',
  'OptInRequired',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'AWSOrganizationsNotInUseException',
]);

/** Network-level codes that mean the service has no endpoint in the region (or the region is off). */
const NO_ENDPOINT = new Set(['ENOTFOUND', 'EAI_AGAIN', 'UnknownEndpoint', 'EndpointError']);

/** The SDK's throttling codes; the SDK retries them itself first, the scheduler once its attempts are spent. */
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

/**
 * An answer the SDK could not read: its deserialiser failed (a JSON body cut off is a
 * `SyntaxError`; an XML body cut off is a plain `Error` "XML parse error: missing closing tag",
 * with HTTP 200 in `$metadata`). The SDK marks every error that passed its deserialiser with a
 * hidden `$response`; modelled service errors also carry `$fault`, unreadable answers do not.
 */
export function isUnreadableResponse(error: unknown): boolean {
  return error !== null && typeof error === 'object' && '$response' in error && !('$fault' in error);
}

/**
 * AWS faults the scheduler retries besides its generic transient ones (`isTransient`):
 * unreadable answers, throttling left after the SDK's own attempts, and errors AWS models as
 * retryable. A denial is final at once.
 */
export function isRetryable(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const code = errorCode(error);
  if (isDenied(code)) return false;
  return isUnreadableResponse(error) || THROTTLED.has(code) || (error as { $retryable?: unknown }).$retryable !== undefined;
}

/** AWS throttled the call (the code of any service's throttling answer). */
export function isThrottling(error: unknown): boolean {
  return error !== null && typeof error === 'object' && THROTTLED.has(errorCode(error));
}

export function errorCode(error: unknown): string {
  if (isUnreadableResponse(error) && typeof (error as { code?: unknown }).code !== 'string') return 'UnreadableResponse';
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; code?: unknown; Code?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && NO_ENDPOINT.has(e.code)) return 'ServiceNotInRegion';
    const cause = e.cause as { code?: unknown } | undefined;
    if (cause && typeof cause.code === 'string' && NO_ENDPOINT.has(cause.code)) return 'ServiceNotInRegion';
    if (typeof e.Code === 'string' && e.Code) return e.Code;
    if (typeof e.code === 'string' && e.code && !/^E[A-Z]+$/.test(e.code)) return e.code;
    if (typeof e.name === 'string' && e.name && e.name !== 'Error') {
      if (e.name === 'AbortError' || e.name === 'CallTimeoutError' || e.name === 'TimeoutError') return 'Timeout';
      return e.name;
    }
    if (typeof e.code === 'string' && e.code) return e.code;
  }
  return 'Error';
}

/**
 * An answer that means "not configured" rather than a failure: an error code, or a code that
 * carries several meanings together with the message that names this one (SageMaker answers a
 * model package group without a resource policy with a ValidationException).
 */
export type AbsentError = string | { code: string; message: RegExp };

/** Whether `error` is one of the `absent` answers a detail declares. */
export function isAbsentError(absent: readonly AbsentError[] | undefined, error: unknown): boolean {
  if (!absent?.length) return false;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  return absent.some((a) => (typeof a === 'string' ? a === code : a.code === code && a.message.test(message)));
}

export function isDenied(code: string): boolean {
  return DENIED.has(code);
}

/** The error's message, shortened, with anything credential-shaped removed. */
export function safeMessage(error: unknown): string | undefined {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  if (!raw) return undefined;
  // The SDK appends a debugging hint to deserialisation errors; a gap has no use for it.
  return redactText(raw.replace(/\s*Deserialization error: to see the raw response[^\n]*/, ''), { loose: true }).slice(0, 300);
}
