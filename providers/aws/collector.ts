import type { AssetKind, EdgeKind } from '../../src/model/index.js';
import type { CollectorDeclaration, EdgeSpec, NormalizedRecord } from '../../src/scan/collector-contract.js';
import type { ScopeInfo } from './arn.js';
import type { AbsentError } from './errors.js';
import type { CommandClass, Operation } from './operations.js';

/** Narrows an SDK command class to the members a declaration reads. */
export type CommandClassOf<I, O> = CommandClass<I, O>;

/**
 * A collector is a short declaration (Cloud Custodian style): which records it reads, through
 * which operations (each carrying its IAM action), and how a record becomes normalised facts and
 * edges. One generic runner (runner.ts) executes every declaration: client per account and
 * region, scheduling, timeouts, paging, detail calls, redaction and coverage gaps.
 */

export type { EdgeSpec };

export interface Normalized extends NormalizedRecord {
  /** ARN, exactly as AWS spells it. */
  id: string;
  name: string;
  /** When the record lives elsewhere than the scope's region (S3 buckets, IAM: 'global'). */
  region?: string;
  tags?: Record<string, string>;
  /** Other ids that name this asset (a KMS alias ARN); edges to them are redirected here. */
  aliases?: string[];
}

export interface RecordContext extends ScopeInfo {
  /**
   * Results of the detail calls by key: the picked output; `null` when the API said the thing is
   * not configured (e.g. NoSuchBucketPolicy); key missing when the call failed (fact unknown).
   */
  details: Record<string, unknown>;
  /** True when a detail with this key answered (including `null` = not configured). */
  has(key: string): boolean;
  /** The parent record, for child collectors. */
  parent?: unknown;
}

export interface Paging<I, O> {
  /** Request member that carries the token, e.g. `NextToken`, `Marker`, `ContinuationToken`. */
  input: keyof I & string;
  /** Response member that carries the next token. */
  output: keyof O & string;
}

export interface ListSpec<I, O, R> {
  op: Operation<I, O>;
  input?: (scope: ScopeInfo, parent: unknown) => I;
  items: (output: O) => readonly R[] | undefined;
  page?: Paging<I, O>;
}

/**
 * Reads the resources earlier collectors referenced (an execution role, a KMS key, a subnet):
 * the runner gathers the edge targets of this account that `match`, in batches of `batch`.
 */
export interface RefsSpec<I, O, R> {
  match: (ref: string, scope: ScopeInfo) => boolean;
  op: Operation<I, O>;
  batch?: number;
  input: (refs: readonly string[], scope: ScopeInfo) => I;
  items: (output: O, refs: readonly string[]) => readonly R[] | undefined;
  page?: Paging<I, O>;
  /** Error codes that mean the referenced resource does not exist (skipped, not a gap). */
  absent?: readonly string[];
  /** Error codes one id can cause for its whole batch (a denial on one resource): the batch is asked again one id at a time. */
  split?: readonly string[];
  /**
   * The references are answered by an account-wide read this collector already makes (the detail
   * named `detail`, e.g. GetAccountAuthorizationDetails holds every role): `find` takes a
   * reference's record from its answer. `op` reads only the references it does not hold, and all
   * of them when that read failed.
   */
  bulk?: { detail: string; find: (answer: unknown, ref: string) => R | undefined };
}

export interface DetailSpec<R = unknown> {
  key: string;
  // The operation's types are checked where the spec is built (see `detail()`).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  op: Operation<any, any>;
  when?: (record: R, ctx: RecordContext) => boolean;
  /** Run once per element (e.g. per inline policy name); the detail becomes an array. */
  each?: (record: R, ctx: RecordContext) => readonly unknown[];
  input: (record: R, ctx: RecordContext, element?: unknown) => unknown;
  pick?: (output: unknown) => unknown;
  /** Paged detail (e.g. ListAttachedRolePolicies): items of every page are concatenated. */
  page?: { input: string; output: string; items: (output: unknown) => readonly unknown[] | undefined };
  /** Errors that mean "not configured" (a code, or a code and the message naming this meaning): the detail becomes `null`, not a gap. */
  absent?: readonly AbsentError[];
  /** Region to call, when not the scope's (S3 bucket calls go to the bucket's region). */
  region?: (record: R, ctx: RecordContext) => string | undefined;
  /** The answer does not depend on the region (IAM is global): identical calls are made once per account, not per region. */
  perAccount?: boolean;
  /** Tags read in bulk for the whole region (bulk-tags.ts); this detail's own call is the fallback when the bulk read did not complete. */
  bulkTags?: BulkTagsSpec<R>;
  /**
   * Key of an earlier (bulk) detail this one stands in for: it runs when that one could not answer
   * for the record, and the bulk detail's own failure is then no gap (this one's failure is).
   */
  fallbackFor?: string;
  /** One account-wide read several collectors' details take their part of (`SharedRead`). */
  share?: SharedRead;
}

