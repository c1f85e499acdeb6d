/**
 * What a secret looks like, in one place: the value patterns every redactor applies (the AWS and
 * Azure providers when they keep a raw record, the report as a last line of defence, error
 * messages on coverage gaps) and the key names whose values are secret whatever they hold.
 *
 * Each pattern keeps its context and replaces only the secret (`AccountKey=[redacted]`,
 * `--token [redacted]`), so a report still says what was there. Every pattern is linear in the
 * length of the text (bounded quantifiers, no nested repetition): cloud strings are hostile.
 */

export const REDACTED = '[redacted]';

export type SecretKind =
  | 'connection-string'
  | 'sas-signature'
  | 'aws-signature'
  | 'aws-access-key'
  | 'aws-secret-key'
  | 'private-key'
  | 'jwt'
  | 'url-password'
  | 'secret-flag'
  | 'secret-assignment'
  | 'bearer-token'
  | 'secret-shaped';

interface SecretPattern {
  kind: SecretKind;
  /** Global; group 1, when present, is context kept in front of the secret. */
  pattern: RegExp;
}

/** Name endings of options and variables that carry a secret (`--api-key`, `DB_PASSWORD=`). */
const SECRET_WORD =
  '(?:(?:account|access|api|secret|private|storage|master|shared|client|subscription|signing)[-_]?key|token|secret|password|passwd|pwd|credentials?|conn(?:ection)?[-_]?str(?:ing)?)';
