import type { AssetInput, CoverageGap, Edge } from '../../src/model/index.js';
import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import { idKey, lastSegment, tagsOf, type ArmResource } from './arm.js';
import { withCallScope, type CapturedResponse } from './capture.js';
import type { AzureClients } from './clients.js';
import type { Collector, EdgeSpec, ListContext, Listing, Normalized } from './collector.js';
import { toGap } from './errors.js';
import { redactSecrets } from './redact.js';

/** What the runner accumulates across subscriptions; linked and handed over at the end. */
export class InventoryBuilder {
  readonly assets = new Map<string, AssetInput>();
  readonly edges: Edge[] = [];
  private readonly gapsByKey = new Map<string, CoverageGap>();

  addAsset(asset: AssetInput): AssetInput {
    const key = idKey(asset.id);
    const existing = this.assets.get(key);
    if (existing) return existing;
    this.assets.set(key, asset);
    return asset;
  }

  addGap(gap: CoverageGap): void {
    const key = [gap.account, gap.service, gap.errorCode, ...(gap.kinds ?? [])].join('|');
    if (!this.gapsByKey.has(key)) this.gapsByKey.set(key, gap);
  }

  get gaps(): CoverageGap[] {
    return [...this.gapsByKey.values()];
  }
}

export interface RunnerOptions {
  scheduler: CallScheduler;
  collectors: readonly Collector[];
  /** Pause a subscription when ARM says fewer reads than this remain. */
  minRemainingReads: number;
}

/** ARM refills a subscription's read bucket at about 25 requests per second. */
const REFILL_PER_SECOND = 25;
const MAX_PAUSE_MS = 30_000;

/**
 * Runs collector declarations for one subscription: root collectors once, child collectors once
 * per parent record, every call through the scheduler (key: azure / subscription / resource
 * provider), every page of a listing as its own scheduled call. A failed call becomes a coverage
 * gap and the rest of the scan goes on.
 */
export class CollectorRunner {
  private readonly keysBySubscription = new Map<string, Map<string, CallKey>>();

  constructor(private readonly options: RunnerOptions) {}

  async collectSubscription(
    clients: AzureClients,
    out: InventoryBuilder,
    inScope: (id: string, collector: Collector) => boolean,
    signal?: AbortSignal,
  ): Promise<void> {
    this.signal = signal;
    const roots = this.options.collectors.filter((c) => c.parent === undefined);
    await Promise.all(roots.map((c) => this.run(c, clients, out, inScope, undefined, undefined)));
  }

  /** When the scan is cancelled, calls not yet started are skipped (what was read is kept). */
  private signal: AbortSignal | undefined;

  private async run(
    collector: Collector,
    clients: AzureClients,
    out: InventoryBuilder,
    inScope: (id: string, collector: Collector) => boolean,
    parent: ArmResource | undefined,
    parentAsset: AssetInput | undefined,
  ): Promise<void> {
    if (this.signal?.aborted) return;
    const subscriptionId = clients.subscriptionId;
    let records: ArmResource[];
    try {
      records = collector.embedded
        ? toRecords(parent ? collector.embedded(parent) : [])
        : await this.fetchAll(collector, { clients, subscriptionId, ...(parent ? { parent } : {}) });
    } catch (error) {
      out.addGap(
        toGap(error, {
          subscriptionId,
          service: collector.service,
          kinds: [collector.kind],
          context: parent ? `${collector.name} of ${parent.id}` : collector.name,
        }),
      );
      return;
    }
    records = records.map((r) => redactSecrets(r));

    if (collector.type === 'detail') {
      if (!parent || !parentAsset) return;
      const normalized = collector.merge(records, parent);
      parentAsset.facts = { ...parentAsset.facts, ...normalized.facts };
      const raw = (parentAsset.raw ?? {}) as Record<string, unknown>;
      const details = (raw.$details ?? {}) as Record<string, unknown>;
      parentAsset.raw = { ...raw, $details: { ...details, [collector.detailKey]: records } };
      addEdges(out, parentAsset.id, normalized.edges);
      return;
    }

    const children = this.options.collectors.filter((c) => c.parent === collector.name);
    const work: Promise<void>[] = [];
    for (const record of records) {
      if (!parent && !inScope(record.id, collector)) continue;
      let normalized: Normalized;
      try {
        normalized = collector.normalize(record, parent);
      } catch (error) {
        out.addGap(toGap(error, { subscriptionId, service: collector.service, kinds: [collector.kind], context: `normalising ${record.id}` }));
        continue;
      }
      const asset = out.addAsset({
        id: record.id,
        kind: collector.kind,
        provider: 'azure',
        account: subscriptionId,
        region: record.location ?? parent?.location ?? 'global',
        name: normalized.name ?? record.name ?? lastSegment(record.id),
        nativeType: collector.nativeType,
        tags: tagsOf(record),
        facts: normalized.facts,
        raw: record,
      });
      if (parentAsset && collector.parentEdge !== null) {
        out.edges.push({ from: parentAsset.id, to: asset.id, kind: collector.parentEdge ?? 'contains' });
      }
      addEdges(out, asset.id, normalized.edges);
      for (const child of children) {
        if (child.when && !child.when(record)) continue;
        work.push(this.run(child, clients, out, inScope, record, asset));
      }
    }
    await Promise.all(work);
  }

