/**
 * Secret stripping for ARM records before they are stored as `raw`, logged or reported.
 * Two layers: fields known to carry secrets are removed by name anywhere in the record, and
 * any remaining string that looks like a storage connection string, SAS token or key is
 * replaced. Collectors add their own narrowing (e.g. datastore credentials keep only their type).
 */

export const REDACTED = '[redacted]';

/** Field names (lower case) whose values are secrets or may hold one. */
const SECRET_FIELDS = new Set([
  'secrets',
  'secret',
  'accountkey',
  'key',
  'key1',
  'key2',
  'keys',
  'primarykey',
  'secondarykey',
  'primaryconnectionstring',
  'secondaryconnectionstring',
  'connectionstring',
  'sastoken',
  'sas',
  'password',
  'adminuserpassword',
  'clientsecret',
  'certificate',
  'privatekey',
  'thumbprint',
  'accesstoken',
  'refreshtoken',
  'token',
  'pat',
  'environmentvariables',
  'secretsconfiguration',
  'secretaccesskey',
  'securitytoken',
  'developertoken',
]);

const SECRET_VALUE_PATTERNS: RegExp[] = [
  /AccountKey=/i, // storage connection string
  /SharedAccessSignature=|SharedAccessKey=/i, // service bus / event hub / SAS connection strings
  /(?:^|[?&])sig=[^&]+/i, // SAS token signature
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bPassword=/i,
];

/** Deep copy of `value` with secret fields removed and secret-looking strings replaced. */
export function redactSecrets<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return looksSecret(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = k.toLowerCase();
      if (SECRET_FIELDS.has(key)) continue;
      // Datastore and connection credentials: the type says how it authenticates; the rest is secret.
      out[k] = key === 'credentials' ? credentialTypeOnly(v) : walk(v);
    }
    return out;
  }
  return value;
}

export function looksSecret(value: string): boolean {
  return SECRET_VALUE_PATTERNS.some((p) => p.test(value));
}

/** Keeps only the credential type of a `credentials` object (datastores, connections). */
export function credentialTypeOnly(credentials: unknown): { credentialsType?: string } {
  if (credentials === null || typeof credentials !== 'object') return {};
  const type = (credentials as Record<string, unknown>).credentialsType;
  return typeof type === 'string' ? { credentialsType: type } : {};
}
