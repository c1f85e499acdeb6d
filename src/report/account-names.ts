import { accountLabel, type ScanResult } from '../model/index.js';

/** The name of each scanned account or subscription by id (lowercased: ARM compares ids that way); empty for a result without `accounts`. */
export function accountNames(result: Pick<ScanResult, 'accounts'>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const a of result.accounts ?? []) if (a.name) names.set(a.id.toLowerCase(), a.name);
  return names;
}

/** "prod-payments (736194028517)", or the bare id when no name is known. */
export function labelOf(names: ReadonlyMap<string, string>, id: string): string {
  const name = names.get(id.toLowerCase());
  return accountLabel(id, name ? { name } : undefined);
}

/** Account or subscription id → its label, for every account a result mentions (assets, findings, coverage gaps, `accounts`). */
export function accountLabelMap(result: Pick<ScanResult, 'accounts' | 'inventory' | 'findings' | 'coverage'>): Record<string, string> {
  const names = accountNames(result);
  const ids = new Set<string>();
  for (const a of result.accounts ?? []) ids.add(a.id);
  for (const a of result.inventory.assets) ids.add(a.account);
  for (const f of result.findings) ids.add(f.account);
  for (const g of result.coverage.gaps) ids.add(g.account);
  const labels: Record<string, string> = {};
  for (const id of [...ids].sort()) labels[id] = labelOf(names, id);
  return labels;
}
