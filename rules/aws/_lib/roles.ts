import type { Asset } from '../../../src/model/index.js';
import { detailOf } from '../../_lib/raw.js';
import { statementsOf, type Statement } from './policy.js';

/** Managed policy ARNs attached to a role, and every statement of its inline and attached policies. */
export function rolePolicies(role: Asset): { attached: string[]; statements: Statement[]; complete: boolean } | undefined {
  const attached = detailOf<Array<{ PolicyArn?: string }>>(role, 'attached');
  const inline = detailOf<Array<{ PolicyDocument?: string }>>(role, 'inline');
  const documents = detailOf<Array<{ Document?: string }>>(role, 'documents');
  if (!attached && !inline && !documents) return undefined;
  const statements = [...(inline ?? []).flatMap((p) => statementsOf(p.PolicyDocument) ?? []), ...(documents ?? []).flatMap((p) => statementsOf(p.Document) ?? [])];
  return {
    attached: (attached ?? []).map((p) => p.PolicyArn ?? '').filter(Boolean),
    statements,
    complete: Boolean(attached && inline && documents) || (attached?.length === 0 && inline !== undefined),
  };
}
