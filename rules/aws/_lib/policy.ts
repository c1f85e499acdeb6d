/** Reading policy documents kept in an AWS asset's raw record (JSON text, IAM's URL-encoded). */
export interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Principal?: string | Record<string, string | string[]>;
  Condition?: Record<string, Record<string, unknown>>;
}

export function statementsOf(document: unknown): Statement[] | undefined {
  if (typeof document !== 'string') return undefined;
  try {
    const text = /^\s*%7B/i.test(document) ? decodeURIComponent(document) : document;
    const st = (JSON.parse(text) as { Statement?: unknown }).Statement;
    return Array.isArray(st) ? (st as Statement[]) : st ? [st as Statement] : [];
  } catch {
    return undefined;
  }
}

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM wildcard match of `action` against any of `patterns`. */
export function grants(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i').test(action));
}

export function principalsOf(st: Statement): string[] {
  const p = st.Principal;
  if (p === undefined) return [];
  return typeof p === 'string' ? [p] : Object.values(p).flatMap((v) => asList(v));
}
