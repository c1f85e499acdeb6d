import { rules } from '../../rules/index.js';
import type { Finding, FindingStatus } from '../../src/model/index.js';
import { mergeInventories } from '../../src/scan/merge.js';
import { evaluateInventory } from '../../src/scan/run-scan.js';
import type { Inventory } from '../../src/scan/source.js';

/** One verdict per (rule, asset): the worst of its findings (a rule may judge several paths). */
export type Verdicts = ReadonlyMap<string, FindingStatus>;

const WORST_FIRST: readonly FindingStatus[] = ['fail', 'error', 'unknown', 'pass'];

/** Every rule of the registry on a provider's inventory, as a scan runs them (coverage gaps included). */
export async function verdictsOf(inventory: Inventory): Promise<Verdicts> {
  const { findings } = await evaluateInventory(mergeInventories([inventory]), { rules });
  return worstPerPair(findings);
}

function worstPerPair(findings: readonly Finding[]): Verdicts {
  const out = new Map<string, FindingStatus>();
  for (const f of findings) {
    const key = `${f.ruleId} | ${f.assetId}`;
    const seen = out.get(key);
    if (!seen || WORST_FIRST.indexOf(f.status) < WORST_FIRST.indexOf(seen)) out.set(key, f.status);
  }
  return out;
}

/** Verdicts that became `pass` although the baseline said `fail` or `unknown`: each one is a pass drawn from data that was not read. */
export function passesFromMissingData(baseline: Verdicts, denied: Verdicts): string[] {
  const out: string[] = [];
  for (const [key, before] of baseline) {
    const after = denied.get(key);
    if (after === 'pass' && (before === 'fail' || before === 'unknown')) out.push(`${key}: ${before} -> pass`);
  }
  return out;
}