  private fetchAll(collector: Collector, ctx: ListContext): Promise<ArmResource[]> {
    if (!collector.list) return Promise.resolve([]);
    const key = this.keyOf(ctx.subscriptionId, collector.service);
    const operation = `${collector.name}${ctx.parent ? ` ${ctx.parent.name ?? ''}` : ''}`;
    return fetchRecords(this.options.scheduler, key, operation, () => collector.list!(ctx), (n) => this.pace(ctx.subscriptionId, n));
  }

  private keyOf(subscriptionId: string, service: string): CallKey {
    let keys = this.keysBySubscription.get(subscriptionId);
    if (!keys) {
      keys = new Map();
      this.keysBySubscription.set(subscriptionId, keys);
    }
    let key = keys.get(service);
    if (!key) {
      key = { provider: 'azure', account: subscriptionId, service };
      keys.set(service, key);
    }
    return key;
  }

  /** The read quota is per subscription, across resource providers: pause them all. */
  private pace(subscriptionId: string, remaining: number): void {
    const min = this.options.minRemainingReads;
    if (remaining >= min) return;
    const ms = Math.min(MAX_PAUSE_MS, Math.ceil(((min - remaining) / REFILL_PER_SECOND) * 1000));
    for (const key of this.keysBySubscription.get(subscriptionId)?.values() ?? []) this.options.scheduler.pause(key, ms);
  }
}

/**
 * Every record of a listing: nextLink followed to the end (by the SDK's pager), each page its own
 * scheduled call, the raw ARM body preferred over the SDK's model (which drops newer fields).
 */
export async function fetchRecords(
  scheduler: CallScheduler,
  key: CallKey,
  operation: string,
  list: () => Listing,
  onRemainingReads?: (remaining: number) => void,
): Promise<ArmResource[]> {
  const records: ArmResource[] = [];
  let pages: AsyncIterator<unknown[]> | undefined;
  for (let page = 1; ; page++) {
    const responses: CapturedResponse[] = [];
    const step = await scheduler.run(key, page > 1 ? `${operation} (page ${page})` : operation, (signal) =>
      withCallScope(
        { signal, responses, ...(onRemainingReads ? { onRemainingReads } : {}) },
        async (): Promise<IteratorResult<unknown[]> | { single: unknown }> => {
          if (!pages) {
            const listing = list();
            if (!isPager(listing)) return { single: await listing };
            pages = listing.byPage();
          }
          return pages.next();
        },
      ),
    );
    const body = lastBody(responses);
    if ('single' in step) return toRecords(listOf(body) ?? listOf(step.single) ?? [body ?? step.single]);
    if (step.done) return records;
    const rawItems = listOf(body);
    records.push(...toRecords(rawItems && rawItems.length === step.value.length ? rawItems : step.value));
  }
}

function addEdges(out: InventoryBuilder, id: string, edges: EdgeSpec[] | undefined): void {
  for (const e of edges ?? []) {
    if ('to' in e) out.edges.push({ from: id, to: e.to, kind: e.kind });
    else out.edges.push({ from: e.from, to: id, kind: e.kind });
  }
}

function isPager(listing: Listing): listing is { byPage(): AsyncIterator<unknown[]> } {
  return typeof (listing as { byPage?: unknown }).byPage === 'function';
}

function lastBody(responses: CapturedResponse[]): unknown {
  for (let i = responses.length - 1; i >= 0; i--) {
    const r = responses[i]!;
    if (r.status >= 200 && r.status < 300) return r.body;
  }
  return undefined;
}

function listOf(body: unknown): unknown[] | undefined {
  const value = (body as { value?: unknown } | undefined)?.value;
  return Array.isArray(value) ? value : undefined;
}

function toRecords(items: unknown[]): ArmResource[] {
  return items.filter((i): i is ArmResource => i !== null && typeof i === 'object' && typeof (i as { id?: unknown }).id === 'string');
}