/** A value after a flag or an `=`: quoted, or up to the next separator. */
const VALUE = `(?:"[^"\\n]*"|'[^'\\n]*'|[^\\s"'&;,]+)`;

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  // Azure storage / Service Bus / Event Hubs connection strings.
  { kind: 'connection-string', pattern: /((?:AccountKey|SharedAccessKey|SharedAccessSignature)=)[^;"'\s]+/gi },
  // SAS token signature, in a URL or on its own.
  { kind: 'sas-signature', pattern: /((?<![\w-])sig=)[^&\s"';]+/gi },
  // Presigned S3 URLs and SigV2/SigV4 signatures, credentials and session tokens.
  { kind: 'aws-signature', pattern: /(X-Amz-(?:Signature|Credential|Security-Token)=)[^&\s"']+/gi },
  { kind: 'aws-signature', pattern: /((?<![\w-])Signature=)[^&\s"',]+/g },
  { kind: 'aws-access-key', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  { kind: 'aws-secret-key', pattern: /(aws_secret_access_key["']?(?:\s*[=:]\s*|\s+)["']?)[A-Za-z0-9/+=]{40}/gi },
  { kind: 'private-key', pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/g },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g },
  // user:password@ in URLs (database, broker and git remotes).
  { kind: 'url-password', pattern: /(\/\/[^/\s:@]+:)[^@/\s]+(?=@)/g },
  // Command lines: `--account-key X`, `--token=X`, `-password X`.
  { kind: 'secret-flag', pattern: new RegExp(`((?<![\\w-])-{1,2}[\\w-]{0,40}?${SECRET_WORD}(?:=|\\s+))${VALUE}`, 'gi') },
  // Assignments: `API_KEY=X`, `password: X`, `"token":"X"` (a colon needs a space or a quote: ARNs hold `secret:name`).
  { kind: 'secret-assignment', pattern: new RegExp(`(${SECRET_WORD}(?:\\s*=\\s*|:\\s+|["']\\s*[:=]\\s*))${VALUE}`, 'gi') },
  { kind: 'bearer-token', pattern: /(\bBearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/g },
];

/** Only for free text that is never data (error messages): anything shaped like an AWS secret key. */
const LOOSE_PATTERNS: readonly SecretPattern[] = [{ kind: 'secret-shaped', pattern: /\b[A-Za-z0-9/+=]{40}\b/g }];

/** One test for "could anything match": most strings are ids and skip the per-pattern passes. */
const ANY = new RegExp(SECRET_PATTERNS.map((p) => p.pattern.source).join('|'), 'i');
/** What every pattern needs one of (a separator, a space, a quote, `@`, a JWT header, an access key prefix): a cheaper first look. */
const NEEDED = /[=@\s"']|eyJ|A(?:KI|SI|BI|CC)A|secret_access_key/i;

function mayHoldSecret(text: string): boolean {
  return NEEDED.test(text) && ANY.test(text);
}

export interface RedactOptions {
  /** Also replace secret-shaped words (40 base64 characters): for error messages, not data. */
  loose?: boolean;
}

/** `text` with every secret replaced by `[redacted]`, its context kept. */
export function redactText(text: string, options: RedactOptions = {}): string {
  const patterns = options.loose ? [...SECRET_PATTERNS, ...LOOSE_PATTERNS] : SECRET_PATTERNS;
  if (!options.loose && !mayHoldSecret(text)) return text;
  let out = text;
  for (const { pattern } of patterns) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, replacement);
  }
  return out;
}

/** Keeps the context (group 1) and the quotes around a quoted secret, so JSON stays JSON. */
function replacement(match: string, prefix?: unknown): string {
  const kept = typeof prefix === 'string' && match.startsWith(prefix) ? prefix : '';
  const secret = match.slice(kept.length);
  const quote = secret.length > 1 && (secret[0] === '"' || secret[0] === "'") && secret.endsWith(secret[0]) ? secret[0] : '';
  return `${kept}${quote}${REDACTED}${quote}`;
}

/** True when `text` holds something a pattern would redact. */
export function looksSecret(text: string): boolean {
  return mayHoldSecret(text);
}

export interface SecretFound {
  kind: SecretKind;
  /** 1-based line of `text` where the secret's value starts. */
  line: number;
}

/** Which kinds of secret `text` holds and on which lines; never the values. Sorted by line, then kind. */
export function findSecrets(text: string): SecretFound[] {
  if (!mayHoldSecret(text)) return [];
  const starts = lineStarts(text);
  const seen = new Set<string>();
  const out: SecretFound[] = [];
  for (const { kind, pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const line = lineOf(starts, m.index + (typeof m[1] === 'string' ? m[1].length : 0));
      const key = `${line}|${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, line });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
}

/** Offsets where each line of `text` starts (shared with script-secrets.ts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `index`, given `lineStarts(text)`. */
export function lineOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Key names whose (string) value is a secret: passwords, tokens, keys, connection strings. */
const SECRET_KEY = /secret|passw|passphrase|pwd|token|credential|api[_-]?key|access[_-]?key|private[_-]?key|account[_-]?key|connection[_-]?string|^sas|sas(?:token|key|url|uri)?$|^(?:pat|sig|signature)$/i;
/** Key names that name or describe a secret without being one (a key id, an ARN, a type, an expiry). */
const REFERENCE_KEY = /(?:arn|id|ids|identifier|mode|type|types|enabled|name|names|expir\w*|version|length|policy|status|time|date|count|days|period|action|source|location|ref)$/i;

/** In maps whose keys the user chose (hyperparameters), a key that so much as hints at a secret counts. */
const USER_SECRET_KEY = /key|auth|secret|pass|pwd|token|cred|sig/i;

export function isSecretKey(key: string, options: { userChosen?: boolean } = {}): boolean {
  if (REFERENCE_KEY.test(key)) return false;
  return SECRET_KEY.test(key) || (options.userChosen === true && USER_SECRET_KEY.test(key));
}

/** Key names that describe a value inside a secret-holding object without being secret (`credentialsType`). */
export function isReferenceKey(key: string): boolean {
  return REFERENCE_KEY.test(key);
}

/** A string map (tags) with the secrets in its keys and values replaced. */
export function redactValues(map: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) out[redactText(key)] = redactText(value);
  return out;
}
