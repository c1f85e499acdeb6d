import type { Asset } from '../../../../src/model/index.js';
import { NOTEBOOK, ROLE, awsAsset } from '../_support.js';

/** A role with the details the IAM collector stores, and a notebook assuming it. */
export function roleCase(attached: string[], statements: unknown[]): { asset: Asset; related: Asset[]; edges: Array<{ from: string; to: string; kind: 'assumes' }> } {
  const role = awsAsset('role', ROLE, {
    id: `arn:aws:iam::111122223333:role/r-${Math.random().toString(36).slice(2)}`,
    details: {
      attached: attached.map((PolicyArn) => ({ PolicyArn })),
      inlineNames: statements.length ? ['inline'] : [],
      inline: statements.length ? [{ PolicyName: 'inline', PolicyDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements })) }] : [],
      policies: [],
      documents: [],
    },
  });
  const nb = awsAsset('notebook', NOTEBOOK);
  return { asset: role, related: [nb], edges: [{ from: nb.id, to: role.id, kind: 'assumes' }] };
}
