import type { Asset, FactName, ScanResult } from '../model/index.js';
import { csvField } from './escape.js';
import { failingCountByAsset } from './failing-counts.js';
import { compare } from './findings-view.js';

/** The facts compliance teams filter an inventory by; the full set is in the JSON report. */
export const CSV_FACTS = [
  'publicNetworkAccess',
  'publicRead',
  'publicWrite',
  'inVirtualNetwork',
  'privateEndpoints',
  'encryption',
  'loggingEnabled',
  'versioning',
  'localAuthEnabled',
] as const satisfies readonly FactName[];

export const CSV_HEADER = ['id', 'kind', 'provider', 'account', 'region', 'name', 'nativeType', 'tags', ...CSV_FACTS, 'failingFindings'];

const ROWS_PER_CHUNK = 2_000;

/** The asset inventory as RFC 4180 CSV (CRLF line ends), one row per asset in kind, name, id order. */
export function* renderCsv(result: ScanResult): Generator<string> {
  const failing = failingCountByAsset(result.findings);
  const assets = [...result.inventory.assets].sort(
    (a, b) => compare(a.kind, b.kind) || compare(a.name, b.name) || compare(a.id, b.id),
  );
  yield CSV_HEADER.map(csvField).join(',') + '\r\n';
  for (let start = 0; start < assets.length; start += ROWS_PER_CHUNK) {
    yield assets
      .slice(start, start + ROWS_PER_CHUNK)
      .map((asset) => csvRow(asset, failing.get(asset.id) ?? 0))
      .join('');
  }
}

function csvRow(asset: Asset, failing: number): string {
  const tags = Object.keys(asset.tags)
    .sort(compare)
    .map((k) => `${k}=${asset.tags[k]}`)
    .join(';');
  // An unseen fact stays an empty cell: "not visible" must not read as false.
  const facts = CSV_FACTS.map((name) => asset.facts[name]);
  return (
    [asset.id, asset.kind, asset.provider, asset.account, asset.region, asset.name, asset.nativeType, tags, ...facts, failing]
      .map(csvField)
      .join(',') + '\r\n'
  );
}
