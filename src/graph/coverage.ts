import type { AssetKind, CoverageGap } from '../model/index.js';

/**
 * Where an asset that was not seen would have been: its account, and as narrowly as known the
 * region (omitted: any region of the account) and the resource it would sit under (`scope`).
 */
export interface Whereabouts {
  account: string;
  region?: string;
  scope?: string;
}

/**
 * True when `gap` may have hidden assets of `kind` at `where`: same account, and neither the
 * gap's kinds, region nor scope rule it out. A gap that names no kinds may hide any kind; a gap
 * without a region or scope covers the whole account or region.
 */
export function gapHides(gap: CoverageGap, kind: AssetKind, where: Whereabouts): boolean {
  if (gap.account !== where.account) return false;
  if (gap.kinds && !gap.kinds.includes(kind)) return false;
  if (gap.region && where.region && gap.region !== where.region) return false;
  if (gap.scope && where.scope && !within(where.scope, gap.scope) && !within(gap.scope, where.scope)) return false;
  return true;
}

/** `id` is `parent` or below it (ARM ids are paths, compared case-insensitively like ARM does). */
function within(id: string, parent: string): boolean {
  const a = id.toLowerCase();
  const b = parent.toLowerCase().replace(/\/+$/, '');
  return a === b || a.startsWith(`${b}/`);
}
