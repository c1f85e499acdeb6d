import type { AssetInput, CoverageGap, Edge } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import type { Inventory } from '../../src/scan/source.js';
import type { ScopeInfo } from './arn.js';
import type { AccountClients } from './clients.js';
import { assembleAwsAsset, recordContext, type Assembled } from './assemble.js';
import type { AnyCollector, DetailSpec, ListSpec } from './collector.js';
import { isAbsentError } from './errors.js';
import { AccountGaps } from './gaps.js';
import type { Operation } from './operations.js';
import { readPages, type ListingRead, type PageTokens } from './paging.js';
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

  constructor(private readonly o: RunnerOptions) {
    this.gaps = new AccountGaps(o.collectors);
  }

  async run(): Promise<Inventory> {
    const home = this.scope(this.o.regions[0]!);
    // The first regional collector probes each region: where its service has no endpoint (the
    // region is off, or the service does not exist there) the region is skipped with one gap.
    const probe = this.o.collectors.find((c) => c.phase === 1 && c.scope === 'regional' && !c.parent);
    const live = new Set(this.o.regions);
    if (probe) {
      await Promise.all(this.o.regions.map((region) => this.collect(probe, this.scope(region))));
      for (const g of this.gaps.list()) if (g.errorCode === 'ServiceNotInRegion' && g.region) live.delete(g.region);
    }
    for (const phase of [1, 2, 3] as const) {
      const tasks: Promise<void>[] = [];
      for (const c of this.o.collectors) {
        if (c.phase !== phase || c.parent || c === probe) continue;
        if (c.scope === 'account') tasks.push(this.collect(c, home));
        else for (const region of this.o.regions) if (live.has(region)) tasks.push(this.collect(c, this.scope(region)));
      }
      await Promise.all(tasks);
    }
    for (const region of this.o.regions) this.o.onScopeDone?.(region);
    const edges = [...this.edges.values()].map((e) => ({ ...e, from: this.aliases.get(e.from) ?? e.from, to: this.aliases.get(e.to) ?? e.to }));
    const gaps = this.gaps.list();
    const inventory = { assets: [...this.assets.values()], edges: dedupeEdges(edges), gaps };
    for (const link of this.o.linkers ?? []) link(inventory);
    return { assets: inventory.assets, edges: dedupeEdges(inventory.edges), gaps };
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
    const { records, failures } = c.list ? await this.list(c, c.list, scope, parent) : await this.refs(c, scope);
    for (const failure of failures) this.gaps.listing(scope, spec.op, failure, c, parent?.id);
    const referenced = this.referenced();
    const kept = c.select ? records.filter((r) => c.select!(r, { scope, referenced })) : records;
    await Promise.all(kept.map((record) => this.record(c, scope, record, parent)));
  }

  private async list(c: AnyCollector, spec: ListSpec<unknown, unknown, unknown>, scope: ScopeInfo, parent?: Parent): Promise<Listed> {
    const input = { ...(spec.input?.(scope, parent?.record) ?? {}), ...this.o.listFilters?.[c.name] };
    const read = await this.read(scope, spec.op, input, spec.page, spec.items);
    return { records: read.items, failures: read.error === undefined ? [] : [read] };
  }

  /** Resources earlier collectors referenced and no collector has read yet. */
  private refs(c: AnyCollector, scope: ScopeInfo): Promise<Listed> {
    const spec = c.refs!;
    const wanted = [...this.referenced()].filter((r) => !this.assets.has(r) && !this.aliases.has(r) && spec.match(r, scope)).sort();
    return readRefs(spec, wanted, scope, (input, items) => this.read(scope, spec.op, input, spec.page, items));
  }

  private async record(c: AnyCollector, scope: ScopeInfo, record: unknown, parent?: Parent): Promise<void> {
    const details: Record<string, unknown> = {};
    const ctx = recordContext(scope, details, parent?.record);
    for (const d of c.details ?? []) {
      if (d.when && !d.when(record, ctx)) continue;
      const at = { ...scope, region: d.region?.(record, ctx) ?? scope.region };
      try {
        if (d.each) {
          const elements = d.each(record, ctx);
          details[d.key] = await Promise.all(elements.map((e) => this.detail(at, d, d.input(record, ctx, e))));
        } else {
          details[d.key] = await this.detail(at, d, d.input(record, ctx));
        }
      } catch (error) {
        this.gaps.call(at, d.op, error, c);
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
      if ('to' in e) this.edge({ from: asset.id, to: e.to, kind: e.kind });
      else this.edge({ from: e.from, to: asset.id, kind: e.kind });
    }
    for (const alias of normalized.aliases ?? []) if (alias !== asset.id) this.aliases.set(alias, asset.id);
    if (parent && c.parentEdge) {
      this.edge(c.parentEdge.reverse ? { from: asset.id, to: parent.id, kind: c.parentEdge.kind } : { from: parent.id, to: asset.id, kind: c.parentEdge.kind });
    }
    const children = this.o.collectors.filter((child) => child.parent === c.name);
    await Promise.all(children.map((child) => this.collect(child, scope, { record, id: asset.id })));
  }

  /** One detail call (paged when declared); identical calls within the account are made once. */
  private detail(scope: ScopeInfo, d: DetailSpec, input: unknown): Promise<unknown> {
    const key = `${d.perAccount ? '*' : scope.region}|${d.op.name}|${JSON.stringify(input)}|${d.key}`;
    let pending = this.memo.get(key);
    if (!pending) {
      pending = (async () => {
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
      })();
      this.memo.set(key, pending);
    }
    return pending;
  }

  /** Every page of one listing, each page a scheduled (and retried) call. */
  private read<T>(scope: ScopeInfo, op: AnyOperation, input: Record<string, unknown>, page: PageTokens | undefined, items: (output: never) => readonly T[] | undefined): Promise<ListingRead<T>> {
    return readPages((request) => this.call(scope, op, request), { operation: op.name, input, page, items, maxPages: this.o.maxPages });
  }

  private call(scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown> {
    return sendOp({ scheduler: this.o.scheduler, clients: this.o.clients, signal: this.o.signal, sent: this.o.sent }, scope, op, input);
  }

  private referenced(): Set<string> {
    const out = new Set<string>();
    for (const e of this.edges.values()) {
      out.add(e.to);
      out.add(e.from);
    }
    return out;
  }

  private edge(e: Edge): void {
    this.edges.set(`${e.from}\n${e.kind}\n${e.to}`, e);
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
