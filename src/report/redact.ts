/**
 * Last line of defence before a report leaves the machine. Providers strip secrets from raw
 * records when they collect them (providers/*\/redact.ts), but a snapshot file is written by
 * anyone, and a record shape changes without notice. Credential-shaped substrings in free-form
 * data (raw records, rule evidence) are replaced here, in every format.
 */
export const REDACTED = '[redacted]';

const SECRET_VALUE_PATTERNS: readonly RegExp[] = [
  // Azure storage / Service Bus / Event Hubs connection strings and SAS tokens.
  /((?:AccountKey|SharedAccessKey|SharedAccessSignature)=)[^;"'\s]+/gi,
  /([?&]sig=)[^&"'\s]+/gi,
  // PEM private keys.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  // AWS secret keys written as `aws_secret_access_key = …` (env files, user data).
  /(aws_secret_access_key\s*[=:]\s*)\S+/gi,
  // user:password@ in URLs (database and broker connection URLs).
  /(\/\/[^/:@\s]+:)[^@/\s]+(?=@)/g,
];

const SECRET_KEY = /(secret|passw|pwd|token|credential|api[_-]?key|access[_-]?key|private[_-]?key|connectionstring|sas)/i;
/** Keys naming a reference to a secret, not the secret itself (key ids, ARNs, modes). */
const SECRET_REFERENCE_KEY = /(arn|id|ids|mode|type|enabled|name|uri|url|expir|version|length)$/i;

export function redactString(text: string): string {
  let out = text;
  for (const pattern of SECRET_VALUE_PATTERNS) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, (match: string, prefix?: unknown) =>
      typeof prefix === 'string' && match.startsWith(prefix) ? prefix + REDACTED : REDACTED,
    );
  }
  return out;
}

/** A copy of `value` with secret-named string fields and credential-shaped substrings replaced. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (depth > 40 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = typeof v === 'string' && SECRET_KEY.test(key) && !SECRET_REFERENCE_KEY.test(key) ? REDACTED : redactValue(v, depth + 1);
  }
  return out;
}
