import { gapHides } from '../../../src/graph/coverage.js';
import type { Asset, CoverageGap } from '../../../src/model/index.js';

export interface Losses {
  /** Assets of the complete inventory the scan did not report. */
  lost: Asset[];
  /** Lost assets no coverage gap accounts for: the scan was silently wrong about them. */
  unexplained: Asset[];
  /** Reported assets the estate does not hold (never expected). */
  extra: string[];
}

/**
 * Compares a scan's inventory with the complete one (a fault-free scan of the same estate, whose
 * assets carry the kind, account and region a lost asset would have had). A loss is explained when
 * a gap of the same provider may have hidden an asset of that kind there (`gapHides`).
 */
export function lossesOf(complete: readonly Asset[], reported: readonly Asset[], gaps: readonly CoverageGap[]): Losses {
  const seen = new Set(reported.map((a) => a.id));
  const known = new Set(complete.map((a) => a.id));
  const lost = complete.filter((a) => !seen.has(a.id));
  const unexplained = lost.filter(
    (a) => !gaps.some((g) => g.provider === a.provider && gapHides(g, a.kind, { account: a.account, ...(a.region === 'global' ? {} : { region: a.region }), scope: a.id })),
  );
  return { lost, unexplained, extra: [...seen].filter((id) => !known.has(id)) };
}
