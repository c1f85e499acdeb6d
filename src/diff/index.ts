export type { DiffableAsset, DiffableFinding, DiffableScan } from './diffable.js';
export { CHANGE_CATEGORIES, compareChanges, diffScans, hiddenByGap, isEmptyDiff, type ScanDiff } from './diff.js';
export { baselineLabel, diffHeadline, failingBySeverity, fromDiff, sinceLastScan, type Baseline } from './since-last-scan.js';
export { readReportFile } from './report-file.js';
