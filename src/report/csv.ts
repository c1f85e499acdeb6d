import { DEFAULT_CLASSIFICATION_KEYS, DEFAULT_OWNER_KEYS, findTag, type Asset, type FactName, type ScanResult } from '../model/index.js';
import { accountNames } from './account-names.js';
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

/**
 * Sheet-friendly: what a compliance team sorts and filters by comes first (the name before the id,
 * the account name beside its id), the facts and the cloud's own type after, the full id last.
 */
export const CSV_HEADER = [
  'name',
  'kind',
  'provider',
  'accountName',
  'account',
  'region',
  'owner',
  'classification',
  'environment',
  'created',
  'failingFindings',
  'failingControls',
  'tags',
  ...CSV_FACTS,
  'nativeType',
  'id',
];

const ROWS_PER_CHUNK = 2_000;

/** What every row needs from the whole result, computed once. */
interface InventoryContext {
  failing: ReadonlyMap<string, number>;
  failingControls: ReadonlyMap<string, string[]>;
  accountNames: ReadonlyMap<string, string>;
  environmentKeys: readonly string[];
  ownerKeys: readonly string[];
  classificationKeys: readonly string[];
}

/** The asset inventory as RFC 4180 CSV (CRLF line ends), one row per asset in kind, name, id order. */
export function* renderCsv(result: ScanResult): Generator<string> {
  const context: InventoryContext = {
    failing: failingCountByAsset(result.findings),
    failingControls: failingControlsByAsset(result),
    accountNames: accountNames(result),
    environmentKeys: Object.keys(result.risk.productionTags),
    // The keys the scan was configured with; a result written before 2.2 did not carry them.
    ownerKeys: result.risk.tagKeys?.owner ?? DEFAULT_OWNER_KEYS,
    classificationKeys: result.risk.tagKeys?.classification ?? DEFAULT_CLASSIFICATION_KEYS,
  };
  const assets = [...result.inventory.assets].sort(
    (a, b) => compare(a.kind, b.kind) || compare(a.name, b.name) || compare(a.id, b.id),
  );
  yield CSV_HEADER.map(csvField).join(',') + '\r\n';
  for (let start = 0; start < assets.length; start += ROWS_PER_CHUNK) {
    yield assets
      .slice(start, start + ROWS_PER_CHUNK)
      .map((asset) => csvRow(asset, context))
      .join('');
  }
}

function csvRow(asset: Asset, context: InventoryContext): string {
  const tags = Object.keys(asset.tags)
    .sort(compare)
    .map((k) => `${k}=${asset.tags[k]}`)
    .join(';');
  // An unseen fact stays an empty cell: "not visible" must not read as false.
  const facts = CSV_FACTS.map((name) => asset.facts[name]);
  const cells = [
    asset.name,
    asset.kind,
    asset.provider,
    context.accountNames.get(asset.account.toLowerCase()),
    asset.account,
    asset.region,
    findTag(asset.tags, context.ownerKeys)?.value,
    findTag(asset.tags, context.classificationKeys)?.value,
    findTag(asset.tags, context.environmentKeys)?.value,
    createdDate(asset),
    context.failing.get(asset.id) ?? 0,
    context.failingControls.get(asset.id)?.join(' '),
    tags,
    ...facts,
    asset.nativeType,
    asset.id,
  ];
  return cells.map(csvField).join(',') + '\r\n';
}

/**
 * The framework controls (`<framework>:<control>`) each asset fails: the controls whose gap analysis
 * counts a rule that failed on it. Sorted, each once.
 */
export function failingControlsByAsset(result: Pick<ScanResult, 'findings' | 'frameworks'>): Map<string, string[]> {
  const controlsOfRule = new Map<string, string[]>();
  for (const framework of result.frameworks) {
    for (const control of framework.controls) {
      for (const rule of control.rules) controlsOfRule.set(rule, [...(controlsOfRule.get(rule) ?? []), `${framework.id}:${control.controlId}`]);
    }
  }
  const byAsset = new Map<string, Set<string>>();
  for (const f of result.findings) {
    if (f.status !== 'fail') continue;
    const set = byAsset.get(f.assetId) ?? new Set<string>();
    for (const c of controlsOfRule.get(f.ruleId) ?? []) set.add(c);
    byAsset.set(f.assetId, set);
  }
  return new Map([...byAsset].map(([id, set]) => [id, [...set].sort(compare)]));
}

/** Record fields the clouds put a creation time in: AWS (SageMaker, S3, IAM, KMS, Bedrock) and ARM `systemData`. */
const CREATED_FIELDS: readonly (readonly string[])[] = [
  ['CreationTime'],
  ['CreationDate'],
  ['CreateDate'],
  ['CreatedAt'],
  ['createdAt'],
  ['creationTime'],
  ['systemData', 'createdAt'],
  ['properties', 'creationTime'],
  ['properties', 'createdAt'],
  ['properties', 'dateCreated'],
];

/** The asset's creation date (YYYY-MM-DD) as its record says, or undefined when the record has none. */
export function createdDate(asset: Pick<Asset, 'raw'>): string | undefined {
  const record = (asset.raw as { record?: unknown } | undefined)?.record;
  for (const path of CREATED_FIELDS) {
    let value: unknown = record;
    for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const day = dayOf(value);
    if (day) return day;
  }
  return undefined;
}

function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // AWS JSON protocols send epoch seconds; REST and ARM send ISO 8601.
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
