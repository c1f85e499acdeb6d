/** Reading AWS IAM and resource policy documents (the JSON AWS returns, IAM's URL-encoded). Pure: used by the AWS provider to derive facts and by AWS rules that read raw records. */

export interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Principal?: string | Record<string, string | string[]>;
  Condition?: Record<string, Record<string, unknown>>;
}

export function parsePolicy(document: unknown): Statement[] | undefined {
  let doc = document;
  if (typeof doc === 'string') {
    let text = doc;
    if (/^%7B/i.test(text.trim())) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return undefined;
      }
    }
    try {
      doc = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const st = (doc as { Statement?: unknown }).Statement;
  if (Array.isArray(st)) return st as Statement[];
  if (st && typeof st === 'object') return [st as Statement];
  return [];
}

export function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Principals of a statement: `*` for anyone, else ARNs / account ids / service names. */
export function principals(st: Statement): string[] {
  const p = st.Principal;
  if (p === undefined) return [];
  if (typeof p === 'string') return [p];
  return Object.values(p).flatMap((v) => list(v));
}

/** Account id a principal belongs to (`*` stays `*`; services return undefined). */
export function principalAccount(principal: string): string | undefined {
  if (principal === '*') return '*';
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

/** Accounts other than `own` (and `*`) an Allow statement trusts or grants to. */
export function externalPrincipals(statements: readonly Statement[], own: string): string[] {
  const out = new Set<string>();
  for (const st of statements) {
    if (st.Effect !== 'Allow') continue;
    for (const p of principals(st)) {
      const account = principalAccount(p);
      if (account === undefined || account === own) continue;
      // `*` limited by an org / account / source condition is not open to everyone.
      if (account === '*' && hasScopingCondition(st)) continue;
      out.add(account);
    }
  }
  return [...out].sort();
}

const SCOPING_KEYS = /^aws:(PrincipalOrgID|PrincipalOrgPaths|PrincipalAccount|SourceAccount|SourceArn|SourceOwner|SourceVpce?|SourceIp|PrincipalArn)$/i;
export function hasScopingCondition(st: Statement): boolean {
  return Object.values(st.Condition ?? {}).some((block) => Object.keys(block ?? {}).some((k) => SCOPING_KEYS.test(k)));
}

/** True when any of `patterns` (IAM wildcards) matches `action`. */
export function actionMatches(patterns: readonly string[], action: string): boolean {
  const a = action.toLowerCase();
  return patterns.some((p) => {
    const re = new RegExp(`^${p.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return re.test(a);
  });
}

/** Allow statements granting to anyone (no scoping condition). */
export function publicAllows(statements: readonly Statement[]): Statement[] {
  return statements.filter((st) => st.Effect === 'Allow' && principals(st).some((p) => p === '*' || p === 'arn:aws:iam::*:root') && !hasScopingCondition(st));
}

/** A Deny on aws:SecureTransport=false (the TLS-only bucket policy). */
export function deniesInsecureTransport(statements: readonly Statement[]): boolean {
  return statements.some(
    (st) =>
      st.Effect === 'Deny' &&
      Object.values(st.Condition ?? {}).some((block) =>
        Object.entries(block ?? {}).some(([k, v]) => k.toLowerCase() === 'aws:securetransport' && String(Array.isArray(v) ? v[0] : v).toLowerCase() === 'false'),
      ),
  );
}
