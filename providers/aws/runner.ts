import type { AssetInput, CoverageGap, Edge } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import type { Inventory } from '../../src/scan/source.js';
import type { ScopeInfo } from './arn.js';
import type { AccountClients } from './clients.js';
import type { AnyCollector, DetailSpec, Normalized, RecordContext } from './collector.js';
import { errorCode, safeMessage } from './errors.js';
import type { AwsService, Operation } from './operations.js';
import { redactRecord } from './redact.js';

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
}

const MAX_PAGES = 10_000;

/** Runs every collector declaration against one account. Failures become coverage gaps. */
export class AccountRunner {
  private readonly assets = new Map<string, AssetInput>();
  private readonly edges = new Map<string, Edge>();
  private readonly gaps = new Map<string, CoverageGap>();
  private readonly aliases = new Map<string, string>();
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(private readonly o: RunnerOptions) {}

  async run(): Promise<Inventory> {
    const home = this.scope(this.o.regions[0]!);
    // The first regional collector probes each region: where its service has no endpoint (the
    // region is off, or the service does not exist there) the region is skipped with one gap.
    const probe = this.o.collectors.find((c) => c.phase === 1 && c.scope === 'regional' && !c.parent);
    const live = new Set(this.o.regions);
    if (probe) {
      await Promise.all(this.o.regions.map((region) => this.collect(probe, this.scope(region))));
      for (const g of this.gaps.values()) if (g.errorCode === 'ServiceNotInRegion' && g.region) live.delete(g.region);
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
    const gaps = [...this.gaps.values()];
    const inventory = { assets: [...this.assets.values()], edges: dedupeEdges(edges), gaps };
    for (const link of this.o.linkers ?? []) link(inventory);
    return { assets: inventory.assets, edges: dedupeEdges(inventory.edges), gaps };
  }

  private scope(region: string): ScopeInfo {
    return { partition: this.o.partition, account: this.o.account, region };
  }

  private async collect(c: AnyCollector, scope: ScopeInfo, parent?: { record: unknown; id: string }): Promise<void> {
    const records: unknown[] = [];
    const spec = c.list ?? c.refs;
    if (!spec) throw new Error(`collector ${c.name} declares neither list nor refs`);
    try {
      if (c.list) {
        const input = { ...(c.list.input?.(scope, parent?.record) ?? {}), ...this.o.listFilters?.[c.name] };
        for await (const output of this.pages(scope, c.list.op, input, c.list.page)) records.push(...(c.list.items(output) ?? []));
      } else if (c.refs) {
        const refs = [...this.referenced()].filter((r) => !this.assets.has(r) && !this.aliases.has(r) && c.refs!.match(r, scope)).sort();
        const batch = c.refs.batch ?? 1;
        const batches: string[][] = [];
        for (let i = 0; i < refs.length; i += batch) batches.push(refs.slice(i, i + batch));
        await Promise.all(
          batches.map(async (group) => {
            const read = async (refs: string[]): Promise<void> => {
              const found: unknown[] = [];
              for await (const output of this.pages(scope, c.refs!.op, c.refs!.input(refs, scope), c.refs!.page)) found.push(...(c.refs!.items(output, refs) ?? []));
              records.push(...found);
            };
            try {
              await read(group);
            } catch (error) {
              if (!c.refs!.absent?.includes(errorCode(error))) throw error;
              // One missing id fails a whole batch (EC2 InvalidSubnetID.NotFound): ask one by one.
              if (group.length > 1) {
                for (const ref of group) {
                  try {
                    await read([ref]);
                  } catch (single) {
                    if (!c.refs!.absent?.includes(errorCode(single))) throw single;
                  }
                }
              }
            }
          }),
        );
      }
    } catch (error) {
      this.gap(scope, spec.op, error, c);
      return;
    }
    const referenced = this.referenced();
    const kept = c.select ? records.filter((r) => c.select!(r, { scope, referenced })) : records;
    await Promise.all(kept.map((record) => this.record(c, scope, record, parent)));
  }

  private async record(c: AnyCollector, scope: ScopeInfo, record: unknown, parent?: { record: unknown; id: string }): Promise<void> {
    const details: Record<string, unknown> = {};
    const ctx: RecordContext = { ...scope, details, has: (key) => key in details, parent: parent?.record };
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
        this.gap(at, d.op, error, c);
      }
    }
    let normalized: Normalized | undefined;
    try {
      normalized = c.normalize(record, ctx);
    } catch (error) {
      this.gaps.set(`normalize|${c.name}`, {
        provider: 'aws',
        account: scope.account,
        region: scope.region,
        service: c.name.split('/')[0]!,
        errorCode: 'UnexpectedRecord',
        message: `${c.name}: ${safeMessage(error) ?? 'record could not be read'}`,
        kinds: [c.kind],
      });
      return;
    }
    if (!normalized?.id) return;
    const raw = redactRecord(Object.keys(details).length ? { ...(record as object), $details: details } : record);
    const asset: AssetInput = {
      id: normalized.id,
      kind: c.kind,
      provider: 'aws',
      account: scope.account,
      region: normalized.region ?? scope.region,
      name: normalized.name,
      nativeType: c.nativeType,
      tags: normalized.tags ?? {},
      facts: normalized.facts,
      raw,
    };
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
    const key = `${scope.region}|${d.op.name}|${JSON.stringify(input)}|${d.key}`;
    let pending = this.memo.get(key);
    if (!pending) {
      pending = (async () => {
        try {
          if (d.page) {
            const items: unknown[] = [];
            for await (const output of this.pages(scope, d.op, input, d.page)) items.push(...(d.page.items(output) ?? []));
            return items;
          }
          const output = await this.call(scope, d.op, input);
          return d.pick ? d.pick(output) : stripMetadata(output);
        } catch (error) {
          if (d.absent?.includes(errorCode(error))) return null;
          throw error;
        }
      })();
      this.memo.set(key, pending);
    }
    return pending;
  }

  private async *pages(
    scope: ScopeInfo,
    op: AnyOperation,
    input: unknown,
    page?: { input: string; output: string },
  ): AsyncGenerator<Record<string, unknown>> {
    let request = { ...(input as Record<string, unknown>) };
    const seen = new Set<string>();
    for (let i = 0; i < MAX_PAGES; i++) {
      const output = (await this.call(scope, op, request)) as Record<string, unknown>;
      yield output;
      const token = page ? output[page.output] : undefined;
      if (typeof token !== 'string' || token === '' || seen.has(token)) return;
      seen.add(token);
      request = { ...request, [page!.input]: token };
    }
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

  private gap(scope: ScopeInfo, op: AnyOperation, error: unknown, c: AnyCollector): void {
    const code = errorCode(error);
    const global = op.service === 'iam' || op.service === 'organizations';
    const region = global ? undefined : scope.region;
    const key = [op.service, region ?? '', code, op.name].join('|');
    const existing = this.gaps.get(key);
    if (existing) {
      if (existing.kinds && !existing.kinds.includes(c.kind)) existing.kinds.push(c.kind);
      return;
    }
    const message = safeMessage(error);
    const gap: CoverageGap = {
      provider: 'aws',
      account: scope.account,
      service: serviceLabel(op.service),
      errorCode: code,
      message: `${op.name}: ${message ?? code}`,
      kinds: [c.kind],
    };
    if (region) gap.region = region;
    this.gaps.set(key, gap);
  }
}

function serviceLabel(service: AwsService): string {
  return service === 's3control' ? 's3' : service;
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

export interface SendDeps {
  scheduler: CallScheduler;
  clients: AccountClients;
  signal?: AbortSignal | undefined;
  sent?: Set<string> | undefined;
}

/** Sends one operation through the scheduler (key: aws, account, region, service) with its timeout signal. */
export function sendOp<I, O>(deps: SendDeps, scope: ScopeInfo, op: Operation<I, O>, input: I): Promise<O>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown>;
export function sendOp(deps: SendDeps, scope: ScopeInfo, op: AnyOperation, input: unknown): Promise<unknown> {
  if (deps.signal?.aborted) return Promise.reject(deps.signal.reason ?? new Error('aborted'));
  const client = deps.clients.get(op.service, scope.region);
  deps.sent?.add(op.action);
  const key = { provider: 'aws', account: scope.account, region: scope.region, service: op.service };
  return deps.scheduler.run(key, op.name, (signal) => {
    const abortSignal = deps.signal ? AbortSignal.any([signal, deps.signal]) : signal;
    return client.send(new op.command(input), { abortSignal });
  });
}
