/**
 * What the AWS and Azure collectors share, written down once so a third cloud starts from it
 * (providers/README.md walks through it):
 *
 *  1. Declaration. A collector is data (Cloud Custodian style): the records it reads, the
 *     permissions its calls need (`mlscan permissions <id>` is generated from them), the collector
 *     it lists under (`parent`), and how a record becomes normalised facts and edges
 *     (`NormalizedRecord`, `EdgeSpec`). Each cloud's `defineCollector` extends `CollectorDeclaration`
 *     with its own call shapes (AWS operations and detail calls, Azure SDK listings).
 *  2. Runner (providers/<id>/runner.ts). Executes the declarations per scope (account and region,
 *     subscription): scheduling through src/scan/scheduler.ts, paging, redaction, and a coverage
 *     gap for each call that failed, naming every kind the failed listing would have fed
 *     (`kindsFedBy`).
 *  3. Linker. Once a scope's collectors ran, cross-record passes resolve edge specs into graph
 *     edges and copy facts only visible across records (`InventoryLinker`).
 *  4. Errors. A listing that stops early throws one of the shared paging errors
 *     (src/scan/paging-errors.ts: `PagingStopError`, `IncompleteBodyError`, `IncompleteListingError`);
 *     the runner keeps what was read and records a gap whose errorCode is the error's `code`.
 *
 * Scopes, credentials, SDK clients and the mapping of SDK errors to codes stay per cloud.
 */
import type { AssetInput, AssetKind, CoverageGap, Edge, EdgeKind, FactName, Facts } from '../model/index.js';

/** What every cloud's collector declares, whatever its calls look like. */
export interface CollectorDeclaration {
  /** Unique, `<service or area>/<what>`, e.g. `sagemaker/notebook-instances`. */
  name: string;
  /** The kind its records become; for a collector that enriches its parent, the parent's kind (left incomplete when it fails). */
  kind: AssetKind;
  /** Name of the collector whose records this one lists under (absent: once per scope). */
  parent?: string;
  /**
   * Every normalised fact its normaliser (or merge) can set, on its own kind or, for a collector
   * that enriches its parent, the parent's. The provider plugin's fact carriers are built from
   * these plus what the linkers set, and a test runs each normaliser over the recorded wire
   * payloads to check it sets nothing undeclared. A fact no collector of a native type declares
   * makes a rule needing it `not_applicable` there.
   */
  facts?: readonly FactName[];
}

/** An edge from (`to`) or into (`from`) the asset being normalised. */
export type EdgeSpec = { kind: EdgeKind; to: string } | { kind: EdgeKind; from: string };

/** What a collector's normaliser returns for one record: the facts and the edges it names. */
export interface NormalizedRecord {
  facts: Facts;
  edges?: EdgeSpec[];
  /** Display name, when the record's own name is not the best one. */
  name?: string;
}

/** A cross-record pass over one scope's inventory once every collector ran; it rewrites the inventory in place. */
export type InventoryLinker = (inventory: { assets: AssetInput[]; edges: Edge[]; gaps: readonly CoverageGap[] }) => void;

/** Collectors that list under `c`'s records, and under theirs, depth first, each once. */
export function descendantsOf<C extends CollectorDeclaration>(collectors: readonly C[], c: C, seen = new Set<string>([c.name])): C[] {
  const out: C[] = [];
  for (const child of collectors) {
    if (child.parent !== c.name || seen.has(child.name)) continue;
    seen.add(child.name);
    out.push(child, ...descendantsOf(collectors, child, seen));
  }
  return out;
}

/** The kinds a failed listing of `c` leaves incomplete: its own, then its descendants', each once. */
export function kindsFedBy(collectors: readonly CollectorDeclaration[], c: CollectorDeclaration): AssetKind[] {
  return [...new Set([c.kind, ...descendantsOf(collectors, c).map((d) => d.kind)])];
}
