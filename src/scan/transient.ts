/**
 * Faults worth another attempt whatever the cloud: the connection failed or was cut, the answer
 * was cut off or could not be parsed, or the server said it failed (5xx). Denials, missing
 * resources and bad requests are final. Cloud-specific codes (AWS `ThrottlingException` after the
 * SDK's own retries, ARM `RetryableError`) are added by each provider through `RunOptions.retryable`.
 */

/** Socket- and HTTP-client-level codes of a connection that failed or was cut mid-answer. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'REQUEST_SEND_ERROR',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

/** Error names the SDKs give a cut-off or unreadable body, or an attempt that timed out. */
const TRANSIENT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'SyntaxError', 'IncompleteBodyError', 'PrematureCloseError']);

const PREMATURE = /premature close|socket hang up|unexpected end of (?:json )?input|unterminated string|unexpected end|incomplete|truncat/i;

export function isTransient(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; statusCode?: unknown; $metadata?: { httpStatusCode?: unknown }; $fault?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  const status = typeof e.statusCode === 'number' ? e.statusCode : e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500 && status !== 501) return true;
  if (e.$fault === 'server' && status === undefined) return true;
  // Deserialisation of a body that ended early: the SDKs wrap the parser's error.
  if (typeof e.message === 'string' && PREMATURE.test(e.message) && status === undefined) return true;
  return isTransient(e.cause, depth + 1);
}
