import { SEVERITIES } from '../model/index.js';
import { jsonForScript } from './escape.js';
import { shortFingerprint } from './findings-view.js';
import type { FindingView, InventoryRow, ReportViewModel } from './view-model-types.js';

/**
 * The HTML report's data island in a compact shape, so 100k assets and their findings stay within
 * 40 MB (issue 10): values that repeat (kinds, accounts, regions, tags, evidence lines, severity
 * reasons, the front of resource ids) are written once in `strings` and referred to by index;
 * a finding points at its asset's inventory row instead of repeating the asset; fingerprints are
 * the 12-digit short id (the JSON and CSV reports carry them whole). templates/assets/report.js
 * decodes exactly this.
 *
 * inventory row: [idFront, idRest, name, kind, provider, account, region, [tags], failing, anchor]
 *   (idFront, kind, provider, account, region and tags are string indexes; anchor without `asset-`)
 * finding: { a: row index (or -1 and `o` with the asset's own fields), s: severity index, f: short
 *   id, m: message, e: [evidence], x: [missing facts], w: [base, tier, likelihood, [reasons]],
 *   t: [attack types], p: [row index, or a string for an id outside the scan], g: path graph,
 *   c: coverage gap anchor, u: suppression } with empty fields left out.
 * accountLabels: account or subscription id → "name (id)", for the accounts that have a name.
 */
export interface CompactFinding {
  a: number;
  o?: Pick<FindingView, 'assetId' | 'assetName' | 'assetKind' | 'provider' | 'account' | 'region'>;
  s: number;
  f: string;
  m: string;
  e?: number[];
  x?: number[];
  w?: [number, number, number, number[]];
  t?: number[];
  p?: (number | string)[];
  g?: FindingView['graph'];
  c?: string;
  u?: FindingView['suppression'];
}

export type CompactInventoryRow = [number, string, string, number, number, number, number, number[], number, string];

/** Rows per JSON chunk: big enough to amortise writes, small enough that no single string gets huge. */
const ROWS_PER_CHUNK = 2_000;

class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(value);
      this.index.set(value, at);
    }
    return at;
  }
  all(values: readonly string[]): number[] {
    return values.map((v) => this.of(v));
  }
}

/** Where a resource id splits into a shared front (up to its second-last `/`, else its last `:`) and its own rest. */
function idSplit(id: string): number {
  const last = id.lastIndexOf('/');
  const cut = last > 0 ? id.lastIndexOf('/', last - 1) : -1;
  return (cut > 0 ? cut : last >= 0 ? last : id.lastIndexOf(':')) + 1;
}

function inventoryRow(row: InventoryRow, strings: StringTable): CompactInventoryRow {
  const cut = idSplit(row.id);
  return [
    strings.of(row.id.slice(0, cut)),
    row.id.slice(cut),
    row.name,
    strings.of(row.kind),
    strings.of(row.provider),
    strings.of(row.account),
    strings.of(row.region),
    strings.all(row.tags),
    row.failing,
    row.anchor.slice('asset-'.length),
  ];
}

function compactFinding(f: FindingView, rowOf: ReadonlyMap<string, number>, strings: StringTable): CompactFinding {
  const a = rowOf.get(f.assetId) ?? -1;
  const out: CompactFinding = { a, s: SEVERITIES.indexOf(f.severity), f: shortFingerprint(f.fingerprint), m: f.message };
  if (a < 0) out.o = { assetId: f.assetId, assetName: f.assetName, assetKind: f.assetKind, provider: f.provider, account: f.account, region: f.region };
  if (f.evidence.length) out.e = strings.all(f.evidence);
  if (f.missingFacts.length) out.x = strings.all(f.missingFacts);
  const why = f.severityWhy;
  if (why) out.w = [strings.of(why.base), strings.of(why.criticality), strings.of(why.likelihood), strings.all(why.reasons)];
  if (f.attackTypes) out.t = strings.all(f.attackTypes);
  if (f.path.length) out.p = f.path.map((step) => rowOf.get(step.id) ?? step.name);
  if (f.graph) out.g = f.graph;
  if (f.coverageGap) out.c = f.coverageGap;
  if (f.suppression) out.u = f.suppression;
  return out;
}

/** The island's JSON, chunk by chunk. */
export function* htmlData(vm: ReportViewModel): Generator<string> {
  const strings = new StringTable();
  const rowOf = new Map<string, number>();
  vm.inventory.rows.forEach((row, i) => rowOf.set(row.id, i));
  yield '{"inventory":';
  yield* jsonArray(vm.inventory.rows, (row) => inventoryRow(row, strings));
  yield ',"findings":{';
  const groups = [...vm.findings.fail, ...vm.findings.error, ...vm.findings.unknown, ...vm.findings.suppressed];
  for (const [i, group] of groups.entries()) {
    yield `${i ? ',' : ''}${jsonForScript(group.key)}:`;
    yield* jsonArray(group.findings, (f) => compactFinding(f, rowOf, strings));
  }
  yield '},"accountLabels":';
  yield jsonForScript(namedAccountLabels(vm.accountLabels));
  yield ',"severities":';
  yield jsonForScript(SEVERITIES);
  yield ',"strings":';
  yield* jsonArray(strings.list, (s) => s);
  yield '}';
}

/** Only the accounts with a name: an id without one is shown as itself. */
function namedAccountLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([id, label]) => label !== id));
}

function* jsonArray<T>(items: readonly T[], encode: (item: T) => unknown): Generator<string> {
  yield '[';
  for (let start = 0; start < items.length; start += ROWS_PER_CHUNK) {
    const chunk = items.slice(start, start + ROWS_PER_CHUNK).map((item) => jsonForScript(encode(item)));
    yield (start ? ',' : '') + chunk.join(',');
  }
  yield ']';
}
