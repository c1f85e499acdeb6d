import type { AssetInput, CoverageGap, Edge } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import type { Inventory } from '../../src/scan/source.js';
import type { ScopeInfo } from './arn.js';
import type { AccountClients } from './clients.js';
import { assembleAwsAsset, recordContext, type Assembled } from './assemble.js';
import { bulkTagsOf, bulkTagTypes, getResources, PAGINATION_TOKEN, readBulkTags, type BulkTagIndex } from './bulk-tags.js';
import type { AnyCollector, DetailSpec, ListSpec } from './collector.js';
import { isAbsentError } from './errors.js';
import { AccountGaps } from './gaps.js';
import { withPageSize, type Operation } from './operations.js';
import { readPages, type ListingRead, type PageTokens } from './paging.js';
import { FollowerLook, PhaseReferences } from './references.js';
import { readRefs, type Listed } from './refs.js';
import { sendOp } from './send.js';

export { sendOp, type SendDeps } from './send.js';

// Operations of every input and output shape pass through the runner.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOperation = Operation<any, any>;

/** Rewrites the inventory of one account once every collector has run (cross-record links). */
export type Linker = (inventory: { assets: AssetInput[]; edges: Edge[]; gaps: readonly CoverageGap[] }) => void;

export interface RunnerOptions {
  scheduler: CallScheduler;
  clients: AccountClients;
  account: string;
  partition: string;
  /** Regions to scan; the first one also hosts the account-wide calls (IAM, S3 listing). */
  regions: readonly string[];
  collectors: readonly AnyCollector[];
  linkers?: readonly Linker[];
  signal?: AbortSignal;
  /** Told of each region finished (progress). */
  onScopeDone?: (region: string) => void;
  /** Every IAM action sent is added here (tests compare it with the generated policy). */
  sent?: Set<string>;
  /** Extra list-request members by collector name (e.g. a CreationTimeAfter for training jobs). */
  listFilters?: Readonly<Record<string, Record<string, unknown>>>;
  /** Page cap per listing (default `MAX_PAGES`); a listing with more pages becomes a gap. */
  maxPages?: number;
}

type Parent = { record: unknown; id: string };

/** Runs every collector declaration against one account. Failures become coverage gaps. */
export class AccountRunner {
  private readonly assets = new Map<string, AssetInput>();
  private readonly edges = new Map<string, Edge>();
  private readonly gaps: AccountGaps;
  private readonly aliases = new Map<string, string>();
  private readonly memo = new Map<string, Promise<unknown>>();
  /** The ids collectors' edges name, by the earliest phase that named each. */
  private readonly references = new PhaseReferences();
  private readonly watchers = new Set<() => void>();
  /** The bulk tag read of each region, started by the first tags detail there. */
  private readonly bulk = new Map<string, Promise<BulkTagIndex | undefined>>();
  private readonly bulkTypes: string[];

  constructor(private readonly o: RunnerOptions) {
    this.gaps = new AccountGaps(o.collectors);
    this.bulkTypes = bulkTagTypes(o.collectors);
  }

