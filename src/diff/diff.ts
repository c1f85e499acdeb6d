import {
  DIFF_CATEGORIES,
  SEVERITIES,
  severityRank,
  type AssetRef,
  type DiffCategory,
  type FindingChange,
  type FindingStatus,
  type Severity,
} from '../model/index.js';
import { gapHides } from '../graph/coverage.js';
import type { DiffableAsset, DiffableFinding, DiffableScan } from './diffable.js';

/** What changed between two scans: findings by category (see DIFF_CATEGORY_MEANINGS) and assets. */
export interface ScanDiff {
  findings: Record<DiffCategory, FindingChange[]>;
  counts: Record<DiffCategory, number>;
  bySeverity: Record<DiffCategory, Record<Severity, number>>;
  assets: { added: AssetRef[]; removed: AssetRef[]; notSeen: AssetRef[] };
}

/** Categories that are a change; `stillFailing` is not. */
export const CHANGE_CATEGORIES: readonly DiffCategory[] = DIFF_CATEGORIES.filter((c) => c !== 'stillFailing');

/** The gate's notion of failing (--fail-on counts `error` too: a crashed rule may hide a failure). */
function isFailing(status: FindingStatus | undefined): boolean {
  return status === 'fail' || status === 'error';
}

/** The verdict a finding stands for: a suppressed finding's is the one its suppression hides. */
function verdictOf(finding: DiffableFinding | undefined): FindingStatus | undefined {
  if (!finding) return undefined;
  return finding.status === 'suppressed' ? (finding.suppression?.status ?? 'fail') : finding.status;
}

/** True when a coverage gap of `scan` could have hidden `asset` (same provider and account, and kind, region and scope allow it). */
export function hiddenByGap(scan: DiffableScan, asset: Pick<DiffableAsset, 'id' | 'kind' | 'provider' | 'account' | 'region'>): boolean {
  return scan.coverage.gaps.some(
    (gap) => gap.provider === asset.provider && gapHides(gap, asset.kind, { account: asset.account, region: asset.region, scope: asset.id }),
  );
}

interface Sides {
  to: DiffableScan;
  fromAssets: ReadonlyMap<string, DiffableAsset>;
  toAssets: ReadonlySet<string>;
}

/** The category of one fingerprint seen in either scan, or undefined when nothing a reader acts on moved. */
function categorise(before: DiffableFinding | undefined, after: DiffableFinding | undefined, sides: Sides): DiffCategory | undefined {
  const was = verdictOf(before);
  if (after && isFailing(after.status)) {
    if (isFailing(was)) return 'stillFailing';
    return was === 'pass' ? 'regressed' : 'new';
  }
  if (after?.status === 'suppressed') return isFailing(was) ? 'accepted' : undefined;
  if (after?.status === 'unknown') return was === 'pass' || isFailing(was) ? 'newlyUnknown' : undefined;
  if (!isFailing(was) || !before) return undefined;
  if (after || sides.toAssets.has(before.assetId)) return 'resolved';
  const asset = sides.fromAssets.get(before.assetId);
  const where = asset ?? { id: before.assetId, kind: before.assetKind, provider: before.provider, account: before.account, region: before.region };
  return hiddenByGap(sides.to, where) ? 'notReassessed' : 'assetRemoved';
}

function changeOf(before: DiffableFinding | undefined, after: DiffableFinding | undefined): FindingChange {
  const f = (after ?? before)!;
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    assetId: f.assetId,
    assetName: f.assetName,
    assetKind: f.assetKind,
    provider: f.provider,
    account: f.account,
    severity: f.severity,
    ...(before ? { before: before.status } : {}),
    ...(after ? { after: after.status } : {}),
  };
}

function byFingerprint(findings: readonly DiffableFinding[]): Map<string, DiffableFinding> {
  return new Map(findings.map((f) => [f.fingerprint, f]));
}

/** Most severe first, then rule, asset and fingerprint: stable output for stable input. */
export function compareChanges(a: FindingChange, b: FindingChange): number {
  return severityRank(a.severity) - severityRank(b.severity) || order(a.ruleId, b.ruleId) || order(a.assetId, b.assetId) || order(a.fingerprint, b.fingerprint);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyBy<T>(make: () => T): Record<DiffCategory, T> {
  return Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, make()])) as Record<DiffCategory, T>;
}

/** The diff from the baseline `from` to the newer scan `to`. */
export function diffScans(from: DiffableScan, to: DiffableScan): ScanDiff {
  const before = byFingerprint(from.findings);
  const after = byFingerprint(to.findings);
  const sides: Sides = {
    to,
    fromAssets: new Map(from.inventory.assets.map((a) => [a.id, a])),
    toAssets: new Set(to.inventory.assets.map((a) => a.id)),
  };
  const findings = emptyBy<FindingChange[]>(() => []);
  for (const fingerprint of new Set([...before.keys(), ...after.keys()])) {
    const category = categorise(before.get(fingerprint), after.get(fingerprint), sides);
    if (category) findings[category].push(changeOf(before.get(fingerprint), after.get(fingerprint)));
  }
  const counts = emptyBy(() => 0);
  const bySeverity = emptyBy(() => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>);
  for (const category of DIFF_CATEGORIES) {
    findings[category].sort(compareChanges);
    counts[category] = findings[category].length;
    for (const change of findings[category]) bySeverity[category][change.severity]++;
  }
  return { findings, counts, bySeverity, assets: assetChanges(from, to) };
}

function assetChanges(from: DiffableScan, to: DiffableScan): ScanDiff['assets'] {
  const fromIds = new Set(from.inventory.assets.map((a) => a.id));
  const toIds = new Set(to.inventory.assets.map((a) => a.id));
  const gone = from.inventory.assets.filter((a) => !toIds.has(a.id));
  return {
    added: sortAssets(to.inventory.assets.filter((a) => !fromIds.has(a.id))),
    removed: sortAssets(gone.filter((a) => !hiddenByGap(to, a))),
    notSeen: sortAssets(gone.filter((a) => hiddenByGap(to, a))),
  };
}

function sortAssets(assets: readonly DiffableAsset[]): AssetRef[] {
  return assets
    .map(({ id, name, kind, provider, account, region }) => ({ id, name, kind, provider, account, region }))
    .sort((a, b) => order(a.provider, b.provider) || order(a.account, b.account) || order(a.kind, b.kind) || order(a.id, b.id));
}

/** True when nothing changed: no finding moved (still failing is no change) and no asset came or went. */
export function isEmptyDiff(diff: ScanDiff): boolean {
  return CHANGE_CATEGORIES.every((c) => diff.counts[c] === 0) && diff.assets.added.length + diff.assets.removed.length + diff.assets.notSeen.length === 0;
}