/**
 * A paged read that details of several collectors make with the same operation and input
 * (GetAccountAuthorizationDetails for roles and for endpoint grants): it is called once per scope,
 * its pages reduced by the one `page.items` they share, and each detail's value is `take` of the
 * reduced items. Details sharing a `read` name must declare the same `page.items`.
 */
export interface SharedRead {
  read: string;
  take: (items: readonly unknown[]) => unknown;
}

/** Which bulk tag read answers a tags detail: the Tagging API resource type (`sagemaker:notebook-instance`) and the record's ARN. */
export interface BulkTagsSpec<R = unknown> {
  resourceType: string;
  arn: (record: R, ctx: RecordContext) => string | undefined;
  /** IAM action of the bulk read (`tag:GetResources`). */
  via: string;
}

/** Builds a typed detail spec. */
export function detail<R, I, O>(spec: {
  key: string;
  op: Operation<I, O>;
  when?: (record: R, ctx: RecordContext) => boolean;
  input: (record: R, ctx: RecordContext) => I;
  pick?: (output: O) => unknown;
  absent?: readonly AbsentError[];
  page?: { input: keyof I & string; output: keyof O & string; items: (output: O) => readonly unknown[] | undefined };
  region?: (record: R, ctx: RecordContext) => string | undefined;
  perAccount?: boolean;
  bulkTags?: BulkTagsSpec<R>;
  fallbackFor?: string;
  share?: SharedRead;
}): DetailSpec<R> {
  return spec as unknown as DetailSpec<R>;
}

/** A detail run once per element of `each`. */
export function detailEach<R, E, I, O>(spec: {
  key: string;
  op: Operation<I, O>;
  when?: (record: R, ctx: RecordContext) => boolean;
  each: (record: R, ctx: RecordContext) => readonly E[];
  input: (record: R, ctx: RecordContext, element: E) => I;
  pick?: (output: O) => unknown;
  absent?: readonly string[];
  fallbackFor?: string;
}): DetailSpec<R> {
  return spec as unknown as DetailSpec<R>;
}

/** The AWS form of the shared `CollectorDeclaration` (src/scan/collector-contract.ts). */
export interface Collector<R = unknown> extends CollectorDeclaration {
  /** Unique, `<service>/<what>`, e.g. `sagemaker/notebook-instances`. */
  name: string;
  kind: AssetKind;
  nativeType: string;
  /** `regional`: once per account and region; `account`: once per account (IAM, S3 listing). */
  scope: 'regional' | 'account';
  /** Collectors of phase n+1 run after every collector of phase n, and may read its references. */
  phase: 1 | 2 | 3;
  /** Name of the collector whose records this one lists under (e.g. packages of a group). */
  parent?: string;
  /** Edge from the parent asset to this one. */
  parentEdge?: { kind: EdgeKind; reverse?: boolean };
  /** Exactly one of `list` and `refs`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  list?: ListSpec<any, any, R>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  refs?: RefsSpec<any, any, R>;
  /** Keep only some listed records (e.g. buckets that ML uses or that are named for ML). */
  select?: (record: R, ctx: { scope: ScopeInfo; referenced: ReadonlySet<string> }) => boolean;
  /** Calls per record, in order; a later one may read an earlier one's result. */
  details?: readonly DetailSpec<R>[];
  /** Returns undefined to drop a record (e.g. an AWS-managed policy pseudo-record). */
  normalize(record: R, ctx: RecordContext): Normalized | undefined;
}

/** Identity at run time; binds the record type at compile time. */
export function defineCollector<R>(collector: Collector<R>): Collector<R> {
  return collector;
}

export type AnyCollector = Collector<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
