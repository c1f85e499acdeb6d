import type { Asset, CoverageGap, Finding, ScanResult } from '../model/index.js';

/**
 * What a diff needs of a scan: the scan metadata, the findings (identified by `fingerprint`), the
 * assets by id and the coverage gaps. A full ScanResult (a JSON report) is one; a scan read back
 * from the history database is another (it keeps no raw records, facts or framework tables).
 */
export interface DiffableScan {
  scan: Pick<ScanResult['scan'], 'startedAt' | 'finishedAt' | 'sources' | 'partial'>;
  inventory: { assets: DiffableAsset[] };
  coverage: { gaps: CoverageGap[] };
  findings: DiffableFinding[];
}

export type DiffableAsset = Pick<Asset, 'id' | 'kind' | 'name' | 'provider' | 'account' | 'region' | 'tags'>;

export type DiffableFinding = Pick<
  Finding,
  'fingerprint' | 'ruleId' | 'status' | 'severity' | 'assetId' | 'assetName' | 'assetKind' | 'provider' | 'account' | 'region' | 'message' | 'suppression'
>;
