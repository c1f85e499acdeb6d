import { z } from 'zod';
import { ProviderSchema } from './kinds.js';

/**
 * A scanned AWS account or Azure subscription with the name people know it by (issue 13): the
 * Organizations account name or IAM account alias, the subscription display name, and for Azure
 * the management-group path above it. The name is absent when the cloud would not tell it.
 */
export const AccountSchema = z
  .object({
    provider: ProviderSchema,
    id: z.string().min(1).describe('AWS account id or Azure subscription id, as assets carry it in `account`'),
    name: z
      .string()
      .min(1)
      .optional()
      .describe('AWS Organizations account name (or the IAM account alias), Azure subscription display name'),
    path: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Azure: management groups from the tenant root down to the subscription, by display name'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('Why the name or path is missing, e.g. `iam:ListAccountAliases AccessDenied`: a name the scan could not read is a note, not a coverage gap'),
  })
  .strict()
  .describe('A scanned account or subscription and its name');
export type Account = z.infer<typeof AccountSchema>;

/** "prod-payments (736194028517)", or the bare id when the name is unknown or the id itself. */
export function accountLabel(id: string, account: Pick<Account, 'name'> | undefined): string {
  const name = account?.name;
  return name && name !== id ? `${name} (${id})` : id;
}

/** The accounts of several sources as one list: one entry per provider and id, a known name or path filling an unknown one; sorted. */
export function mergeAccounts(lists: readonly (readonly Account[] | undefined)[]): Account[] {
  const byKey = new Map<string, Account>();
  for (const list of lists) {
    for (const account of list ?? []) {
      const key = `${account.provider}\u0000${account.id.toLowerCase()}`;
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { ...account });
        continue;
      }
      // What the first source said is kept; what it could not tell is filled from a later one.
      if (!known.name && account.name) {
        known.name = account.name;
        delete known.note; // the note said why the name was missing
      }
      if (!known.path && account.path) known.path = account.path;
    }
  }
  return [...byKey.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
}
