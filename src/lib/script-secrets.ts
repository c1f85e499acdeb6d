import { lineOf, lineStarts, SECRET_PATTERNS, type SecretKind } from './secrets.js';

/**
 * Secrets embedded in a script (SageMaker lifecycle configurations, Azure ML setup scripts): where
 * and what kind, never the value. Precision over recall, because each hit is a finding a person
 * must chase: a value that is a variable reference (`$TOKEN`, `${TOKEN}`, `%TOKEN%`, `{{ token }}`,
 * `os.environ[...]`, `get_token()`) or an obvious placeholder (`<token>`, `xxxx`, `changeme`,
 * AWS's documented `...EXAMPLE` keys) is not a secret. The value patterns are secrets.ts's, plus
 * the token formats of code hosts and chat tools that a setup script typically clones or posts with.
 */

export type ScriptSecretKind = SecretKind | 'github-token' | 'gitlab-token' | 'slack-token';

export interface ScriptSecret {
  /** 1-based line of the script where the secret's value starts. */
  line: number;
  kind: ScriptSecretKind;
}

/** What a report says for each kind ("OnStart line 12: AWS access key id"). */
export const SCRIPT_SECRET_LABELS: Readonly<Record<ScriptSecretKind, string>> = {
  'connection-string': 'storage connection string key',
  'sas-signature': 'SAS token signature',
  'aws-signature': 'AWS request signature or session token',
  'aws-access-key': 'AWS access key id',
  'aws-secret-key': 'AWS secret access key',
  'private-key': 'private key block',
  jwt: 'JSON web token',
  'url-password': 'password in a URL',
  'secret-flag': 'secret passed as a command-line option',
  'secret-assignment': 'secret assigned to a variable',
  'bearer-token': 'bearer token',
  'secret-shaped': 'secret-shaped string',
  'github-token': 'GitHub token',
  'gitlab-token': 'GitLab token',
  'slack-token': 'Slack token',
};

interface Pattern {
  kind: ScriptSecretKind;
  /** Global; group 1, when present, is context in front of the value. */
  pattern: RegExp;
}

const TOKEN_PATTERNS: readonly Pattern[] = [
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'gitlab-token', pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/g },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,200}/g },
];

const PATTERNS: readonly Pattern[] = [...SECRET_PATTERNS, ...TOKEN_PATTERNS];

/** Kinds that only say "a secret-named thing has a value": dropped on a line where a precise kind was found. */
const GENERIC = new Set<ScriptSecretKind>(['secret-assignment', 'secret-flag']);

/** Variable references and expressions of shells, Python, batch files and templates. */
const REFERENCE = /^(?:\$|%[A-Za-z_]|\{\{|<|@Microsoft\.KeyVault|\(|`)|[([]|\}\}$/;
/** Placeholder words and runs of one character (`xxxx`, `****`, `....`). */
const PLACEHOLDER = /example|placeholder|changeme|change_me|replace|your[-_]?|redacted|dummy|^(?:none|null|nil|true|false|undefined|secret|password|token)$|^(.)\1*$/i;
/** An identifier or a dotted path (`args.password`): in `name = value` with spaces, code, not a literal. */
const IDENTIFIER = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*$/;
const MIN_LITERAL = 4;

/** Where a script holds secrets and of which kinds, sorted by line then kind; never the values. */
export function scanScript(text: string): ScriptSecret[] {
  const starts = lineStarts(text);
  const byLine = new Map<number, Set<ScriptSecretKind>>();
  for (const { kind, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const prefix = typeof m[1] === 'string' && m[0].startsWith(m[1]) ? m[1] : '';
      if (!isLiteralSecret(kind, m[0].slice(prefix.length), prefix)) continue;
      const line = lineOf(starts, m.index + prefix.length);
      const kinds = byLine.get(line) ?? new Set<ScriptSecretKind>();
      kinds.add(kind);
      byLine.set(line, kinds);
    }
  }
  const out: ScriptSecret[] = [];
  for (const [line, kinds] of byLine) {
    const precise = [...kinds].filter((kind) => !GENERIC.has(kind));
    for (const kind of precise.length > 0 ? precise : kinds) out.push({ line, kind });
  }
  return out.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
}

/** False for references and placeholders; `prefix` is the context the pattern kept (`password = `). */
function isLiteralSecret(kind: ScriptSecretKind, matched: string, prefix: string): boolean {
  if (kind === 'private-key' || kind === 'jwt') return true;
  const quoted = /^(["']).*\1$/s.test(matched);
  const value = quoted ? matched.slice(1, -1) : matched;
  if (value.length < MIN_LITERAL || REFERENCE.test(value) || PLACEHOLDER.test(value)) return false;
  if (kind === 'bearer-token') return value.length >= 16 && /[\d\-_.~+/]/.test(value);
  if (!quoted && /\s=\s*$|:\s+$/.test(prefix) && IDENTIFIER.test(value)) return false;
  return true;
}

/** The text of a base64 script body, or undefined when it is not base64 of UTF-8 text. */
export function decodeBase64Script(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined;
  }
}

/** A script body as a cloud returns it: base64 text, and where it sits ("OnStart", "startupScript"). */
export interface EncodedScript {
  location: string;
  base64: string;
}

/**
 * The secrets of several base64 scripts as report-safe lines ("OnStart line 12: AWS access key id"):
 * the `scriptSecrets` fact. Undefined when one body is not base64 of text (it could not be read).
 * The decoded text lives only inside this call.
 */
export function secretLocations(scripts: readonly EncodedScript[]): string[] | undefined {
  const out: string[] = [];
  for (const { location, base64 } of scripts) {
    const text = decodeBase64Script(base64);
    if (text === undefined) return undefined;
    for (const { line, kind } of scanScript(text)) out.push(`${location} line ${line}: ${SCRIPT_SECRET_LABELS[kind]}`);
  }
  return out;
}