  async run(): Promise<Inventory> {
    await this.collectAll();
    for (const region of this.o.regions) this.o.onScopeDone?.(region);
    const edges = [...this.edges.values()].map((e) => ({ ...e, from: this.aliases.get(e.from) ?? e.from, to: this.aliases.get(e.to) ?? e.to }));
    const gaps = this.gaps.list();
    const assets = [...this.assets.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const inventory = { assets, edges: dedupeEdges(edges), gaps };
    for (const link of this.o.linkers ?? []) link(inventory);
    return { assets: inventory.assets, edges: dedupeEdges(inventory.edges), gaps };
  }

  /**
   * Starts every collector as soon as its inputs are ready, so services with separate rate limits
   * work side by side. A collector that lists starts at once; one that reads references (`refs`)
   * or keeps records by them (`select`) reads what earlier phases referenced: it follows them as
   * they appear (when that costs no extra call) and finishes once every earlier phase is done.
   * Regional collectors wait for the probe of their region (is the service there at all?).
   */
  private async collectAll(): Promise<void> {
    const home = this.scope(this.o.regions[0]!);
    // The first regional collector probes each region: where its service has no endpoint (the
    // region is off, or the service does not exist there) the region is skipped with one gap.
    const probe = this.o.collectors.find((c) => c.phase === 1 && c.scope === 'regional' && !c.parent);
    const live = new Set(this.o.regions);
    const probed = (async () => {
      if (!probe) return;
      await Promise.all(this.o.regions.map((region) => this.collect(probe, this.scope(region))));
      for (const g of this.gaps.list()) if (g.errorCode === 'ServiceNotInRegion' && g.region) live.delete(g.region);
    })();
    const started: Promise<void>[] = [probed];
    for (const phase of [1, 2, 3] as const) {
      const earlier = Promise.all([...started]).then(() => undefined);
      earlier.catch(() => undefined); // a failure surfaces once, through `started`
      for (const c of this.o.collectors) {
        if (c.phase !== phase || c.parent || c === probe) continue;
        if (c.scope === 'account') started.push(this.start(c, home, earlier));
        else started.push(probed.then(() => Promise.all(this.o.regions.filter((r) => live.has(r)).map((region) => this.start(c, this.scope(region), earlier)))).then(() => undefined));
      }
    }
    await Promise.all(started);
  }

  /** One collector in one scope: at once when it only lists, else following the references of earlier phases until they are all done. */
  private start(c: AnyCollector, scope: ScopeInfo, earlier: Promise<void>): Promise<void> {
    if (!c.refs && !c.select) return this.collect(c, scope);
    return this.follow(c, scope, earlier);
  }

  /**
   * A collector that reads references: takes the references (or the listed records `select`
   * keeps) as earlier phases add them, and the rest once they are done. A batched read (EC2 ids)
   * waits for the whole set, so following costs no call.
   */
  private async follow(c: AnyCollector, scope: ScopeInfo, earlier: Promise<void>): Promise<void> {
    const listing = c.list ? this.listOnce(c, c.list, scope) : undefined;
    const taken = new Set<unknown>();
    const look = new FollowerLook(this.references.namedBefore(c.phase));
    const work: Promise<void>[] = [];
    const take = () => work.push(this.takeFresh(c, scope, listing, taken, look));
    const streams = listing !== undefined || (c.refs?.batch ?? 1) === 1;
    const unwatch = streams ? this.watch(take) : () => undefined;
    try {
      await earlier;
    } finally {
      unwatch();
    }
    take();
    await Promise.all(work);
  }

  /**
   * Records `c` has not taken yet: listed ones `select` now keeps, or references not yet read. A
   * look finds nothing new unless earlier phases named ids since the last one (`select` reads only
   * the record, its scope and those ids), so it only costs a check then.
   */
  private async takeFresh(c: AnyCollector, scope: ScopeInfo, listing: Promise<unknown[]> | undefined, taken: Set<unknown>, look: FollowerLook): Promise<void> {
    let records: unknown[];
    if (listing) {
      const listed = await listing;
      if (!look.changed()) return;
      const referenced = look.referenced.ids;
      records = listed.filter((r) => !taken.has(r) && (!c.select || c.select(r, { scope, referenced })));
      for (const r of records) taken.add(r);
    } else {
      // Each id is in the list once, and a look hands it over once: nothing here was taken before.
      const fresh = look.fresh().sort();
      const { records: read, failures } = await this.refs(c, scope, fresh);
      for (const failure of failures) this.gaps.listing(scope, c.refs!.op, failure, c);
      records = read;
    }
    await Promise.all(records.map((record) => this.record(c, scope, record)));
  }

  /** A listing of `c` in `scope`, its stop (if any) recorded as a gap. */
  private async listOnce(c: AnyCollector, spec: ListSpec<unknown, unknown, unknown>, scope: ScopeInfo): Promise<unknown[]> {
    const { records, failures } = await this.list(c, spec, scope);
    for (const failure of failures) this.gaps.listing(scope, spec.op, failure, c);
    return records;
  }

  /** Calls `onEdge` (once per burst, after it) while edges are added; returns the call that stops it. */
  private watch(onEdge: () => void): () => void {
    let active = true;
    let queued = false;
    const watcher = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (active) onEdge();
      });
    };
    this.watchers.add(watcher);
    return () => {
      active = false;
      this.watchers.delete(watcher);
    };
  }

  private scope(region: string): ScopeInfo {
    return { partition: this.o.partition, account: this.o.account, region };
  }

  /**
   * Lists a collector's records in one scope (or under one parent record) and records each. A
   * listing that stops early keeps what it read and leaves a gap saying what is missing.
   */
  private async collect(c: AnyCollector, scope: ScopeInfo, parent?: Parent): Promise<void> {
    const spec = c.list ?? c.refs;
    if (!spec) throw new Error(`collector ${c.name} declares neither list nor refs`);
    const referenced = this.references.namedBefore(c.phase).ids;
    const { records, failures } = c.list ? await this.list(c, c.list, scope, parent) : await this.refs(c, scope, [...referenced].sort());
    for (const failure of failures) this.gaps.listing(scope, spec.op, failure, c, parent?.id);
    const kept = c.select ? records.filter((r) => c.select!(r, { scope, referenced })) : records;
    await Promise.all(kept.map((record) => this.record(c, scope, record, parent)));
  }

  private async list(c: AnyCollector, spec: ListSpec<unknown, unknown, unknown>, scope: ScopeInfo, parent?: Parent): Promise<Listed> {
    const input = { ...(spec.input?.(scope, parent?.record) ?? {}), ...this.o.listFilters?.[c.name] };
    const read = await this.read(scope, spec.op, input, spec.page, spec.items);
    return { records: read.items, failures: read.error === undefined ? [] : [read] };
  }

  /** Of `candidates` (sorted), the resources of `c` no collector has read yet, read: from its bulk read where it holds them, else one by one (or in batches). */
  private async refs(c: AnyCollector, scope: ScopeInfo, candidates: readonly string[]): Promise<Listed> {
    const spec = c.refs!;
    const wanted = candidates.filter((r) => !this.assets.has(r) && !this.aliases.has(r) && spec.match(r, scope));
    if (wanted.length === 0) return { records: [], failures: [] };
    const answer = spec.bulk ? await this.bulkAnswer(c, scope) : undefined;
    const held = answer === undefined ? [] : wanted.map((ref) => spec.bulk!.find(answer, ref));
    // A reference the complete bulk read does not hold is asked for on its own (it may not exist: absent).
    const rest = answer === undefined ? wanted : wanted.filter((_ref, i) => held[i] === undefined);
    const read = await readRefs(spec, rest, scope, (input, items) => this.read(scope, spec.op, input, spec.page, items));
    return { records: [...held.filter((r) => r !== undefined), ...read.records], failures: read.failures };
  }

  /** The answer of the account-wide detail `c.refs.bulk` names (shared with the records' own detail calls); undefined when it failed. */
  private async bulkAnswer(c: AnyCollector, scope: ScopeInfo): Promise<unknown> {
    const d = c.details?.find((x) => x.key === c.refs!.bulk!.detail);
    if (!d) throw new Error(`collector ${c.name}: refs.bulk names no detail ${c.refs!.bulk!.detail}`);
    // The bulk detail's input depends on no record (it is account-wide).
    return this.detail(scope, d, d.input(undefined, recordContext(scope, {}))).catch(() => undefined);
  }

  private async record(c: AnyCollector, scope: ScopeInfo, record: unknown, parent?: Parent): Promise<void> {
    const details: Record<string, unknown> = {};
    const ctx = recordContext(scope, details, parent?.record);
    for (const d of c.details ?? []) {
      if (d.when && !d.when(record, ctx)) continue;
      const at = { ...scope, region: d.region?.(record, ctx) ?? scope.region };
      const bulk = d.bulkTags ? bulkTagsOf(await this.bulkIndex(at), d.bulkTags, record, ctx) : undefined;
      if (bulk !== undefined) {
        details[d.key] = bulk;
        continue;
      }
      try {
        if (d.each) {
          const elements = d.each(record, ctx);
          details[d.key] = await Promise.all(elements.map((e) => this.detail(at, d, d.input(record, ctx, e))));
        } else {
          details[d.key] = await this.detail(at, d, d.input(record, ctx));
        }
      } catch (error) {
        // A bulk read that others stand in for is no gap: their reads (or gaps) say what was seen.
        if (!c.details?.some((other) => other.fallbackFor === d.key)) this.gaps.call(at, d.op, error, c);
      }
    }
    let assembled: Assembled | undefined;
    try {
      assembled = assembleAwsAsset(c, scope, record, details, parent?.record);
    } catch (error) {
      this.gaps.normalize(scope, c, error);
      return;
    }
    if (!assembled) return;
    const { asset, normalized } = assembled;
    if (!this.assets.has(asset.id)) this.assets.set(asset.id, asset);
    for (const e of normalized.edges ?? []) {
      if ('to' in e) this.edge({ from: asset.id, to: e.to, kind: e.kind }, c.phase);
      else this.edge({ from: e.from, to: asset.id, kind: e.kind }, c.phase);
    }
    for (const alias of normalized.aliases ?? []) if (alias !== asset.id) this.aliases.set(alias, asset.id);
    if (parent && c.parentEdge) {
      this.edge(c.parentEdge.reverse ? { from: asset.id, to: parent.id, kind: c.parentEdge.kind } : { from: parent.id, to: asset.id, kind: c.parentEdge.kind }, c.phase);
    }
    const children = this.o.collectors.filter((child) => child.parent === c.name);
    await Promise.all(children.map((child) => this.collect(child, scope, { record, id: asset.id })));
  }

  /**
   * One detail call (paged when declared); identical calls within the account are made once, and a
   * shared read once for every detail that takes its part of it.
   */
  private detail(scope: ScopeInfo, d: DetailSpec, input: unknown): Promise<unknown> {
    const call = `${d.perAccount ? '*' : scope.region}|${d.op.name}|${JSON.stringify(input)}`;
    const share = d.share;
    if (!share) return this.once(`${call}|${d.key}`, () => this.fetch(scope, d, input));
    // Each detail's part is taken once too: the records of an account share one array (and its index).
    return this.once(`${call}|${d.key}`, () => this.once(`${call}|shared:${share.read}`, () => this.fetch(scope, d, input)).then((items) => share.take(items as readonly unknown[])));
  }

  private once(key: string, start: () => Promise<unknown>): Promise<unknown> {
    let pending = this.memo.get(key);
    if (!pending) {
      pending = start();
      this.memo.set(key, pending);
    }
    return pending;
  }

  /** One detail's call: all pages of a paged one (or its failure), `null` for an answer that means "not configured". */
  private async fetch(scope: ScopeInfo, d: DetailSpec, input: unknown): Promise<unknown> {
    try {
      if (d.page) {
        // A detail read in part would mislead a rule: it is all pages or a gap.
        const read = await this.read(scope, d.op, input as Record<string, unknown>, d.page, d.page.items);
        if (read.error !== undefined) throw read.error;
        return read.items;
      }
      const output = await this.call(scope, d.op, input);
      return d.pick ? d.pick(output) : stripMetadata(output);
    } catch (error) {
      if (isAbsentError(d.absent, error)) return null;
      throw error;
    }
  }

  /** Every page of one listing, each page a scheduled (and retried) call asking for the operation's largest page. */
  private read<T>(scope: ScopeInfo, op: AnyOperation, input: Record<string, unknown>, page: PageTokens | undefined, items: (output: never) => readonly T[] | undefined): Promise<ListingRead<T>> {
    const request = page ? withPageSize(op, input) : input;
    return readPages((r) => this.call(scope, op, r), { operation: op.name, input: request, page, items, maxPages: this.o.maxPages });
  }

  /** The region's bulk tag index (one read per region, shared by every collector); undefined when it did not complete. */
  private bulkIndex(scope: ScopeInfo): Promise<BulkTagIndex | undefined> {
    let pending = this.bulk.get(scope.region);
    if (!pending) {
      pending = readBulkTags((input, items) => this.read(scope, getResources, input, PAGINATION_TOKEN, items), this.bulkTypes);
      this.bulk.set(scope.region, pending);
    }
    return pending;
  }

  private call(scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown> {
    return sendOp({ scheduler: this.o.scheduler, clients: this.o.clients, signal: this.o.signal, sent: this.o.sent }, scope, op, input);
  }

  /** Adds an edge that a collector of `phase` found, and tells those following references. */
  private edge(e: Edge, phase: number): void {
    this.edges.set(`${e.from}\n${e.kind}\n${e.to}`, e);
    this.references.add(e.from, phase);
    this.references.add(e.to, phase);
    for (const watcher of this.watchers) watcher();
  }
}

function stripMetadata(output: unknown): unknown {
  if (output && typeof output === 'object' && '$metadata' in output) {
    const { $metadata: _ignored, ...rest } = output as Record<string, unknown>;
    return rest;
  }
  return output;
}

function dedupeEdges(edges: Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const e of edges) if (e.from !== e.to) seen.set(`${e.from}\n${e.kind}\n${e.to}`, e);
  return [...seen.values()];
}
