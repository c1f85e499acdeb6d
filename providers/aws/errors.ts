/** Turning SDK and network errors into the short codes a coverage gap carries. */

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

export function errorCode(error: unknown): string {
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

export function isDenied(code: string): boolean {
  return DENIED.has(code);
}

/** The error's message, shortened, with anything credential-shaped removed. */
export function safeMessage(error: unknown): string | undefined {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  if (!raw) return undefined;
  return redactText(raw).slice(0, 300);
}

const SECRETISH = [
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // access key ids
  /\b[A-Za-z0-9/+=]{40}\b/g, // secret-key shaped
  /(X-Amz-(?:Security-Token|Signature|Credential)=)[^&\s"]+/gi,
  /(Signature=)[0-9a-f]+/gi,
];

export function redactText(text: string): string {
  let out = text;
  for (const pattern of SECRETISH) out = out.replace(pattern, (m, prefix?: string) => (typeof prefix === 'string' && prefix.length < m.length ? `${prefix}[redacted]` : '[redacted]'));
  return out;
}
