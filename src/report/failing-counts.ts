import type { Finding } from '../model/index.js';

/** Failing findings per asset id; `error` and `unknown` are not failures and are reported apart. */
export function failingCountByAsset(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.status === 'fail') counts.set(f.assetId, (counts.get(f.assetId) ?? 0) + 1);
  return counts;
}
