import type { AssetKind, EdgeKind } from '../../src/model/index.js';
import type { CollectorDeclaration, EdgeSpec, NormalizedRecord } from '../../src/scan/collector-contract.js';
import type { Listing } from './arm-get.js';
import type { ArmResource } from './arm.js';
import type { AzureClients } from './clients.js';

/**
 * A collector is a short declaration (Cloud Custodian style): which records it reads, through
 * which SDK call, with which read permissions, and how a record becomes normalised facts and
 * edges. One generic runner (runner.ts) executes every declaration: scheduling, timeouts,
 * paging, raw bodies, secret stripping, coverage gaps.
 */

export interface ListContext {
  clients: AzureClients;
  subscriptionId: string;
  /** The parent record, for collectors that run once per record of another collector. */
  parent?: ArmResource;
}

export type { Listing };

export type { EdgeSpec };
/** Facts, edges and a display name when the record's `name` is not the best one (e.g. `model:3`). */
export type Normalized = NormalizedRecord;

/** The Azure form of the shared `CollectorDeclaration` (src/scan/collector-contract.ts). */
interface CollectorBase extends CollectorDeclaration {
  /** Unique name, `<area>/<what>`, e.g. `machine-learning/computes`. */
  name: string;
  /** Resource provider namespace: the scheduler key's service and the coverage gap's service. */
  service: string;
  /** Azure RBAC read actions the calls need; `mlscan permissions azure` is generated from these. */
  permissions: readonly string[];
  /** Name of the collector whose records this one runs for (absent: once per subscription). */
  parent?: string;
  /** Kept when the scan is narrowed to resource groups (e.g. network watchers live in NetworkWatcherRG). */
  ignoresResourceGroupScope?: boolean;
  /** Skip the call for some parents (e.g. a model version that names no job). */
  when?(parent: ArmResource): boolean;
  /** The read call. Exactly one of `list` and `embedded` is given. */
  list?(ctx: ListContext): Listing;
  /** Records already inside the parent's body (no call), e.g. the subnets of a virtual network. */
  embedded?(parent: ArmResource): unknown[];
}

/** Each record becomes an asset. */
export interface AssetCollector extends CollectorBase {
  type: 'asset';
  kind: AssetKind;
  nativeType: string;
  /** Edge from the parent asset to this one; default `contains`, null for none. */
  parentEdge?: EdgeKind | null;
  /**
   * Records of the listing that become another kind, by the ARM `kind` of the record (case-insensitive),
   * e.g. ML workspaces of kind FeatureStore are feature stores. `kind` is every other record's.
   */
  recordKinds?: Readonly<Record<string, AssetKind>>;
  normalize(record: ArmResource, parent: ArmResource | undefined): Normalized;
}

/** The records enrich the parent asset (facts, edges, and `raw.details[detailKey]`). */
export interface DetailCollector extends CollectorBase {
  type: 'detail';
  /** Kind of the parent asset, whose facts stay incomplete when the call fails. */
  kind: AssetKind;
  detailKey: string;
  merge(records: ArmResource[], parent: ArmResource): Normalized;
}

export type Collector = AssetCollector | DetailCollector;

/** Typed as the contract (not the literal), so emitted declarations never name the SDKs' paging types. */
export function defineCollector(collector: AssetCollector): AssetCollector;
export function defineCollector(collector: DetailCollector): DetailCollector;
export function defineCollector(collector: Collector): Collector {
  return collector;
}
